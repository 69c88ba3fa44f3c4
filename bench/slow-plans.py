"""Reads PostgreSQL's server log and prints the slowest statements auto_explain logged, each with
its plan (EXPLAIN ANALYZE, buffers), one per distinct query, slowest first."""
import re
import sys

log_file, limit = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 4
text = open(log_file, encoding="utf-8", errors="replace").read()
entries = re.split(r"\n(?=\S.*?LOG:\s+duration: )", text)
plans = {}
for entry in entries:
    m = re.search(r"LOG:\s+duration: ([\d.]+) ms\s+plan:\n(.*)", entry, re.S)
    if not m:
        continue
    body = m.group(2)
    query = re.search(r"Query Text: (.*?)\n\s*(Limit|Sort|Aggregate|Nested|Hash|Seq|Index|Bitmap|Result|Unique|Subquery|Append|Merge|Gather|WindowAgg|Incremental|Materialize|CTE)", body, re.S)
    key = re.sub(r"\s+", " ", query.group(1))[:160] if query else body[:160]
    duration = float(m.group(1))
    if key not in plans or plans[key][0] < duration:
        plans[key] = (duration, body.strip())
for key, (duration, body) in sorted(plans.items(), key=lambda kv: -kv[1][0])[:limit]:
    lines = [l for l in body.splitlines() if not l.startswith("20")][:60]
    print("%.0f ms:\n\n```\n%s\n```\n" % (duration, "\n".join(lines)))
