// One round of the benchmark, in a process of its own (run.mjs starts
// several): loads the three variants side by side, then for each scenario
// times batches of calls, alternating between the variants from one
// repetition to the next, and prints one JSON object on stdout:
// { scenario: { variant: { ns: median ns per operation, checksum } },
//   waited: share of the timed wall-clock time spent waiting for a CPU }.
// A checksum that differs between variants fails the round.
// A batch's time is its wall-clock time less the time this thread spent
// runnable but waiting for a CPU (Linux's /proc/thread-self/schedstat):
// on a machine busy with other work a 2 ms batch is often preempted for
// 20-40 ms, which made the median of a round a coin toss
// (docs/Performance.md, "Measuring on a busy machine").
//
// usage: node round.mjs DIR [--scale S] [--reps N] [--startups N] [--only NAME]
//   DIR holds sink.js, wasmport/ (the web-target package), raw/ and embind/.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Stopwatch, median } from './timing.mjs';

const args = process.argv.slice(2);
const dir = path.resolve(args[0]);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i === -1 ? def : Number(args[i + 1]);
};
const scale = opt('--scale', 1);
const reps = opt('--reps', 25);
const startups = opt('--startups', 25);
// --only NAME: that scenario alone (for profiling; run.mjs never passes it).
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const require = createRequire(import.meta.url);
// The one instance of sink.js that every variant's imports call.
const { takeChecksum } = await import(pathToFileURL(path.join(dir, 'sink.js')).href);

/** How each variant is loaded from its wasm bytes. */
const variants = {
  wasmport: {
    wasm: path.join(dir, 'wasmport/api.wasm'),
    async load(bytes, fresh) {
      const m = await import(pathToFileURL(path.join(dir, 'wasmport/api.js')).href + fresh);
      m.initSync(bytes);
      return m;
    },
  },
  raw: {
    wasm: path.join(dir, 'raw/raw.wasm'),
    async load(bytes, fresh) {
      const m = await import(pathToFileURL(path.join(dir, 'raw/raw.js')).href + fresh);
      m.initSync(bytes);
      return m;
    },
  },
  embind: {
    wasm: path.join(dir, 'embind/embind.wasm'),
    async load(bytes, fresh) {
      // Emscripten 3.1.6's glue is CommonJS; handing it the bytes keeps it
      // away from Node 20's fetch, which it would otherwise try on a path.
      const file = path.join(dir, 'embind/embind.cjs');
      if (fresh) delete require.cache[require.resolve(file)];
      return require(file)({ wasmBinary: bytes });
    },
  },
};
const names = Object.keys(variants);

const watch = new Stopwatch();

/**
 * `bytes` with a custom section holding `k` appended: a module V8 has not
 * compiled yet, so start-up includes compilation every time.
 */
function uncachedBytes(bytes, k) {
  const name = new TextEncoder().encode('bench');
  const payload = new TextEncoder().encode(String(k));
  const size = 1 + name.length + payload.length; // < 128: one LEB byte
  return Buffer.concat([bytes, Buffer.from([0, size, name.length]), name, payload]);
}

const out = {};
const bytes = Object.fromEntries(names.map((v) => [v, readFileSync(variants[v].wasm)]));

// Start-up: bytes to a module whose add() answers, glue evaluation included.
if (only === null || only === 'startup') {
  const times = Object.fromEntries(names.map((v) => [v, []]));
  for (let k = 0; k < startups + 2; k++) {
    for (let j = 0; j < names.length; j++) {
      const v = names[(k + j) % names.length];
      const input = uncachedBytes(bytes[v], k);
      watch.start();
      const m = await variants[v].load(input, `?fresh=${process.pid}-${k}`);
      if (m.add(1, 2) !== 3) throw new Error(`${v}: start-up: add(1, 2) is not 3`);
      const ns = watch.stop();
      if (k >= 2) times[v].push(ns);
    }
  }
  out.startup = Object.fromEntries(names.map((v) => [v, { ns: median(times[v]), checksum: 3 }]));
}

const { makeInputs } = await import('./scenarios.mjs');
const inputs = makeInputs();
const modules = {};
const scenarios = {};
for (const v of names) {
  modules[v] = await variants[v].load(bytes[v], '');
  const { makeScenarios } = await import(`./scenarios.mjs?variant=${v}`);
  scenarios[v] = makeScenarios(modules[v], inputs, takeChecksum);
}

for (const s of Object.keys(scenarios.wasmport)) {
  if (only !== null && s !== only) continue;
  const n = Math.max(1, Math.round(scenarios.wasmport[s].iters * scale));
  const times = Object.fromEntries(names.map((v) => [v, []]));
  const sums = {};
  // Untimed batches warm up (and let V8 optimise) every variant: V8 marks
  // a loop for TurboFan after about a batch, and compiles it concurrently.
  const warmups = 4;
  for (let k = 0; k < reps + warmups; k++) {
    for (let j = 0; j < names.length; j++) {
      const v = names[(k + j) % names.length];
      watch.start();
      const checksum = scenarios[v][s].run(n);
      const ns = watch.stop();
      if (k >= warmups) times[v].push(ns / n);
      if (sums[v] === undefined) sums[v] = checksum;
      else if (sums[v] !== checksum)
        throw new Error(`${s}: ${v}: checksum ${checksum} differs from its first batch's ${sums[v]}`);
    }
  }
  for (const v of names)
    if (sums[v] !== sums.wasmport)
      throw new Error(`${s}: checksum of ${v} (${sums[v]}) differs from wasmport's (${sums.wasmport})`);
  out[s] = Object.fromEntries(names.map((v) => [v, { ns: median(times[v]), checksum: sums[v] }]));
}

out.waited = watch.waitedShare();
process.stdout.write(JSON.stringify(out) + '\n');
