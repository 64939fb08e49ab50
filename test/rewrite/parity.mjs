// The rewrite parity test (DESIGN.md 1.2: "the plugin path and the rewrite
// path give the same manifest and the same JS"). For every e2e case:
//
//   plugin path   clang++ -fplugin=... -fplugin-arg-wasmport-manifest=DIR
//   rewrite path  wasmport-rewrite (`-- FLAGS`, and `-p BUILD_DIR` for
//                 multi_tu), then clang++ without the plugin on the
//                 <stem>.wasmport.cpp files
//
// then wasmport-js --target node|web|bundler on both modules, and checks that
// each <stem>.wasmport.json equals the plugin's side manifest once `loc.file`
// is made relative to the source tree (each records the path as its
// compiler saw it), and that the packages (.js, .d.ts, .wasm, package.json)
// are byte-identical. Last, the e2e test files run against the rewrite
// path's packages. Exits 0 when everything holds.
//
//   node parity.mjs --rewrite BIN --wasmport-js BIN --plugin SO --cxx CLANG
//                   --source-dir DIR --work-dir DIR [--cases NAME,NAME]
//
// --cases limits the run to the named cases (to repeat one by hand); CTest
// runs them all.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildable, targets, checkCaseList, fail, freshDir, generatePackages, linkFlags, run, runE2E, testsOf,
} from './cases.mjs';

const WHO = 'rewrite-parity';
const { values: args } = parseArgs({
  options: {
    'rewrite': { type: 'string' },
    'wasmport-js': { type: 'string' },
    'plugin': { type: 'string' },
    'cxx': { type: 'string' },
    'source-dir': { type: 'string' },
    'work-dir': { type: 'string' },
    // The C++ runtime with wasm exception handling ('' when not built).
    'eh-runtime': { type: 'string', default: '' },
    'cases': { type: 'string', default: '' },
  },
});
for (const [k, v] of Object.entries(args))
  if (!v && k !== 'eh-runtime' && k !== 'cases') fail(WHO, `--${k} is required`);
const ehRuntime = args['eh-runtime'];
const only = args.cases ? args.cases.split(',') : [];
const cases = buildable(WHO, { ehRuntime }).filter((c) => !only.length || only.includes(c.name));
for (const name of only)
  if (!cases.some((c) => c.name === name)) fail(WHO, `--cases: no buildable case named ${name}`);
for (const k of ['rewrite', 'wasmport-js', 'plugin', 'source-dir', 'work-dir'])
  args[k] = path.resolve(args[k]);

const sourceDir = args['source-dir'];
const include = path.join(sourceDir, 'include');
const e2eDir = path.join(sourceDir, 'test/e2e');
const pluginRoot = path.join(args['work-dir'], 'plugin');
const rewriteRoot = path.join(args['work-dir'], 'rewrite');
checkCaseList(WHO, e2eDir);

const problems = [];
const problem = (msg) => {
  console.error(`${WHO}: ${msg}`);
  problems.push(msg);
};

/** The manifest with every loc.file relative to the source tree. */
function normalisedManifest(file, baseDir) {
  const walk = (v) => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    const out = {};
    for (const [k, x] of Object.entries(v)) out[k] = walk(x);
    if (typeof out.file === 'string' && 'line' in out)
      out.file = path.relative(sourceDir, path.resolve(baseDir, out.file));
    return out;
  };
  return JSON.stringify(walk(JSON.parse(fs.readFileSync(file, 'utf8'))), null, 2) + '\n';
}

/** The first line where a and b differ, for the failure message. */
function firstDifference(a, b) {
  const la = a.split('\n'), lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++)
    if (la[i] !== lb[i])
      return `line ${i + 1}:\n    plugin:  ${la[i] ?? '(end)'}\n    rewrite: ${lb[i] ?? '(end)'}`;
  return 'no line differs (line endings?)';
}

