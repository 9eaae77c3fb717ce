#!/usr/bin/env bash
# Renders a report's index.html in headless Chromium at laptop and phone widths and saves PNGs.
# Usage: scripts/screenshot-report.sh [REPORTS_DIR] [PNG_DIR]
#   REPORTS_DIR  the folder holding index.html (default: output/reports)
#   PNG_DIR      where to write report-laptop.png and report-phone.png (default: REPORTS_DIR/screenshots)
# Needs Debian's chromium (apt-get install -y chromium). Nothing is fetched: the page is self-contained and
# Chromium's own network features are turned off.
set -euo pipefail

reports="${1:-output/reports}"
pngs="${2:-$reports/screenshots}"
chromium="${CHROMIUM:-$(command -v chromium || true)}"

if [[ -z "$chromium" ]]; then
	echo "screenshot-report: chromium not found; install it with: apt-get install -y chromium" >&2
	exit 2
fi
if [[ ! -f "$reports/index.html" ]]; then
	echo "screenshot-report: $reports/index.html not found; run 'reviewbatch report' first" >&2
	exit 2
fi
mkdir -p "$pngs"
page="file://$(cd "$reports" && pwd)/index.html"

shoot() { # name width height
	local profile
	profile="$(mktemp -d)"
	"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--hide-scrollbars --user-data-dir="$profile" \
		--screenshot="$pngs/$1.png" --window-size="$2,$3" "$page" >/dev/null 2>&1 || true
	rm -rf "$profile"
	if [[ ! -s "$pngs/$1.png" ]]; then
		echo "screenshot-report: chromium wrote no $pngs/$1.png" >&2
		exit 1
	fi
	echo "$pngs/$1.png"
}

shoot report-laptop 1280 2400
shoot report-phone 390 2400
