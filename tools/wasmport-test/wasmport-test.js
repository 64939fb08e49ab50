#!/usr/bin/env node
// wasmport-test - runs the [[wasmport::test]] functions of a module
//
// wasmport-test MODULE.wasm [--target node|chromium] [--filter REGEX]
//               [--timeout SECONDS] [--list]
//
// Generates the glue with `wasmport-js --tests` (found next to this script,
// or $WASMPORT_JS), runs every test (or those whose name matches --filter)
// each in a fresh instance: in Node, one child process per test; in
// Chromium, one page load per test, served from 127.0.0.1. A failed check
// (<wasmport/test.h> writes a `##wasmport-test-failure##` line to stderr), a
// trap, an uncaught exception, a crash or a promise not settled after
// --timeout seconds fails that test only. Prints TAP as `node --test` does,
// each test's captured stdout and stderr in its YAML block, and last the line
// `N passed, M failed`; exits 0 only if none failed. Bad input: one line
// `wasmport-test: error: ...` and exit 1. --list prints the names of the
// tests (those --filter selects), one a line, and runs none: CTest's
// discovery (cmake/WasmPortTestDiscovery.cmake) reads it.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const FAILURE = '##wasmport-test-failure## ';
const ERROR = '##wasmport-test-error## ';
const PASSED = '##wasmport-test-passed##';

