#!/usr/bin/env bash
# Starts (start) or stops (stop) a throwaway PostgreSQL 15 cluster for the tests, on 127.0.0.1:${PGPORT:-55432},
# with data under ${PGDATA_DIR:-/tmp/reviewbatch-pg}. Prints the JDBC URL the tests read from REVIEWBATCH_TEST_PG_URL.
# Installs PostgreSQL with apt-get where it is missing. Runs the server as the 'postgres' user when started as root.
set -euo pipefail
action=${1:-start}
port=${PGPORT:-55432}
data=${PGDATA_DIR:-/tmp/reviewbatch-pg}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "$action" = stop ]; then
  [ -n "$bin" ] && [ -d "$data" ] && as_pg "$bin/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$data"
  exit 0
fi

if [ -z "$bin" ]; then
  echo "PostgreSQL not found; installing it with apt-get" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) >&2
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

"$0" stop
mkdir -p "$data"
[ "$(id -u)" = 0 ] && chown postgres "$data"
as_pg "$bin/initdb" -D "$data" -U reviewbatch --auth=trust -E UTF8 >/dev/null
as_pg "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
  -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U reviewbatch reviewbatch_test
echo "jdbc:postgresql://127.0.0.1:$port/reviewbatch_test?user=reviewbatch"
