// One run of bench/box2d's scene in this process, by one variant; prints
// `steps S seconds T checksum C bits B` as scene.cpp does (run.mjs starts one
// process per run):
//   node one.mjs wasmport PKG_DIR        examples/box2d's module (box2d_js)
//   node one.mjs box2d-wasm NODE_MODULES npm's box2d-wasm
//   node one.mjs wasi SCENE.wasm         scene.cpp for wasm32-wasi, no binding
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WASI } from 'node:wasi';
import { STEPS, box2dWasmWorld, run, wasmportWorld } from './scene.mjs';

const [variant, where] = process.argv.slice(2);
let result = null;
if (variant === 'wasmport') {
  const pkg = path.resolve(where);
  const m = await import(pathToFileURL(path.join(pkg, 'box2d_js.js')).href);
  m.initSync(readFileSync(path.join(pkg, 'box2d_js.wasm')));
  result = run(wasmportWorld(m));
} else if (variant === 'box2d-wasm') {
  const require = createRequire(path.join(path.resolve(where), 'x.js'));
  const factory = require('box2d-wasm');
  // Its entry point loads Box2D.simd.js or Box2D.js as the engine allows;
  // handed the bytes of the matching .wasm, Emscripten's glue never fetches
  // (which fails on a path in Node 20).
  const glue = Object.keys(require.cache).find((f) => /Box2D(\.simd)?\.js$/.test(f));
  const b = await factory({ wasmBinary: readFileSync(glue.replace(/\.js$/, '.wasm')) });
  result = run(box2dWasmWorld(b));
} else if (variant === 'wasi') {
  // The C++ scene times itself and prints `steps S seconds T checksum C`
  // on this process's standard output.
  const wasi = new WASI({ version: 'preview1', args: [where], returnOnExit: true });
  const module = await WebAssembly.compile(readFileSync(where));
  if (wasi.start(await WebAssembly.instantiate(module, wasi.getImportObject())) !== 0)
    throw new Error(`${where} failed`);
} else {
  throw new Error(`one.mjs: unknown variant '${variant}'`);
}
if (result) {
  const bits = new DataView(new Float64Array([result.checksum]).buffer).getBigUint64(0, true);
  console.log(`steps ${STEPS} seconds ${result.seconds.toFixed(6)} checksum ${result.checksum.toFixed(6)} ` +
    `bits ${bits.toString(16).padStart(16, '0')}`);
}
