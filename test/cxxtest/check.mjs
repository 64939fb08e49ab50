// Runs wasmport-test on runner.wasm (runner.cpp) and checks its TAP report,
// line by line where the content is fixed, and its exit status; then the
// one-line errors of bad input. Usage (test/cxxtest/CMakeLists.txt):
//   node check.mjs --runner BIN --target node|chromium --module runner.wasm
//                  --no-tests no-tests.wasm --no-plugin no-plugin.wasm
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].slice(2)] = process.argv[i + 1];

function run(...argv) {
  const r = spawnSync(args.runner, argv, { encoding: 'utf8', timeout: 240_000 });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

let checks = 0;
function has(text, pattern, what) {
  ++checks;
  if (typeof pattern === 'string' ? !text.includes(pattern) : !pattern.test(text)) {
    console.error(`FAIL: ${what}: no ${pattern} in:\n${text}`);
    process.exitCode = 1;
  }
}

const t = args.target;
const full = run(args.module, '--target', t, '--timeout', '3');
const tap = full.out;
has(tap, /^TAP version 13$/m, 'TAP header');
has(tap, /^ok 1 - passes$/m, 'passing test');
has(tap, /^    hello from passes$/m, 'stdout captured');
has(tap, /^not ok 2 - check fails$/m, 'CHECK fails');
has(tap, /location: '[^']*runner\.cpp:3[0-9]'/, 'CHECK location');
has(tap, "WASMPORT_CHECK(2 + 2 == 5) failed", 'CHECK message');
has(tap, /^    still running after CHECK$/m, 'CHECK goes on');
has(tap, /^    a line on stderr$/m, 'stderr captured');
has(tap, /^not ok 3 - checkEqShowsBoth$/m, 'CHECK_EQ fails');
has(tap, 'WASMPORT_CHECK_EQ(6 * 7, 41) failed: 42 != 41', 'CHECK_EQ values');
has(tap, 'failed: (1, 2) != (1, 3)', 'CHECK_EQ operator<<');
has(tap, 'failed: (a value of 4 bytes) != (a value of 4 bytes)', 'CHECK_EQ fallback');
has(tap, /^not ok 4 - requireStops$/m, 'REQUIRE fails');
has(tap, 'WASMPORT_REQUIRE(false) failed', 'REQUIRE message');
assert.ok(!tap.includes('not reached'), 'REQUIRE stops the test');
has(tap, /^not ok 5 - traps$/m, 'trap');
has(tap, /RuntimeError: unreachable/, 'trap message');
has(tap, /^not ok 6 - throwsJs$/m, 'JS exception');
has(tap, /^ok 7 - async passes$/m, 'async test');
has(tap, /^not ok 8 - neverSettles$/m, 'timeout');
has(tap, 'neverSettles: timed out after 3 seconds', 'timeout message');
has(tap, /^ok 9 - after the timeout$/m, 'the runner goes on after a timeout');
has(tap, /^1\.\.9$/m, 'plan');
has(tap, /\n3 passed, 6 failed\n$/, 'summary last');
++checks;
if (full.status !== 1) {
  console.error(`FAIL: exit status ${full.status}, not 1`);
  process.exitCode = 1;
}

// --filter: the passing tests only; exit 0.
const pass = run(args.module, '--target', t, '--filter', '^(passes|async)');
has(pass.out, /^ok 1 - passes$/m, 'filter 1');
has(pass.out, /^ok 2 - async passes$/m, 'filter 2');
has(pass.out, /\n2 passed, 0 failed\n$/, 'filter summary');
++checks;
if (pass.status !== 0) {
  console.error(`FAIL: filtered exit status ${pass.status}, not 0:\n${pass.out}${pass.err}`);
  process.exitCode = 1;
}

// --list: the names, one a line, in the module's order; with --filter, those
// it selects; nothing runs (no TAP), exit 0.
const list = run(args.module, '--target', t, '--list');
++checks;
const names = 'passes,check fails,checkEqShowsBoth,requireStops,traps,throwsJs,async passes,neverSettles,after the timeout';
if (list.status !== 0 || list.out !== names.split(',').join('\n') + '\n') {
  console.error(`FAIL: --list: status ${list.status}, stdout:\n${list.out}${list.err}`);
  process.exitCode = 1;
}
const listed = run(args.module, '--list', '--filter', '^check');
++checks;
if (listed.status !== 0 || listed.out !== 'check fails\ncheckEqShowsBoth\n') {
  console.error(`FAIL: --list --filter: status ${listed.status}, stdout:\n${listed.out}${listed.err}`);
  process.exitCode = 1;
}

// Bad input: one line, exit 1.
function badInput(what, r, pattern) {
  ++checks;
  const lines = r.err.trimEnd().split('\n');
  if (r.status !== 1 || lines.length !== 1 || !/^wasmport-test: error: /.test(lines[0]) ||
      !pattern.test(lines[0])) {
    console.error(`FAIL: ${what}: status ${r.status}, stderr:\n${r.err}`);
    process.exitCode = 1;
  }
}
badInput('no tests', run(args['no-tests'], '--target', t), /no \[\[wasmport::test\]\] functions/);
badInput('no plugin', run(args['no-plugin'], '--target', t), /has no 'wasmport' section/);
badInput('no plugin --list', run(args['no-plugin'], '--list'), /has no 'wasmport' section/);
badInput('no tests --list', run(args['no-tests'], '--list'), /no \[\[wasmport::test\]\] functions/);
badInput('bad option', run(args.module, '--bogus'), /unknown option '--bogus'/);
badInput('bad target', run(args.module, '--target', 'firefox'), /unknown target 'firefox'/);
badInput('bad timeout', run(args.module, '--timeout', 'x'), /--timeout 'x'/);
badInput('no match', run(args.module, '--filter', 'nothing-matches'), /no test matches/);
if (t === 'chromium') {
  const r = spawnSync(args.runner, [args.module, '--target', 'chromium'],
                      { encoding: 'utf8', env: { ...process.env, WASMPORT_CHROMIUM: '/nonexistent' } });
  badInput('no chromium', { out: r.stdout, err: r.stderr, status: r.status }, /cannot find Chromium/);
}
console.log(`${checks} checks${process.exitCode ? ', some failed' : ', all passed'}`);
