// One start-up in a fresh Node process (bench/startup.mjs starts many):
// from importing the glue to `add(1, 2)` answering, for one scenario (a
// target and an input kind) and one variant, wasmport or raw. Prints
// {"ns": ...}: the wall-clock time less the time this thread waited for a
// CPU meanwhile (as round.mjs times its batches). The input itself (bytes
// read, a Module compiled, a Response made) is prepared before the clock
// starts, for both variants alike; a file: URL or no input is read inside.
//
// usage: node startup-child.mjs DIR SCENARIO VARIANT
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { waitedNs } from './timing.mjs';

const [dirArg, scenario, variant] = process.argv.slice(2);
const dir = path.resolve(dirArg);
const glue = {
  web: pathToFileURL(path.join(dir, 'wasmport/api.js')).href,
  node: pathToFileURL(path.join(dir, 'wasmport-node/api.js')).href,
  bundler: pathToFileURL(path.join(dir, 'wasmport-bundler/api.js')).href,
  raw: pathToFileURL(path.join(dir, 'raw/raw.js')).href,
};
const wasmURL = {
  wasmport: new URL('./api.wasm', glue.web),
  raw: new URL('./raw.wasm', glue.raw),
};

/** Per scenario: prepare() the input untimed, then each variant's start-up. */
const scenarios = {
  // The node target instantiates synchronously at import: raw reads the
  // file synchronously and instantiates synchronously.
  'node-import': {
    wasmport: async () => import(glue.node),
    raw: async () => {
      const r = await import(glue.raw);
      r.initSync(readFileSync(wasmURL.raw));
      return r;
    },
  },
  // The bundler target awaits its .wasm next to it (a file: URL in Node).
  'bundler-import': {
    wasmport: async () => import(glue.bundler),
    raw: async () => {
      const r = await import(glue.raw);
      const bytes = await readFile(wasmURL.raw);
      r.finish((await WebAssembly.instantiate(bytes, r.imports())).instance);
      return r;
    },
  },
  'web-initSync-bytes': {
    prepare: (v) => readFileSync(wasmURL[v]),
    wasmport: async (bytes) => {
      const m = await import(glue.web);
      m.initSync(bytes);
      return m;
    },
    raw: async (bytes) => {
      const r = await import(glue.raw);
      r.initSync(bytes);
      return r;
    },
  },
  'web-init-bytes': {
    prepare: (v) => readFileSync(wasmURL[v]),
    wasmport: async (bytes) => {
      const m = await import(glue.web);
      await m.default(bytes);
      return m;
    },
    raw: async (bytes) => {
      const r = await import(glue.raw);
      r.finish((await WebAssembly.instantiate(bytes, r.imports())).instance);
      return r;
    },
  },
  'web-init-module': {
    prepare: (v) => new WebAssembly.Module(readFileSync(wasmURL[v])),
    wasmport: async (module) => {
      const m = await import(glue.web);
      await m.default(module);
      return m;
    },
    raw: async (module) => {
      const r = await import(glue.raw);
      r.finish(await WebAssembly.instantiate(module, r.imports()));
      return r;
    },
  },
  'web-init-url': {
    wasmport: async () => {
      const m = await import(glue.web);
      await m.default(wasmURL.wasmport);
      return m;
    },
    raw: async () => {
      const r = await import(glue.raw);
      const bytes = await readFile(wasmURL.raw);
      r.finish((await WebAssembly.instantiate(bytes, r.imports())).instance);
      return r;
    },
  },
  'web-init-default': {
    wasmport: async () => {
      const m = await import(glue.web);
      await m.default();
      return m;
    },
    raw: async () => {
      const r = await import(glue.raw);
      const bytes = await readFile(wasmURL.raw);
      r.finish((await WebAssembly.instantiate(bytes, r.imports())).instance);
      return r;
    },
  },
  // A Response (made untimed: making one loads Node's fetch for both).
  'web-init-response': {
    prepare: (v) => new Response(readFileSync(wasmURL[v]),
                                 { headers: { 'Content-Type': 'application/wasm' } }),
    wasmport: async (response) => {
      const m = await import(glue.web);
      await m.default(response);
      return m;
    },
    raw: async (response) => {
      const r = await import(glue.raw);
      r.finish((await WebAssembly.instantiateStreaming(response, r.imports())).instance);
      return r;
    },
  },
};

const s = scenarios[scenario];
if (!s || !s[variant]) {
  console.error(`startup-child: no scenario ${scenario} for ${variant}`);
  process.exit(2);
}

const input = s.prepare ? s.prepare(variant) : undefined;
const w0 = waitedNs();
const t0 = performance.now();
const m = await s[variant](input);
const answer = m.add(1, 2);
const t1 = performance.now();
const w1 = waitedNs();
if (answer !== 3) throw new Error(`${scenario}: ${variant}: add(1, 2) is ${answer}`);
const wall = (t1 - t0) * 1e6;
const waited = w0 === null ? 0 : w1 - w0;
process.stdout.write(JSON.stringify({ ns: Math.max(wall - waited, 0), wall, checksum: answer }) + '\n');
