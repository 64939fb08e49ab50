// The Emscripten test: every e2e case goes through wasmport-rewrite (with
// em++'s own compile flags, so the tool sees Emscripten's headers), em++ as
// a standalone wasm module without the plugin, and wasmport-js --target
// node|web|bundler; then the e2e test files run against those packages.
// docs/Emscripten.md explains each flag. Exits 0 when every case builds and
// every test passes.
//
//   node emscripten.mjs --emxx EM++ --rewrite BIN --wasmport-js BIN
//                       --source-dir DIR --work-dir DIR
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  buildable, checkCaseList, fail, freshDir, generatePackages, run, runE2E, testsOf,
} from '../rewrite/cases.mjs';

const WHO = 'emscripten';
const here = path.dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    'emxx': { type: 'string', default: 'em++' },
    'rewrite': { type: 'string' },
    'wasmport-js': { type: 'string' },
    'source-dir': { type: 'string' },
    'work-dir': { type: 'string' },
  },
});
for (const [k, v] of Object.entries(args))
  if (!v) fail(WHO, `--${k} is required`);

for (const k of ['rewrite', 'wasmport-js'])
  args[k] = path.resolve(args[k]);
const sourceDir = path.resolve(args['source-dir']);
const workDir = path.resolve(args['work-dir']);
const include = path.join(sourceDir, 'include');
const e2eDir = path.join(sourceDir, 'test/e2e');
checkCaseList(WHO, e2eDir);
const cases = buildable(WHO, { emscripten: true });

// Per case, what the case needs beyond the common command line.
const extra = {
  // Emscripten's libc has no arc4random_buf (wasi-libc's extension).
  runtime: ['-include', path.join(here, 'arc4random_buf.h')],
};

/** em++ --cflags: the flags em++ compiles with (target, sysroot, defines). */
function emCflags() {
  const r = spawnSync(args.emxx, ['--cflags'], { encoding: 'utf8' });
  if (r.error || r.status !== 0)
    fail(WHO, `cannot run '${args.emxx} --cflags'` +
              `${r.error ? `: ${r.error.message}` : `:\n${r.stderr}`}\n` +
              'install Debian\'s emscripten package (apt-get install emscripten)');
  return r.stdout.trim().split(/\s+/);
}

/** "module.name" for every import of the module at file. */
function importsOf(file) {
  const mod = new WebAssembly.Module(fs.readFileSync(file));
  return WebAssembly.Module.imports(mod).map((i) => `${i.module}.${i.name}`);
}

run(args.emxx, ['--version']);
const cflags = emCflags();
const problems = [];
const problem = (msg) => {
  console.error(`${WHO}: ${msg}`);
  problems.push(msg);
};

for (const c of cases) {
  console.log(`\n=== ${c.name}`);
  const dir = path.join(workDir, c.name);
  freshDir(dir);
  const flags = [...(c.flags ?? ['-std=c++17']), '-I', include, ...(extra[c.name] ?? [])];
  const stems = c.sources.map((s) => path.parse(s).name);
  if (!run(args.rewrite, [...c.sources.map((s) => path.join(e2eDir, s)), '--out-dir', 'src',
                          '--', ...cflags, ...flags], { cwd: dir })) {
    problem(`${c.name}: wasmport-rewrite failed`);
    continue;
  }
  const wasm = path.join(dir, `${c.name}.wasm`);
  if (!run(args.emxx, [...flags, '-O1', '-Wno-unknown-attributes',
                       '-sSTANDALONE_WASM', '--no-entry', '-sERROR_ON_UNDEFINED_SYMBOLS=0',
                       '-sALLOW_MEMORY_GROWTH', '-sINITIAL_MEMORY=128KB', '-sTOTAL_STACK=64KB',
                       ...stems.map((s) => `src/${s}.wasmport.cpp`),
                       path.join(here, 'notify_memory_growth.cpp'),
                       '-o', wasm], { cwd: dir })) {
    problem(`${c.name}: em++ failed`);
    continue;
  }
  console.log(`imports of ${c.name}.wasm: ${importsOf(wasm).join(' ') || '(none)'}`);
  if (!generatePackages(args['wasmport-js'], wasm, workDir, c, e2eDir))
    problem(`${c.name}: wasmport-js failed`);
}

if (problems.length === 0) {
  console.log('\n=== the e2e tests against the Emscripten packages');
  if (!runE2E(sourceDir, workDir, testsOf(cases)))
    problem('the e2e tests failed against the Emscripten packages');
}

if (problems.length) {
  console.error(`\n${WHO}: FAIL: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`\n${WHO}: ok: ${cases.length} cases built with em++; e2e tests pass`);
