#!/usr/bin/env bash
# Golden outputs (issue 12): runs the real `import` command on fixed scenarios and keeps what a user sees of
# each run: the clean CSVs, rejects.csv, the run summary JSON (without its elapsed and per-phase seconds) and the console summary
# with its change list (without the timing). With a second folder, diffs the two and exits 1 on any difference.
#
# usage:  bench/compare-outputs.sh OUT [GOLDEN]
# env:    JAR        the jar to run (default target/reviewbatch.jar)
#         JAVA_OPTS  JVM options (default -Xmx256m)
#         CORPUS     folder of real exports, one per subfolder (default ../shared/corpus/letterboxd-export;
#                    skipped with a message when absent)
# Keep OUT outside the repository. Scenarios:
#   sample         the sample export ZIP into an empty store
#   sample-again   the same ZIP again into that store (idempotence)
#   sample-newer   the sample ZIP, then the newer export of the same account
#   corpus-NAME    each corpus export into an empty store
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$here/.."
jar="${JAR:-$repo/target/reviewbatch.jar}"
opts="${JAVA_OPTS--Xmx256m}"
corpus="${CORPUS:-$repo/../shared/corpus/letterboxd-export}"
out="${1:?usage: bench/compare-outputs.sh OUT [GOLDEN]}"
golden="${2:-}"
sample="$(cd "$repo/input" && pwd)/letterboxd-sample-export.zip"
newer="$(cd "$repo/src/test/resources/letterboxd/newer-export" && pwd)"

[ -f "$jar" ] || { echo "no $jar: run 'mvn -B -DskipTests package' first (or set JAR)" >&2; exit 2; }
rm -rf "$out"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# import STORE INPUT: one run of the command into STORE; prints the console output
import() {
	# shellcheck disable=SC2086
	java $opts -jar "$jar" import "$2" --out "$1" --no-report 2>&1 || echo "exit code $?"
}

# keep SCENARIO STORE CONSOLE: copies the outputs of the store's latest run into OUT/SCENARIO, timings removed
keep() {
	local dest="$out/$1" store=$2 console=$3 latest
	mkdir -p "$dest"
	mkdir -p "$dest/clean"
	cp "$store"/clean/*.csv "$dest/clean/"
	cp "$store/rejects.csv" "$dest/rejects.csv"
	latest="$(ls "$store/runs" | sort -n | tail -1)"
	jq 'del(.elapsed_seconds) | if .phases then .phases |= map_values(0) else . end' "$store/runs/$latest" | sed "s|$store|STORE|g" >"$dest/run-summary.json"
	printf '%s\n' "$console" | sed -e "s|$store|STORE|g" -e 's/COMPLETED in [0-9.]* s/COMPLETED/' -e '/^  [0-9,]* rows\( imported\)\{0,1\} in [0-9.]* s/d' -e '/^  [0-9,]* rows, all already stored/d' -e 's/ [0-9.]* s\(,\|$\)/ _ s\1/g' >"$dest/console.txt"
}

s="$work/sample"
keep sample "$s" "$(import "$s" "$sample")"
keep sample-again "$s" "$(import "$s" "$sample")"
s="$work/newer"
import "$s" "$sample" >/dev/null
keep sample-newer "$s" "$(import "$s" "$newer")"
if [ -d "$corpus" ]; then
	for export in "$corpus"/*/; do
		name="$(basename "$export")"
		s="$work/corpus-$name"
		keep "corpus-$name" "$s" "$(import "$s" "${export%/}")"
	done
else
	echo "no corpus at $corpus: corpus scenarios skipped" >&2
fi

if [ -n "$golden" ]; then
	if diff -r "$golden" "$out"; then
		echo "identical to $golden"
	else
		echo "differences from $golden (above)"
		exit 1
	fi
fi
