#!/usr/bin/env bash
# Multi-account benchmark (issue 17): a folder of generated accounts imported by `reviewbatch accounts`, in local
# mode with 1, 2 and 4 threads (H2 store) and in remote mode with 1 and 2 worker processes (a throwaway PostgreSQL
# and RabbitMQ on loopback); prints rows/s and the speed-up over one, and projects 8 workers on 8 machines.
#
# usage:  mvn -B -DskipTests package      (once; this script builds nothing)
#         bench/accounts.sh [ACCOUNTS MIN_ROWS MAX_ROWS]      (default: 200 2000 20000, as issue 17 asks)
# env:    BENCH_DIR  scratch folder (default /tmp/reviewbatch-accounts-bench); the generated folder is kept and
#                    reused for the same arguments
#         MODES      which runs, default "local1 local2 local4 remote1 remote2"
#
# Columns: wall seconds of the command that runs the whole job (local: the one process; remote: the manager, with
# the workers started and idle before it), JVM start included; import_s = the partition step (importAccounts) alone,
# which is what the modes change (writeAllAccounts, the clean files and reports of all accounts, is the same work in
# every mode); rows/s = diary rows / import_s; speed-up = the first mode's import_s / this one's; CPU = user+sys seconds of
# our JVMs (manager and workers); pg CPU = seconds the PostgreSQL server spent (remote only). Needs python3,
# GNU time (/usr/bin/time), PostgreSQL and rabbitmq-server (the throwaway scripts install them with apt-get).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
accounts=${1:-200}
min_rows=${2:-2000}
max_rows=${3:-20000}
work="${BENCH_DIR:-/tmp/reviewbatch-accounts-bench}"
modes=${MODES:-local1 local2 local4 remote1 remote2}
folder="$work/accounts-$accounts-$min_rows-$max_rows"
cli="$root/bin/reviewbatch"
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
[ -f "$root/target/reviewbatch.jar" ] || { echo "run 'mvn -B -DskipTests package' first" >&2; exit 2; }
mkdir -p "$work"

if [ ! -f "$folder/.rows" ]; then
  rm -rf "$folder"
  python3 "$here/gen_accounts.py" --accounts "$accounts" --min-rows "$min_rows" --max-rows "$max_rows" \
    --out "$folder" > "$work/rows.tmp"
  mv "$work/rows.tmp" "$folder/.rows"
fi
rows=$(cat "$folder/.rows")
echo "accounts: $accounts ($min_rows..$max_rows diary rows each), $rows rows in all; $(nproc) cores; $(date -u +%F)"

pg_cpu() { # CPU seconds (user+sys) of every PostgreSQL server process now
  local ticks=0 t
  for pid in $(pgrep -x postgres || true); do
    t=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)
    ticks=$((ticks + t))
  done
  echo "scale=1; $ticks / $(getconf CLK_TCK)" | bc
}

jvm_cpu() { # CPU seconds (user+sys) of one process now
  echo "scale=1; $(awk '{print $14 + $15}' "/proc/$1/stat") / $(getconf CLK_TCK)" | bc
}

