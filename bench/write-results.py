"""Writes bench/results.md and bench/results.json from what bench/run.sh measured (environment)."""
import json
import os
import re
import sys

out_md, out_json = sys.argv[1], sys.argv[2]
env = os.environ


def ms(value):
    m = re.match(r"([\d.]+)(us|ms|s)", value or "")
    if not m:
        return None
    n, unit = float(m.group(1)), m.group(2)
    return round(n / 1000 if unit == "us" else n * 1000 if unit == "s" else n, 2)


def met(ok):
    return "met" if ok else "**missed**"


rows = {}
for line in env["RESULTS"].strip().splitlines():
    name, target, rps, p50, p99, errors, kb = line.split("|")
    rows[name] = dict(target=target, rps=float(rps), p50_ms=ms(p50), p99_ms=ms(p99), errors=errors.strip(),
                      kb_per_answer=float(kb))
# The yardstick is measured first and last; shares are against the faster of the two, so a
# trivial endpoint measured while the JIT was still warming cannot flatter the pages.
trivial_key = max(("trivial", "trivial-end"), key=lambda k: rows[k]["rps"] if k in rows else -1)
trivial = rows[trivial_key]["rps"]


def statements(block):
    return dict(line.rsplit(" ", 1) for line in block.strip().splitlines())


seed, scale = statements(env["SEED_STATEMENTS"]), statements(env["SCALE_STATEMENTS"])
heaviest = []
for line in env["HEAVIEST"].strip().splitlines():
    path, code, seconds, size = line.rsplit(" ", 3)
    heaviest.append(dict(path=path, status=int(code), ms=round(float(seconds) * 1000), kb=round(int(size) / 1024)))
export_rows = int(env["EXPORT_LINES"]) - 1
export_s, copy_s = int(env["EXPORT_MS"]) / 1000, int(env["COPY_MS"]) / 1000
export = dict(entries=int(env["ENTRIES"]), rows=export_rows, seconds=export_s, rows_per_s=round(export_rows / export_s),
              copy_seconds=copy_s, copy_rows_per_s=round(int(env["COPY_LINES"]) / copy_s),
              heap_before_mb=round(int(env["HEAP_BEFORE"]) / 1024), heap_peak_mb=round(int(env["HEAP_PEAK"]) / 1024),
              old_gen_before_mb=round(int(env["OLD_BEFORE"]) / 1024), old_gen_peak_mb=round(int(env["OLD_PEAK"]) / 1024))
export["ratio_to_copy"] = round(export["rows_per_s"] / export["copy_rows_per_s"], 2)
export["old_gen_growth_mb"] = export["old_gen_peak_mb"] - export["old_gen_before_mb"]
startups = [int(s) for s in env["STARTUPS"].split()]
cds_startups = [int(s) for s in env.get("CDS_STARTUPS", "").split()]
aot_startups = [int(s) for s in env.get("AOT_STARTUPS", "").split()]
story_claims, max_attributions, busy_actor, matches = env["SKEW"].split("|")
overload = dict(seconds=int(env["OVERLOAD_SECONDS"]), rps=float(env["OVERLOAD_RPS"]), refused=int(env["OVERLOAD_NON2XX"]),
                total=int(env["OVERLOAD_TOTAL"]), cheap_worst_ms=round(float(env["CHEAP_WORST"]) * 1000),
                recovery_ms=int(env["RECOVERY_MS"]), out_of_memory_lines=int(env["OOM"] or 0))
data = dict(scale=dict(claims=int(env["CLAIMS"]), attributions=int(env["ATTRIBUTIONS"]), sources=int(env["SOURCES_N"]),
                       actors=int(env["ACTORS_N"]), stories=int(env["STORIES_N"]), links=int(env["LINKS_N"]),
                       timeline_entries=int(env["ENTRIES_N"]), biggest_story_claims=int(story_claims),
                       most_attributions_on_a_claim=int(max_attributions), busiest_actor_attributions=int(busy_actor),
                       claims_matching_minister_government=int(matches), load_seconds=int(env["LOAD_SECONDS"])),
            form_bytes=[int(b) for b in env.get("FORM_SIZES", "").split()],
            connections=int(env["CONNECTIONS"]), duration=env["DURATION"], pages=rows, heaviest=heaviest, overload=overload,
            statements=dict(seed=seed, scale=scale), export=export, startup_ms=dict(jar=startups, cds=cds_startups, aot_cds=aot_startups))
