#!/usr/bin/env bash
# Start-up benchmark (issue 13): times short commands as whole processes, each several times, and prints the
# median wall and CPU seconds and the median peak RSS per command and way of running it.
#
# usage:  mvn -B -DskipTests package      (once; this script builds nothing)
#         bench/startup.sh [RUNS]          (default 7 runs of each command)
# env:    MODES      ways of running, any of (default "launcher jdk17 jar"):
#                      launcher  bin/reviewbatch as it chooses (JDK 25 and its AOT cache here)
#                      jdk17     bin/reviewbatch with REVIEWBATCH_JAVA=$JDK17 (its AppCDS archive)
#                      jar       java -jar target/reviewbatch.jar with $JDK17 and no options (the "before")
#         CASES      any of "sample corpus help validate" (default all)
#         JDK17      the JDK 17 folder (default: the one `java` on PATH belongs to)
#         BENCH_DIR  scratch folder (default /tmp/reviewbatch-startup); every import gets a fresh --out
#
# Cases: sample = the README's main command, `import input/letterboxd-sample-export.zip` (with its report);
# corpus = the same on the ~3,000-row real export ../shared/corpus/letterboxd-export/patrickmjones (skipped when
# absent); help = `--help`; validate = `validate` of a generated 1,000-row import-format CSV.
# Needs GNU time at /usr/bin/time. The load average is printed before and after: on a shared machine, quote it.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
runs="${1:-7}"
modes="${MODES:-launcher jdk17 jar}"
cases="${CASES:-sample corpus help validate}"
work="${BENCH_DIR:-/tmp/reviewbatch-startup}"
jdk17="${JDK17:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
corpus="$root/../shared/corpus/letterboxd-export/patrickmjones"

[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
[ -f "$root/target/reviewbatch.jar" ] || { echo "no target/reviewbatch.jar: run 'mvn -B -DskipTests package' first" >&2; exit 2; }
mkdir -p "$work"

# a 1,000-row CSV in Letterboxd's import format, all valid
upload="$work/upload-1000.csv"
if [ ! -f "$upload" ]; then
	{
		echo "Title,Year,Rating,WatchedDate,Rewatch,Tags"
		for i in $(seq 1 1000); do
			printf 'Film number %d,%d,%d.5,20%02d-%02d-%02d,%s,"tag %d, other"\n' "$i" $((1920 + i % 100)) \
				$((i % 5)) $((10 + i % 15)) $((1 + i % 12)) $((1 + i % 28)) "$([ $((i % 5)) -eq 0 ] && echo true || echo false)" $((i % 7))
		done
	} >"$upload"
fi

# command MODE: the command line that runs reviewbatch in that mode
command_for() {
	case $1 in
	launcher) echo "env -u REVIEWBATCH_JAVA -u JAVA_HOME $root/bin/reviewbatch" ;;
	jdk17) echo "env REVIEWBATCH_JAVA=$jdk17 $root/bin/reviewbatch" ;;
	jar) echo "$jdk17/bin/java -jar $root/target/reviewbatch.jar" ;;
	*) echo "unknown mode $1" >&2; exit 2 ;;
	esac
}

# args CASE RUN: the reviewbatch arguments for one run of that case (imports go to a fresh folder)
args_for() {
	case $1 in
	sample) echo "import $root/input/letterboxd-sample-export.zip --out $work/out-$2" ;;
	corpus) echo "import $corpus --out $work/out-$2" ;;
	help) echo "--help" ;;
	validate) echo "validate $upload" ;;
	esac
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "date:      $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine:   $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 " GB" }'); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "jdk17:     $jdk17"
echo "launcher:  $(env -u REVIEWBATCH_JAVA -u JAVA_HOME "$root/bin/reviewbatch" --launcher-info | tr '\n' ';' | sed 's/;  */; /g')"
echo "runs:      $runs per row; medians (min-max of wall)"
printf '%-9s %-9s %8s %13s %8s %8s\n' case mode wall_s wall_range cpu_s rss_MiB
for c in $cases; do
	if [ "$c" = corpus ] && [ ! -d "$corpus" ]; then
		echo "corpus    skipped: $corpus is absent"
		continue
	fi
	for m in $modes; do
		: >"$work/times"
		for r in $(seq 1 "$runs"); do
			rm -rf "$work/out-$r"
			# shellcheck disable=SC2046
			if ! /usr/bin/time -f '%e %U %S %M' -o "$work/time" $(command_for "$m") $(args_for "$c" "$r") \
				>"$work/log" 2>&1; then
				echo "$c/$m failed:" >&2
				tail -n 20 "$work/log" >&2
				exit 1
			fi
			tail -n 1 "$work/time" >>"$work/times"
		done
		wall=$(awk '{ print $1 }' "$work/times" | median)
		range=$(awk '{ print $1 }' "$work/times" | sort -n | sed -n '1p;$p' | paste -sd- -)
		cpu=$(awk '{ print $2 + $3 }' "$work/times" | median)
		rss=$(awk '{ print $4 / 1024 }' "$work/times" | median)
		printf '%-9s %-9s %8.2f %13s %8.2f %8.0f\n' "$c" "$m" "$wall" "$range" "$cpu" "$rss"
	done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
