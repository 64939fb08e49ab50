// The benchmark's report: runs round.mjs in several fresh Node processes,
// takes the median of the rounds' medians (and, for the ratios, the median of
// each round's own ratio: both variants of a ratio ran in the same process),
// adds glue and .wasm sizes and
// (optionally) the plugin's compile-time overhead from compile_time.py,
// prints one table with the ratios wasmport/raw and wasmport/embind and the
// targets, and writes everything as JSON. Expects bench/build.sh's output.
//
// usage: node bench/run.mjs BENCH_DIR [--rounds N] [--scale S] [--reps N]
//          [--startups N] [--compile-time JSON] [--out JSON] [--smoke]
// --smoke: one round with tiny counts; only checks that the variants run
// and agree (checksums), for CTest.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { median } from './timing.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const dir = path.resolve(args[0]);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i === -1 ? def : args[i + 1];
};
const smoke = args.includes('--smoke');
const rounds = Number(opt('--rounds', smoke ? 1 : 7));
const roundArgs = smoke
  ? ['--scale', '0.01', '--reps', '1', '--startups', '1']
  : ['--scale', opt('--scale', '1'), '--reps', opt('--reps', '25'),
     '--startups', opt('--startups', '25')];
const outFile = opt('--out', path.join(dir, 'results.json'));
const compileTime = opt('--compile-time', null);

/** What each row measures, its unit, and the wasmport/raw target. */
const rows = [
  ['add', 'add(int32, int32)', 'ns/call', 1.10],
  ['method', 'Counter.increment(int32)', 'ns/call', 1.10],
  ['utf8_len_ascii16', 'utf8_len(16-byte ASCII)', 'ns/call', 1.25],
  ['utf8_len_64k', 'utf8_len(64 KiB non-ASCII)', 'ns/call', 1.25],
  ['greet', 'greet(16-byte ASCII) → string', 'ns/call', 1.25],
  ['construct_free', 'new Counter + free()', 'ns/pair', 1.5],
  ['sum_1m', 'sum(1M doubles)', 'ns/call', 1.05],
  ['import_int', 'C++ → JS import(int32)', 'ns/call', 1.2],
  ['import_str16', 'C++ → JS import(16-byte string)', 'ns/call', 1.2],
  ['startup', 'start-up: bytes → callable', 'ns', 1.2],
];
const variants = ['wasmport', 'raw', 'embind'];