for key in ("editor_app", "editor_front"):
    if env.get(key.upper()):
        data[key] = json.loads(env[key.upper()])
json.dump(data, open(out_json, "w"), indent=2)

targets = [("random-claims", "random claim pages", 100, 0.20), ("random-lists", "random list pages, any depth", 150, 0.10),
           ("random-actors", "random actor pages", 150, 0.10), ("random-searches", "random two-word searches", 300, 0.05),
           ("random-forms", "random forms, signed in (as fast as a claim page)", 100, 0.20),
           ("hot-home", "hot: `/`", 50, 0.30), ("hot-claims", "hot: `/claims`", 50, 0.30),
           ("hot-claim", "hot: a claim", 50, 0.30),
           ("saving-hot-home", "hot `/` while an editor saves once a second", 50, 0.30),
           ("saving-hot-claims", "hot `/claims` while an editor saves once a second", 50, 0.30),
           ("saving-hot-claim", "hot claim while an editor saves it once a second", 50, 0.30)]
s = data["scale"]
out = ["# Claimtrail benchmark results\n",
       "Made by `bash bench/run.sh` on this 2-core machine (wrk, app and PostgreSQL share the two cores); figures from "
       "one run: wrk with %d connections, %s per workload after a %s warm-up, each workload against the trivial "
       "endpoint of the same app in the same run. The app runs as `java -Xmx1g -XX:+ExitOnOutOfMemoryError -jar`."
       % (data["connections"], env["DURATION"], env["WARMUP"]),
       "",
       "**Data, skewed as a newsroom's is** (`ScaleData`, loaded in %d s): %d claims, %d attributions, %d sources, "
       "%d actors, %d stories, %d links, %d timeline entries. The biggest story holds %d claims; one claim carries "
       "%d attributions; one actor speaks in %d attributions; the two common words `minister government` match %d "
       "claims.\n" % (s["load_seconds"], s["claims"], s["attributions"], s["sources"], s["actors"], s["stories"],
                      s["links"], s["timeline_entries"], s["biggest_story_claims"], s["most_attributions_on_a_claim"],
                      s["busiest_actor_attributions"], s["claims_matching_minister_government"]),
       "**Sourcing summaries kept** (V31): the loaded claims' summaries were kept by the app in the background "
       "%s s after its start, and the workloads ran after that.\n" % env.get("KEEP_SECONDS", "?"),
       "**Workloads.** Random URLs from wrk Lua scripts in `bench/lua/`: a random claim page (1 in 50 one of the ten "
       "claims with thousands of attributions); list pages entered at random depths through their cursors (claims by "
       "date and by newest, the biggest story, other stories, sources, the timeline by year, the timeline of a story, "
       "the API, a hot claim's attributions); random actor pages (1 in 10 the busy speaker or publisher); random "
       "two-word searches over the vocabulary. Hot pages are single URLs, which the reader cache serves.\n",
       "## Targets\n",
       "| workload | req/s | p50 ms | p99 ms | share of trivial | target p99 | target share | |",
       "|---|---:|---:|---:|---:|---:|---:|---|",
       ]
for key, when in (("trivial", "first"), ("trivial-end", "last")):
    if key in rows:
        r = rows[key]
        out.append("| trivial `/actuator/health/liveness`, measured %s | %.0f | %s | %s | %.0f%% | — | — | %s |" % (
            when, r["rps"], r["p50_ms"], r["p99_ms"], 100 * r["rps"] / trivial,
            "the yardstick" if key == trivial_key else ""))
for key, label, p99, share in targets:
    r = rows[key]
    ratio = r["rps"] / trivial
    out.append("| %s | %.0f | %s | %s | %.1f%% | < %d ms: %s | ≥ %.0f%%: %s | |" % (
        label, r["rps"], r["p50_ms"], r["p99_ms"], ratio * 100, p99, met(r["p99_ms"] < p99), share * 100,
        met(ratio >= share)))
if "editor_app" in data:
    e = data["editor_app"]
    out.append("\nThe editor of the last three rows (`bench/editor-saves.py`, signed in) opened the hot claim's edit form "
               "and sent it once a second, as a person would, while each was measured: %d saves sent, %d saved, %d not. "
               "Each save moves the content version, so each hot page is rendered afresh about once a second." % (
                   e["sent"], e["saved"], e["other"]))