remote_up=
start_remote() {
  [ -n "$remote_up" ] && return
  PG=$("$root/scripts/pg-throwaway.sh" start)
  AMQP=$("$root/scripts/rabbit-throwaway.sh" start)
  trap '"$root/scripts/pg-throwaway.sh" stop; "$root/scripts/rabbit-throwaway.sh" stop' EXIT
  remote_up=1
  # warm-up, discarded: the first run on a new PostgreSQL cluster spent 4x the server CPU of later ones (seen
  # 2026-12-03: 67 s against 16 s for the same 200 accounts)
  rm -rf "$work/warmup" && mkdir -p "$work/warmup"
  for a in $(ls "$folder" | head -5); do ln -s "$folder/$a" "$work/warmup/$a"; done
  pg_base=${PG%%\?*}; pg_base=${pg_base%/*}
  psql "postgresql://reviewbatch@${pg_base#jdbc:postgresql://}/reviewbatch_test" -qc "CREATE DATABASE bench_warmup" >/dev/null
  "$cli" accounts --role worker --db "$pg_base/bench_warmup?user=reviewbatch" --broker "$AMQP" --queue bench.warmup \
    > "$work/warmup-worker.log" 2>&1 &
  local worker=$!
  "$cli" accounts "$work/warmup" --role manager --db "$pg_base/bench_warmup?user=reviewbatch" --broker "$AMQP" \
    --queue bench.warmup --out "$work/out-warmup" > "$work/warmup.log" 2>&1 || true
  kill "$worker"; wait "$worker" 2>/dev/null || true
}

printf '%-10s %8s %9s %10s %9s %8s %8s\n' mode wall_s import_s rows/s speed-up CPU_s pg_CPU_s
base=
results=()
for mode in $modes; do
  out="$work/out-$mode"
  rm -rf "$out"
  case "$mode" in
    local*)
      threads=${mode#local}
      /usr/bin/time -f "%e %U %S" -o "$work/time" "$cli" accounts "$folder" --out "$out" --threads "$threads" \
        > "$work/$mode.log" 2>&1 || true  # a failed account is reported below
      read -r wall user sys < <(tail -n 1 "$work/time")
      cpu=$(echo "$user + $sys" | bc); pg=-
      ;;
    remote*)
      start_remote
      n=${mode#remote}
      db="bench_$mode"
      pg_base=${PG%%\?*}; pg_base=${pg_base%/*}
      psql "postgresql://reviewbatch@${pg_base#jdbc:postgresql://}/reviewbatch_test" -qc "DROP DATABASE IF EXISTS $db" \
        -c "CREATE DATABASE $db" >/dev/null 2>&1
      url="$pg_base/$db?user=reviewbatch"
      queue="bench.$mode.$$"
      pids=()
      for i in $(seq 1 "$n"); do
        "$cli" accounts --role worker --db "$url" --broker "$AMQP" --queue "$queue" --threads 1 \
          > "$work/$mode-worker$i.log" 2>&1 &
        pids+=($!)
      done
      for i in $(seq 1 120); do
        [ "$(grep -l "worker taking partitions" "$work/$mode"-worker*.log 2>/dev/null | wc -l)" -ge "$n" ] && break
        sleep 1
      done
      pg0=$(pg_cpu)
      /usr/bin/time -f "%e %U %S" -o "$work/time" "$cli" accounts "$folder" --role manager --db "$url" \
        --broker "$AMQP" --queue "$queue" --out "$out" > "$work/$mode.log" 2>&1 || true
      read -r wall user sys < <(tail -n 1 "$work/time")
      pg=$(echo "$(pg_cpu) - $pg0" | bc)
      cpu=$(echo "$user + $sys" | bc)
      for pid in "${pids[@]}"; do
        java=$(pgrep -P "$pid" java || echo "$pid")
        cpu=$(echo "$cpu + $(jvm_cpu "$java")" | bc)
        kill "$pid" 2>/dev/null || true
      done
      wait "${pids[@]}" 2>/dev/null || true
      ;;
  esac
  grep -q "of $accounts accounts completed" "$work/$mode.log" || { echo "$mode: not every account completed:"; tail -5 "$work/$mode.log"; }
  # the partition step alone (the command prints "Steps: importAccounts N s, writeAllAccounts M s")
  step=$(sed -n 's/^Steps: importAccounts \([0-9.]*\) s.*/\1/p' "$work/$mode.log")
  rate=$(echo "$rows / $step" | bc)
  [ -z "$base" ] && base=$step
  printf '%-10s %8s %9s %10s %9s %8s %8s\n' "$mode" "$wall" "$step" "$rate" "$(echo "scale=2; $base / $step" | bc)x" \
    "$cpu" "$pg"
  results+=("$mode $step $cpu $pg")
done

# projection from the remote runs: per-partition cost and the store's write rate
for r in "${results[@]}"; do
  set -- $r
  if [ "$1" = remote1 ]; then
    per_partition=$(echo "scale=3; $2 / $accounts" | bc)
    one_worker=$(echo "$rows / $2" | bc)
    pg_per_row_us=$(echo "scale=2; $4 * 1000000 / $rows" | bc)
    store_ceiling=$(echo "scale=0; 1000000 / $pg_per_row_us" | bc)
    echo
    echo "projection: one worker imports $one_worker rows/s (${per_partition} s a partition on average);"
    echo "  the store spent ${pg_per_row_us} us of PostgreSQL CPU a row, so one PostgreSQL core takes ~$store_ceiling rows/s."
    echo "  8 workers on 8 machines: min(8 x $one_worker, cores x $store_ceiling) = $(echo "8 * $one_worker" | bc) rows/s"
    echo "  if the database host has $(echo "(8 * $one_worker + $store_ceiling - 1) / $store_ceiling" | bc) or more cores for PostgreSQL, else its cores x $store_ceiling rows/s."
  fi
done
