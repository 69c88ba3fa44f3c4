#!/usr/bin/env bash
# Writes src/test/resources/upgrade/*.sql: the databases the upgrade tests start from, each written
# by an earlier release's own jar through its own forms (EarlierReleaseDumps, DeskEdits). Run it by
# hand when a release adds a dump to test from; the tests never run it.
#   - builds each release's jar from git (a worktree per release, under a temporary directory);
#   - starts a throwaway cluster of Debian's PostgreSQL (15: its pg_dump writes SQL that every
#     supported server replays), installing it if missing, as .ci/run does;
#   - runs the desk's edits and dumps each database as plain SQL.
set -euo pipefail
cd "$(dirname "$0")/../../.."
releases=(7fc9b01 0dd8f84 2074270)
work="$(mktemp -d /tmp/claimtrail-dumps.XXXXXX)"
cleanup() {
  for release in "${releases[@]}"; do git worktree remove --force "$work/$release" 2>/dev/null || true; done
  stop_debian_postgres || true
  rm -rf "$work"
}
trap cleanup EXIT

jars=()
for release in "${releases[@]}"; do
  git worktree add --detach "$work/$release" "$release" >/dev/null
  (cd "$work/$release" && ./mvnw -B -q -DskipTests package)
  jars+=("$(ls "$work/$release"/target/claimtrail-*.jar)")
done

PG_PORT=54399
source .ci/debian-postgres.sh
start_debian_postgres

./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" org.claimtrail.upgrade.EarlierReleaseDumps \
  "jdbc:postgresql://127.0.0.1:$PG_PORT" "$PG_BIN/pg_dump" src/test/resources/upgrade "${jars[@]}"
