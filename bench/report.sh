#!/usr/bin/env bash
# Report benchmark (issue #15): times the real `report` command on an existing store as a whole process, with the
# JVM options the import benchmark uses, and prints wall and CPU seconds, peak RSS and the size of index.html.
#
# usage:  mvn -B -DskipTests package              (once; this script builds nothing)
#         bench/report.sh STORE_DIR [RUNS]         (STORE_DIR is an import's --out; RUNS defaults to 3; median printed)
#         make a store first, e.g.: python3 bench/generate.py 200000 /tmp/gen200k &&
#                                   java -jar target/reviewbatch.jar import /tmp/gen200k --out /tmp/store200k --no-report
# env:    JAR        the jar to run (default target/reviewbatch.jar)
#         JAVA_OPTS  JVM options (default: the import benchmark's, see bench/RESULTS.md)
# Needs GNU time (/usr/bin/time).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jar="${JAR:-$here/../target/reviewbatch.jar}"
opts="${JAVA_OPTS--Xmx160m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=128m}"
store="${1:?usage: bench/report.sh STORE_DIR [RUNS]}"
runs="${2:-3}"

[ -f "$jar" ] || { echo "no $jar: run 'mvn -B -DskipTests package' first (or set JAR)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
[ -f "$store/reviewbatch.mv.db" ] || { echo "no store at $store/reviewbatch.mv.db" >&2; exit 2; }

printf '%-4s %9s %9s %9s %12s\n' run wall_s cpu_s rss_mib index_bytes
walls=()
for ((i = 1; i <= runs; i++)); do
	log="$(mktemp)"
	# shellcheck disable=SC2086
	/usr/bin/time -v java $opts -jar "$jar" report --out "$store" >"$log.out" 2>"$log" || { cat "$log" >&2; exit 1; }
	wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + t[j]; print s }' "$log")
	cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.1f", u + s }' "$log")
	rss=$(awk -F': ' '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$log")
	size=$(stat -c %s "$store/reports/index.html")
	printf '%-4s %9.1f %9s %9s %12s\n' "$i" "$wall" "$cpu" "$rss" "$size"
	walls+=("$wall")
	rm -f "$log" "$log.out"
done
printf 'median wall: %s s\n' "$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
