#!/usr/bin/env python3
"""Compares a generated file with its golden reference.

    golden.py ACTUAL EXPECTED [--label NAME] [--helpers-from PRINT_HELPERS]
    golden.py --expand LISTING GOLDEN OUT

Exits 0 when the two files are byte-identical. Otherwise prints a unified diff
(expected -> actual) and exits 1. With WASMPORT_BLESS=1 in the environment it
instead copies ACTUAL over EXPECTED (creating directories as needed), prints
what it changed and exits 0; review the diff before committing.

Generic on purpose: thunks, manifests, JS and .d.ts goldens all go through it.

JS goldens hold each JS helper once: with --helpers-from, golden.py runs
PRINT_HELPERS (the testing driver test/lit/print-helpers.cpp), which lists
every helper as generated modules hold it, each after a `//@helper NAME`
line (golden/helpers.js is that listing), and in ACTUAL replaces the body of
each helper by one placeholder line `// [wasmport helper: NAME]` before
comparing. The listing comes from the build being tested, so a change to a
helper fails (and, blessed, rewrites) only golden/helpers.js. --expand does
the reverse, for tools that need a golden module whole (the minify oracle):
it writes GOLDEN with each placeholder replaced by its body from LISTING.
"""
import argparse
import difflib
import os
import re
import subprocess
import sys

PLACEHOLDER = "// [wasmport helper: %s]\n"
PLACEHOLDER_RE = re.compile(r"^// \[wasmport helper: ([A-Za-z0-9_]+)\]\n",
                            re.MULTILINE)


def read_text(path):
    with open(path, "rb") as f:
        return f.read().decode("utf-8", errors="surrogateescape")


def parse_listing(text):
    """The helpers of a print-helpers listing: [(name, body)] in order, each
    body as a generated module holds it (through its trailing blank line)."""
    helpers = []
    parts = re.split(r"^//@helper ([A-Za-z0-9_]+)\n", text, flags=re.MULTILINE)
    if parts[0] != "":
        raise ValueError("the listing does not start with a //@helper line")
    for i in range(1, len(parts), 2):
        helpers.append((parts[i], parts[i + 1]))
    return helpers


def name_helpers(text, helpers):
    """TEXT with each helper body replaced by its placeholder line; longest
    bodies first, so that no body is found inside a longer one."""
    for name, body in sorted(helpers, key=lambda h: -len(h[1])):
        text = text.replace(body, PLACEHOLDER % name)
    return text


def expand(listing_path, golden_path, out_path):
    bodies = dict(parse_listing(read_text(listing_path)))

    def body(match):
        name = match.group(1)
        if name not in bodies:
            raise ValueError("%s: no helper '%s' in %s"
                             % (golden_path, name, listing_path))
        return bodies[name]

    text = PLACEHOLDER_RE.sub(body, read_text(golden_path))
    with open(out_path, "wb") as f:
        f.write(text.encode("utf-8", errors="surrogateescape"))
    return 0


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--expand":
        if len(sys.argv) != 5:
            print("usage: golden.py --expand LISTING GOLDEN OUT",
                  file=sys.stderr)
            return 2
        try:
            return expand(*sys.argv[2:])
        except ValueError as e:
            print("golden.py: error: %s" % e, file=sys.stderr)
            return 1

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("actual", help="the file the test just generated")
    parser.add_argument("expected", help="the golden reference file")
    parser.add_argument("--label", help="name shown in the diff header "
                        "(default: EXPECTED's file name)")
    parser.add_argument("--helpers-from", metavar="PRINT_HELPERS",
                        help="name the JS helpers listed by this program "
                        "instead of comparing their bodies")
    args = parser.parse_args()

    if not os.path.isfile(args.actual):
        print("golden.py: error: '%s' was not generated" % args.actual,
              file=sys.stderr)
        return 1
    actual = read_text(args.actual)
    if args.helpers_from:
        listing = subprocess.run([args.helpers_from], check=True,
                                 stdout=subprocess.PIPE).stdout
        try:
            helpers = parse_listing(listing.decode("utf-8", "surrogateescape"))
        except ValueError as e:
            print("golden.py: error: %s: %s" % (args.helpers_from, e),
                  file=sys.stderr)
            return 1
        actual = name_helpers(actual, helpers)
    bless = os.environ.get("WASMPORT_BLESS", "") not in ("", "0")

    expected = read_text(args.expected) if os.path.isfile(args.expected) else None
    if actual == expected:
        return 0

    if bless:
        os.makedirs(os.path.dirname(os.path.abspath(args.expected)),
                    exist_ok=True)
        with open(args.expected, "wb") as f:
            f.write(actual.encode("utf-8", errors="surrogateescape"))
        print("golden.py: %s %s" % ("updated" if expected is not None
                                    else "created", args.expected))
        return 0

    label = args.label or os.path.basename(args.expected)
    if expected is None:
        print("golden.py: error: golden file '%s' does not exist; run with "
              "WASMPORT_BLESS=1 to create it" % args.expected, file=sys.stderr)
        return 1
    diff = difflib.unified_diff(
        expected.splitlines(keepends=True), actual.splitlines(keepends=True),
        fromfile="expected/" + label, tofile="actual/" + label)
    out = sys.stdout.buffer
    for line in diff:
        if not line.endswith("\n"):
            line += "\n\\ No newline at end of file\n"
        # Bytes that are not UTF-8 are written back as they were.
        out.write(line.encode("utf-8", errors="surrogateescape"))
    out.flush()
    print("golden.py: error: output differs from '%s'; if the change is "
          "intended, rerun with WASMPORT_BLESS=1 and review the diff"
          % args.expected, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
