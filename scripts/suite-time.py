#!/usr/bin/env python3
"""Suite time by kind, from the surefire and failsafe reports of the last `./mvnw verify`.

Kinds, read from each test class's source: browser (a *IT journey through Chromium), full context
(@IntegrationTest / @SpringBootTest / a LiveServerTest), web slice (@WebMvcTest), unit (everything else).
"""
import glob, os, re, xml.etree.ElementTree as ET

def kind(cls):
    path = "src/test/java/" + cls.replace(".", "/") + ".java"
    src = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
    if cls.endswith("IT") or "@BrowserTest" in src or "BrowserTest" in src and "extends BrowserTest" in src:
        return "browser"
    if "@WebMvcTest" in src:
        return "web slice"
    if "@IntegrationTest" in src or "@SpringBootTest" in src or "extends LiveServerTest" in src:
        return "full context"
    return "unit"

totals = {}
for report in glob.glob("target/surefire-reports/TEST-*.xml") + glob.glob("target/failsafe-reports/TEST-*.xml"):
    suite = ET.parse(report).getroot()
    k = kind(suite.get("name"))
    t, n = totals.get(k, (0.0, 0))
    totals[k] = (t + float(suite.get("time", 0)), n + int(suite.get("tests", 0)))
for k in ("unit", "web slice", "full context", "browser"):
    t, n = totals.get(k, (0.0, 0))
    print(f"{k:13s} {n:4d} tests  {t:7.1f} s")
