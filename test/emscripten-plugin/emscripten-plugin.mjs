// The Emscripten plugin test: wasmport's plugin built against clang 14, the
// clang Debian's em++ (3.1.6) runs, loads into `em++ -fplugin=` and gives the
// bindings the clang 19 plugin gives; the e2e cases built that way pass their
// e2e tests. docs/Emscripten.md ("em++ -fplugin") has the commands.
//
//   1. the plugin: cmake -S SRC -B PLUGIN_BUILD -G Ninja -DWASMPORT_LLVM_MAJOR=14,
//      then ninja (incremental after the first run)
//   2. the lit suite's compiler tests (attributes, diagnostics, manifests,
//      golden thunks) with that plugin in em++'s clang and em++'s flags
//      (`em++ --cflags`); not the link and JS tests, which link with wasm-ld
//      for WASI, nor one test of Clang's own source ranges
//   3. per case, per source: the TU's manifest and thunks from em++ with the
//      plugin equal those from clang 19 with the main build's plugin
//      (-fplugin-arg-wasmport-manifest=, -fplugin-arg-wasmport-thunks=)
//   4. per case: em++ -fplugin=... builds a standalone module, whose
//      "wasmport" section is not empty; wasmport-js makes the packages
//   5. the e2e test files run against those packages
//
//   node emscripten-plugin.mjs --emxx EM++ --clang14 CLANG++ --cmake CMAKE
//        --ninja NINJA --clang19 CLANG++ --plugin19 SO --wasmport-js BIN
//        --lit LIT_PY --python PYTHON --llvm-tools-dir DIR
//        --source-dir DIR --plugin-build-dir DIR --work-dir DIR
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  buildable, checkCaseList, fail, freshDir, generatePackages, run, runE2E, testsOf,
} from '../rewrite/cases.mjs';

const WHO = 'emscripten-plugin';
const here = path.dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: Object.fromEntries(
    ['emxx', 'clang14', 'cmake', 'ninja', 'clang19', 'plugin19', 'wasmport-js', 'lit',
     'python', 'llvm-tools-dir', 'source-dir', 'plugin-build-dir', 'work-dir'].map((k) => [k, { type: 'string' }])),
});
for (const [k, v] of Object.entries(args))
  if (!v) fail(WHO, `--${k} is required`);

const sourceDir = path.resolve(args['source-dir']);
const pluginBuild = path.resolve(args['plugin-build-dir']);
const workDir = path.resolve(args['work-dir']);
const include = path.join(sourceDir, 'include');
const e2eDir = path.join(sourceDir, 'test/e2e');
const emscriptenDir = path.join(sourceDir, 'test/emscripten');
checkCaseList(WHO, e2eDir);
const cases = buildable(WHO, { emscripten: true });

// Per case, what it needs beyond the common command line (test/emscripten).
const extra = {
  runtime: ['-include', path.join(emscriptenDir, 'arc4random_buf.h')],
};

