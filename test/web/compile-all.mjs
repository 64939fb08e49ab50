// compile-all.mjs - compiles every generated Web API header with the plugin.
//
// Splits the headers of --headers into --tus translation units, compiles each
// with the command after `--`, as C++17 and C++20 alternately (C++20 declares
// the promise members), and fails on any error. Each unit includes its share
// of the headers; with --uses DIR (generate.mjs --uses) it includes every
// header and references every member of its share (DIR/<Name>.inc), so that
// the plugin checks and defines each import.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const argv = process.argv.slice(2);
const sep = argv.indexOf('--');
const opt = name => argv[argv.indexOf(name) + 1];
const cxx = argv.slice(sep + 1);
const out = opt('--out');
const headers = fs.readdirSync(opt('--headers')).filter(f => f.endsWith('.h')).sort();
const tus = Number(opt('--tus'));
const usesDir = argv.includes('--uses') ? opt('--uses') : null;
fs.mkdirSync(out, { recursive: true });
if (headers.length < 500) {
  console.error(`only ${headers.length} headers: the generator did not run`);
  process.exit(1);
}
let failed = false;
for (let i = 0; i < tus; ++i) {
  const mine = headers.filter((_, j) => j % tus === i);
  const src = path.join(out, `tu${i}.cpp`);
  let text = (usesDir ? headers : mine).map(h => `#include <wasmport/web/${h}>`).join('\n');
  if (usesDir)
    for (const h of mine)
      text += `\nvoid use_${h.slice(0, -2)}() {\n#include "${path.join(usesDir, h.slice(0, -2) + '.inc')}"\n}`;
  fs.writeFileSync(src, text + '\n[[wasmport::export]] int web_headers_tu() { return 1; }\n');
  const std = i % 2 ? '-std=c++20' : '-std=c++17';
  const r = spawnSync(cxx[0], [...cxx.slice(1), std, '-ferror-limit=0', '-c', src, '-o', path.join(out, `tu${i}.o`)],
    { encoding: 'utf8' });
  process.stderr.write(r.stderr);
  if (r.status !== 0 || /error:/.test(r.stderr)) {
    console.error(`tu${i} (${mine.length} headers, ${std}) failed`);
    failed = true;
  } else {
    console.log(`tu${i}: ${mine.length} headers compiled (${std})`);
  }
}
process.exit(failed ? 1 : 0);
