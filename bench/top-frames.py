"""Reads `jfr print --events jdk.ExecutionSample` on stdin and prints where the request threads
spent their samples: by library (of the innermost frame) and the innermost methods themselves."""
import collections
import re
import sys

limit = int(sys.argv[1]) if len(sys.argv) > 1 else 15
families = [("org.thymeleaf", "Thymeleaf (templates)"), ("org.attoparser", "Thymeleaf (templates)"),
            ("org.springframework.expression", "SpEL (template expressions)"), ("org.hibernate", "Hibernate"),
            ("org.postgresql", "PostgreSQL JDBC driver"), ("com.zaxxer", "Hikari"), ("org.claimtrail", "Claimtrail"),
            ("tools.jackson", "Jackson"), ("com.rometools", "ROME"), ("org.apache", "Tomcat / Commons"),
            ("org.springframework", "Spring"), ("java.", "JDK"), ("jdk.", "JDK"), ("sun.", "JDK")]
by_family, by_method, total = collections.Counter(), collections.Counter(), 0
event, thread = None, ""
for line in sys.stdin:
    line = line.rstrip()
    if line.startswith("jdk.ExecutionSample"):
        event, thread = [], ""
    elif event is not None and "sampledThread" in line:
        thread = line
    elif event is not None and re.match(r"^\s{4}\S.*line:", line):
        event.append(line.strip())
    elif event is not None and line == "}":
        if event and "http-nio" in thread:
            total += 1
            top = event[0].split(" line:")[0]
            by_method[top] += 1
            by_family[next((name for prefix, name in families if top.startswith(prefix)), "other")] += 1
        event = None
if total == 0:
    sys.exit(0)
print("| where the request threads were (innermost frame) | share of samples |")
print("|---|---:|")
for name, n in by_family.most_common():
    print("| %s | %.0f%% |" % (name, 100.0 * n / total))
print("\n| innermost method | share of samples |")
print("|---|---:|")
for method, n in by_method.most_common(limit):
    print("| `%s` | %.1f%% |" % (method.replace("|", "\\|"), 100.0 * n / total))
print("\n%d samples of request threads." % total)
