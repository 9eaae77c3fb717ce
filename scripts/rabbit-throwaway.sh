#!/usr/bin/env bash
# Starts (start), stops (stop) or restarts (restart, keeping its data) a throwaway RabbitMQ broker for the tests,
# on 127.0.0.1:${RABBIT_PORT:-55672}, with its data under ${RABBIT_DIR:-/tmp/reviewbatch-rabbit}. Prints the AMQP
# URL the tests read from REVIEWBATCH_TEST_AMQP_URL. Installs Debian's rabbitmq-server with apt-get where it is missing.
set -euo pipefail
action=${1:-start}
port=${RABBIT_PORT:-55672}
dir=${RABBIT_DIR:-/tmp/reviewbatch-rabbit}
export RABBITMQ_NODENAME=reviewbatch-test@localhost
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT=$port
export RABBITMQ_DIST_PORT=${RABBIT_DIST_PORT:-45672}
export RABBITMQ_MNESIA_BASE=$dir/mnesia
export RABBITMQ_LOG_BASE=$dir/log
export RABBITMQ_PID_FILE=$dir/pid
export RABBITMQ_ENABLED_PLUGINS_FILE=$dir/enabled_plugins
export RABBITMQ_CONFIG_FILE=$dir/rabbitmq

ctl() { rabbitmqctl -n "$RABBITMQ_NODENAME" "$@"; }

stop_broker() {
  if [ -f "$dir/pid" ]; then
    ctl stop "$dir/pid" >/dev/null 2>&1 || kill "$(cat "$dir/pid")" 2>/dev/null || true
  fi
}

start_broker() {
  rabbitmq-server -detached >/dev/null 2>&1
  # the pid file appears first; 'wait' returns once the node accepts connections
  for _ in $(seq 1 60); do [ -f "$dir/pid" ] && break; sleep 0.5; done
  ctl wait --timeout 60 "$dir/pid" >/dev/null
}

case "$action" in
  stop)
    stop_broker
    rm -rf "$dir"
    exit 0 ;;
  restart)
    stop_broker
    start_broker
    exit 0 ;;
esac

if ! command -v rabbitmq-server >/dev/null; then
  echo "RabbitMQ not found; installing it with apt-get" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null) >&2
fi
"$0" stop
mkdir -p "$dir/log" "$dir/mnesia"
echo '[].' > "$dir/enabled_plugins"
printf 'loopback_users = none\n' > "$dir/rabbitmq.conf"
# Debian's wrapper runs the broker as the 'rabbitmq' user when started as root
[ "$(id -u)" = 0 ] && id rabbitmq >/dev/null 2>&1 && chown -R rabbitmq "$dir"
start_broker
echo "amqp://guest:guest@127.0.0.1:$port"
