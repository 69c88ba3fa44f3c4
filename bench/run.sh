#!/usr/bin/env bash
# Claimtrail's benchmark, end to end: build, start PostgreSQL and the app, load skewed scale data,
# measure with wrk on random URLs against the trivial endpoint of the same app, write
# bench/results.md and bench/results.json. Not a test: it prints figures and never fails for
# being slow. Traffic goes to 127.0.0.1 only, bounded in count and time.
#
#   bash bench/run.sh                      # default scale (100,000 claims, 300,000 attributions, …)
#   SCALE_ARGS="--claims=5000 --attributions=15000 --sources=2000 --actors=500 --stories=50 --links=1000" \
#   EXPORT_ROWS=50000 DURATION=5s bash bench/run.sh     # a quick smoke run
#   FORMS_ONLY=1 bash bench/run.sh         # the forms alone (and the trivial endpoint, claim pages), no results written
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-5s}"
OVERLOAD_SECONDS="${OVERLOAD_SECONDS:-30}"
CONNECTIONS=16
THREADS=2
EXPORT_ROWS="${EXPORT_ROWS:-1000000}"
SCALE_ARGS="${SCALE_ARGS:-}"
APP_PORT="${APP_PORT:-18090}"
PG_PORT="${PG_PORT:-54316}"
OUT=bench/results.md
JSON=bench/results.json
WORK="$(mktemp -d /tmp/claimtrail-bench.XXXXXX)"
APP_PID=""

log() { printf '[bench] %s\n' "$*" >&2; }

if ! command -v wrk >/dev/null; then
  log "installing wrk"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi

log "building (with Spring's ahead-of-time classes, -Paot, used only when started with -Dspring.aot.enabled=true)"
./mvnw -q -B -DskipTests -Paot package
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"
JAR="$(ls target/claimtrail-*.jar | head -n 1)"

source .ci/debian-postgres.sh
PG_PORT="$PG_PORT" start_debian_postgres
cleanup() {
  cp "$WORK/app.log" /tmp/claimtrail-bench-app.log 2>/dev/null || true
  cp "$PG_DIR/server.log" /tmp/claimtrail-bench-pg.log 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -f "$WORK/varnish.pid" ] && kill "$(cat "$WORK/varnish.pid")" 2>/dev/null || true
  stop_debian_postgres
  rm -rf "$WORK"
}
trap cleanup EXIT
# Count every statement the app sends (pg_stat_statements) and log the plan of every slow one
# (auto_explain): the slowest statements of the run, explained by PostgreSQL itself.
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
  -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c shared_preload_libraries=pg_stat_statements,auto_explain \
      -c pg_stat_statements.track_utility=off -c shared_buffers=512MB -c work_mem=32MB \
      -c auto_explain.log_min_duration=30 -c auto_explain.log_analyze=on -c auto_explain.log_timing=off \
      -c auto_explain.log_buffers=on -c max_connections=200" start >/dev/null
PSQL=(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt)
"${PSQL[@]}" -d postgres -c "create database claimtrail_bench"
"${PSQL[@]}" -d claimtrail_bench -c "create extension pg_stat_statements"
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:${PG_PORT}/claimtrail_bench"
export SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=""
# The admin the app creates on its first start, who signs in to measure the desk's forms.
export CLAIMTRAIL_ADMIN_USERNAME=bench-admin CLAIMTRAIL_ADMIN_PASSWORD="the bench signs in with this long passphrase"

start_app() { # sets APP_PID and STARTUP_MS: milliseconds from launch to the first page served
  if curl -s -o /dev/null "http://127.0.0.1:${APP_PORT}/"; then
    log "port ${APP_PORT} is already answering: stop that process first"; exit 1
  fi
  local started=$(date +%s%N)
  java -Xms512m -Xmx1g -XX:+ExitOnOutOfMemoryError $JAVA_EXTRA -jar "$JAR" --server.port="$APP_PORT" >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:${APP_PORT}/"; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$WORK/app.log" >&2; exit 1; }
    sleep 0.05
  done
  STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }
JAVA_EXTRA=""

PAGES=("/" "/claims" "/claims?sort=newest&after=CLAIMID" "/claims?q=WORDS" "/claims/CLAIM"
       "/stories/STORY" "/timeline?story=STORY" "/timeline?year=2010" "/sources?q=report" "/actors?q=anna"
       "/actors/ACTOR" "/api/claims" "/feed.atom")
