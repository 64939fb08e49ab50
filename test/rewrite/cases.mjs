// The end-to-end cases of test/e2e, and the steps that build them outside
// the plugin: shared by the rewrite parity test (test/rewrite/parity.mjs)
// and the Emscripten test (test/emscripten/emscripten.mjs). Each step prints
// the command it runs, so a failure names the exact command to repeat.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The cases of test/e2e/CMakeLists.txt: sources, `files` copied next to
 * the generated module (ES modules it imports), and extra compile `flags`.
 * `ehRuntime`: linked with the C++ runtime built with -fwasm-exceptions
 * (scripts/eh-runtime.sh); `emscripten`: why em++ 3.1.6 cannot build the
 * case (see skipReason); `tests`: the test/e2e/*.test.mjs files run against
 * its modules, when not just its own name's.
 */
export const cases = [
  { name: 'numbers', sources: ['numbers.cpp'] },
  { name: 'strings', sources: ['strings.cpp'] },
  { name: 'classes', sources: ['classes.cpp'] },
  { name: 'overloads', sources: ['overloads.cpp'] },
  { name: 'imports', sources: ['imports.cpp'], files: ['imports-helper.js'] },
  // loaders.test.mjs loads the runtime case's packages in fresh processes.
  { name: 'runtime', sources: ['runtime.cpp'], tests: ['runtime', 'loaders'] },
  { name: 'multi_tu', sources: ['multi_tu_a.cpp', 'multi_tu_b.cpp'] },
  { name: 'terminate', sources: ['terminate.cpp'] },
  { name: 'types', sources: ['types.cpp'], flags: ['-std=c++20'] },
  { name: 'class_features', sources: ['class_features.cpp'] },
  { name: 'constants_methods', sources: ['constants_methods.cpp'], flags: ['-std=c++20'] },
  { name: 'jsvalue', sources: ['jsvalue.cpp'] },
  {
    name: 'imported_classes',
    sources: ['imported_classes.cpp', 'imported_classes_b.cpp'],
    files: ['imported-classes-counter.js'],
  },
  { name: 'callbacks', sources: ['callbacks.cpp'] },
  { name: 'promises', sources: ['promises.cpp'], flags: ['-std=c++20'] },
  { name: 'subclasses', sources: ['subclasses.cpp'] },
  { name: 'foreign_owned', sources: ['foreign_owned.cpp'] },
  { name: 'foreign_lib', sources: ['foreign_lib.cpp'] },
  { name: 'hostile_objects', sources: ['hostile_objects.cpp'], flags: ['-std=c++20'] },
  { name: 'hostile_values', sources: ['hostile_values.cpp'], flags: ['-std=c++20', '-Wl,--max-memory=67108864'],
    emscripten: 'its out-of-memory test needs a 64 MiB memory (wasm-ld --max-memory); em++ sets the maximum itself' },
  { name: 'imports_rich', sources: ['imports_rich.cpp'], flags: ['-std=c++20'] },
  { name: 'values_in_containers', sources: ['values_in_containers.cpp'], flags: ['-std=c++20'] },
  { name: 'optional_handles', sources: ['optional_handles.cpp'] },
  { name: 'maps_sets', sources: ['maps_sets.cpp'], flags: ['-std=c++20'] },
  { name: 'callback_throw_leak', sources: ['callback_throw_leak.cpp'] },
  { name: 'expected', sources: ['expected.cpp'], flags: ['-std=c++23'],
    emscripten: 'std::expected needs C++23 and libc++ 19; em++ 3.1.6 runs clang 14 with its libc++' },
  { name: 'hostile_enums', sources: ['hostile_enums.cpp'], flags: ['-std=c++23'],
    emscripten: 'its std::expected needs C++23 and libc++ 19; em++ 3.1.6 runs clang 14 with its libc++' },
  { name: 'exceptions_eh', sources: ['exceptions_eh.cpp'], flags: ['-fwasm-exceptions'], ehRuntime: true,
    emscripten: 'it links the C++ runtime of scripts/eh-runtime.sh, built for clang 19 and wasi-libc' },
];

