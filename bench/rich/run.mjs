// The rich-type scenarios' report: runs rich/round.mjs in several fresh Node
// processes and prints one table: per scenario the medians of the rounds'
// medians, and the ratios wasmport/raw and wasmport/embind as the median of
// each round's own ratio (both variants ran in the same process), with the
// issue's targets (≤ 1.25 raw, ≤ 1.0 embind where embind has the feature).
//
// usage: node bench/rich/run.mjs BENCH_DIR [--rounds N] [--scale S] [--reps N] [--out JSON]
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from '../timing.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const dir = path.resolve(args[0]);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i === -1 ? def : args[i + 1];
};
const rounds = Number(opt('--rounds', 5));
const roundArgs = ['--scale', opt('--scale', '1'), '--reps', opt('--reps', '15')];
const outFile = opt('--out', path.join(dir, 'rich.json'));

const labels = {
  jsvalue_echo: ['`JsValue` round trip (an object in and out)', 'ns/call'],
  stored_function_1m: ['C++ loop calling a stored `std::function` (JS function)', 'ns/call'],
  vector_double_1m: ['`std::vector<double>` of 1M returned', 'µs/call'],
  value_struct: ['value struct of 4 numbers + a string, in and out', 'ns/call'],
  string_vector_1k: ['`std::vector<std::string>` of 1,000, in and out', 'µs/call'],
  import_string_result: ['C++ → JS import returning a 16-byte string', 'ns/call'],
  promise_co_await: ['`Promise<int>` export, one `co_await`, awaited', 'ns/call'],
  imported_class_method: ['imported class method from a C++ loop (`Date.getTime`)', 'ns/call'],
  expected_error: ['`std::expected` export on its error path (thrown, caught)', 'ns/call'],
  js_virtual_1m: ['JS-implemented virtual function from a C++ loop', 'ns/call'],
};

const perRound = [];
for (let r = 0; r < rounds; r++) {
  perRound.push(JSON.parse(execFileSync(process.execPath, [path.join(here, 'round.mjs'), dir, ...roundArgs],
                                        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })));
  process.stderr.write(`rich: round ${r + 1}/${rounds} done\n`);
}
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const lines = ['| scenario | unit | wasmport | raw | embind | wasmport/raw | wasmport/embind | targets |',
               '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |'];
const results = { rounds, args: roundArgs, node: process.version, waited: perRound.map((o) => o.waited), time: {} };
for (const [key, [label, unit]] of Object.entries(labels)) {
  const has = Object.keys(perRound[0][key]);
  const t = {};
  for (const v of has) {
    if (new Set(perRound.map((o) => o[key][v].checksum)).size !== 1)
      throw new Error(`${key}: ${v}: checksums differ between rounds`);
    t[v] = median(perRound.map((o) => o[key][v].ns));
  }
  const ratio = (b) => median(perRound.map((o) => o[key].wasmport.ns / o[key][b].ns));
  const rr = ratio('raw'), re = has.includes('embind') ? ratio('embind') : null;
  results.time[key] = { ...t, ratio_raw: rr, ratio_embind: re, rounds: perRound.map((o) => o[key]) };
  const scale = unit === 'µs/call' ? 1e3 : 1;
  const targets = `≤ 1.25 raw ${rr <= 1.25 ? 'met' : '**missed**'}` +
      (re === null ? '' : `; ≤ 1.0 embind ${re <= 1.0 ? 'met' : '**missed**'}`);
  lines.push(`| ${label} | ${unit} | ${fmt(t.wasmport / scale)} | ${fmt(t.raw / scale)} | ` +
             `${re === null ? '—' : fmt(t.embind / scale)} | ${rr.toFixed(2)} | ${re === null ? '—' : re.toFixed(2)} | ${targets} |`);
}
writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
console.log(lines.join('\n'));
const w = results.waited.filter((x) => x !== null);
console.log(`\n${rounds} rounds (${roundArgs.join(' ')}); preempted ${w.length ? `${(100 * Math.min(...w)).toFixed(0)}-${(100 * Math.max(...w)).toFixed(0)}%` : 'unknown'}` +
            ` of the timed time, subtracted; node ${process.version}; JSON: ${outFile}`);
