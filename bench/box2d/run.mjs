// bench/box2d: the scene of scene.mjs / scene.cpp run by four variants, one
// fresh process per run, the variants alternated round by round:
//   wasmport    JS driving examples/box2d's module (wasmport's binding)
//   box2d-wasm  JS driving npm's box2d-wasm 7.0.0 (Emscripten, WebIDL binder)
//   wasi        scene.cpp in wasm32-wasi, no JS in the loop (the same
//               libbox2d.a as the wasmport module: the physics alone in wasm)
//   native      scene.cpp built natively (the physics alone, natively)
// Prints a table (median seconds for 600 steps, steps per second, ratios,
// the binding's share of wasmport's time: 1 - wasi / wasmport) and writes
// it as JSON to --out. Checks first: wasmport's checksum must equal wasi's
// bit for bit (same library, same calls), box2d-wasm's and native's within
// 1e-3 relative (other compilers); a mismatch fails the run.
//
// usage: node run.mjs --pkg PKG --node-modules DIR --wasi SCENE.wasm
//                     --native SCENE [--runs N] [--out JSON] [--smoke]
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from '../timing.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i === -1 ? def : args[i + 1];
};
const smoke = args.includes('--smoke');
const runs = smoke ? 1 : Number(opt('--runs', '7'));
const node = [process.execPath, '--no-warnings', path.join(here, 'one.mjs')];
const variants = {
  wasmport: [...node, 'wasmport', opt('--pkg')],
  'box2d-wasm': [...node, 'box2d-wasm', opt('--node-modules')],
  wasi: [...node, 'wasi', opt('--wasi')],
  native: [opt('--native')],
};

function once(argv) {
  const out = execFileSync(argv[0], argv.slice(1), { encoding: 'utf8', timeout: 300_000 });
  const m = /^steps (\d+) seconds ([\d.]+) checksum (-?[\d.]+) bits ([0-9a-f]{16})$/m.exec(out);
  if (!m) throw new Error(`run.mjs: ${argv.join(' ')} printed no result: ${out}`);
  return { steps: Number(m[1]), seconds: Number(m[2]), checksum: Number(m[3]), bits: m[4] };
}

const samples = Object.fromEntries(Object.keys(variants).map((v) => [v, []]));
for (let r = 0; r < runs; r++) {
  const names = Object.keys(variants);
  // Alternate the order so that no variant always runs first or last.
  for (const v of r % 2 ? names.reverse() : names) samples[v].push(once(variants[v]));
}

const first = Object.fromEntries(Object.entries(samples).map(([v, s]) => [v, s[0]]));
const problems = [];
if (first.wasmport.bits !== first.wasi.bits)
  problems.push(`wasmport's checksum ${first.wasmport.checksum} (${first.wasmport.bits}) is not wasi's ` +
    `${first.wasi.checksum} (${first.wasi.bits}): the same library made different calls`);
for (const v of ['box2d-wasm', 'native']) {
  const rel = Math.abs(first[v].checksum - first.wasi.checksum) / Math.abs(first.wasi.checksum);
  if (!(rel <= 1e-3)) problems.push(`${v}'s checksum ${first[v].checksum} is ${rel} away from wasi's ${first.wasi.checksum}`);
}
if (problems.length) {
  console.error(`run.mjs: the variants disagree:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
if (smoke) {
  console.log(`run.mjs: smoke: the four variants agree (checksum ${first.wasi.checksum})`);
  process.exit(0);
}

const steps = first.wasi.steps;
const rows = Object.fromEntries(Object.entries(samples).map(([v, s]) => {
  const seconds = median(s.map((x) => x.seconds));
  return [v, { seconds, stepsPerSecond: steps / seconds, runs: s.map((x) => x.seconds) }];
}));
const result = {
  steps,
  variants: rows,
  wasmportOverBox2dWasm: rows.wasmport.stepsPerSecond / rows['box2d-wasm'].stepsPerSecond,
  bindingShare: 1 - rows.wasi.seconds / rows.wasmport.seconds,
  checksum: first.wasi.checksum,
};
const lines = [
  `| variant | s per ${steps} steps (median of ${runs}) | steps/s | vs box2d-wasm |`,
  '| --- | ---: | ---: | ---: |',
  ...Object.entries(rows).map(([v, r]) =>
    `| ${v} | ${r.seconds.toFixed(3)} | ${r.stepsPerSecond.toFixed(0)} | ` +
    `${(r.stepsPerSecond / rows['box2d-wasm'].stepsPerSecond).toFixed(2)} |`),
  '',
  `wasmport's steps/s over box2d-wasm's: ${result.wasmportOverBox2dWasm.toFixed(2)} (target ≥ 1); ` +
    `the binding's share of wasmport's time: ${(100 * result.bindingShare).toFixed(1)}% ` +
    '(1 - wasi / wasmport: what JS reading 500 bodies per step through the binding adds to the physics).',
];
console.log(lines.join('\n'));
const out = opt('--out');
if (out) writeFileSync(out, JSON.stringify(result, null, 1) + '\n');