/**
 * Why case c cannot be built (with em++ 3.1.6 when `emscripten`), or null
 * when it can. ehRuntime is the library directory of the C++ runtime with
 * wasm exception handling, '' when it is not built.
 */
export function skipReason(c, { emscripten = false, ehRuntime = '' } = {}) {
  if (emscripten && c.emscripten)
    return c.emscripten;
  if (c.ehRuntime && !ehRuntime)
    return 'no C++ runtime with wasm exception handling (scripts/eh-runtime.sh, docs/Exceptions.md)';
  return null;
}

/** The extra link flags of case c: the exception-handling runtime's. */
export function linkFlags(c, ehRuntime) {
  return c.ehRuntime ? [`-L${ehRuntime}`, '-lunwind'] : [];
}

/**
 * The cases the test `who` builds (options as for skipReason): the others
 * are reported as skipped, with the reason, on stdout.
 */
export function buildable(who, options = {}) {
  return cases.filter((c) => {
    const why = skipReason(c, options);
    if (why)
      console.log(`${who}: skipping case ${c.name}: ${why}`);
    return !why;
  });
}

/** The packages every case gets; the e2e tests load all three. */
export const targets = ['node', 'web', 'bundler'];

export function fail(who, message) {
  console.error(`${who}: FAIL: ${message}`);
  process.exit(1);
}

/** The test/e2e/*.test.mjs names that run against the modules of cases. */
export function testsOf(someCases) {
  return someCases.flatMap((c) => c.tests ?? [c.name]);
}

/** A case for every test/e2e/*.test.mjs: a new e2e case must be added here. */
export function checkCaseList(who, e2eDir) {
  const known = new Set(testsOf(cases));
  const missing = fs.readdirSync(e2eDir)
    .filter((f) => f.endsWith('.test.mjs'))
    .map((f) => f.slice(0, -'.test.mjs'.length))
    .filter((n) => !known.has(n));
  if (missing.length)
    fail(who, `test/e2e has cases this test does not know: ${missing.join(', ')} ` +
              '(add them to test/rewrite/cases.mjs)');
}

function quote(a) {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", "'\\''")}'`;
}

/**
 * Runs cmd with args in cwd, echoing it first; its output is passed through.
 * Returns true on exit status 0.
 */
export function run(cmd, args, { cwd, env } = {}) {
  console.log(`$ ${cwd ? `(cd ${quote(cwd)} && ` : ''}${[cmd, ...args].map(quote).join(' ')}${cwd ? ')' : ''}`);
  const r = spawnSync(cmd, args, { cwd, env, stdio: 'inherit' });
  if (r.error) {
    console.error(`cannot run ${cmd}: ${r.error.message}`);
    return false;
  }
  return r.status === 0;
}

/** rm -rf dir, then mkdir -p dir. */
export function freshDir(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
}

/**
 * Lays out the packages of case c from wasm as test/e2e does:
 * <buildDir>/<case>/<target>/<case>.js, with the case's files copied next to
 * it. Returns true when wasmport-js succeeded for every target.
 */
export function generatePackages(wasmportJs, wasm, buildDir, c, e2eDir) {
  let ok = true;
  for (const target of targets) {
    const out = path.join(buildDir, c.name, target);
    ok = run(wasmportJs, [wasm, '--target', target, '--out-dir', out]) && ok;
    for (const f of c.files ?? [])
      fs.copyFileSync(path.join(e2eDir, f), path.join(out, f));
  }
  return ok;
}

/**
 * Runs the e2e test files of the named cases against the packages under
 * buildDir (the harness reads WASMPORT_E2E_BUILD). True when all pass.
 */
export function runE2E(sourceDir, buildDir, names, ehRuntime = '') {
  const files = names.map((n) => `test/e2e/${n}.test.mjs`);
  console.log(`WASMPORT_E2E_BUILD=${buildDir} WASMPORT_E2E_EH_RUNTIME=${ehRuntime}`);
  return run(process.execPath, ['--expose-gc', '--test', ...files], {
    cwd: sourceDir,
    env: { ...process.env, WASMPORT_E2E_BUILD: buildDir, WASMPORT_E2E_EH_RUNTIME: ehRuntime },
  });
}