const problems = [];
const problem = (msg) => {
  console.error(`${WHO}: ${msg}`);
  problems.push(msg);
};
const finish = () => {
  if (problems.length) {
    console.error(`\n${WHO}: FAIL: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
};

/** Output of cmd args (stdout and stderr), or fail. */
function output(cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, { encoding: 'utf8' });
  if (r.error || r.status !== 0)
    fail(WHO, `cannot run '${[cmd, ...cmdArgs].join(' ')}'` +
              `${r.error ? `: ${r.error.message}` : `:\n${r.stderr}`}`);
  return r.stdout + r.stderr;
}

// 1. The plugin for em++'s clang, which must be the clang it is built for.
console.log('=== the plugin, built against clang 14');
run(args.emxx, ['--version']);
const emClang = output(args.emxx, ['-v']).match(/^.*clang version .*$/m)?.[0];
const clang14 = output(args.clang14, ['--version']).split('\n')[0];
console.log(`em++ runs: ${emClang}\n${args.clang14}: ${clang14}`);
if (emClang !== clang14)
  fail(WHO, `em++ does not run ${args.clang14}, which the plugin is built for`);
if (!run(args.cmake, ['-S', sourceDir, '-B', pluginBuild, '-G', 'Ninja',
                      '-DWASMPORT_LLVM_MAJOR=14']) ||
    !run(args.ninja, ['-C', pluginBuild]))
  fail(WHO, 'cannot build the plugin against clang 14 ' +
            '(apt-get install libclang-14-dev llvm-14-dev; scripts/setup.sh does)');
const plugin = path.join(pluginBuild, 'lib/wasmport-plugin.so');
const emCflags = output(args.emxx, ['--cflags']).trim();

// 2. The lit suite's compiler tests, with em++'s clang and flags.
console.log('\n=== the lit suite with em++\'s clang 14');
const litDir = path.join(workDir, 'lit');
freshDir(litDir);
const py = JSON.stringify;
fs.writeFileSync(path.join(litDir, 'lit.site.cfg.py'), `# Written by ${path.join(here, 'emscripten-plugin.mjs')}
import os
config.wasmport_src_root = ${py(sourceDir)}
config.wasmport_obj_root = ${py(pluginBuild)}
config.wasmport_include_dir = ${py(include)}
config.wasmport_plugin = ${py(plugin)}
config.wasmport_bin_dir = ${py(path.dirname(path.resolve(args['wasmport-js'])))}
config.clang_cxx = ${py(args.clang14)}
config.wasm_cxx = ${py(`${args.clang14} ${emCflags} -std=c++17`)}
config.llvm_tools_dir = ${py(args['llvm-tools-dir'])}
config.python_executable = ${py(args.python)}
config.wasmport_lit_source_root = ${py(path.join(sourceDir, 'test/lit'))}
config.wasmport_lit_obj_root = ${py(litDir)}
lit_config.load_config(config, os.path.join(config.wasmport_lit_source_root, "lit.cfg.py"))
`);
if (!run(args.python, [args.lit, '-sv', litDir,
                       '--filter-out', '^wasmport :: (js|link|tools)/|diag-line-numbers-unchanged']))
  problem('the lit suite fails with em++\'s clang 14 and the plugin built for it');

/** The manifest fragments of a module's "wasmport" section, empty ones left out. */
function fragments(file) {
  const mod = new WebAssembly.Module(fs.readFileSync(file));
  const text = WebAssembly.Module.customSections(mod, 'wasmport')
    .map((b) => Buffer.from(b).toString('utf8')).join('');
  return [...new Set(text.split('\n').filter(Boolean))]
    .filter((f) => { const m = JSON.parse(f); return m.functions.length || m.classes.length ||
                                                      m.imports.length || m.starts.length; });
}

for (const c of cases) {
  console.log(`\n=== ${c.name}`);
  const dir = path.join(workDir, c.name);
  freshDir(dir);
  const sources = c.sources.map((s) => path.join(e2eDir, s));
  const flags = [...(c.flags ?? ['-std=c++17']), '-I', include, ...(extra[c.name] ?? [])];

  // 3. Same manifest and thunks, TU by TU, as the clang 19 plugin.
  for (const [clang, sub, cmd] of [
    ['19', 'tu-19', [args.clang19, '--target=wasm32-wasi', '--sysroot=/usr', '-I', include,
                     ...(c.flags ?? []), `-fplugin=${args.plugin19}`]],
    ['14', 'tu-14', [args.emxx, ...flags, `-fplugin=${plugin}`]]]) {
    fs.mkdirSync(path.join(dir, sub));
    for (const s of sources)
      if (!run(cmd[0], [...cmd.slice(1), '-fsyntax-only',
                        `-fplugin-arg-wasmport-manifest=${sub}`,
                        `-fplugin-arg-wasmport-thunks=${sub}`, s], { cwd: dir }))
        problem(`${c.name}: the clang ${clang} plugin failed on ${path.basename(s)}`);
  }
  for (const f of fs.readdirSync(path.join(dir, 'tu-19')).sort()) {
    const a = path.join(dir, 'tu-19', f), b = path.join(dir, 'tu-14', f);
    if (!fs.existsSync(b))
      problem(`${c.name}: em++ with the plugin wrote no ${f}`);
    else if (!fs.readFileSync(a).equals(fs.readFileSync(b)))
      problem(`${c.name}: ${f} differs between clang 19 and em++: diff ${a} ${b}`);
    else
      console.log(`same ${f}`);
  }

  // 4. The module and its packages.
  const wasm = path.join(dir, `${c.name}.wasm`);
  if (!run(args.emxx, [...flags, `-fplugin=${plugin}`, '-O1',
                       '-sSTANDALONE_WASM', '--no-entry', '-sERROR_ON_UNDEFINED_SYMBOLS=0',
                       '-sALLOW_MEMORY_GROWTH', '-sINITIAL_MEMORY=128KB', '-sTOTAL_STACK=64KB',
                       ...sources, path.join(emscriptenDir, 'notify_memory_growth.cpp'),
                       '-o', wasm], { cwd: dir })) {
    problem(`${c.name}: em++ -fplugin failed`);
    continue;
  }
  const found = fragments(wasm);
  if (found.length !== c.sources.length) {
    problem(`${c.name}: the module's "wasmport" section has ${found.length} non-empty ` +
            `manifest fragment(s), expected ${c.sources.length}: did the plugin run?`);
    continue;
  }
  if (!generatePackages(args['wasmport-js'], wasm, workDir, c, e2eDir))
    problem(`${c.name}: wasmport-js failed`);
}
finish();

// 5. The e2e tests.
console.log('\n=== the e2e tests against the em++ -fplugin packages');
if (!runE2E(sourceDir, workDir, testsOf(cases)))
  problem('the e2e tests failed against the em++ -fplugin packages');
finish();
console.log(`\n${WHO}: ok: lit compiler tests pass with em++'s clang 14; ${cases.length} ` +
            'cases built with em++ -fplugin: manifests and thunks equal clang 19\'s, e2e tests pass');
