// Start-up scenarios: for each target and each input kind, the time from
// importing the glue to the first call answering, wasmport against raw's
// hand-written loader doing only what the same input needs. In Node every
// start-up is a fresh process (startup-child.mjs), the two variants
// alternating; in headless Chromium (browser/startup.mjs) every start-up is a
// fresh copy of the glue and of the .wasm in one page. Each ratio is the
// median of wasmport's start-ups over the median of raw's in the same run.
// Start-ups are timed by the wall clock: a few milliseconds, mostly spent
// waiting for compilation on V8's background threads, which the run-queue
// wait of the main thread (timing.mjs) does not describe; each child also
// reports that wait-subtracted figure (ns) in the JSON.
//
// usage: node bench/startup.mjs BENCH_DIR [--runs N] [--no-browser]
//          [--out JSON] [--smoke]
// --smoke: two start-ups per variant and scenario; only checks that every
// one answers (for CTest); times nothing.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './timing.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const dir = path.resolve(args[0]);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i === -1 ? def : args[i + 1];
};
const smoke = args.includes('--smoke');
const runs = Number(opt('--runs', smoke ? 2 : 15));
const outFile = opt('--out', path.join(dir, 'startup.json'));
const target = 1.2;

/** Node scenarios: key, label. */
const nodeRows = [
  ['node-import', '`--target node`: `import`'],
  ['bundler-import', '`--target bundler`: `import` (top-level await)'],
  ['web-initSync-bytes', '`--target web`: `initSync(bytes)`'],
  ['web-init-bytes', '`--target web`: `init(bytes)`'],
  ['web-init-module', '`--target web`: `init(Module)`'],
  ['web-init-url', '`--target web`: `init(file: URL)`'],
  ['web-init-default', '`--target web`: `init()`'],
  ['web-init-response', '`--target web`: `init(Response)`'],
];

function once(scenario, variant) {
  const text = execFileSync(process.execPath,
                            [path.join(here, 'startup-child.mjs'), dir, scenario, variant],
                            { encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(text);
}

const results = { runs, node: process.version, scenarios: {} };
for (const [key] of nodeRows) {
  const times = { wasmport: [], raw: [] };
  // One untimed pair first (the files into the page cache), then
  // alternating pairs whose order flips each time.
  for (let k = -1; k < runs; k++) {
    const order = k % 2 ? ['wasmport', 'raw'] : ['raw', 'wasmport'];
    for (const v of order) {
      const r = once(key, v);
      if (r.checksum !== 3) throw new Error(`${key}: ${v}: checksum ${r.checksum}`);
      if (k >= 0) times[v].push(r.wall);
    }
  }
  results.scenarios[key] = {
    wasmport: median(times.wasmport), raw: median(times.raw),
    ratio: median(times.wasmport) / median(times.raw), all: times,
  };
  if (!smoke) process.stderr.write(`startup: ${key} done\n`);
}

let browser = null;
if (!args.includes('--no-browser')) {
  const { runBrowser } = await import('./browser/startup.mjs');
  browser = await runBrowser(dir, { runs: smoke ? 2 : runs * 2 + 1 });
  results.browser = browser;
}

writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
if (smoke) {
  const where = browser === null ? 'Node' : browser.skipped ? `Node (Chromium: ${browser.skipped})` : 'Node and Chromium';
  console.log(`startup smoke: ${nodeRows.length} Node scenarios` +
              (browser && !browser.skipped ? ` and ${Object.keys(browser.scenarios).length} Chromium scenarios` : '') +
              `, every start-up answered, in ${where}`);
  process.exit(0);
}

const fmt = (ns) => (ns / 1e6).toFixed(2);
const lines = ['| scenario | wasmport ms | raw ms | wasmport/raw | target |', '| --- | ---: | ---: | ---: | --- |'];
for (const [key, label] of nodeRows) {
  const s = results.scenarios[key];
  lines.push(`| Node: ${label} | ${fmt(s.wasmport)} | ${fmt(s.raw)} | ${s.ratio.toFixed(2)} | ` +
             `≤ ${target} ${s.ratio <= target ? 'met' : '**missed**'} |`);
}
if (browser && !browser.skipped) {
  for (const [key, s] of Object.entries(browser.scenarios)) {
    lines.push(`| Chromium: ${s.label} | ${fmt(s.wasmport)} | ${fmt(s.raw)} | ${s.ratio.toFixed(2)} | ` +
               `≤ ${target} ${s.ratio <= target ? 'met' : '**missed**'} |`);
  }
}
console.log(lines.join('\n'));
console.log(`\nNode: median of ${runs} fresh processes per variant and scenario; ` +
            (browser ? (browser.skipped ? `Chromium skipped: ${browser.skipped}; `
                                        : `Chromium ${browser.version}: median of ${browser.runs} start-ups per variant, one page per scenario; `) : '') +
            `node ${process.version}; JSON: ${outFile}`);
