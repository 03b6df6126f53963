#!/usr/bin/env python3
"""Fills Qt .ts catalogues without the Linguist GUI.

  scripts/ts-fill.py english translations/yiping_en.ts
      every unfinished message of the English catalogue gets its (English) source text;
  scripts/ts-fill.py apply translations/yiping_zh_CN.ts PAIRS.tsv
      every unfinished message whose source is in PAIRS.tsv (source<TAB>translation,
      '\\n' for a newline) gets that translation.

It edits the XML text in place, so lupdate's layout is kept and diffs stay small.
"""
import html
import re
import sys

MESSAGE = re.compile(
    r'(<source>)(?P<src>[^<]*)(</source>\s*(?:<comment>.*?</comment>\s*)?)'
    r'<translation type="unfinished"(?:/>|>(?P<old>.*?)</translation>)',
    re.S)


def escape(text):
    return html.escape(text, quote=False).replace("'", '&apos;')


def english(source):
    """English is the source language: a plural message "%n day(s)" gets "%n day" and
    "%n days"; anything else is its own translation."""
    if '(s)' in source:
        return [source.replace('(s)', ''), source.replace('(s)', 's')]
    return source


def fill(path, lookup):
    text = open(path, encoding='utf-8').read()
    missing = []

    def replace(m):
        source = html.unescape(m.group('src'))
        translation = lookup(source)
        if translation is None:
            missing.append(source)
            return m.group(0)
        old = m.group('old') or ''
        forms = old.count('<numerusform')
        if forms:
            # Plural messages: one form per plural of the language (Chinese has one).
            if isinstance(translation, str):
                translation = [translation] * forms
            body = ''.join('<numerusform>' + escape(t) + '</numerusform>'
                           for t in translation[:forms])
            return m.group(1) + m.group('src') + m.group(3) + '<translation>' + body + '</translation>'
        if not isinstance(translation, str):
            translation = translation[-1]
        return (m.group(1) + m.group('src') + m.group(3) + '<translation>' + escape(translation) +
                '</translation>')

    text = MESSAGE.sub(replace, text)
    open(path, 'w', encoding='utf-8').write(text)
    for s in missing:
        print('untranslated:', s, file=sys.stderr)
    return 1 if missing else 0


def main():
    if len(sys.argv) == 3 and sys.argv[1] == 'english':
        return fill(sys.argv[2], english)
    if len(sys.argv) == 4 and sys.argv[1] == 'apply':
        pairs = {}
        for line in open(sys.argv[3], encoding='utf-8'):
            if '\t' in line:
                src, dst = line.rstrip('\n').split('\t', 1)
                pairs[src.replace('\\n', '\n')] = dst.replace('\\n', '\n')
        return fill(sys.argv[2], pairs.get)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main())
