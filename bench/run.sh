#!/usr/bin/env bash
# Claimtrail's benchmark, end to end: build, start PostgreSQL and the app, load the scale data,
# warm up, measure with wrk, write bench/results.md and bench/results.json.
# Not a test: it prints figures and never fails for being slow. Traffic goes to 127.0.0.1 only.
#
#   bash bench/run.sh                      # default scale (1,000 stories, 100,000 claims, …)
#   SCALE_ARGS="--claims=5000 --attributions=15000 --sources=2000 --actors=500 --stories=50" \
#   EXPORT_ROWS=50000 DURATION=5s bash bench/run.sh     # a quick smoke run
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-15s}"
WARMUP="${WARMUP:-5s}"
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

log "building"
./mvnw -q -B -DskipTests package
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"
JAR="$(ls target/claimtrail-*.jar | head -n 1)"

source .ci/debian-postgres.sh
PG_PORT="$PG_PORT" start_debian_postgres
cleanup() {
  cp "$WORK/app.log" /tmp/claimtrail-bench-app.log 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  stop_debian_postgres
  rm -rf "$WORK"
}
trap cleanup EXIT
# Count every statement the app sends, at the server: pg_stat_statements.
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
  -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c shared_preload_libraries=pg_stat_statements \
      -c pg_stat_statements.track_utility=off -c shared_buffers=512MB -c work_mem=32MB" start >/dev/null
PSQL=(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt)
"${PSQL[@]}" -d postgres -c "create database claimtrail_bench"
"${PSQL[@]}" -d claimtrail_bench -c "create extension pg_stat_statements"
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:${PG_PORT}/claimtrail_bench"
export SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=""

start_app() { # sets APP_PID and STARTUP_MS: milliseconds from launch to the first page served
  if curl -s -o /dev/null "http://127.0.0.1:${APP_PORT}/"; then
    log "port ${APP_PORT} is already answering: stop that process first"; exit 1
  fi
  local started=$(date +%s%N)
  java -Xms512m -Xmx1g -jar "$JAR" --server.port="$APP_PORT" >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:${APP_PORT}/"; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$WORK/app.log" >&2; exit 1; }
    sleep 0.05
  done
  STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

PAGES=("/" "/claims" "/claims?page=1000" "/claims?q=minister+sanctions" "/claims/CLAIM" "/timeline?story=STORY" \
       "/sources?q=report" "/actors?q=anna")
