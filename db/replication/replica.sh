#!/bin/sh
# The replica's entry point (docker-compose.yml). First start: copy the running primary with
# pg_basebackup -R, which also writes standby.signal and primary_conninfo, through a replication
# slot so the primary keeps every WAL segment the replica has not replayed yet. Later starts: the
# copy is there; PostgreSQL carries on replaying from where it stopped.
set -eu
PGDATA=/var/lib/postgresql/18/docker
export PGPASSWORD="$REPLICATION_PASSWORD"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h db -U replicator -d postgres >/dev/null; do sleep 1; done
  psql -h db -U replicator -d postgres -Atc \
    "select pg_create_physical_replication_slot('replica1') where not exists
       (select 1 from pg_replication_slots where slot_name = 'replica1')" >/dev/null
  rm -rf "$PGDATA"
  mkdir -p "$(dirname "$PGDATA")"
  pg_basebackup -h db -U replicator -D "$PGDATA" -R -X stream -S replica1
  chmod 700 "$PGDATA"
fi
exec postgres -D "$PGDATA"
