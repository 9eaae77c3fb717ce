#!/usr/bin/env bash
# Import benchmark (issue #7): generates synthetic Letterboxd exports and times the real `import` command on them,
# as whole processes, into a fresh store; then times a re-import of the same export (the idempotent path).
#
# usage:  mvn -B -DskipTests package      (once; this script builds nothing)
#         bench/run.sh [ROWS...]           (default: 10000 100000 1000000 diary rows; reviews add a tenth)
# env:    JAR        the jar to run (default target/reviewbatch.jar)
#         JAVA_OPTS  JVM options (default: the recommended ones from the README, see bench/RESULTS.md)
#         BENCH_DIR  scratch folder for exports and stores (default /tmp/reviewbatch-bench); kept for inspection
#         IMPORT_ARGS extra import options (default --no-report: the HTML report is a separate feature; set
#                    IMPORT_ARGS= to time it too)
#
# Columns: rows = rows read (all files); rows/s = rows / wall; wall and CPU (user+sys) seconds of the whole
# process, JVM start included; peak RSS from /usr/bin/time -v. Needs python3 and GNU time (/usr/bin/time).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jar="${JAR:-$here/../target/reviewbatch.jar}"
opts="${JAVA_OPTS--Xmx160m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=128m}"
work="${BENCH_DIR:-/tmp/reviewbatch-bench}"
args="${IMPORT_ARGS---no-report}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000 1000000)

[ -f "$jar" ] || { echo "no $jar: run 'mvn -B -DskipTests package' first (or set JAR)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
mkdir -p "$work"

# run_import LABEL EXPORT OUT: one whole `java -jar … import`, then one table row
run_import() {
	local label=$1 export=$2 out=$3 log="$3/$1.log" timing="$3/$1.time"
	mkdir -p "$out"
	# shellcheck disable=SC2086
	if ! /usr/bin/time -v java $opts -jar "$jar" import $args "$export" --out "$out" >"$log" 2>"$timing"; then
		echo "import failed, see $log and $timing" >&2
		tail -20 "$log" >&2
		exit 1
	fi
	python3 - "$label" "$log" "$timing" <<'EOF'
import re, sys
label, log, timing = sys.argv[1:]
rows = int(re.search(r"^all files\s+(\d+)", open(log).read(), re.M).group(1))
t = open(timing).read()
def field(name):
    return re.search(re.escape(name) + r": (.*)", t).group(1).strip()
parts = [float(p) for p in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")]
wall = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
rss = int(field("Maximum resident set size (kbytes)")) / 1024
print(f"{label:<10} {rows:>9} {rows / wall:>10,.0f} {wall:>8.2f} {cpu:>8.2f} {rss:>8.0f}")
EOF
}

echo "jar: $jar"
echo "JAVA_OPTS: $opts"
echo "IMPORT_ARGS: $args"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
printf '%-10s %9s %10s %8s %8s %8s\n' import rows rows/s wall_s cpu_s rss_MiB
for n in "${sizes[@]}"; do
	export_dir="$work/export-$n"
	[ -f "$export_dir/diary.csv" ] || python3 "$here/generate.py" "$n" "$export_dir"
	out="$work/out-$n"
	rm -rf "$out"
	run_import "first-$n" "$export_dir" "$out"
	run_import "again-$n" "$export_dir" "$out"
done
