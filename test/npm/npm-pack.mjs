// The npm test: `wasmport-js --pkg` makes its output directory an npm
// package. greeter.cpp is compiled with the plugin and generated with --pkg
// --target node; the package.json files --pkg writes (and the one written
// without it) are compared with expected/; `npm pack` packs the package, a
// consumer project in a temporary directory installs the tarball (offline:
// the package has no dependencies) and imports it by name (consumer.mjs).
// docs/npm.md shows the commands.
//
//   node npm-pack.mjs --cxx CLANG++ --plugin PLUGIN.so --wasmport-js BIN
//                     --source-dir SRC --work-dir DIR [--npm NPM] [--node NODE]
//
// DIR is emptied first. WASMPORT_BLESS=1 rewrites expected/ from this run.
// Exits 0 when every check holds, 1 otherwise.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';

function fail(message) {
  console.error(`npm test: FAIL: ${message}`);
  process.exit(1);
}

const { values: args } = parseArgs({
  options: {
    'cxx': { type: 'string' },
    'plugin': { type: 'string' },
    'wasmport-js': { type: 'string' },
    'source-dir': { type: 'string' },
    'work-dir': { type: 'string' },
    'npm': { type: 'string', default: 'npm' },
    'node': { type: 'string', default: process.execPath },
  },
});
for (const name of ['cxx', 'plugin', 'wasmport-js', 'source-dir', 'work-dir'])
  if (!args[name]) fail(`--${name} is required`);
const src = path.resolve(args['source-dir']);
const work = path.resolve(args['work-dir']);
const here = path.join(src, 'test/npm');
const wasmportJs = args['wasmport-js'];

/** Runs a command, echoing it; fails the test on a non-zero exit unless told. */
const shellQuote = (a) => /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", "'\\''")}'`;
function run(argv, { cwd = undefined, status = 0, quiet = false } = {}) {
  const line = argv.map(shellQuote).join(' ');
  console.log(`$ ${cwd ? `(cd ${cwd} && ${line})` : line}`);
  const r = spawnSync(argv[0], argv.slice(1), { cwd, encoding: 'utf8' });
  if (r.stdout && !quiet) process.stdout.write(r.stdout);
  if (r.stderr && !quiet) process.stderr.write(r.stderr);
  if (r.error) fail(`${argv[0]}: ${r.error.message}`);
  if (status !== null && r.status !== status)
    fail(`\`${argv.join(' ')}\` exited with ${r.status ?? r.signal}, not ${status}\n${r.stderr}`);
  return r;
}

const failures = [];
function expect(what, actual, expected) {
  if (!isDeepStrictEqual(actual, expected))
    failures.push(`${what}:\n      expected ${JSON.stringify(expected)}\n      actual   ${JSON.stringify(actual)}`);
}
/** file's text equals expected/NAME (rewritten under WASMPORT_BLESS=1). */
function expectGolden(file, name) {
  const golden = path.join(here, 'expected', name);
  const actual = fs.readFileSync(file, 'utf8');
  if (process.env.WASMPORT_BLESS === '1') {
    fs.writeFileSync(golden, actual);
    return;
  }
  const wanted = fs.existsSync(golden) ? fs.readFileSync(golden, 'utf8') : '(missing)';
  if (actual !== wanted)
    failures.push(`${file} differs from ${golden} (WASMPORT_BLESS=1 rewrites it):\n` +
                  `--- expected\n${wanted}--- actual\n${actual}`);
}

// --- Generate ---------------------------------------------------------------
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });
const cxx = [args.cxx, '--target=wasm32-wasi', '--sysroot=/usr', `-I${path.join(src, 'include')}`,
             `-fplugin=${args.plugin}`];
run([...cxx, '-mexec-model=reactor', '-O1', path.join(here, 'greeter.cpp'), '-o', path.join(work, 'greeter.wasm')]);
const pkg = path.join(work, 'pkg');
run([wasmportJs, path.join(work, 'greeter.wasm'), '--target', 'node', '--out-dir', pkg,
     '--pkg', '--pkg-name', '@wasmport-test/greeter', '--pkg-version', '1.2.3']);
fs.copyFileSync(path.join(here, 'greeter-helper.js'), path.join(pkg, 'greeter-helper.js'));
expectGolden(path.join(pkg, 'package.json'), 'node.package.json');

// --- package.json with and without --pkg -------------------------------------
// Defaults (name from the output name, version 0.0.0), --no-typescript, web.
run([wasmportJs, path.join(work, 'greeter.wasm'), '--target', 'web', '--out-dir', path.join(work, 'web'),
     '--pkg', '--no-typescript']);