function fail(message) {
  process.stderr.write(`wasmport-test: error: ${String(message).split('\n')[0]}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  const opts = { module: null, target: 'node', filter: null, timeout: 30, list: false };
  for (let i = 0; i < argv.length; ++i) {
    const arg = argv[i];
    const value = (name) => {
      const eq = arg.indexOf('=');
      if (eq >= 0) return arg.slice(eq + 1);
      if (i + 1 >= argv.length) fail(`${name} needs a value`);
      return argv[++i];
    };
    const name = arg.split('=')[0];
    if (name === '--target') {
      opts.target = value(name);
      if (opts.target !== 'node' && opts.target !== 'chromium')
        fail(`unknown target '${opts.target}'; use node or chromium`);
    } else if (name === '--filter') {
      const text = value(name);
      try {
        opts.filter = new RegExp(text);
      } catch (e) {
        fail(`--filter '${text}' is not a regular expression: ${e.message}`);
      }
    } else if (name === '--timeout') {
      const text = value(name);
      opts.timeout = Number(text);
      if (!/^[0-9]+(\.[0-9]+)?$/.test(text) || !(opts.timeout > 0))
        fail(`--timeout '${text}' is not a positive number of seconds`);
    } else if (arg === '--list') {
      opts.list = true;
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: wasmport-test MODULE.wasm [--target node|chromium] ' +
                           '[--filter REGEX] [--timeout SECONDS] [--list]\n');
      process.exit(0);
    } else if (arg.startsWith('-')) {
      fail(`unknown option '${arg}'; usage: wasmport-test MODULE.wasm ` +
           '[--target node|chromium] [--filter REGEX] [--timeout SECONDS]');
    } else if (opts.module) {
      fail(`more than one module: '${opts.module}' and '${arg}'`);
    } else {
      opts.module = arg;
    }
  }
  if (!opts.module)
    fail('no module; usage: wasmport-test MODULE.wasm [--target node|chromium] ' +
         '[--filter REGEX] [--timeout SECONDS]');
  if (!fs.existsSync(opts.module)) fail(`cannot read '${opts.module}': no such file`);
  return opts;
}

function findWasmportJs() {
  if (process.env.WASMPORT_JS) return process.env.WASMPORT_JS;
  const here = path.join(__dirname, 'wasmport-js');
  if (fs.existsSync(here)) return here;
  fail(`cannot find wasmport-js next to ${__filename}; set WASMPORT_JS`);
}

/** Runs wasmport-js --tests; returns { dir, glue, tests }. */
function generate(opts, dir) {
  const name = 'module';
  const args = [opts.module, '--tests', '--no-typescript', '--out-dir', dir,
                '--out-name', name, '--target', opts.target === 'node' ? 'node' : 'web'];
  const r = spawnSync(findWasmportJs(), args, { encoding: 'utf8' });
  if (r.error) fail(`cannot run wasmport-js: ${r.error.message}`);
  if (r.status !== 0) {
    const line = (r.stderr || '').trim().split('\n').pop() || 'wasmport-js failed';
    fail(line.replace(/^wasmport-js: error: /, ''));
  }
  const tests = JSON.parse(fs.readFileSync(path.join(dir, `${name}.tests.json`), 'utf8'));
  return { glue: path.join(dir, `${name}.js`), tests };
}

/** What a test's captured stderr says: its failures, and the rest. */
function splitStderr(text) {
  const failures = [];
  const errors = [];
  const rest = [];
  for (const line of text.split('\n')) {
    const f = line.indexOf(FAILURE);
    const e = line.indexOf(ERROR);
    if (f >= 0) failures.push(line.slice(f + FAILURE.length));
    else if (e >= 0) errors.push(line.slice(e + ERROR.length));
    else rest.push(line);
  }
  while (rest.length && rest[rest.length - 1] === '') rest.pop();
  return { failures, errors, rest: rest.join('\n') };
}

/** The child that runs one test in Node: a fresh process, a fresh instance. */
const NODE_CHILD = `
const [glue, js, isAsync] = process.argv.slice(-3);
const { pathToFileURL } = await import('node:url');
let settled = false;
process.on('exit', (code) => {
  if (!settled && code === 13)
    process.stderr.write(${JSON.stringify(ERROR)} + 'the test\\'s promise never settled\\n');
});
try {
  const m = await import(pathToFileURL(glue).href);
  const r = m[js]();
  if (isAsync === '1') await r;
  settled = true;
  process.stdout.write('\\n' + ${JSON.stringify(PASSED)} + '\\n');
} catch (e) {
  settled = true;
  const text = e instanceof Error ? e.name + ': ' + e.message : 'uncaught ' + String(e);
  process.stderr.write(${JSON.stringify(ERROR)} + text.replace(/\\n/g, ' ') + '\\n');
  process.exitCode = 1;
}
`;

function runNode(gen, test, opts, dir) {
  const child = path.join(dir, 'run-one.mjs');
  if (!fs.existsSync(child)) fs.writeFileSync(child, NODE_CHILD);
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [child, gen.glue, test.js, test.async ? '1' : '0'],
                      { encoding: 'utf8', timeout: opts.timeout * 1000, killSignal: 'SIGKILL',
                        maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let stdout = r.stdout || '';
  const passedMark = stdout.lastIndexOf(PASSED);
  const reachedEnd = passedMark >= 0;
  if (reachedEnd) stdout = stdout.slice(0, passedMark).replace(/\n$/, '');
  const { failures, errors, rest } = splitStderr(r.stderr || '');
  let timedOut = r.error && r.error.code === 'ETIMEDOUT';
  if (!timedOut && r.signal) errors.push(`the test's process was killed by ${r.signal}`);
  else if (!timedOut && !reachedEnd && !errors.length)
    errors.push(`the test's process exited with status ${r.status}`);
  return { ms, stdout: stdout.replace(/\n+$/, ''), stderr: rest, failures, errors,
           timedOut, passed: reachedEnd && !failures.length && r.status === 0 };
}

function yamlString(s) {
  return "'" + s.replace(/'/g, "''") + "'";
}

function yamlBlock(key, text) {
  if (!text) return [];
  return [`  ${key}: |-`, ...text.split('\n').map((l) => `    ${l}`)];
}

function report(n, test, res, opts) {
  const lines = [`# Subtest: ${test.name}`];
  lines.push(`${res.passed ? 'ok' : 'not ok'} ${n} - ${test.name}`);
  lines.push('  ---');
  lines.push(`  duration_ms: ${res.ms.toFixed(3)}`);
  if (!res.passed) {
    const messages = [];
    let location = `${test.file}:${test.line}`;
    for (const f of res.failures) {
      const m = /^(.*?:[0-9]+): (.*)$/.exec(f);
      if (messages.length === 0 && m) location = m[1];
      messages.push(f);
    }
    if (res.timedOut)
      messages.push(`${test.name}: timed out after ${opts.timeout} seconds ` +
                    '(its promise never settled)');
    for (const e of res.errors) messages.push(e);
    if (!messages.length) messages.push('the test failed');
    lines.push(`  location: ${yamlString(location)}`);
    lines.push(`  failureType: ${yamlString(res.timedOut ? 'testTimeoutFailure' : 'testCodeFailure')}`);
    lines.push(`  error: ${yamlString(messages.join('; '))}`);
    if (messages.length > 1) lines.push(...yamlBlock('failures', messages.join('\n')));
  }
  lines.push(...yamlBlock('stdout', res.stdout));
  lines.push(...yamlBlock('stderr', res.stderr));
  lines.push('  ...');
  process.stdout.write(lines.join('\n') + '\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wasmport-test-'));
  try {
    let chromium = null;
    if (opts.target === 'chromium' && !opts.list) {
      chromium = require(path.join(__dirname, '..', 'share', 'wasmport', 'test',
                                   'wasmport-test-chromium.js'));
      if (!chromium.findChromium())
        fail('cannot find Chromium: install chromium or set WASMPORT_CHROMIUM');
    }
    const gen = generate(opts, dir);
    const tests = gen.tests.filter((t) => !opts.filter || opts.filter.test(t.name));
    if (!tests.length) fail(`no test matches --filter ${opts.filter}`);
    if (opts.list) {
      process.stdout.write(tests.map((t) => `${t.name}\n`).join(''));
      return;
    }
    process.stdout.write('TAP version 13\n');
    let passed = 0;
    let failed = 0;
    let session = null;
    if (chromium) session = await chromium.start(dir, gen, opts);
    try {
      for (let i = 0; i < tests.length; ++i) {
        const res = chromium ? await session.run(tests[i])
                             : runNode(gen, tests[i], opts, dir);
        report(i + 1, tests[i], res, opts);
        if (res.passed) ++passed;
        else ++failed;
      }
    } finally {
      if (session) await session.close();
    }
    process.stdout.write(`1..${tests.length}\n# tests ${tests.length}\n# pass ${passed}\n` +
                         `# fail ${failed}\n${passed} passed, ${failed} failed\n`);
    process.exitCode = failed ? 1 : 0;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => fail(e && e.message ? e.message : String(e)));