/** The rewrite path: wasmport-rewrite, then clang++ without the plugin. */
function rewritePath(c, dir) {
  const src = path.join(dir, 'src');
  const sources = c.sources.map((s) => path.join(e2eDir, s));
  let ok;
  if (c.name === 'multi_tu') {
    // The compile_commands.json form, with a relative --out-dir: the tool
    // runs each command in its "directory".
    const cdb = path.join(dir, 'cdb');
    fs.mkdirSync(cdb, { recursive: true });
    const commands = c.sources.map((s) => ({
      directory: sourceDir,
      arguments: [args.cxx, '--target=wasm32-wasi', '--sysroot=/usr', '-I', 'include',
                  '-O1', '-c', `test/e2e/${s}`, '-o', path.join(dir, `${path.parse(s).name}.o`)],
      file: `test/e2e/${s}`,
    }));
    fs.writeFileSync(path.join(cdb, 'compile_commands.json'), JSON.stringify(commands, null, 2) + '\n');
    ok = run(args.rewrite, ['-p', 'cdb', ...sources, '--out-dir', 'src'], { cwd: dir });
  } else {
    ok = run(args.rewrite, [...sources, '--out-dir', src, '--', `-I${include}`, '--sysroot=/usr',
                            ...(c.flags ?? [])]);
  }
  if (!ok) return problem(`${c.name}: wasmport-rewrite failed`);
  const stems = c.sources.map((s) => path.parse(s).name);
  for (const stem of stems)
    for (const ext of ['.wasmport.cpp', '.wasmport.json'])
      if (!fs.existsSync(path.join(src, stem + ext)))
        return problem(`${c.name}: wasmport-rewrite wrote no src/${stem}${ext}`);
  if (!run(args.cxx, ['--target=wasm32-wasi', '--sysroot=/usr', '-I', include,
                      '-mexec-model=reactor', '-O1', '-Wno-unknown-attributes', ...(c.flags ?? []),
                      ...stems.map((s) => `src/${s}.wasmport.cpp`), ...linkFlags(c, ehRuntime),
                      '-o', `${c.name}.wasm`],
           { cwd: dir }))
    return problem(`${c.name}: compiling the rewrite tool's output failed`);
  return true;
}

/** The plugin path, from the source tree with relative paths. */
function pluginPath(c, dir) {
  fs.mkdirSync(path.join(dir, 'manifest'));
  if (!run(args.cxx, ['--target=wasm32-wasi', '--sysroot=/usr', '-I', 'include',
                      `-fplugin=${args.plugin}`,
                      `-fplugin-arg-wasmport-manifest=${path.join(dir, 'manifest')}`,
                      '-mexec-model=reactor', '-O1', ...(c.flags ?? []),
                      ...c.sources.map((s) => `test/e2e/${s}`), ...linkFlags(c, ehRuntime),
                      '-o', path.join(dir, `${c.name}.wasm`)],
           { cwd: sourceDir }))
    return problem(`${c.name}: compiling with the plugin failed`);
  return true;
}

function compare(c, pDir, rDir) {
  // (a) manifests. The plugin saw relative paths (run from the source tree);
  // the rewrite tool's are absolute, or relative to the compile command's
  // directory (the source tree) with -p.
  for (const s of c.sources) {
    const stem = path.parse(s).name;
    const p = path.join(pDir, 'manifest', `${stem}.wasmport.json`);
    const r = path.join(rDir, 'src', `${stem}.wasmport.json`);
    if (!fs.existsSync(p)) {
      problem(`${c.name}: the plugin wrote no ${p}`);
      continue;
    }
    const pm = normalisedManifest(p, sourceDir), rm = normalisedManifest(r, path.dirname(r));
    if (pm !== rm)
      problem(`${c.name}: ${stem}.wasmport.json differs from the plugin's manifest at ${firstDifference(pm, rm)}`);
  }
  // (b) packages, byte for byte.
  for (const target of targets) {
    for (const f of [`${c.name}.js`, `${c.name}.d.ts`, `${c.name}.wasm`, 'package.json']) {
      const p = path.join(pDir, target, f), r = path.join(rDir, target, f);
      if (!fs.existsSync(p) || !fs.existsSync(r)) {
        problem(`${c.name}: ${target}/${f} is missing on the ${fs.existsSync(p) ? 'rewrite' : 'plugin'} path`);
        continue;
      }
      const pb = fs.readFileSync(p), rb = fs.readFileSync(r);
      if (pb.equals(rb)) continue;
      problem(`${c.name}: ${target}/${f} differs between the plugin and rewrite paths` +
              (f.endsWith('.wasm') ? '' : ` at ${firstDifference(pb.toString(), rb.toString())}`));
    }
  }
}

for (const c of cases) {
  console.log(`\n=== ${c.name}`);
  const pDir = path.join(pluginRoot, c.name), rDir = path.join(rewriteRoot, c.name);
  freshDir(pDir);
  freshDir(rDir);
  const built = pluginPath(c, pDir) === true && rewritePath(c, rDir) === true;
  if (!built) continue;
  const packaged =
      generatePackages(args['wasmport-js'], path.join(pDir, `${c.name}.wasm`), pluginRoot, c, e2eDir) &&
      generatePackages(args['wasmport-js'], path.join(rDir, `${c.name}.wasm`), rewriteRoot, c, e2eDir);
  if (!packaged) {
    problem(`${c.name}: wasmport-js failed`);
    continue;
  }
  compare(c, pDir, rDir);
}

console.log('\n=== the e2e tests against the rewrite path');
if (!runE2E(sourceDir, rewriteRoot, testsOf(cases), ehRuntime))
  problem('the e2e tests failed against the rewrite path\'s packages');

if (problems.length) {
  console.error(`\n${WHO}: FAIL: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`\n${WHO}: ok: ${cases.length} cases, identical manifests and packages; e2e tests pass`);