expectGolden(path.join(work, 'web/package.json'), 'web-no-typescript.package.json');
// Without --pkg: the minimal package.json of DESIGN.md 1.2, unchanged.
run([wasmportJs, path.join(work, 'greeter.wasm'), '--target', 'bundler', '--out-dir', path.join(work, 'bundler')]);
expectGolden(path.join(work, 'bundler/package.json'), 'minimal.package.json');
// A manifest as input (the user provides plain.wasm) and no ES-module
// imports: a web package with no side effects.
for (const stem of ['plain', 'outside'])
  run([...cxx, '-c', path.join(here, `${stem}.cpp`), '-o', path.join(work, `${stem}.o`),
       `-fplugin-arg-wasmport-manifest=${path.join(work, `${stem}.wasmport.json`)}`]);
run([wasmportJs, path.join(work, 'plain.wasmport.json'), '--target', 'web', '--out-dir', path.join(work, 'plain'),
     '--pkg', '--pkg-version', '0.1.0-rc.1+build.5']);
expectGolden(path.join(work, 'plain/package.json'), 'plain.package.json');

// Errors: one line, status 1, nothing written.
const greeterWasm = path.join(work, 'greeter.wasm');
for (const [extra, message] of [
  [['--pkg-name', 'greeter'], '--pkg-name needs --pkg'],
  [['--pkg-version', '1.0.0'], '--pkg-version needs --pkg'],
  [['--pkg', '--pkg-name', 'Greeter'],
   "'Greeter' is not a valid npm package name (lowercase letters, digits, '-', '.', '_', optionally '@scope/')"],
  [['--pkg', '--out-name', 'My Greeter'],
   "'my greeter' is not a valid npm package name (lowercase letters, digits, '-', '.', '_', optionally '@scope/'); choose one with --pkg-name"],
  [['--pkg', '--pkg-version', '1.0'], "'1.0' is not a version like 1.2.3"],
]) {
  const out = path.join(work, 'error');
  const r = run([wasmportJs, greeterWasm, '--out-dir', out, ...extra], { status: 1, quiet: true });
  expect(`stderr of wasmport-js ${extra.join(' ')}`, r.stderr, `wasmport-js: error: ${message}\n`);
  expect(`${out} after wasmport-js ${extra.join(' ')}`, fs.existsSync(out), false);
}
{
  const out = path.join(work, 'error');
  const r = run([wasmportJs, path.join(work, 'outside.wasmport.json'), '--out-dir', out, '--pkg'],
                { status: 1, quiet: true });
  expect('stderr of wasmport-js --pkg with an import from ../outside.js', r.stderr,
         "wasmport-js: error: with --pkg, the import from '../outside.js' points outside the package; " +
         'put that module inside --out-dir\n');
  expect(`${out} after the import from ../outside.js`, fs.existsSync(out), false);
}

// --- npm pack ----------------------------------------------------------------
const packed = run([args.npm, 'pack', '--json', '--pack-destination', work], { cwd: pkg, quiet: true });
let pack;
try {
  [pack] = JSON.parse(packed.stdout);
} catch (e) {
  fail(`npm pack --json printed no JSON (${e.message}): ${packed.stdout}`);
}
const tarball = path.join(work, pack.filename);
console.log(`${tarball}: ${pack.files.map((f) => f.path).join(', ')}`);
expect('the tarball', pack.filename, 'wasmport-test-greeter-1.2.3.tgz');
expect('the files in the tarball', pack.files.map((f) => f.path).sort(),
       ['greeter-helper.js', 'greeter.d.ts', 'greeter.js', 'greeter.wasm', 'package.json']);

// --- A consumer installs it and imports it by name ----------------------------
const consumer = fs.mkdtempSync(path.join(os.tmpdir(), 'wasmport-npm-consumer-'));
fs.writeFileSync(path.join(consumer, 'package.json'),
                 JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2) + '\n');
fs.copyFileSync(path.join(here, 'consumer.mjs'), path.join(consumer, 'consumer.mjs'));
run([args.npm, 'install', '--no-audit', '--no-fund', '--offline', tarball], { cwd: consumer });
const installed = path.join(consumer, 'node_modules/@wasmport-test/greeter');
expect('the installed package', fs.existsSync(installed) ? fs.readdirSync(installed).sort() : null,
       ['greeter-helper.js', 'greeter.d.ts', 'greeter.js', 'greeter.wasm', 'package.json']);
// npm records the tarball by a relative path.
const dependencies = JSON.parse(fs.readFileSync(path.join(consumer, 'package.json'), 'utf8')).dependencies;
expect('the consumer\'s dependency on the tarball',
       Object.keys(dependencies ?? {}).length === 1 &&
       /^file:.*\/wasmport-test-greeter-1\.2\.3\.tgz$/.test(dependencies['@wasmport-test/greeter']), true);
const consumed = run([args.node, 'consumer.mjs'], { cwd: consumer, status: null });
expect('node consumer.mjs exit status', consumed.status, 0);
expect('node consumer.mjs output', consumed.stdout, 'consumer: ok\n');

if (failures.length > 0) {
  console.error(`npm test: FAIL: ${failures.length} expectation(s) not met (consumer kept in ${consumer}):`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
fs.rmSync(consumer, { recursive: true, force: true });
console.log('npm test: ok');
