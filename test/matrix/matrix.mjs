// The build-matrix test (DESIGN.md 1.2, "Build modes"): representative e2e
// cases (strings, classes, imports, rich types, callbacks) built under each
// build mode, with the plugin and with the rewrite tool, in one step and as
// `-c` then a link, and their e2e tests run against the result, so a mode
// that compiles but changes behaviour fails too. The expensive modes (LTO,
// exceptions, the rewrite path) run on fewer cases. Each mode may check the
// module itself (DWARF kept under -g, no name section under --strip-all).
//
//   node matrix.mjs --rewrite BIN --wasmport-js BIN --plugin SO --cxx CLANG
//                   --source-dir DIR --work-dir DIR [--eh-runtime DIR]
//                   [--jobs N] [--only REGEX]
//
// Every command is printed before it runs, so a failure names the command to
// repeat. Exits 0 when every build and every test passed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cases as e2eCases, freshDir } from '../rewrite/cases.mjs';

const WHO = 'matrix';
const { values: args } = parseArgs({
  options: {
    'rewrite': { type: 'string' },
    'wasmport-js': { type: 'string' },
    'plugin': { type: 'string' },
    'cxx': { type: 'string' },
    'source-dir': { type: 'string' },
    'work-dir': { type: 'string' },
    'eh-runtime': { type: 'string', default: '' },
    'jobs': { type: 'string', default: String(Math.min(2, os.availableParallelism())) },
    'only': { type: 'string', default: '' },
  },
});
for (const k of ['rewrite', 'wasmport-js', 'plugin', 'cxx', 'source-dir', 'work-dir'])
  if (!args[k]) {
    console.error(`${WHO}: --${k} is required`);
    process.exit(2);
  }
for (const k of ['rewrite', 'wasmport-js', 'plugin'])
  args[k] = path.resolve(args[k]);
const sourceDir = path.resolve(args['source-dir']);
const workDir = path.resolve(args['work-dir']);
const include = path.join(sourceDir, 'include');
const e2eDir = path.join(sourceDir, 'test/e2e');
const ehRuntime = args['eh-runtime'];
const jobs = Math.max(1, Number(args.jobs) || 1);

/**
 * The modes. `cflags` go to every compile (and to the rewrite tool),
 * `ldflags` to the link only. `builds` are the ways each case is built:
 *   plugin      clang++ -fplugin=... in one step
 *   plugin-c    clang++ -fplugin=... -c per source, then a link
 *   rewrite     wasmport-rewrite, then clang++ without the plugin, one step
 *   rewrite-c   wasmport-rewrite, then -c per source and a link
 * `check(wasm, pkgWasm)` returns a problem or null.
 */
const all = ['strings', 'classes', 'imports', 'types', 'callbacks'];
const cpp17 = ['strings', 'classes', 'imports', 'callbacks']; // types needs std::span
const modes = [
  { name: 'O0', cflags: ['-O0'], cases: all, builds: ['plugin'] },
  { name: 'O2', cflags: ['-O2'], cases: all, builds: ['plugin-c'] },
  { name: 'O3', cflags: ['-O3'], cases: ['classes', 'types'], builds: ['plugin'] },
  { name: 'Os', cflags: ['-Os'], cases: ['strings'], builds: ['plugin'] },
  { name: 'Oz', cflags: ['-Oz'], cases: all, builds: ['rewrite'] },
  { name: 'g', cflags: ['-g', '-O0'], cases: ['strings', 'callbacks'], builds: ['plugin', 'rewrite-c'],
    check: checkDebugInfo },
  { name: 'O2-g', cflags: ['-g', '-O2'], cases: ['classes'], builds: ['plugin-c'], check: checkDebugInfo },
  { name: 'flto', cflags: ['-O2', '-flto'], cases: ['classes', 'callbacks'],
    builds: ['plugin', 'plugin-c', 'rewrite-c'] },
  { name: 'flto-thin', cflags: ['-O2', '-flto=thin'], cases: ['strings', 'types'], builds: ['plugin-c', 'rewrite'] },
  // Without RTTI a std::function made from a JS function reaches JS wrapped
  // (docs/Callbacks.md); callbacks.test.mjs expects that under WASMPORT_E2E_NO_RTTI.
  { name: 'no-rtti', cflags: ['-fno-rtti'], env: { WASMPORT_E2E_NO_RTTI: '1' },
    cases: ['strings', 'classes', 'callbacks', 'terminate'], builds: ['plugin', 'rewrite-c'] },
  { name: 'no-rtti-no-exceptions', cflags: ['-fno-rtti', '-fno-exceptions'], env: { WASMPORT_E2E_NO_RTTI: '1' },
    cases: ['strings', 'classes'], builds: ['plugin-c'] },
  { name: 'wasm-exceptions', cflags: ['-fwasm-exceptions'], ldflags: ['-L${eh}', '-lunwind'], eh: true,
    cases: ['callbacks', 'exceptions_eh'], builds: ['plugin', 'rewrite-c'] },
  { name: 'wasm-exceptions-no-rtti', cflags: ['-fwasm-exceptions', '-fno-rtti'], env: { WASMPORT_E2E_NO_RTTI: '1' },
    ldflags: ['-L${eh}', '-lunwind'], eh: true, cases: ['exceptions_eh', 'callbacks'], builds: ['plugin'] },
  { name: 'visibility-hidden', cflags: ['-fvisibility=hidden'], cases: ['classes', 'imports'],
    builds: ['plugin-c', 'rewrite'] },
  { name: 'gc-sections', cflags: ['-O2', '-ffunction-sections', '-fdata-sections'],
    ldflags: ['-Wl,--gc-sections'], cases: ['classes', 'types', 'callbacks'], builds: ['plugin', 'rewrite-c'] },
  { name: 'strip-all', cflags: ['-O2'], ldflags: ['-Wl,--strip-all'], cases: ['strings', 'classes'],
    builds: ['plugin-c'], check: checkStripped },
  { name: 'c++17', cflags: ['-std=c++17'], cases: cpp17, builds: ['plugin', 'rewrite'] },
  { name: 'c++20', cflags: ['-std=c++20'], cases: ['callbacks'], builds: ['plugin'] },
  { name: 'c++23', cflags: ['-std=c++23'], cases: ['types', 'classes'], builds: ['plugin-c'] },
  { name: 'gnu++20', cflags: ['-std=gnu++20'], cases: ['types'], builds: ['rewrite'] },
];