statements_per_page() { # label → "page=count" lines, one request per page, counted by PostgreSQL
  local claim="$1" story="$2"
  for page in "${PAGES[@]}"; do
    local path="${page/CLAIM/$claim}"; path="${path/STORY/$story}"
    curl -fs -o /dev/null "http://127.0.0.1:${APP_PORT}${path}"   # warm caches and prepared statements
    "${PSQL[@]}" -d claimtrail_bench -c "select pg_stat_statements_reset()" >/dev/null
    curl -fs -o /dev/null "http://127.0.0.1:${APP_PORT}${path}"
    local n=$("${PSQL[@]}" -d claimtrail_bench -c "select coalesce(sum(calls), 0) from pg_stat_statements
               where dbid = (select oid from pg_database where datname = 'claimtrail_bench')
                 and query not ilike '%pg_stat_statements%'")
    echo "$page $n"
  done
}

log "start on the seed story (migrations run)"
start_app
SEED_STATEMENTS="$(statements_per_page musk-and-putin-in-regular-contact-since-late-2022 musk-putin-contacts)"
SEED_CLAIMS=$("${PSQL[@]}" -d claimtrail_bench -c "select count(*) from claim")
stop_app

log "loading scale data"
LOAD_START=$(date +%s%N)
java -cp "$CP" org.claimtrail.scale.ScaleData --yes-add-synthetic-data $SCALE_ARGS | tee "$WORK/load.log" >&2
LOAD_SECONDS=$(( ($(date +%s%N) - LOAD_START) / 1000000000 ))
CLAIMS=$("${PSQL[@]}" -d claimtrail_bench -c "select count(*) from claim")
ATTRIBUTIONS=$("${PSQL[@]}" -d claimtrail_bench -c "select count(*) from attribution")

log "start at scale"
start_app
SCALE_STATEMENTS="$(statements_per_page synthetic-claim-500 synthetic-story-7)"

declare -A RESULT
measure() { # name path
  local name="$1" path="$2"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 30s "http://127.0.0.1:${APP_PORT}${path}" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency "http://127.0.0.1:${APP_PORT}${path}" >"$WORK/wrk-$name.txt"
  local rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$name.txt")
  local p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk-$name.txt")
  local p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk-$name.txt")
  local errors=$(awk '/Non-2xx|Socket errors/ {print}' "$WORK/wrk-$name.txt" | tr '\n' ' ')
  RESULT[$name]="$path|$rps|$p50|$p99|${errors:-none}"
  log "$name: $rps req/s, p50 $p50, p99 $p99 ${errors}"
}
measure trivial "/actuator/health/liveness"
measure claims-page-1 "/claims"
measure claims-deep-page "/claims?page=1000"
measure search "/claims?q=minister+sanctions"
measure claim-detail "/claims/synthetic-claim-500"
measure timeline "/timeline?story=synthetic-story-7"
measure timeline-all "/timeline"

log "export: growing the timeline to ${EXPORT_ROWS} entries"
ENTRIES_NOW=$("${PSQL[@]}" -d claimtrail_bench -c "select count(*) from ($(java -cp "$CP" org.claimtrail.timeline.PrintTimelineSql)) t")
MISSING=$(( EXPORT_ROWS - ENTRIES_NOW ))
if [ "$MISSING" -gt 0 ]; then
  java -cp "$CP" org.claimtrail.scale.ScaleData --yes-add-synthetic-data --append-attributions="$MISSING" >&2
fi
TIMELINE_SQL="$(java -cp "$CP" org.claimtrail.timeline.PrintTimelineSql)"
ENTRIES=$("${PSQL[@]}" -d claimtrail_bench -c "select count(*) from (${TIMELINE_SQL}) t")

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
COPY_LINES=$("${PSQL[@]}" -d claimtrail_bench -c "copy (${TIMELINE_SQL}) to stdout with csv" | wc -l)
COPY_MS=$(( ($(date +%s%N) - COPY_START) / 1000000 ))

EXPLAIN_SEARCH=$("${PSQL[@]}" -d claimtrail_bench -c "explain (analyze, buffers, timing off)
  select c.id from claim c, websearch_to_tsquery('english', 'minister sanctions') query
  where c.search_vector @@ query order by ts_rank_cd(c.search_vector, query) desc, c.id limit 50")
EXPLAIN_TIMELINE=$("${PSQL[@]}" -d claimtrail_bench -c "explain (analyze, timing off) select count(*) from (${TIMELINE_SQL}) t")
stop_app

log "writing $OUT"
python3 - "$OUT" "$JSON" <<PY
import json, sys, re
def ms(v):
    m = re.match(r"([\d.]+)(us|ms|s)", v or "")
    if not m: return None
    n, u = float(m.group(1)), m.group(2)
    return round(n / 1000 if u == "us" else n * 1000 if u == "s" else n, 2)
rows = {}
for line in """$(for k in "${!RESULT[@]}"; do echo "$k|${RESULT[$k]}"; done)""".strip().splitlines():
    name, path, rps, p50, p99, errors = line.split("|")
    rows[name] = dict(path=path, rps=float(rps), p50_ms=ms(p50), p99_ms=ms(p99), errors=errors.strip())
trivial = rows["trivial"]["rps"]
def parse(block):
    return dict(l.rsplit(" ", 1) for l in block.strip().splitlines())
seed = parse("""$SEED_STATEMENTS"""); scale = parse("""$SCALE_STATEMENTS""")
export_rows = $EXPORT_LINES - 1; copy_rows = $COPY_LINES
export = dict(entries=$ENTRIES, rows=export_rows, seconds=$EXPORT_MS / 1000, rows_per_s=round(export_rows / ($EXPORT_MS / 1000)),
              copy_seconds=$COPY_MS / 1000, copy_rows_per_s=round(copy_rows / ($COPY_MS / 1000)),
              heap_before_mb=round($HEAP_BEFORE / 1024), heap_peak_mb=round($HEAP_PEAK / 1024),
              heap_growth_mb=round(($HEAP_PEAK - $HEAP_BEFORE) / 1024),
              old_gen_before_mb=round($OLD_BEFORE / 1024), old_gen_peak_mb=round($OLD_PEAK / 1024),
              old_gen_growth_mb=round(($OLD_PEAK - $OLD_BEFORE) / 1024))
export["ratio_to_copy"] = round(export["rows_per_s"] / export["copy_rows_per_s"], 2)
data = dict(scale=dict(claims=$CLAIMS, attributions=$ATTRIBUTIONS, seed_claims=$SEED_CLAIMS, load_seconds=$LOAD_SECONDS),
            connections=$CONNECTIONS, duration="$DURATION", startup_ms=$STARTUP_MS, pages=rows,
            statements=dict(seed=seed, scale=scale), export=export)
json.dump(data, open(sys.argv[2], "w"), indent=2)
def target(ok): return "met" if ok else "**missed**"
out = []
out.append("# Claimtrail benchmark results\n")
out.append("Made by \`bash bench/run.sh\` on this 2-core machine; figures from one run (wrk, %d connections, %s per endpoint after a %s warm-up)." % ($CONNECTIONS, "$DURATION", "$WARMUP"))
out.append("Database: Debian's PostgreSQL on 127.0.0.1, %d claims and %d attributions (loaded in %d s); the app runs as \`java -jar\` with -Xmx1g.\n" % ($CLAIMS, $ATTRIBUTIONS, $LOAD_SECONDS))
out.append("## Pages\n")
out.append("| endpoint | path | req/s | p50 ms | p99 ms | share of trivial | target |")
out.append("|---|---|---:|---:|---:|---:|---|")
targets = {"claims-page-1": 50, "claims-deep-page": 50, "claim-detail": 50, "search": 100}
for name in ["trivial", "claims-page-1", "claims-deep-page", "search", "claim-detail", "timeline", "timeline-all"]:
    r = rows[name]; share = r["rps"] / trivial
    t = "—" if name == "trivial" else "p99 < %d ms: %s; ≥ 30%% of trivial: %s" % (targets[name], target(r["p99_ms"] < targets[name]), target(share >= 0.3)) if name in targets else "≥ 30%% of trivial: %s" % target(share >= 0.3)
    out.append("| %s | \`%s\` | %.0f | %s | %s | %.0f%% | %s |" % (name, r["path"], r["rps"], r["p50_ms"], r["p99_ms"], share * 100, t))
out.append("\nErrors reported by wrk: " + "; ".join("%s: %s" % (k, v["errors"]) for k, v in rows.items()) + "\n")
out.append("## SQL statements per request (counted by PostgreSQL's pg_stat_statements)\n")
out.append("A search runs a fourth statement (the highlights) only when it has hits; the seed story has none for the benchmark's query.\n")
out.append("| page | %d claims | %d claims | equal |" % ($SEED_CLAIMS, $CLAIMS))
out.append("|---|---:|---:|---|")
for page in seed:
    out.append("| \`%s\` | %s | %s | %s |" % (page, seed[page], scale.get(page), "yes" if seed[page] == scale.get(page) else "**no**"))
out.append("\n## CSV export\n")
out.append("| figure | value |")
out.append("|---|---:|")
out.append("| timeline entries | %d |" % export["entries"])
out.append("| app: /timeline.csv | %.1f s, %d rows/s |" % (export["seconds"], export["rows_per_s"]))
out.append("| PostgreSQL: COPY (same query) TO STDOUT WITH CSV via psql | %.1f s, %d rows/s |" % (export["copy_seconds"], export["copy_rows_per_s"]))
out.append("| app / COPY | %.0f%% (target ≥ 50%%: %s) |" % (export["ratio_to_copy"] * 100, target(export["ratio_to_copy"] >= 0.5)))
out.append("| heap used (young + old) before → peak during export | %d MB → %d MB (growth %d MB, mostly young-generation garbage not yet collected) |" % (export["heap_before_mb"], export["heap_peak_mb"], export["heap_growth_mb"]))
out.append("| old generation (what anything kept would fill) before → peak | %d MB → %d MB (growth %d MB; target < 150 MB: %s) |" % (export["old_gen_before_mb"], export["old_gen_peak_mb"], export["old_gen_growth_mb"], target(export["old_gen_growth_mb"] < 150)))
out.append("\n## Start-up\n")
out.append("\`java -jar\` to the first page served, at scale: %d ms (target < 6 s: %s).\n" % ($STARTUP_MS, target($STARTUP_MS < 6000)))
out.append("## What dominates\n")
out.append("Search (\`minister sanctions\`), EXPLAIN ANALYZE:\n\n\`\`\`\n" + """$EXPLAIN_SEARCH""" + "\n\`\`\`\n")
out.append("The whole timeline (what /timeline without filters counts and sorts), EXPLAIN ANALYZE:\n\n\`\`\`\n" + """$EXPLAIN_TIMELINE""" + "\n\`\`\`\n")
open(sys.argv[1], "w").write("\n".join(out) + "\n")
PY
log "done: $OUT"
