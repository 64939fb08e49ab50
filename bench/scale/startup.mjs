// One start-up sample of the scale benchmark, in a fresh process (run.py
// starts one per sample, alternating the variants): the wasm bytes are read
// first, then the clock runs from importing the glue to the module being
// callable (start-up), and over the first call (first call). Prints one JSON
// object: { startupMs, firstCallMs }.
//
// usage: node startup.mjs wasmport|embind DIR
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [variant, dirArg] = process.argv.slice(2);
const dir = path.resolve(dirArg);

let t0, t1, t2;
if (variant === 'wasmport') {
  const bytes = readFileSync(path.join(dir, 'wasmport/scale.wasm'));
  t0 = performance.now();
  const m = await import(pathToFileURL(path.join(dir, 'wasmport/scale.js')).href);
  m.initSync(bytes);
  t1 = performance.now();
  if (m.f0(1, 2) !== 3) throw new Error('wasmport: f0(1, 2) is not 3');
  t2 = performance.now();
} else if (variant === 'embind') {
  const bytes = readFileSync(path.join(dir, 'embind/scale.wasm'));
  t0 = performance.now();
  // Emscripten 3.1.6's glue is CommonJS; given the bytes it never fetches.
  const m = await createRequire(import.meta.url)(path.join(dir, 'embind/scale.cjs'))({ wasmBinary: bytes });
  t1 = performance.now();
  if (m.f0(1, 2) !== 3) throw new Error('embind: f0(1, 2) is not 3');
  t2 = performance.now();
} else {
  throw new Error(`startup.mjs: unknown variant '${variant}'`);
}
console.log(JSON.stringify({ startupMs: t1 - t0, firstCallMs: t2 - t1 }));
