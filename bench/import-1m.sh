#!/usr/bin/env bash
# "A store that scales" (issue 12): reviewbatch's import of a generated diary.csv beside the Python peer's
# (../shared/perf/peer_import.py full), as whole processes, alternately (A B A B ...), the ratio taken pair by pair
# (peer wall / reviewbatch wall: above 1 means reviewbatch is faster), medians printed.
#
# usage:  mvn -B -DskipTests package      (once; this script builds nothing)
#         bench/import-1m.sh [ROWS]        (default 1000000)
# env:    JAR        run `java $JAVA_OPTS -jar JAR` instead of the README's command, bin/reviewbatch (the
#                    default: the newest JDK found, its start-up cache and JVM defaults; see bin/reviewbatch)
#         JAVA_OPTS  extra JVM options (bin/reviewbatch puts them after its defaults; with JAR the only ones)
#         PAIRS      pairs per scenario (default 3)
#         BENCH_DIR  scratch folder (default /tmp/reviewbatch-scale); kept for inspection
#         PG_URL     a PostgreSQL JDBC URL: also times the first import into it (its public schema is dropped!)
#         SCENARIOS  which to run (default "first again newer clean kill")
#
# Scenarios, each printed as one row per pair and a median row:
#   first   the generated diary.csv into an empty store          vs  the peer's full run into an empty folder
#   again   the same file again into that store (idempotent)      vs  the peer's full run
#   newer   a newer export of the same account (2% of rows edited, 2% added, 0.5% gone) into a copy of the
#           first store                                          vs  the peer's full run of that file
#   clean   the clean CSVs of the store rewritten (a re-import with the folder's clean files marked stale)
#   kill    kill -9 once the import step has committed rows, the same command again, rows counted
# Wall seconds and peak RSS from GNU time (/usr/bin/time -f '%e %M'); the H2 file size after the first import.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jar="${JAR:-}"
opts="${JAVA_OPTS:-}"
if [ -n "$jar" ]; then
	# shellcheck disable=SC2206
	cmd=(java $opts -jar "$jar")
	# shellcheck disable=SC2206
	kill_cmd=(java $opts -Dreviewbatch.progress=true -jar "$jar")
	java_used="$(java -version 2>&1 | head -1)"
else
	jar="$here/../target/reviewbatch.jar"
	cmd=("$here/../bin/reviewbatch")
	kill_cmd=(env JAVA_OPTS="$opts -Dreviewbatch.progress=true" "$here/../bin/reviewbatch")
	java_used="$("$here/../bin/reviewbatch" --launcher-info | tr -s ' ' | paste -sd ';')"
fi
rows="${1:-1000000}"
pairs="${PAIRS:-3}"
work="${BENCH_DIR:-/tmp/reviewbatch-scale}"
scenarios="${SCENARIOS:-first again newer clean kill}"
perf="$here/../../shared/perf"
py=/usr/bin/python3

[ -f "$jar" ] || { echo "no $jar: run 'mvn -B -DskipTests package' first (or set JAR)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time" >&2; exit 2; }
[ -f "$perf/peer_import.py" ] || { echo "needs ../shared/perf beside the checkout" >&2; exit 2; }
mkdir -p "$work"
csv="$work/diary-$rows.csv"
newer="$work/newer-$rows/diary.csv"
[ -f "$csv" ] || "$py" "$perf/gen_diary.py" --rows "$rows" --seed 42 --out "$csv" >/dev/null
if [ ! -f "$newer" ]; then
	mkdir -p "$(dirname "$newer")"
	# the same account's export later: 2% of rows re-rated, 0.5% deleted, 2% new entries (new URIs)
	"$py" - "$csv" "$newer" <<'EOF'
