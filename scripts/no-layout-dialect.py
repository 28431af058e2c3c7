#!/usr/bin/env python3
"""Rewrites Thymeleaf pages from the Layout Dialect (layout:decorate / layout:fragment) to the plain fragment
layout of layout/main.html (issue 17, ADR 0181). Idempotent: run it over templates written in the old style."""
import re, sys, pathlib

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else 'src/main/resources/templates')
NS = ' xmlns:layout="http://www.ultraq.net.nz/thymeleaf/layout"'
for path in root.rglob('*.html'):
    if path.as_posix().endswith('layout/main.html'):
        continue
    s = path.read_text(encoding='utf-8')
    if 'layout:decorate' not in s:
        continue
    s = s.replace(NS, '')
    s = re.sub(r'\s*layout:decorate="~\{layout/main\}"',
               ' th:replace="~{layout/main :: page(~{::title}, ~{::content})}"', s, count=1)
    def title(m):
        expr = m.group(2)
        if "#{app.name}" in expr:
            return m.group(0)
        return '<title%s th:text="(%s) + \' · \' + #{app.name}"%s>' % (m.group(1), expr, m.group(3))
    s = re.sub(r'<title([^>]*?) th:text="([^"]*)"([^>]*)>', title, s, count=1)
    # scripts in <head> besides the title move to the end of the content
    head = re.search(r'<head>(.*?)</head>', s, re.S)
    extra = re.sub(r'\s*<title.*?</title>', '', head.group(1), flags=re.S).strip()
    if extra:
        s = s.replace(head.group(1), re.search(r'<title.*?</title>', head.group(1), re.S).group(0))
    s = s.replace('layout:fragment="content"', 'th:fragment="content"')
    if extra:
        i = s.rindex('</div>\n</body>')
        s = s[:i] + '  ' + extra + '\n' + s[i:]
    if 'layout:' in s:
        sys.exit(f'{path}: layout attribute left over')
    path.write_text(s, encoding='utf-8')
    print('rewrote', path)