list_names = env.get("LIST_NAMES", "").strip().splitlines()
if list_names and "list-1-first" in rows:
    out.append("\n### Each list alone: its first page against a random position\n")
    out.append("One list at a time (`bench/lua/one-list.lua`, %s each after 2 s), as its first page (with a parameter "
               "the reader cache has not seen, so it is rendered) and entered at a random keyset position through its "
               "cursor. A random position should cost what the first page costs." % env.get("LIST_DURATION", "8s"))
    out.append("\n| list | first page req/s | p99 ms | KB | random position req/s | p99 ms | KB | position / first |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|")
    for i, name in enumerate(list_names, start=1):
        first, deep = rows.get("list-%d-first" % i), rows.get("list-%d-deep" % i)
        if first and deep:
            out.append("| %s | %.0f | %s | %.0f | %.0f | %s | %.0f | %.0f%% |" % (
                name, first["rps"], first["p99_ms"], first["kb_per_answer"], deep["rps"], deep["p99_ms"],
                deep["kb_per_answer"], 100 * deep["rps"] / first["rps"]))
if "front-hot-home" in rows:
    out.append("\n### Through the front cache\n")
    out.append("`%s` with the compose file's VCL (`src/main/docker/varnish/default.vcl`) in front of the same app: it "
               "keeps each visitor's page and asks the app again on every request with `If-None-Match`; the app answers "
               "304 after one small query, without rendering. Shares are of the app's own trivial endpoint (%.0f req/s); "
               "Varnish runs on the same two cores." % (env.get("FRONT_CACHE", "Varnish"), trivial))
    out.append("\n| workload | req/s | p99 ms | share of trivial | from the app alone, req/s |")
    out.append("|---|---:|---:|---:|---:|")
    for key, label in (("hot-home", "hot `/`"), ("hot-claims", "hot `/claims`"), ("hot-claim", "hot claim"),
                       ("saving-hot-home", "hot `/` while an editor saves once a second"),
                       ("saving-hot-claims", "hot `/claims` while an editor saves once a second"),
                       ("saving-hot-claim", "hot claim while an editor saves it once a second"),
                       ("random-claims", "random claim pages (each one new to the cache)")):
        r = rows.get("front-" + key)
        if r:
            out.append("| %s | %.0f | %s | %.1f%% | %.0f |" % (
                label, r["rps"], r["p99_ms"], 100 * r["rps"] / trivial, rows[key]["rps"] if key in rows else 0))
    if "editor_front" in data:
        e = data["editor_front"]
        out.append("\nThe editor through these rows: %d saves sent, %d saved, %d not." % (e["sent"], e["saved"], e["other"]))
if "replica-random-claims" in rows:
    # The replica phase has its own yardstick: the app was restarted for it.
    replica_trivial = max(rows[k]["rps"] for k in ("replica-trivial", "replica-trivial-end") if k in rows)
    out.append("\n### With a streaming replica\n")
    out.append("The same app restarted with `CLAIMTRAIL_REPLICA_URL` on a hot standby of the bench database "
               "(`pg_basebackup -R`), on this same machine: visitors' pages read the replica, so the figures show the "
               "routing's cost, not a second machine's capacity. Shares are of this phase's own trivial endpoint "
               "(%.0f req/s, the best of first and last). Replica in health at the end: `%s`.\n" % (
                   replica_trivial, env.get("REPLICA_HEALTH", "?")))
    out.append("| workload | req/s | p99 ms | share of trivial | without the replica, share |")
    out.append("|---|---:|---:|---:|---:|")
    for key, label in (("random-claims", "random claim pages"), ("random-lists", "random list pages, any depth")):
        r = rows["replica-" + key]
        out.append("| %s | %.0f | %s | %.1f%% | %.1f%% |" % (
            label, r["rps"], r["p99_ms"], 100 * r["rps"] / replica_trivial, 100 * rows[key]["rps"] / trivial))
out.append("\nErrors reported by wrk: " + "; ".join("%s: %s" % (k, v["errors"]) for k, v in sorted(rows.items())) + "\n")
if data["form_bytes"]:
    out.append("**The forms at %d sources and %d actors**: the attribution form of 20 random claims, shown and sent "
               "with a random prefix to find a source and a speaker, and the claim form sent with a random prefix as "
               "a subject: %d forms, the largest %.1f KB (target < 100 KB: %s). The `random forms` workload sends the "
               "same mix from `bench/lua/random-forms.lua`, signed in.\n" % (
                   s["sources"], s["actors"], len(data["form_bytes"]), max(data["form_bytes"]) / 1024,
                   met(max(data["form_bytes"]) < 100 * 1024)))
