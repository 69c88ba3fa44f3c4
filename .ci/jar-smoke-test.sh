#!/usr/bin/env bash
# The packaged jar against an existing, empty PostgreSQL database (started by .ci/run):
# Flyway migrates it and the pages serve the seed story. Prints "N passed, N failed".
# JAVA_OPTS: options for the JVM, e.g. -Dspring.aot.enabled=true for the -Paot build.
set -uo pipefail
cd "$(dirname "$0")/.."
: "${PG_PORT:?start the server first (.ci/debian-postgres.sh)}"
PSQL=(env PGOPTIONS=-cclient_min_messages=warning psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt)
APP_PORT=18080
passed=0
failed=0
check() { # description, command...
  if "${@:2}"; then passed=$((passed + 1)); echo "ok   $1"; else failed=$((failed + 1)); echo "FAIL $1"; fi
}

"${PSQL[@]}" -d postgres -c "drop database if exists claimtrail_smoke" -c "create database claimtrail_smoke"
jar="$(ls target/claimtrail-*.jar | head -n 1)"
log="$(mktemp)"
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:${PG_PORT}/claimtrail_smoke" \
  SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD="" \
  java ${JAVA_OPTS:-} -jar "$jar" --server.port="$APP_PORT" >"$log" 2>&1 &
app=$!
for _ in $(seq 1 90); do
  curl -fs "http://127.0.0.1:${APP_PORT}/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done

home="$(curl -fs -H 'Accept: text/html' "http://127.0.0.1:${APP_PORT}/")"
check "the home page lists the 14 seed claims" test "$(grep -c 'class="claim-row"' <<<"$home")" -eq 14
check "Flyway migrated the existing database" \
  test "$("${PSQL[@]}" -d claimtrail_smoke -c "select count(*) from flyway_schema_history where success")" -ge 2
check "a claim page answers 200" curl -fs -o /dev/null \
  "http://127.0.0.1:${APP_PORT}/claims/putin-asked-musk-not-to-activate-starlink-over-taiwan"
check "the API pages with a Link header" bash -c "curl -fsi 'http://127.0.0.1:${APP_PORT}/api/claims?size=2' \
  | grep -qi '^link: .*rel=\"next\"'"
check "the API's document is served" curl -fs -o /dev/null "http://127.0.0.1:${APP_PORT}/api/openapi.json"
check "an unknown API path is a problem document" bash -c "curl -s -D - -o /dev/null 'http://127.0.0.1:${APP_PORT}/api/nope' \
  | grep -qi '^content-type: application/problem+json'"
check "the embedded PostgreSQL stayed off" bash -c "! grep -q 'using an embedded PostgreSQL' '$log'"

kill "$app"; wait "$app" 2>/dev/null
"${PSQL[@]}" -d postgres -c "drop database claimtrail_smoke"
[ "$failed" -eq 0 ] || { echo "--- application log"; tail -n 50 "$log"; }
rm -f "$log"
echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
