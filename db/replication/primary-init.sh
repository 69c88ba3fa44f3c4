#!/bin/sh
# Run once by the postgres image when the primary's data directory is created (docker-compose.yml):
# a role that may stream the WAL, allowed to connect for replication from the compose network.
set -eu
psql -v ON_ERROR_STOP=1 -v password="$REPLICATION_PASSWORD" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
create role replicator with replication login password :'password';
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