const perRound = [];
for (let r = 0; r < rounds; r++) {
  const text = execFileSync(process.execPath, [path.join(here, 'round.mjs'), dir, ...roundArgs],
                            { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  perRound.push(JSON.parse(text));
  if (!smoke) process.stderr.write(`bench: round ${r + 1}/${rounds} done\n`);
}

// waited: per round, the share of its timed wall-clock time the process
// spent preempted (subtracted from every batch; null where unknown).
const results = { rounds, args: roundArgs, node: process.version,
                  waited: perRound.map((o) => o.waited), time: {}, ratio: {}, size: {} };
for (const [key] of rows) {
  results.time[key] = {};
  for (const v of variants) {
    const checksums = new Set(perRound.map((o) => o[key][v].checksum));
    if (checksums.size !== 1) throw new Error(`${key}: ${v}: checksums differ between rounds`);
    results.time[key][v] = {
      ns: median(perRound.map((o) => o[key][v].ns)),
      rounds: perRound.map((o) => o[key][v].ns),
      checksum: perRound[0][key][v].checksum,
    };
  }
  // Each round's ratios, of variants timed in the same process.
  const ratio = (a, b) => median(perRound.map((o) => o[key][a].ns / o[key][b].ns));
  results.ratio[key] = { raw: ratio('wasmport', 'raw'), embind: ratio('wasmport', 'embind') };
}

const glue = {
  wasmport: path.join(dir, 'wasmport/api.js'),
  raw: path.join(dir, 'raw/raw.js'),
  embind: path.join(dir, 'embind/size-web.js'),
};
const wasm = {
  wasmport: path.join(dir, 'wasmport/api.wasm'),
  raw: path.join(dir, 'raw/raw.wasm'),
  embind: path.join(dir, 'embind/size-web.wasm'),
};
for (const v of variants) {
  const js = readFileSync(glue[v]);
  results.size[v] = {
    glue: js.length,
    glue_gzip: gzipSync(js, { level: 9 }).length,
    wasm: readFileSync(wasm[v]).length,
  };
}
// The same glue written by wasmport-js --minify (bench/build.sh).
{
  const js = readFileSync(path.join(dir, 'wasmport-min/api.js'));
  results.size.wasmport.glue_min = js.length;
  results.size.wasmport.glue_min_gzip = gzipSync(js, { level: 9 }).length;
}
if (compileTime) results.compile = JSON.parse(readFileSync(compileTime, 'utf8'));

mkdirSync(path.dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
if (smoke) {
  // The --minify glue works as the default one does.
  const min = await import(pathToFileURL(path.join(dir, 'wasmport-min/api.js')).href);
  min.initSync(readFileSync(wasm.wasmport));
  const c = new min.Counter(40);
  const got = [min.add(2, 3), min.greet('Ada'), min.utf8_len('añ€😀'), c.increment(2),
               min.sum(new Float64Array([1.5, 2.5]))];
  c.free();
  const want = [5, 'Hello, Ada!', 4, 42, 4];
  if (JSON.stringify(got) !== JSON.stringify(want) || min.__wasmport.liveObjects() !== 0)
    throw new Error(`the --minify glue answered ${JSON.stringify(got)}, not ${JSON.stringify(want)}`);
  console.log(`bench smoke: ${rows.length} scenarios, checksums agree across variants; ` +
              `the --minify glue answers the same`);
  process.exit(0);
}

// The table: figures, ratios, the target and whether it is met.
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const lines = [
  '| scenario | unit | wasmport | raw | embind | wasmport/raw | wasmport/embind | target (wasmport/raw) |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
];
// The ratios are given (timed rows: medians of per-round ratios) or w/r, w/e.
const row = (label, unit, w, r, e, target, met, ratios = { raw: w / r, embind: w / e }) =>
  lines.push(`| ${label} | ${unit} | ${fmt(w)} | ${fmt(r)} | ${fmt(e)} | ${ratios.raw.toFixed(2)} | ` +
             `${ratios.embind.toFixed(2)} | ${target} ${met ? 'met' : '**missed**'} |`);
for (const [key, label, unit, target] of rows) {
  const t = results.time[key];
  let w = t.wasmport.ns, r = t.raw.ns, e = t.embind.ns;
  let u = unit;
  if (key === 'startup') { w /= 1e6; r /= 1e6; e /= 1e6; u = 'ms'; }
  else if (key === 'sum_1m' || key === 'utf8_len_64k') { w /= 1e3; r /= 1e3; e /= 1e3; u = 'µs/call'; }
  const ratios = results.ratio[key];
  row(label, u, w, r, e, `≤ ${target}`, ratios.raw <= target, ratios);
}
const s = results.size;
row('glue size', 'bytes', s.wasmport.glue, s.raw.glue, s.embind.glue, '—', true);
lines[lines.length - 1] = lines[lines.length - 1].replace(/— met \|$/, '— |');
// Two targets: ≤ 2× raw's and ≤ 1/5 of embind's, each marked on its own.
const gzRow = (label, w) => {
  row(label, 'bytes', w, s.raw.glue_gzip, s.embind.glue_gzip, '≤ 2', w <= 2 * s.raw.glue_gzip);
  lines[lines.length - 1] = lines[lines.length - 1].replace(/ \|$/,
      `; ≤ 0.2 of embind ${w * 5 <= s.embind.glue_gzip ? 'met' : '**missed**'} |`);
};
gzRow('glue size, gzip -9', s.wasmport.glue_gzip);
row('glue size, wasmport `--minify`', 'bytes', s.wasmport.glue_min, s.raw.glue, s.embind.glue, '—', true);
lines[lines.length - 1] = lines[lines.length - 1].replace(/— met \|$/, '— |');
gzRow('glue size, wasmport `--minify`, gzip -9', s.wasmport.glue_min_gzip);
row('.wasm size', 'bytes', s.wasmport.wasm, s.raw.wasm, s.embind.wasm, '—', true);
lines[lines.length - 1] = lines[lines.length - 1].replace(/— met \|$/, '— |');
if (results.compile) {
  const c = results.compile;
  lines.push(`| compile ${c.lines}-line TU, plugin vs pre-generated thunks | s (CPU) | ` +
             `${c.with_plugin_s.toFixed(2)} | ${c.without_plugin_s.toFixed(2)} (no plugin) | — | ` +
             `${(c.with_plugin_s / c.without_plugin_s).toFixed(3)} | — | ≤ 1.03 ` +
             `${c.overhead <= 0.03 ? 'met' : '**missed**'} |`);
}
console.log(lines.join('\n'));
const waited = results.waited.filter((w) => w !== null);
const load = waited.length === 0 ? 'preemption not measured (no /proc/thread-self/schedstat)'
  : `preempted ${(100 * Math.min(...waited)).toFixed(0)}-${(100 * Math.max(...waited)).toFixed(0)}% ` +
    'of the timed wall-clock time, subtracted';
console.log(`\n${rounds} rounds (median of rounds, each the median of its repetitions; ratios: ` +
            `median of the rounds' ratios); ${load}; node ${process.version}; JSON: ${outFile}`);