# The address with a parameter the reader cache has not seen ($2 tells two apart), so the page is
# rendered. The API answers 400 to a parameter it does not take: its lists get a page size instead,
# and its documents nothing (fetched once, they are rendered anyway).
unseen() { # path tag
  local path="$1" sep; sep=$([[ "$path" == *\?* ]] && echo '&' || echo '?')
  case "$path" in
    /api/*size=*|/api/claims/*) echo "$path" ;;
    /api/*) echo "${path}${sep}size=$(( 20 + ${#2} ))" ;;
    *) echo "${path}${sep}$2=$(date +%s%N)" ;;
  esac
}
statements_per_page() { # claim story actor claimid words → "page count" lines, one request per page, counted by PostgreSQL
  # Each page is given an address that finds rows at either size: an empty page sends fewer statements.
  local claim="$1" story="$2" actor="$3" claimid="$4" words="$5"
  for page in "${PAGES[@]}"; do
    local path="${page/CLAIMID/$claimid}"; path="${path/CLAIM/$claim}"; path="${path/STORY/$story}"; path="${path/ACTOR/$actor}"
    path="${path/WORDS/$words}"
    curl -fs -o /dev/null "http://127.0.0.1:${APP_PORT}$(unseen "$path" warm)"   # prepared statements, caches
    "${PSQL[@]}" -d claimtrail_bench -c "select pg_stat_statements_reset()" >/dev/null
    # A fresh address: the count is of a page rendered, not of one served from the reader cache.
    curl -fs -o /dev/null "http://127.0.0.1:${APP_PORT}$(unseen "$path" count)"
    local n=$("${PSQL[@]}" -d claimtrail_bench -c "select coalesce(sum(calls), 0) from pg_stat_statements
               where dbid = (select oid from pg_database where datname = 'claimtrail_bench')
                 and query not ilike '%pg_stat_statements%'
                 -- The summaries' keeper (a background thread, once a second): not part of any page.
                 and query not ilike '%pg_try_advisory_xact_lock%' and query not ilike '%delete from claim_sourcing_stale%'")
    echo "$page $n"
  done
}

log "start on the seed story (migrations run)"
start_app
SEED_STATEMENTS="$(statements_per_page musk-and-putin-in-regular-contact-since-late-2022 musk-putin-contacts elon-musk \
  "$(( $("${PSQL[@]}" -d claimtrail_bench -c "select max(id) from claim") + 1 ))" putin)"
SEED_CLAIMS=$("${PSQL[@]}" -d claimtrail_bench -c "select count(*) from claim")
stop_app

log "loading skewed scale data"
LOAD_START=$(date +%s%N)
java -cp "$CP" org.claimtrail.scale.ScaleData --yes-add-synthetic-data $SCALE_ARGS | tee "$WORK/load.log" >&2
LOAD_SECONDS=$(( ($(date +%s%N) - LOAD_START) / 1000000000 ))
q() { "${PSQL[@]}" -d claimtrail_bench -c "$1"; }
CLAIMS=$(q "select count(*) from claim"); ATTRIBUTIONS=$(q "select count(*) from attribution")
SOURCES_N=$(q "select count(*) from source"); ACTORS_N=$(q "select count(*) from actor"); STORIES_N=$(q "select count(*) from story")
LINKS_N=$(q "select count(*) from claim_link"); ENTRIES_N=$(q "select count(*) from timeline_entry")
SKEW=$(q "select (select count(*) from claim where story_id = (select id from story where slug = 'synthetic-story-0'))
          || '|' || (select max(n) from (select count(*) n from attribution group by claim_id) x)
          || '|' || (select count(*) from attribution where speaker_id = (select id from actor where slug = 'synthetic-actor-0'))
          || '|' || (select count(*) from claim, websearch_to_tsquery('english', 'minister government') q where search_vector @@ q)")
export SYNTHETIC_CLAIMS=$(q "select count(*) from claim where slug like 'synthetic-claim-%'") \
  ACTORS=$(q "select count(*) from actor where slug like 'synthetic-actor-%'") \
  STORIES=$(q "select count(*) from story where slug like 'synthetic-story-%'") \
  CLAIM0=$(q "select min(id) from claim where slug like 'synthetic-claim-%'") \
  SOURCE0=$(q "select min(id) from source where url like 'https://news.example/%'") \
  SOURCES=$(q "select count(*) from source where url like 'https://news.example/%'")
BUSY_SOURCE=$(q "select source_id from attribution group by source_id order by count(*) desc limit 1")

wait_for_keeper() { # until every claim marked for its sourcing summary (V31) is kept, at most 10 minutes
  for _ in $(seq 1 2400); do
    [ "$(q "select count(*) from claim_sourcing_stale")" = "0" ] && return
    sleep 0.25
  done
}

log "start at scale"
start_app
# The loaded claims are marked for their sourcing summaries to be kept (V31); the app keeps them in
# the background. Measured from the app's start, and waited for, so no workload runs beside it.
KEEP_START=$(date +%s%N)
wait_for_keeper
KEEP_SECONDS=$(python3 -c "print(round(($(date +%s%N) - $KEEP_START) / 1e9 + $STARTUP_MS / 1000, 1))")
log "sourcing summaries of ${CLAIMS} claims kept ${KEEP_SECONDS} s after the start ($(q "select count(*) from claim_sourcing_stale") still marked)"
SCALE_STATEMENTS="$(statements_per_page synthetic-claim-500 synthetic-story-0 synthetic-actor-0 "$((CLAIM0 + 50000))" minister+government)"

EDITORS=16
log "signing in for the forms: ${EDITORS} sessions, each a cookie and its CSRF token for wrk"
SESSIONS_FILE="$WORK/sessions.tsv"; : >"$SESSIONS_FILE"
csrf_of() { python3 -c 'import re,sys; print(re.search(r"name=\"_csrf\" value=\"([^\"]+)\"", sys.stdin.read()).group(1))'; }
for i in $(seq 1 "$EDITORS"); do
  jar="$WORK/cookies-$i.txt"
  login_csrf=$(curl -fs -c "$jar" -b "$jar" "http://127.0.0.1:${APP_PORT}/login" | csrf_of)
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$CLAIMTRAIL_ADMIN_USERNAME" \
    --data-urlencode "password=$CLAIMTRAIL_ADMIN_PASSWORD" --data-urlencode "_csrf=$login_csrf" "http://127.0.0.1:${APP_PORT}/login"
  cookie=$(awk '{ sub(/^#HttpOnly_/, "") } !/^#/ && NF >= 7 { printf "%s=%s; ", $6, $7 }' "$jar")
  printf '%s\t%s\n' "$cookie" "$(curl -fs -H "Cookie: $cookie" "http://127.0.0.1:${APP_PORT}/claims/new" | csrf_of)" >>"$SESSIONS_FILE"
done
export SESSIONS_FILE
COOKIE=$(head -n 1 "$SESSIONS_FILE" | cut -f 1); CSRF=$(head -n 1 "$SESSIONS_FILE" | cut -f 2)
# The forms' sizes: 20 random attribution forms, shown and sent to find random prefixes, and the claim form.
FORM_SIZES=""
for i in $(seq 1 20); do
  claim="/claims/synthetic-claim-$(( RANDOM % SYNTHETIC_CLAIMS ))"
  prefix=$(python3 -c 'import random; w = random.choice(["elections", "energy", "anna", "boris", "adler", "costa", "kremlin", "report"]); print(w[:random.randint(3, 6)])')
  FORM_SIZES+="$(curl -fs -o /dev/null -w '%{size_download}' -H "Cookie: $COOKIE" "http://127.0.0.1:${APP_PORT}${claim}/attributions/new") "
  FORM_SIZES+="$(curl -fs -o /dev/null -w '%{size_download}' -H "Cookie: $COOKIE" --data "_csrf=$CSRF&sourceFind=$prefix&speakerFind=$prefix" "http://127.0.0.1:${APP_PORT}${claim}/attributions/new") "
  FORM_SIZES+="$(curl -fs -o /dev/null -w '%{size_download}' -H "Cookie: $COOKIE" --data "_csrf=$CSRF&check=dates&subjects=$prefix" "http://127.0.0.1:${APP_PORT}/claims/new") "
done
log "form sizes (bytes): $FORM_SIZES"

declare -A RESULT
measure() { # name path-or-script; BASE (default: the app) says where to send it
  local name="$1" target="$2" args=() base="${BASE:-http://127.0.0.1:${APP_PORT}}"
  if [[ "$target" == *.lua ]]; then args=(-s "$target" "$base"); else args=("${base}${target}"); fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 30s "${args[@]}" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency "${args[@]}" >"$WORK/wrk-$name.txt"
  local rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$name.txt")
  local p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk-$name.txt")
  local p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk-$name.txt")
  local errors=$(awk '/Non-2xx|Socket errors/ {print}' "$WORK/wrk-$name.txt" | tr '\n' ' ')
  # "N requests in T, S read": the mean answer's size, to tell what a page holds from where it starts.
  local kb=$(awk '/requests in/ {n=$1; s=$5; u=s; sub(/[0-9.]+/, "", u); sub(/[A-Za-z]+$/, "", s);
    f = (u == "GB") ? 1048576 : (u == "MB") ? 1024 : (u == "KB") ? 1 : 1/1024; if (n > 0) printf "%.1f", s * f / n}' "$WORK/wrk-$name.txt")
  RESULT[$name]="$target|$rps|$p50|$p99|${errors:-none}|${kb:-0}"
  log "$name: $rps req/s, p50 $p50, p99 $p99 ${errors}"
}
"${PSQL[@]}" -d claimtrail_bench -c "select pg_stat_statements_reset()" >/dev/null
LOG_FROM=$(stat -c %s "$PG_DIR/server.log")
if [ -n "${FORMS_ONLY:-}" ]; then # a quick look at the forms alone, and each kind apart; writes no results
  measure trivial "/actuator/health/liveness"
  measure random-claims bench/lua/random-claims.lua
  measure random-forms bench/lua/random-forms.lua
  for kind in 1 2 3 4; do FORM_KIND=$kind measure "form-kind-$kind" bench/lua/random-forms.lua; done
  exit 0
fi
measure trivial "/actuator/health/liveness"
measure random-claims bench/lua/random-claims.lua
measure random-lists bench/lua/random-lists.lua
measure random-actors bench/lua/random-actors.lua
measure random-searches bench/lua/random-searches.lua
measure random-forms bench/lua/random-forms.lua
measure hot-home "/"
measure hot-claims "/claims"
measure hot-claim "/claims/synthetic-claim-500"
# The same hot pages while an editor saves the hot claim once a second: each save moves the content
# version, so each page is rendered afresh once a second and the reader cache serves the rest.
HOT_PAGES=("/" "/claims" "/claims/synthetic-claim-500")
editor_saving() { # tag seconds → the editor's tally as JSON, in $WORK/editor-$tag.json
  python3 bench/editor-saves.py "http://127.0.0.1:${APP_PORT}" /claims/synthetic-claim-500 "$COOKIE" "$2" >"$WORK/editor-$1.json"
}
EDIT_SECONDS=$(( (${WARMUP%s} + ${DURATION%s}) * ${#HOT_PAGES[@]} + 2 ))
editor_saving app "$EDIT_SECONDS" & EDITOR=$!
measure saving-hot-home "/"
measure saving-hot-claims "/claims"
measure saving-hot-claim "/claims/synthetic-claim-500"
wait "$EDITOR"; EDITOR_APP=$(cat "$WORK/editor-app.json"); log "editor while measuring: $EDITOR_APP"
# Each list alone, as its first page and entered at a random position through its cursor: what a
# random keyset position costs against the first page (both rendered, see bench/lua/common.lua).
LIST_COUNT=$(grep -c 'name = "' bench/lua/common.lua)
for list in $(seq 1 "$LIST_COUNT"); do
  for at in first deep; do
    LIST=$list AT=$at WARMUP=2s DURATION="${LIST_DURATION:-8s}" measure "list-$list-$at" bench/lua/one-list.lua
  done
done
LIST_NAMES=$(grep -o 'name = "[^"]*"' bench/lua/common.lua | sed 's/^name = "//; s/"$//')
measure trivial-end "/actuator/health/liveness"
# The page workloads' slice of the server log: auto_explain's plans of their slowest statements.
tail -c +"$((LOG_FROM + 1))" "$PG_DIR/server.log" >"$WORK/pages-pg.log"
SLOWEST=$(q "select round(mean_exec_time::numeric, 1) || ' ms mean, ' || round(max_exec_time::numeric, 1) || ' ms max, '
             || calls || ' calls: ' || regexp_replace(left(query, 300), '\s+', ' ', 'g')
             from pg_stat_statements where query not ilike '%pg_stat_statements%'
             order by mean_exec_time desc limit 8")

log "the heaviest entity pages, one request each"
HEAVIEST=""
for path in "/claims/synthetic-claim-0" "/actors/synthetic-actor-0" "/actors/synthetic-actor-1" "/stories/synthetic-story-0" \
            "/sources/${BUSY_SOURCE}" "/timeline?story=synthetic-story-0" "/claims?q=minister%20government" \
            "/api/timeline?size=1000" "/api/claims/synthetic-claim-0" "/claims/synthetic-claim-0/history"; do
  line=$(curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}' "http://127.0.0.1:${APP_PORT}$(unseen "$path" once)")
  HEAVIEST+="${path} ${line}"$'\n'
  log "heaviest ${path}: ${line}"
done

log "overload: 64 connections on the heaviest pages for ${OVERLOAD_SECONDS}s while a reader times a cheap page"
( end=$(( $(date +%s) + OVERLOAD_SECONDS + 2 )); worst=0
  while [ "$(date +%s)" -lt "$end" ]; do
    t=$(curl -s -o /dev/null -m 30 -w '%{time_total}' "http://127.0.0.1:${APP_PORT}/actuator/health/liveness" || echo 30)
    worst=$(python3 -c "print(max($worst, $t))"); sleep 0.1
  done; echo "$worst" >"$WORK/cheap-worst.txt" ) &
CHEAP=$!
wrk -t"$THREADS" -c64 -d"${OVERLOAD_SECONDS}s" --timeout 30s --latency -s bench/lua/heaviest.lua "http://127.0.0.1:${APP_PORT}" >"$WORK/wrk-overload.txt"
OVERLOAD_END=$(date +%s%N)
RECOVERY_MS=-1
for _ in $(seq 1 600); do
  code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:${APP_PORT}/claims/synthetic-claim-0?recovered=$(date +%s%N)" || true)
  if [ "$code" = "200" ]; then RECOVERY_MS=$(( ($(date +%s%N) - OVERLOAD_END) / 1000000 )); break; fi
  sleep 0.05
done
wait "$CHEAP" || true
CHEAP_WORST=$(cat "$WORK/cheap-worst.txt")
OVERLOAD_RPS=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-overload.txt")
OVERLOAD_NON2XX=$(awk '/Non-2xx/ {print $NF}' "$WORK/wrk-overload.txt"); OVERLOAD_NON2XX=${OVERLOAD_NON2XX:-0}
OVERLOAD_TOTAL=$(awk '/requests in/ {print $1}' "$WORK/wrk-overload.txt")
OOM=$(grep -c OutOfMemoryError "$WORK/app.log" || true)
log "overload: ${OVERLOAD_RPS} req/s, ${OVERLOAD_NON2XX} of ${OVERLOAD_TOTAL} refused; cheap page worst ${CHEAP_WORST}s; normal again after ${RECOVERY_MS} ms; OutOfMemoryError lines: ${OOM}"

# Profiled apart from the measured runs: recording stacks slows the app down a lot.
log "profile of the random list pages (JFR, 15 s, not measured)"
jcmd "$APP_PID" JFR.start name=lists filename="$WORK/lists.jfr" settings=default >/dev/null 2>&1 || true
wrk -t"$THREADS" -c"$CONNECTIONS" -d15s -s bench/lua/random-lists.lua "http://127.0.0.1:${APP_PORT}" >/dev/null
jcmd "$APP_PID" JFR.stop name=lists >/dev/null 2>&1 || true
# The documented deployment's front cache (docker-compose.yml): Varnish with the compose VCL, its
# backends pointed at this app, keeping visitors' pages and revalidating them with the ETags.
FRONT_CACHE=""
if command -v varnishd >/dev/null; then
  log "front cache: Varnish with src/main/docker/varnish/default.vcl in front of the app"
  VARNISH_PORT=$((APP_PORT + 1))
  sed -e 's/"app2"/"127.0.0.1"/; s/"app"/"127.0.0.1"/' -e "s/\.port = \"8080\"/.port = \"${APP_PORT}\"/" \
    src/main/docker/varnish/default.vcl >"$WORK/front.vcl"
  varnishd -j none -n "$WORK/varnish" -a "127.0.0.1:${VARNISH_PORT}" -f "$WORK/front.vcl" -s malloc,256m -P "$WORK/varnish.pid"
  until curl -fs -o /dev/null "http://127.0.0.1:${VARNISH_PORT}/"; do sleep 0.1; done
  export BASE="http://127.0.0.1:${VARNISH_PORT}"
  measure front-hot-home "/"
  measure front-hot-claims "/claims"
  measure front-hot-claim "/claims/synthetic-claim-500"
  editor_saving front "$EDIT_SECONDS" & EDITOR=$!
  measure front-saving-hot-home "/"
  measure front-saving-hot-claims "/claims"
  measure front-saving-hot-claim "/claims/synthetic-claim-500"
  wait "$EDITOR"; EDITOR_FRONT=$(cat "$WORK/editor-front.json"); log "editor while measuring: $EDITOR_FRONT"
  measure front-random-claims bench/lua/random-claims.lua
  unset BASE
  FRONT_CACHE="varnishd $(varnishd -V 2>&1 | grep -o 'varnish-[0-9.]*' | head -n 1)"
  kill "$(cat "$WORK/varnish.pid")" 2>/dev/null || true
else
  log "front cache: varnishd is not installed (apt-get install varnish), not measured"
fi

# After every single-app figure but before the timeline grows for the export: the app restarts for
# this phase, and the heaviest pages and the overload, measured right after a restart, ran cold once.
log "with a streaming replica: pg_basebackup -R of the bench database on this machine, the app restarted with CLAIMTRAIL_REPLICA_URL"
REPLICA_PORT=$((PG_PORT + 1))
stop_app
runuser -u postgres -- "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PG_PORT" -U postgres -D "$PG_DIR/replica" -R -X stream
# A hot standby needs at least the primary's max_connections.
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/replica" -l "$PG_DIR/replica.log" -w \
  -o "-p $REPLICA_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c work_mem=32MB \
      -c max_connections=200 -c shared_preload_libraries=''" start >/dev/null
export CLAIMTRAIL_REPLICA_URL="jdbc:postgresql://127.0.0.1:${REPLICA_PORT}/claimtrail_bench"
start_app
for _ in $(seq 1 300); do
  curl -s "http://127.0.0.1:${APP_PORT}/actuator/health" | grep -q '"replica":{[^}]*"status":"UP"' && break
  sleep 0.1
done
log "replica: $(curl -s "http://127.0.0.1:${APP_PORT}/actuator/health" | grep -o '"replica":{[^}]*}')"
measure replica-trivial "/actuator/health/liveness"
measure replica-random-claims bench/lua/random-claims.lua
measure replica-random-lists bench/lua/random-lists.lua
measure replica-trivial-end "/actuator/health/liveness"
REPLICA_HEALTH=$(curl -s "http://127.0.0.1:${APP_PORT}/actuator/health" | grep -o '"replica":{[^}]*}')
stop_app
unset CLAIMTRAIL_REPLICA_URL
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/replica" -m fast stop >/dev/null
start_app

log "export: growing the timeline to ${EXPORT_ROWS} entries"
MISSING=$(( EXPORT_ROWS - $(q "select count(*) from timeline_entry") ))
if [ "$MISSING" -gt 0 ]; then
  java -cp "$CP" org.claimtrail.scale.ScaleData --yes-add-synthetic-data --append-attributions="$MISSING" >&2
fi
# The appended attributions marked their claims' summaries (V31): kept before the export is timed.
wait_for_keeper
TIMELINE_SQL="$(java -cp "$CP" org.claimtrail.timeline.PrintTimelineSql)"
ENTRIES=$(q "select count(*) from timeline_entry")

heap_used_kb() { jstat -gc "$APP_PID" 2>/dev/null | awk 'NR == 2 {printf "%d", $3 + $4 + $6 + $8}'; }
old_gen_kb() { jstat -gc "$APP_PID" 2>/dev/null | awk 'NR == 2 {printf "%d", $8}'; }
kill -0 "$APP_PID" || { log "the app is not running any more"; tail -n 60 "$WORK/app.log" >&2; exit 1; }
HEAP_BEFORE=$(heap_used_kb)
OLD_BEFORE=$(old_gen_kb)
( while kill -0 "$APP_PID" 2>/dev/null; do echo "$(heap_used_kb) $(old_gen_kb)"; sleep 0.2; done ) >"$WORK/heap.txt" &
SAMPLER=$!
EXPORT_START=$(date +%s%N)
EXPORT_LINES=$(curl -fs "http://127.0.0.1:${APP_PORT}/timeline.csv" | wc -l)
EXPORT_MS=$(( ($(date +%s%N) - EXPORT_START) / 1000000 ))
kill "$SAMPLER" 2>/dev/null || true
HEAP_PEAK=$(awk '{print $1}' "$WORK/heap.txt" | sort -n | tail -n 1)
OLD_PEAK=$(awk '{print $2}' "$WORK/heap.txt" | sort -n | tail -n 1)
COPY_START=$(date +%s%N)
COPY_LINES=$(q "copy (${TIMELINE_SQL}) to stdout with csv" | wc -l)
COPY_MS=$(( ($(date +%s%N) - COPY_START) / 1000000 ))
stop_app

log "start-up, measured three times each: the jar as built; extracted with a CDS archive; the same with Spring AOT"
STARTUPS=""
for _ in 1 2 3; do start_app; STARTUPS+="$STARTUP_MS "; stop_app; done
# Spring Boot's CDS support: extract the jar and start from an archive of the classes a training run
# loaded. The training run serves a page of each kind before it stops (the archive is written at
# exit), so the classes of the first request are in it too, not only those of the start.
EXTRACTED="$WORK/extracted"
rm -rf "$EXTRACTED"
java -Djarmode=tools -jar "$JAR" extract --destination "$EXTRACTED" >/dev/null
BUILT_JAR="$JAR"
JAR="$EXTRACTED/$(basename "$BUILT_JAR")"
cds_archive() { # archive-file [java options…]: a training run that writes the archive, then JAVA_EXTRA uses it
  local archive="$1"; shift
  JAVA_EXTRA="$* -XX:ArchiveClassesAtExit=$archive"
  start_app
  for page in / /claims /stories /timeline /sources /actors /api/claims /feed.atom /login; do
    curl -s -o /dev/null "http://127.0.0.1:${APP_PORT}${page}"
  done
  stop_app
  [ -s "$archive" ] || { log "the training run wrote no CDS archive"; exit 1; }
  JAVA_EXTRA="$* -XX:SharedArchiveFile=$archive"
}
cds_archive "$EXTRACTED/application.jsa"
CDS_STARTUPS=""
for _ in 1 2 3; do start_app; CDS_STARTUPS+="$STARTUP_MS "; stop_app; done
cds_archive "$EXTRACTED/application-aot.jsa" -Dspring.aot.enabled=true
AOT_STARTUPS=""
for _ in 1 2 3; do start_app; AOT_STARTUPS+="$STARTUP_MS "; stop_app; done
JAR="$BUILT_JAR"
JAVA_EXTRA=""
JAR_MB=$(( $(stat -c %s "$JAR") / 1048576 ))

PROFILE=""
if [ -f "$WORK/lists.jfr" ]; then
  PROFILE=$(jfr print --events jdk.ExecutionSample "$WORK/lists.jfr" | python3 bench/top-frames.py 18 || true)
fi
# The slowest statements of the page workloads, with the plans auto_explain logged for them.
PLANS=$(python3 bench/slow-plans.py "$WORK/pages-pg.log" 4 || true)

log "writing $OUT"
export CLAIMS ATTRIBUTIONS SOURCES_N ACTORS_N STORIES_N LINKS_N ENTRIES_N SKEW LOAD_SECONDS SEED_CLAIMS CONNECTIONS DURATION WARMUP \
  FORM_SIZES STARTUPS CDS_STARTUPS AOT_STARTUPS JAR_MB HEAVIEST SLOWEST PLANS PROFILE SEED_STATEMENTS SCALE_STATEMENTS EXPORT_LINES EXPORT_MS COPY_LINES COPY_MS ENTRIES \
  REPLICA_HEALTH KEEP_SECONDS EDITOR_APP EDITOR_FRONT FRONT_CACHE LIST_NAMES HEAP_BEFORE HEAP_PEAK OLD_BEFORE OLD_PEAK OVERLOAD_SECONDS OVERLOAD_RPS OVERLOAD_NON2XX OVERLOAD_TOTAL CHEAP_WORST RECOVERY_MS OOM
RESULTS="$(for k in "${!RESULT[@]}"; do echo "$k|${RESULT[$k]}"; done)" python3 bench/write-results.py "$OUT" "$JSON"
log "done: $OUT"
