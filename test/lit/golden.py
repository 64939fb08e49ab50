#!/usr/bin/env python3
"""Compares a generated file with its golden reference.

    golden.py ACTUAL EXPECTED [--label NAME]

Exits 0 when the two files are byte-identical. Otherwise prints a unified diff
(expected -> actual) and exits 1. With WASMPORT_BLESS=1 in the environment it
instead copies ACTUAL over EXPECTED (creating directories as needed), prints
what it changed and exits 0; review the diff before committing.

Generic on purpose: thunks, manifests, JS and .d.ts goldens all go through it.
"""
import argparse
import difflib
import os
import shutil
import sys


def read_text(path):
    with open(path, "rb") as f:
        return f.read().decode("utf-8", errors="surrogateescape")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("actual", help="the file the test just generated")
    parser.add_argument("expected", help="the golden reference file")
    parser.add_argument("--label", help="name shown in the diff header "
                        "(default: EXPECTED's file name)")
    args = parser.parse_args()

    if not os.path.isfile(args.actual):
        print("golden.py: error: '%s' was not generated" % args.actual,
              file=sys.stderr)
        return 1
    actual = read_text(args.actual)
    bless = os.environ.get("WASMPORT_BLESS", "") not in ("", "0")

    expected = read_text(args.expected) if os.path.isfile(args.expected) else None
    if actual == expected:
        return 0

    if bless:
        os.makedirs(os.path.dirname(os.path.abspath(args.expected)),
                    exist_ok=True)
        shutil.copyfile(args.actual, args.expected)
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
