#!/usr/bin/env python3
"""Lines of code per class and per method under src/main/java (blank lines and comments not counted).

Usage: scripts/code-size.py [source-root]   prints median/p90 class size, method p90 and the five biggest classes.
A heuristic brace scanner, good enough to compare one revision with another; not a parser.
"""
import os, re, sys, statistics

root = sys.argv[1] if len(sys.argv) > 1 else "src/main/java"
METHOD = re.compile(r'^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|protected|private|static|final|synchronized|abstract|default)\s+)*'
                    r'(?:<[^>]+>\s+)?[\w<>\[\],.? ]+\s+\w+\s*\([^;]*$')
CONTROL = re.compile(r'^\s*(?:if|for|while|switch|catch|try|else|do|return|new|throw|synchronized\s*\()\b')

def code_lines(path):
    out, in_block = [], False
    for raw in open(path, encoding="utf-8"):
        line = raw.strip()
        if in_block:
            if "*/" in line:
                in_block = False
                line = line.split("*/", 1)[1].strip()
            else:
                continue
        if line.startswith("/*"):
            if "*/" not in line:
                in_block = True
            continue
        if not line or line.startswith("//"):
            continue
        out.append(line)
    return out

def strip_strings(line):
    line = re.sub(r'"(?:\\.|[^"\\])*"', '""', line)
    return re.sub(r"'(?:\\.|[^'\\])'", "''", line)

classes, methods = [], []
for dirpath, _, files in os.walk(root):
    for f in files:
        if not f.endswith(".java") or f == "package-info.java":
            continue
        lines = code_lines(os.path.join(dirpath, f))
        classes.append((len(lines), os.path.relpath(os.path.join(dirpath, f), root)))
        depth, start, method_depth, pending = 0, None, None, False
        in_text_block = False
        for i, line in enumerate(lines):
            if line.count('"""') % 2 == 1:
                in_text_block = not in_text_block
                continue
            if in_text_block:
                continue
            s = strip_strings(line)
            if start is None and depth >= 1 and (METHOD.match(s) or pending) and not CONTROL.match(s):
                if "{" in s:
                    start, method_depth, pending = i, depth, False
                elif not s.endswith(";"):
                    pending = True
                else:
                    pending = False
            depth += s.count("{") - s.count("}")
            if start is not None and depth <= method_depth:
                methods.append(i - start + 1)
                start = None

def pct(values, p):
    values = sorted(values)
    k = max(0, min(len(values) - 1, int(round(p / 100 * len(values) + 0.5)) - 1))
    return values[k]

sizes = [c for c, _ in classes]
print(f"classes: {len(classes)}  total LOC: {sum(sizes)}")
print(f"class LOC median: {statistics.median(sizes):.0f}  p90: {pct(sizes, 90)}")
print(f"methods: {len(methods)}  method LOC median: {statistics.median(methods):.0f}  p90: {pct(methods, 90)}")
print("five biggest classes:")
for size, name in sorted(classes, reverse=True)[:5]:
    print(f"  {size:5d}  {name}")
