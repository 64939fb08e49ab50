// One round of the rich-type scenarios in a process of its own (run.mjs
// starts several), as ../round.mjs does for the base suite: loads the
// variants side by side, times alternating batches of each scenario, and
// prints { scenario: { variant: { ns, checksum } }, waited } as JSON. A
// checksum that differs between variants or batches fails the round.
//
// usage: node rich/round.mjs DIR [--scale S] [--reps N] [--only NAME]
//   DIR holds sink.js and rich-wasmport/, rich-raw/, rich-embind/.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Stopwatch, median } from '../timing.mjs';

const args = process.argv.slice(2);
const dir = path.resolve(args[0]);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i === -1 ? def : Number(args[i + 1]);
};
const scale = opt('--scale', 1);
const reps = opt('--reps', 15);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const require = createRequire(import.meta.url);
await import(pathToFileURL(path.join(dir, 'sink.js')).href); // globalThis.benchSink for embind

const loaders = {
  async wasmport() {
    const m = await import(pathToFileURL(path.join(dir, 'rich-wasmport/rich.js')).href);
    m.initSync(readFileSync(path.join(dir, 'rich-wasmport/rich.wasm')));
    return m;
  },
  async raw() {
    const m = await import(pathToFileURL(path.join(dir, 'rich-raw/raw.js')).href);
    m.initSync(readFileSync(path.join(dir, 'rich-raw/raw.wasm')));
    return m;
  },
  async embind() {
    return require(path.join(dir, 'rich-embind/embind.cjs'))(
        { wasmBinary: readFileSync(path.join(dir, 'rich-embind/embind.wasm')) });
  },
};
const names = Object.keys(loaders);
const { makeInputs } = await import('./scenarios.mjs');
const inputs = makeInputs();
const scenarios = {};
const modules = {};
for (const v of names) {
  modules[v] = await loaders[v]();
  const { makeScenarios } = await import(`./scenarios.mjs?variant=${v}`);
  scenarios[v] = makeScenarios(modules[v], inputs);
}

const watch = new Stopwatch();
const out = {};
for (const s of Object.keys(scenarios.wasmport)) {
  if (only !== null && s !== only) continue;
  const has = scenarios.wasmport[s].only ?? names;
  const n = Math.max(1, Math.round(scenarios.wasmport[s].iters * scale));
  const times = Object.fromEntries(has.map((v) => [v, []]));
  const sums = {};
  const warmups = 3;
  for (let k = 0; k < reps + warmups; k++) {
    for (let j = 0; j < has.length; j++) {
      const v = has[(k + j) % has.length];
      const sc = scenarios[v][s];
      const state = sc.setup ? sc.setup() : undefined;
      watch.start();
      let checksum = sc.run(n, state);
      if (checksum instanceof Promise) checksum = await checksum;
      const ns = watch.stop();
      if (sc.teardown) sc.teardown(state);
      if (k >= warmups) times[v].push(ns / n);
      if (sums[v] === undefined) sums[v] = checksum;
      else if (sums[v] !== checksum)
        throw new Error(`${s}: ${v}: checksum ${checksum} differs from its first batch's ${sums[v]}`);
    }
  }
  for (const v of has)
    if (sums[v] !== sums.wasmport)
      throw new Error(`${s}: checksum of ${v} (${sums[v]}) differs from wasmport's (${sums.wasmport})`);
  out[s] = Object.fromEntries(has.map((v) => [v, { ns: median(times[v]), checksum: sums[v] }]));
}
// Nothing JS owns is left alive in wasmport's module, nor JS values held.
if (modules.wasmport.__wasmport.liveObjects() !== 0)
  throw new Error(`wasmport: ${modules.wasmport.__wasmport.liveObjects()} objects left alive`);
out.waited = watch.waitedShare();
process.stdout.write(JSON.stringify(out) + '\n');