/** The e2e case called name (test/rewrite/cases.mjs). */
function e2eCase(name) {
  const c = e2eCases.find((x) => x.name === name);
  if (!c) throw new Error(`${WHO}: no e2e case '${name}'`);
  return c;
}

/** The custom sections of a wasm module: name -> array of payloads. */
function customSections(file) {
  const b = fs.readFileSync(file);
  const out = new Map();
  let p = 8;
  const leb = () => {
    let v = 0, shift = 0, byte;
    do {
      byte = b[p++];
      v += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return v;
  };
  while (p < b.length) {
    const id = b[p++];
    const size = leb();
    const end = p + size;
    if (id === 0) {
      const n = leb();
      const name = b.subarray(p, p + n).toString('utf8');
      if (!out.has(name)) out.set(name, []);
      out.get(name).push(b.subarray(p + n, end));
    }
    p = end;
  }
  return out;
}

/** -g: DWARF in the linked module and in the package; no debug entry names a file that does not exist. */
function checkDebugInfo(wasm, pkgWasm) {
  for (const f of [wasm, pkgWasm]) {
    const s = customSections(f);
    if (!s.has('.debug_info') || !s.has('.debug_line'))
      return `${path.basename(path.dirname(f))}/${path.basename(f)} has no DWARF (.debug_info, .debug_line)`;
    for (const [name, payloads] of s)
      for (const buffer of ['<wasmport thunks>', '<wasmport sync>'])
        if (name.startsWith('.debug') && payloads.some((p) => p.includes(buffer)))
          return `${name} of ${f} names the file '${buffer}', which does not exist`;
  }
  return null;
}

/** --strip-all: no name section, and the manifest is still there for wasmport-js. */
function checkStripped(wasm) {
  const s = customSections(wasm);
  if (s.has('name')) return `${wasm} still has a name section under --strip-all`;
  return null;
}

function quote(a) {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", "'\\''")}'`;
}

/** Runs cmd; resolves to {ok, output}. Output is kept and printed together with the command. */
function exec(cmd, argv, { cwd, env } = {}) {
  return new Promise((resolve) => {
    const line = `$ ${cwd ? `(cd ${quote(cwd)} && ` : ''}${[cmd, ...argv].map(quote).join(' ')}${cwd ? ')' : ''}`;
    const child = spawn(cmd, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (e) => resolve({ ok: false, line, output: `cannot run ${cmd}: ${e.message}` }));
    child.on('close', (status) => resolve({ ok: status === 0, line, output }));
  });
}

/** Runs the steps of one build in order; resolves to a problem or null. */
async function steps(label, log, list) {
  for (const [cmd, argv, opts] of list) {
    const r = await exec(cmd, argv, opts);
    log.push(r.line);
    if (r.output) log.push(r.output.trimEnd());
    if (!r.ok) return `${label}: failed: ${r.line}`;
  }
  return null;
}

const base = ['--target=wasm32-wasi', '--sysroot=/usr'];
const substitute = (flags) => flags.map((f) => f.replaceAll('${eh}', ehRuntime));

/** The commands that build case c under mode m the way `build` says, into dir/<case>.wasm. */
function buildCommands(m, build, c, dir) {
  const cflags = [...(c.flags ?? []), ...m.cflags];
  const ldflags = substitute(m.ldflags ?? []);
  const wasm = path.join(dir, `${c.name}.wasm`);
  const out = [];
  let sources = c.sources.map((s) => path.join(e2eDir, s));
  let compile = [...base, '-I', include];
  if (build.startsWith('rewrite')) {
    const src = path.join(dir, 'src');
    out.push([args.rewrite, [...sources, '--out-dir', src, '--', `-I${include}`, '--sysroot=/usr', ...cflags]]);
    sources = c.sources.map((s) => path.join(src, `${path.parse(s).name}.wasmport.cpp`));
    compile.push('-Wno-unknown-attributes');
  } else {
    compile.push(`-fplugin=${args.plugin}`);
  }
  if (build.endsWith('-c')) {
    const objects = sources.map((s) => path.join(dir, `${path.basename(s).replace(/\.cpp$/, '')}.o`));
    sources.forEach((s, i) => out.push([args.cxx, [...compile, ...cflags, '-c', s, '-o', objects[i]]]));
    out.push([args.cxx, [...base, '-mexec-model=reactor', ...cflags, ...objects, ...ldflags, '-o', wasm]]);
  } else {
    out.push([args.cxx, [...compile, '-mexec-model=reactor', ...cflags, ...sources, ...ldflags, '-o', wasm]]);
  }
  return { commands: out, wasm };
}

/** One (mode, build): every case built and packaged, then its e2e tests. */
async function runOne(m, build) {
  const label = `${m.name}/${build}`;
  const root = path.join(workDir, m.name, build);
  freshDir(root);
  const log = [];
  const problems = [];
  for (const name of m.cases) {
    const c = e2eCase(name);
    const dir = path.join(root, name);
    fs.mkdirSync(dir, { recursive: true });
    const { commands, wasm } = buildCommands(m, build, c, dir);
    // terminate's and exceptions_eh's tests load the web package too.
    const targets = ['terminate', 'exceptions_eh'].includes(name) ? ['node', 'web'] : ['node'];
    for (const t of targets)
      commands.push([args['wasmport-js'], [wasm, '--target', t, '--out-dir', path.join(dir, t)]]);
    const p = await steps(`${label}: ${name}`, log, commands);
    if (p) {
      problems.push(p);
      continue;
    }
    for (const t of targets)
      for (const f of c.files ?? []) fs.copyFileSync(path.join(e2eDir, f), path.join(dir, t, f));
    const bad = m.check?.(wasm, path.join(dir, 'node', `${name}.wasm`));
    if (bad) problems.push(`${label}: ${name}: ${bad}`);
  }
  const built = m.cases.filter((n) => !problems.some((p) => p.startsWith(`${label}: ${n}:`)));
  if (built.length) {
    const files = built.map((n) => `test/e2e/${n}.test.mjs`);
    const r = await exec(process.execPath, ['--expose-gc', '--test', '--test-reporter=dot', ...files], {
      cwd: sourceDir,
      env: { ...process.env, ...m.env, WASMPORT_E2E_BUILD: root, WASMPORT_E2E_EH_RUNTIME: ehRuntime },
    });
    log.push(`WASMPORT_E2E_BUILD=${root} ${r.line}`);
    if (!r.ok) {
      log.push(r.output.trimEnd());
      problems.push(`${label}: the e2e tests of ${built.join(', ')} failed`);
    }
  }
  console.log(`\n=== ${label}: ${m.cases.join(', ')}: ${problems.length ? 'FAIL' : 'ok'}`);
  if (problems.length || process.env.WASMPORT_MATRIX_VERBOSE) console.log(log.join('\n'));
  return problems;
}

const only = args.only ? new RegExp(args.only) : null;
const queue = [];
for (const m of modes) {
  if (m.eh && !ehRuntime) {
    console.log(`=== ${m.name}: skipped: no C++ runtime with wasm exception handling ` +
                '(scripts/eh-runtime.sh, docs/Exceptions.md)');
    continue;
  }
  for (const build of m.builds)
    if (!only || only.test(`${m.name}/${build}`)) queue.push([m, build]);
}
fs.mkdirSync(workDir, { recursive: true });
const started = Date.now();
const problems = [];
await Promise.all(Array.from({ length: jobs }, async () => {
  while (queue.length) {
    const [m, build] = queue.shift();
    problems.push(...await runOne(m, build));
  }
}));
const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (problems.length) {
  console.error(`\n${WHO}: FAIL (${seconds} s): ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`\n${WHO}: ok (${seconds} s)`);
