#!/usr/bin/env bash
# The H2 floor for a first import (issue 12): bench/H2Floor.java inserts ROWS viewing-like rows under several key
# and index layouts, committing every 5,000 rows, and prints load seconds, index-build seconds and file size per
# layout, beside the Python peer's whole run on a diary.csv of the same size. No reviewbatch code runs: it says
# what any store design on H2 can reach, and which layouts the design must avoid.
#
# usage:  bench/h2-floor.sh [ROWS] [LAYOUT ...]     (default 1000000, every layout; see bench/H2Floor.java)
# env:    JAVA (default: java on PATH), BENCH_DIR scratch folder (default /tmp/reviewbatch-h2-floor)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
rows="${1:-1000000}"
shift || true
work="${BENCH_DIR:-/tmp/reviewbatch-h2-floor}"
java="${JAVA:-java}"
perf="$here/../../shared/perf"
mkdir -p "$work"

# the H2 jar the project builds with (resolved by Maven, so the version is the pom's)
(cd "$here/.." && mvn -B -q dependency:build-classpath -DincludeArtifactIds=h2 -Dmdep.outputFile="$work/h2.cp" >/dev/null)
h2="$(cat "$work/h2.cp")"

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $("$java" -version 2>&1 | head -1); H2: $(basename "$h2"); JVM options: -Xmx256m -XX:+UseSerialGC"
"$java" -Xmx256m -XX:+UseSerialGC -cp "$h2" "$here/H2Floor.java" "$rows" "$work" "$@"

if [ -f "$perf/peer_import.py" ]; then
	csv="$work/diary-$rows.csv"
	[ -f "$csv" ] || /usr/bin/python3 "$perf/gen_diary.py" --rows "$rows" --seed 42 --out "$csv" >/dev/null
	rm -rf "$work/peer"
	/usr/bin/time -f "peer (whole process, parse + normalise + SQLite + clean CSV): %e s wall, %M KB peak RSS" \
		/usr/bin/python3 "$perf/peer_import.py" full "$csv" "$work/peer" >/dev/null
else
	echo "peer: ../shared/perf absent, skipped"
fi