out.append("### The heaviest entity pages, one request each (target < 300 ms, < 1 MB)\n")
out.append("| page | status | ms | KB | |")
out.append("|---|---:|---:|---:|---|")
for h in heaviest:
    out.append("| `%s` | %d | %d | %d | %s |" % (h["path"], h["status"], h["ms"], h["kb"],
                                                met(h["ms"] < 300 and h["kb"] < 1024 and h["status"] == 200)))
out.append("\n### Overload\n")
out.append("64 connections on the heaviest pages (`bench/lua/heaviest.lua`, random so no cache helps) for %d s while a "
           "reader asks for a cheap page every 100 ms: %.0f req/s, %d of %d answered 503 (shed, with Retry-After); the "
           "cheap page's worst wait %d ms (target < 2 s: %s); a heavy page normal again %d ms after the load ended "
           "(target < 5 s: %s); OutOfMemoryError lines in the log: %d.\n" % (
               overload["seconds"], overload["rps"], overload["refused"], overload["total"], overload["cheap_worst_ms"],
               met(overload["cheap_worst_ms"] < 2000), overload["recovery_ms"],
               met(0 <= overload["recovery_ms"] < 5000), overload["out_of_memory_lines"]))
out.append("## SQL statements per page (counted by PostgreSQL's pg_stat_statements, rendered afresh)\n")
out.append("| page | %d claims (seed) | %d claims | equal |" % (int(env["SEED_CLAIMS"]), s["claims"]))
out.append("|---|---:|---:|---|")
for page in seed:
    out.append("| `%s` | %s | %s | %s |" % (page, seed[page], scale.get(page), "yes" if seed[page] == scale.get(page) else "**no**"))
out.append("\n## CSV export\n")
out.append("| figure | value |")
out.append("|---|---:|")
out.append("| timeline entries | %d |" % export["entries"])
out.append("| app: /timeline.csv | %.1f s, %d rows/s |" % (export["seconds"], export["rows_per_s"]))
out.append("| PostgreSQL: COPY (same query) TO STDOUT WITH CSV via psql | %.1f s, %d rows/s |" % (
    export["copy_seconds"], export["copy_rows_per_s"]))
out.append("| app / COPY | %.0f%% (target ≥ 50%%: %s) |" % (export["ratio_to_copy"] * 100, met(export["ratio_to_copy"] >= 0.5)))
out.append("| heap used (young + old) before → peak during export | %d MB → %d MB |" % (
    export["heap_before_mb"], export["heap_peak_mb"]))
out.append("| old generation before → peak (what anything kept would fill) | %d MB → %d MB (growth %d MB) |" % (
    export["old_gen_before_mb"], export["old_gen_peak_mb"], export["old_gen_growth_mb"]))
out.append("\n## Start-up\n")
out.append("To the first page served, at scale, three times each (target < 6 s, every time), the jar being %s MB:\n"
           % env.get("JAR_MB", "?"))
out.append("| how | ms | |\n|---|---|---|")
for how, times in [("`java -jar` as built", startups),
                   ("extracted, with the CDS archive of a training run that served pages (`-XX:SharedArchiveFile`)",
                    cds_startups),
                   ("the same, with Spring's ahead-of-time classes (`-Paot`, `-Dspring.aot.enabled=true`)",
                    aot_startups)]:
    if times:
        out.append("| %s | %s | %s |" % (how, ", ".join(str(x) for x in times), met(max(times) < 6000)))
out.append("")
out.append("## What the database spent its time on\n")
out.append("The slowest statements of the random workloads by mean time (pg_stat_statements):\n")
out.append("```\n" + env["SLOWEST"].strip() + "\n```\n")
out.append("Plans of the slowest single statements during the page workloads (auto_explain, over 30 ms, "
           "EXPLAIN ANALYZE with buffers), one per distinct statement:\n")
out.append(env["PLANS"].strip() or "None took over 30 ms.")
out.append("\n## What the application spent its time on\n")
out.append("A JFR profile (default settings) of the request threads during 15 s of random list pages, run after "
           "the measurements because recording stacks slows the app several times over; shares of samples, "
           "which favour deep stacks such as template rendering:\n")
out.append(env["PROFILE"].strip() or "(no profile recorded)")
analysis = os.path.join(os.path.dirname(out_md), "analysis.md")
if os.path.exists(analysis):
    out.append("\n" + open(analysis).read().strip())
open(out_md, "w").write("\n".join(out) + "\n")
