# Sourced by .ci/run: a throwaway cluster of Debian's PostgreSQL server on 127.0.0.1:$PG_PORT.
PG_PORT="${PG_PORT:-54315}"
PG_DIR=""

start_debian_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "installing Debian's PostgreSQL server"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
  # The oldest installed major: on Debian 12 that is 15, the oldest one Claimtrail supports.
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | head -n 1)"
  PG_DIR="$(mktemp -d /tmp/claimtrail-ci-pg.XXXXXX)"
  chown postgres "$PG_DIR"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres >/dev/null
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null
  export PG_PORT PG_BIN
  echo "Debian PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

stop_debian_postgres() {
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR/data" ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null || true
    rm -rf "$PG_DIR"
  fi
}
