// The scale benchmark's agreement check: loads the wasmport and the embind
// build of one generated API (gen.py), makes every call calls.json lists on
// both, and drives every class through all of its members, comparing the
// answers. Exits 1 naming the first call whose answers differ. It times
// nothing (CTest's bench-scale-smoke runs it; the figures come from run.py).
//
// usage: node agree.mjs DIR   (DIR holds calls.json, wasmport/ and embind/)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const dir = path.resolve(process.argv[2]);
const { n, classes, calls } = JSON.parse(readFileSync(path.join(dir, 'calls.json'), 'utf8'));

const wp = await import(pathToFileURL(path.join(dir, 'wasmport/scale.js')).href);
wp.initSync(readFileSync(path.join(dir, 'wasmport/scale.wasm')));
const em = await createRequire(import.meta.url)(path.join(dir, 'embind/scale.cjs'))({
  wasmBinary: readFileSync(path.join(dir, 'embind/scale.wasm')),
});

// wasmport gives a number vector as an Int32Array, embind's val::array an Array.
const plain = (v) => (ArrayBuffer.isView(v) ? Array.from(v) : v);

function check(what, a, b) {
  if (!isDeepStrictEqual(plain(a), plain(b))) {
    console.error(`agree.mjs: ${what}: wasmport gave ${JSON.stringify(plain(a))}, embind ${JSON.stringify(plain(b))}`);
    process.exit(1);
  }
}

// Number vectors cross wasmport as typed arrays; embind's vecFromJSArray
// reads any array-like, so both get the same Int32Array.
const argsOf = (kind, args) => (kind === 'vector' ? [Int32Array.from(args[0])] : args);
for (const [name, kind, args] of calls) {
  check(`${name}(${JSON.stringify(args)})`, wp[name](...argsOf(kind, args)), em[name](...argsOf(kind, args)));
}

for (let k = 0; k < classes; k++) {
  const name = `C${k}`;
  const a = new wp[name](k), b = new em[name](k);
  check(`${name}.get()`, a.get(), b.get());
  check(`${name}.add(3)`, a.add(3), b.add(3));
  a.set(k * 2 + 1);
  b.set(k * 2 + 1);
  check(`${name}.name()`, a.name(), b.name());
  check(`${name}.scale(0.5)`, a.scale(0.5), b.scale(0.5));
  a.free();
  b.delete();
}
console.log(`agree.mjs: ${n} functions and ${classes} classes agree`);
