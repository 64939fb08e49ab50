#!/usr/bin/env python3
"""Keeps the catalogue of wasmport diagnostics honest.

Reads the catalogue (lib/Frontend/Diagnostics.{h,cpp}), the reference
(docs/Diagnostics.md) and the lit tests, and checks that every diagnostic
  - is listed in the enum and has a text in the catalogue (and nothing else is),
  - has a section in the reference, headed `### \\`Name\\``, that names its
    severity and quotes its text exactly as the catalogue spells it,
  - is pinned by at least one -verify test: a file whose RUN lines use %verify
    holding an expected-error/warning/note of the right severity whose text
    is the whole message (arguments may be anything).
Prints the counts; exits 1 with one line per problem otherwise.

  check-diagnostics.py [--root DIR] [--header H] [--catalogue CPP]
                       [--docs MD] [--tests DIR]...
"""
import argparse
import os
import re
import sys

LEVELS = {"Error": "error", "Warning": "warning", "Note": "note",
          "Remark": "remark"}


def enumerators(header_text):
    m = re.search(r"enum class Diag\s*\{(.*?)\};", header_text, re.S)
    if not m:
        return None
    body = re.sub(r"//[^\n]*", "", m.group(1))
    return [n.strip() for n in body.split(",") if n.strip()]


def c_string(literals):
    """The value of adjacent C string literals (only \\" and \\\\ escapes)."""
    out = ""
    for lit in re.findall(r'"((?:[^"\\]|\\.)*)"', literals):
        out += re.sub(r"\\(.)", r"\1", lit)
    return out


def catalogue(cpp_text):
    entries = {}
    pattern = re.compile(
        r"case Diag::(\w+):\s*return \{L::(\w+),\s*((?:\"(?:[^\"\\]|\\.)*\"\s*)+)\};")
    for m in pattern.finditer(cpp_text):
        entries[m.group(1)] = (LEVELS[m.group(2)], c_string(m.group(3)))
    return entries


def format_regex(fmt):
    """A regex matching every message the format can produce."""
    out, i = "", 0
    while i < len(fmt):
        if fmt[i] != "%":
            out += re.escape(fmt[i])
            i += 1
            continue
        m = re.match(r"%select\{", fmt[i:])
        if m:
            depth, j = 1, i + len(m.group(0))
            start = j
            while depth:
                depth += {"{": 1, "}": -1}.get(fmt[j], 0)
                j += 1
            choices = split_top(fmt[start:j - 1])
            out += "(?:" + "|".join(format_regex(c) for c in choices) + ")"
            i = j
            while i < len(fmt) and fmt[i].isdigit():
                i += 1
            continue
        m = re.match(r"%s\d", fmt[i:])
        if m:
            out += "s?"
            i += len(m.group(0))
            continue
        m = re.match(r"%\d", fmt[i:])
        if m:
            out += ".*"
            i += len(m.group(0))
            continue
        out += re.escape(fmt[i])
        i += 1
    return out


def split_top(text):
    parts, depth, cur = [], 0, ""
    for ch in text:
        if ch == "|" and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        depth += {"{": 1, "}": -1}.get(ch, 0)
        cur += ch
    parts.append(cur)
    return parts


EXPECTED = re.compile(
    r"expected-(error|warning|note|remark)(?:@[-+]?[\w.:-]*)?(?:\s+\d+\+?)?\s*\{\{(.*?)\}\}")


def verify_expectations(test_dirs):
    """(severity, text, file) for every plain expected-* in -verify tests."""
    found = []
    for d in test_dirs:
        for dirpath, _, files in os.walk(d):
            for name in sorted(files):
                path = os.path.join(dirpath, name)
                try:
                    with open(path, encoding="utf-8") as f:
                        text = f.read()
                except (UnicodeDecodeError, OSError):
                    continue
                if not re.search(r"RUN:.*%verify", text):
                    continue
                for m in EXPECTED.finditer(text):
                    found.append((m.group(1), m.group(2), path))
    return found


def doc_sections(md_text):
    sections = {}
    parts = re.split(r"^### `(\w+)`[^\n]*\n", md_text, flags=re.M)
    heads = re.findall(r"^### `(\w+)`([^\n]*)\n", md_text, flags=re.M)
    for (name, head), body in zip(heads, parts[2::2]):
        sections[name] = head + "\n" + body.split("\n## ")[0]
    return sections


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), ".."))
    ap.add_argument("--header")
    ap.add_argument("--catalogue")
    ap.add_argument("--docs")
    ap.add_argument("--tests", action="append")
    args = ap.parse_args()
    root = args.root
    header = args.header or os.path.join(root, "lib/Frontend/Diagnostics.h")
    cpp = args.catalogue or os.path.join(root, "lib/Frontend/Diagnostics.cpp")
    docs = args.docs or os.path.join(root, "docs/Diagnostics.md")
    tests = args.tests or [os.path.join(root, "test/lit")]

    problems = []
    with open(header, encoding="utf-8") as f:
        names = enumerators(f.read())
    if not names:
        print("check-diagnostics: error: no 'enum class Diag' in %s" % header)
        return 1
    with open(cpp, encoding="utf-8") as f:
        entries = catalogue(f.read())
    for n in names:
        if n not in entries:
            problems.append("Diag::%s has no text in %s" % (n, cpp))
    for n in entries:
        if n not in names:
            problems.append("%s has a text for Diag::%s, which is not in the "
                            "enum" % (cpp, n))

    with open(docs, encoding="utf-8") as f:
        sections = doc_sections(f.read())
    documented = 0
    for n in names:
        if n not in entries:
            continue
        level, fmt = entries[n]
        body = sections.get(n)
        if body is None:
            problems.append("Diag::%s has no section '### `%s`' in %s"
                            % (n, n, docs))
            continue
        ok = True
        if not re.search(r"\b%s\b" % level, body.split("\n")[0]):
            problems.append("the heading of Diag::%s in %s does not say '%s'"
                            % (n, docs, level))
            ok = False
        if fmt not in body:
            problems.append("the section of Diag::%s in %s does not quote its "
                            "text: %s" % (n, docs, fmt))
            ok = False
        documented += ok
    for n in sections:
        if n not in names:
            problems.append("%s has a section for Diag::%s, which is not in "
                            "the catalogue" % (docs, n))

    expectations = verify_expectations(tests)
    pinned = 0
    for n in names:
        if n not in entries:
            continue
        level, fmt = entries[n]
        rx = re.compile(format_regex(fmt) + r"\Z", re.S)
        if any(sev == level and rx.match(text)
               for sev, text, _ in expectations):
            pinned += 1
        else:
            problems.append("Diag::%s is not pinned by a -verify test: no "
                            "expected-%s {{...}} spells out the whole message"
                            % (n, level))

    for p in problems:
        print("check-diagnostics: error: " + p)
    print("check-diagnostics: %d diagnostics in the catalogue, %d documented, "
          "%d pinned by -verify tests" % (len(names), documented, pinned))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
