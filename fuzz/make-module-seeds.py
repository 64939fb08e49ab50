#!/usr/bin/env python3
"""Writes small WebAssembly modules for the module fuzzer's seed corpus.

    make-module-seeds.py OUT_DIR MANIFEST.json...

For each manifest (a side file written by -fplugin-arg-wasmport-manifest=),
OUT_DIR/NAME.wasm is the smallest module wasmport-js accepts for it: one
empty function exported under every symbol the manifest's calls need, the
wasmport runtime's exports, a function import for each [[wasmport::import]],
and the manifest as the "wasmport" custom section. A manifest file of
several lines is one fragment per line, as wasm-ld links them; OUT_DIR/all.wasm
carries every fragment. A few hundred
bytes each instead of the tens of kilobytes of a real module, so the fuzzer
spends its time on the parts wasmport owns.
"""
import json
import os
import sys

RUNTIME = ["__wasmport_alloc", "__wasmport_free", "__wasmport_free_string",
           "__wasmport_free_owned", "__wasmport_ret_area",
           "__wasmport_stack_get", "__wasmport_stack_set", "_initialize"]
NUMBER_KINDS = {"i8", "u8", "i16", "u16", "i32", "u32", "i64", "u64", "f32",
                "f64"}


def leb(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def name(s):
    b = s.encode()
    return leb(len(b)) + b


def section(ident, payload):
    return bytes([ident]) + leb(len(payload)) + payload


def vector(items):
    return leb(len(items)) + b"".join(items)


def symbols(manifest):
    """The exports and "wasmport" imports a module with this manifest has."""
    exports, imports = set(RUNTIME), {"__wasmport_throw"}

    def walk(value):
        if isinstance(value, dict):
            if value.get("kind") == "vector" and value.get("args") and \
                    value["args"][0].get("kind") in NUMBER_KINDS:
                exports.add("__wasmport_vector_" + value["args"][0]["kind"])
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for key in ("functions", "starts", "classes"):
        for entity in manifest.get(key, []):
            walk(entity)
            if "symbol" in entity:
                exports.add(entity["symbol"])
            if "delete" in entity:
                exports.add(entity["delete"])
            for f in entity.get("constructors", []) + entity.get("methods", []):
                exports.add(f["symbol"])
    for imp in manifest.get("imports", []):
        imports.add(imp["symbol"])
    return sorted(exports), sorted(imports)


def module(manifests):
    exports, imports = set(), set()
    for m in manifests:
        e, i = symbols(m)
        exports.update(e)
        imports.update(i)
    imports = sorted(imports)
    text = "".join(json.dumps(m, separators=(",", ":"), sort_keys=True) + "\n"
                   for m in manifests)
    wasm = b"\0asm" + bytes([1, 0, 0, 0])
    wasm += section(1, vector([b"\x60\x00\x00"]))  # type 0: () -> ()
    wasm += section(2, vector([name("wasmport") + name(i) + b"\x00\x00"
                               for i in imports]))
    wasm += section(3, vector([b"\x00"]))  # one function of type 0
    index = leb(len(imports))
    wasm += section(7, vector([name(e) + b"\x00" + index
                               for e in sorted(exports)]))
    wasm += section(10, vector([b"\x02\x00\x0b"]))  # no locals; end
    wasm += section(0, name("wasmport") + text.encode())
    return wasm


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: make-module-seeds.py OUT_DIR MANIFEST.json...")
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    manifests = []
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        try:
            fragments = [json.loads(text)]
        except json.JSONDecodeError:  # fragment lines, as in the section
            fragments = [json.loads(l) for l in text.splitlines() if l.strip()]
        manifests.extend(fragments)
        stem = os.path.basename(path).split(".")[0]
        with open(os.path.join(out_dir, stem + ".wasm"), "wb") as f:
            f.write(module(fragments))
    with open(os.path.join(out_dir, "all.wasm"), "wb") as f:
        f.write(module(manifests))


if __name__ == "__main__":
    main()