import csv, random, sys
src, dst = sys.argv[1], sys.argv[2]
rnd = random.Random(7)
with open(src, newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
head, body = rows[0], rows[1:]
uri, rating = head.index("Letterboxd URI"), head.index("Rating")
out = []
for r in body:
    x = rnd.random()
    if x < 0.005:
        continue
    if x < 0.025:
        r = list(r)
        r[rating] = rnd.choice(["0.5", "1", "1.5", "2", "2.5", "3", "3.5", "4", "4.5", "5"])
    out.append(r)
for i in range(len(body) // 50):
    r = list(rnd.choice(body))
    r[uri] = "https://boxd.it/new%07d" % i
    out.append(r)
with open(dst, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(head)
    w.writerows(out)
EOF
fi

# timed LOG CMD...: runs CMD with GNU time; prints "WALL RSS_KIB"
timed() {
	local log=$1
	shift
	if ! /usr/bin/time -f '%e %M' -o "$log.time" "$@" >"$log" 2>&1; then
		echo "failed: $* (see $log)" >&2
		tail -5 "$log" >&2
		exit 1
	fi
	cat "$log.time"
}

rb() { # rb LOG OUT INPUT [more]: one reviewbatch import
	local log=$1 out=$2 input=$3
	shift 3
	# shellcheck disable=SC2086
	timed "$log" "${cmd[@]}" import "$input" --out "$out" --no-report "$@"
}

peer() { # peer LOG INPUT: one peer run into a fresh folder
	rm -rf "$work/peer"
	timed "$1" "$py" "$perf/peer_import.py" full "$2" "$work/peer"
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

row() { printf '%-8s %-6s %10s %10s %10s %10s %8s\n' "$@"; }

# pairs SCENARIO PREPARE INPUT: PAIRS alternations of reviewbatch (prepared by PREPARE OUT) and the peer
run_pairs() {
	local name=$1 prepare=$2 input=$3 ratios=() rbw=() rbm=() pw=() pm=()
	for i in $(seq 1 "$pairs"); do
		local out="$work/$name-$i"
		$prepare "$out"
		read -r w m < <(rb "$work/$name-$i.log" "$out" "$input")
		read -r pwall pmem < <(peer "$work/peer-$name-$i.log" "$input")
		local ratio
		ratio=$(awk -v p="$pwall" -v r="$w" 'BEGIN {printf "%.3f", p / r}')
		row "$name" "$i" "$w" "$((m / 1024))" "$pwall" "$((pmem / 1024))" "$ratio"
		ratios+=("$ratio"); rbw+=("$w"); rbm+=("$((m / 1024))"); pw+=("$pwall"); pm+=("$((pmem / 1024))")
	done
	row "$name" median "$(printf '%s\n' "${rbw[@]}" | median)" "$(printf '%s\n' "${rbm[@]}" | median)" \
		"$(printf '%s\n' "${pw[@]}" | median)" "$(printf '%s\n' "${pm[@]}" | median)" \
		"$(printf '%s\n' "${ratios[@]}" | median)"
}

fresh() { rm -rf "$1"; }
keep_first() { # the store of the first pair, imported once already
	[ -d "$work/first-1" ] || { mkdir -p "$work/first-1"; rb "$work/first-setup.log" "$work/first-1" "$csv" >/dev/null; }
	rm -rf "$1"; cp -r "$work/first-1" "$1"
}
again_store() { [ -d "$1" ] || keep_first "$1"; }

echo "reviewbatch import vs the Python peer: $rows rows ($(du -h "$csv" | cut -f1) CSV), $pairs pairs, command: ${cmd[*]}${opts:+ (JAVA_OPTS $opts)}"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $java_used; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
row scenario pair "rb wall s" "rb RSS MiB" "peer wall" "peer MiB" "ratio"
for s in $scenarios; do
	case $s in
	first)
		run_pairs first fresh "$csv"
		echo "H2 file after the first import: $(du -m "$work/first-1/reviewbatch.mv.db" | cut -f1) MiB, input CSV $(du -m "$csv" | cut -f1) MiB"
		;;
	again)
		run_pairs again again_store "$csv"
		;;
	newer)
		run_pairs newer keep_first "$newer"
		;;
	clean)
		keep_first "$work/clean"
		rb "$work/clean-warm.log" "$work/clean" "$csv" >/dev/null
		read -r base _ < <(rb "$work/clean-carried.log" "$work/clean" "$csv")
		rm -f "$work/clean/clean/.reviewbatch-run"
		read -r w m < <(rb "$work/clean-rewrite.log" "$work/clean" "$csv")
		echo "clean CSVs of the store: re-import that rewrites them $w s (RSS $((m / 1024)) MiB), one that does not $base s:" \
			"about $(awk -v a="$w" -v b="$base" 'BEGIN {printf "%.1f", a - b}') s for the clean files;" \
			"$(du -m "$work/clean/clean" | cut -f1) MiB"
		;;
	kill)
		rm -rf "$work/kill"
		mkdir -p "$work/kill"
		# shellcheck disable=SC2086
		"${kill_cmd[@]}" import "$csv" --out "$work/kill" --no-report \
			>"$work/kill-1.log" 2>&1 &
		pid=$!
		# kill once a third of the rows are committed (progress is printed after each chunk), at most 30 minutes
		for _ in $(seq 1 1800); do
			done_rows=$(tr '\r' '\n' <"$work/kill-1.log" | grep -o '^  [0-9,]* rows' | tail -1 | tr -dc 0-9)
			[ "${done_rows:-0}" -ge $((rows / 3)) ] && break
			kill -0 "$pid" 2>/dev/null || break
			sleep 1
		done
		echo "killed after ${done_rows:-0} committed rows"
		kill -9 "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
		read -r w m < <(rb "$work/kill-2.log" "$work/kill" "$csv")
		expected=$(wc -l <"$work/first-1/clean/viewings.csv")
		got=$(wc -l <"$work/kill/clean/viewings.csv")
		echo "kill -9 mid-run, then the same command: resumed in $w s; viewings.csv $got lines, uninterrupted run $expected:" \
			"$([ "$got" = "$expected" ] && cmp -s "$work/kill/clean/viewings.csv" "$work/first-1/clean/viewings.csv" && echo exact || echo DIFFERENT)"
		;;
	esac
done
if [ -n "${PG_URL:-}" ]; then
	psql "${PG_URL#jdbc:}" -qc 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;' 2>/dev/null || true
	read -r w m < <(rb "$work/pg.log" "$work/pg" "$csv" --db "$PG_URL")
	echo "PostgreSQL first import: $w s wall, RSS $((m / 1024)) MiB"
fi
