#!/usr/bin/env python3
"""Aggregates `jfr print --events jdk.ExecutionSample` output: share of worker samples per top frame, per first
frame outside the JDK, and per layer (Groovy/Layout Dialect, Thymeleaf, SpEL, Hibernate, JDBC, Security...).
Usage: jfr print --events jdk.ExecutionSample rec.jfr | python3 top-frames.py [thread-substring]"""
import re
import sys
from collections import Counter

thread_filter = sys.argv[1] if len(sys.argv) > 1 else "http-nio"
LAYERS = [
    ("Layout Dialect / Groovy", ("nz.net.ultraq", "groovy.", "org.codehaus.groovy", "org.apache.groovy")),
    ("Thymeleaf engine", ("org.thymeleaf.", "org.attoparser.")),
    ("SpEL", ("org.springframework.expression.",)),
    ("Hibernate", ("org.hibernate.",)),
    ("JDBC / PostgreSQL driver / pool", ("org.postgresql.", "com.zaxxer.")),
    ("Jackson", ("com.fasterxml.jackson.", "tools.jackson.")),
    ("Spring Security", ("org.springframework.security.",)),
    ("messages / i18n", ("org.springframework.context.support.", "java.text.MessageFormat")),
    ("Tomcat / compression", ("org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat.", "java.util.zip.")),
    ("our code", ("vn.atgt.",)),
]
JDK = ("java.", "jdk.", "sun.", "javax.")

samples = []
current = None
for line in sys.stdin:
    line = line.rstrip()
    if line.startswith("jdk.ExecutionSample"):
        current = {"thread": "", "frames": []}
        samples.append(current)
    elif current is not None:
        m = re.match(r'\s*sampledThread = "([^"]*)"', line)
        if m:
            current["thread"] = m.group(1)
            continue
        m = re.match(r"\s+([\w$.<>/]+)\(.*\)\s+line:", line)
        if m:
            current["frames"].append(m.group(1))

workers = [s for s in samples if thread_filter in s["thread"] and s["frames"]]
total = len(workers)
print(f"{total} samples of threads matching '{thread_filter}' ({len(samples)} in all)\n")
top = Counter(s["frames"][0] for s in workers)
first_own = Counter(next((f for f in s["frames"] if not f.startswith(JDK)), "(JDK only)") for s in workers)
layer = Counter()
for s in workers:
    # the innermost frame that belongs to a known layer decides where the time goes
    name = "other"
    for f in s["frames"]:
        hit = next((n for n, prefixes in LAYERS if f.startswith(prefixes)), None)
        if hit:
            name = hit
            break
    layer[name] += 1
for title, counter in (("layer (innermost known frame)", layer), ("top frame", top), ("first non-JDK frame", first_own)):
    print(f"| {title} | samples | share |\n| --- | ---: | ---: |")
    for name, n in counter.most_common(12):
        print(f"| `{name}` | {n} | {100.0 * n / max(total, 1):.1f} % |")
    print()
