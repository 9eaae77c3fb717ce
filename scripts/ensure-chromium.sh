#!/usr/bin/env bash
# Installs Debian's chromium (for the report's screenshot tests) and a colour emoji font (so emoji in titles,
# tags and list names render instead of a box) when they are missing. Safe to run again: it does nothing when
# both are there. Needs root and the Debian package mirror; nothing else is downloaded.
# Usage: scripts/ensure-chromium.sh
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if ! fc-list 2>/dev/null | grep -qi 'emoji'; then
	missing+=(fonts-noto-color-emoji)
fi
if ((${#missing[@]} == 0)); then
	echo "ensure-chromium: chromium and an emoji font are installed"
	exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
	echo "ensure-chromium: ${missing[*]} missing; run as root (apt-get install -y ${missing[*]})" >&2
	exit 2
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "ensure-chromium: installed ${missing[*]}"
