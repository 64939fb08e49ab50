// The start-up scenarios in a browser page (bench/browser/startup.mjs serves
// it): for each scenario and start-up, a fresh copy of the glue (its own URL,
// so its own module instance) and a .wasm V8 has not compiled yet (the server
// appends a distinct custom section per URL), wasmport and raw alternating.
// Times, from performance.now() (5 µs resolution: the page is cross-origin
// isolated), go into <pre id="result"> as JSON with "finished": true.
const params = new URLSearchParams(location.search);
const runs = Number(params.get('runs') ?? 11);
// One scenario per page: every instance stays alive with its glue (the
// module map keeps it), and a page runs out of wasm memory reservations
// after about a hundred.
const only = params.get('scenario');
const warmups = 2;
let fresh = 0;

/** Untimed input preparation, then the timed start-up; returns the module. */
const scenarios = {
  streaming: {
    label: '`--target web`: `init()` (fetch, streaming compile)',
    wasmport: async (k) => {
      const m = await import(`/w/${k}/api.js`);
      const t0 = performance.now();
      await m.default();
      return [m, t0];
    },
    raw: async (k) => {
      const r = await import(`/r/${k}/raw.js`);
      const t0 = performance.now();
      r.finish((await WebAssembly.instantiateStreaming(fetch(`/r/${k}/raw.wasm`), r.imports())).instance);
      return [r, t0];
    },
  },
  bytes: {
    label: '`--target web`: `init(bytes)`',
    wasmport: async (k) => {
      const bytes = await (await fetch(`/w/${k}/api.wasm`)).arrayBuffer();
      const m = await import(`/w/${k}/api.js`);
      const t0 = performance.now();
      await m.default(bytes);
      return [m, t0];
    },
    raw: async (k) => {
      const bytes = await (await fetch(`/r/${k}/raw.wasm`)).arrayBuffer();
      const r = await import(`/r/${k}/raw.js`);
      const t0 = performance.now();
      r.finish((await WebAssembly.instantiate(bytes, r.imports())).instance);
      return [r, t0];
    },
  },
  initSync: {
    label: '`--target web`: `initSync(bytes)`',
    wasmport: async (k) => {
      const bytes = await (await fetch(`/w/${k}/api.wasm`)).arrayBuffer();
      const m = await import(`/w/${k}/api.js`);
      const t0 = performance.now();
      m.initSync(bytes);
      return [m, t0];
    },
    raw: async (k) => {
      const bytes = await (await fetch(`/r/${k}/raw.wasm`)).arrayBuffer();
      const r = await import(`/r/${k}/raw.js`);
      const t0 = performance.now();
      r.initSync(bytes);
      return [r, t0];
    },
  },
  module: {
    label: '`--target web`: `init(Module)`',
    wasmport: async (k) => {
      const module = await WebAssembly.compileStreaming(fetch(`/w/${k}/api.wasm`));
      const m = await import(`/w/${k}/api.js`);
      const t0 = performance.now();
      await m.default(module);
      return [m, t0];
    },
    raw: async (k) => {
      const module = await WebAssembly.compileStreaming(fetch(`/r/${k}/raw.wasm`));
      const r = await import(`/r/${k}/raw.js`);
      const t0 = performance.now();
      r.finish(await WebAssembly.instantiate(module, r.imports()));
      return [r, t0];
    },
  },
};

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

const out = { finished: true, version: navigator.userAgent, runs, crossOriginIsolated, scenarios: {} };
try {
  for (const [key, s] of Object.entries(scenarios)) {
    if (only !== null && key !== only) continue;
    const times = { wasmport: [], raw: [] };
    for (let k = 0; k < runs + warmups; k++) {
      const order = k % 2 ? ['wasmport', 'raw'] : ['raw', 'wasmport'];
      for (const v of order) {
        const [m, t0] = await s[v](fresh++);
        const answer = m.add(1, 2);
        const t1 = performance.now();
        if (answer !== 3) throw new Error(`${key}: ${v}: add(1, 2) is ${answer}`);
        if (k >= warmups) times[v].push((t1 - t0) * 1e6);
      }
    }
    const w = median(times.wasmport), r = median(times.raw);
    out.scenarios[key] = { label: s.label, wasmport: w, raw: r, ratio: w / r, all: times };
  }
} catch (error) {
  out.error = String(error && error.stack || error);
}
document.getElementById('result').textContent = JSON.stringify(out);
