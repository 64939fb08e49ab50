// The Vite test: app.cpp is compiled with the plugin, turned into a
// `--target bundler` package by wasmport-js inside a small page project
// (index.html, main.js, probe.js, vite.config.js, with vite pinned by
// package.json and package-lock.json), `vite build` builds the page, and the
// built dist/ is served on 127.0.0.1 and loaded in headless Chromium, which
// must run it: strings, a class, an import from an ES module bundled with
// the glue, a global import, printf, and the .wasm Vite emitted as an asset
// and instantiated through top-level await. docs/Vite.md shows the commands.
//
//   node vite.mjs --cxx CLANG++ --plugin PLUGIN.so --wasmport-js BIN
//                 --source-dir SRC --work-dir DIR [--npm NPM]
//
// DIR is emptied first. Exits 0 when every check holds, 1 otherwise.
// Chromium missing is a failure, not a skip (scripts/setup.sh installs it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';

import { findChromium, loadPage, serve } from '../browser/chromium.mjs';

function fail(message) {
  console.error(`vite test: FAIL: ${message}`);
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
  },
});
for (const name of ['cxx', 'plugin', 'wasmport-js', 'source-dir', 'work-dir'])
  if (!args[name]) fail(`--${name} is required`);
const src = path.resolve(args['source-dir']);
const work = path.resolve(args['work-dir']);
const here = path.join(src, 'test/vite');
// npx is next to npm (Debian's npm package and Node's own layout alike).
const npm = args.npm;
const npxNextToNpm = path.join(path.dirname(npm), 'npx');
const npx = path.isAbsolute(npm) && fs.existsSync(npxNextToNpm) ? npxNextToNpm : 'npx';

const chromium = findChromium();
if (!chromium)
  fail('chromium is not installed, so the page Vite built cannot be tested in a browser.\n' +
       '  Install it: apt-get install chromium   (scripts/setup.sh installs it),\n' +
       '  or point WASMPORT_CHROMIUM at a Chromium binary.');

/** Runs a command, echoing it; fails the test on a non-zero exit. */
const shellQuote = (a) => /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", "'\\''")}'`;
function run(argv, { cwd = undefined } = {}) {
  const line = argv.map(shellQuote).join(' ');
  console.log(`$ ${cwd ? `(cd ${cwd} && ${line})` : line}`);
  const r = spawnSync(argv[0], argv.slice(1), { cwd, encoding: 'utf8' });
  if (r.stdout) process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  if (r.error) fail(`${argv[0]}: ${r.error.message}`);
  if (r.status !== 0) fail(`\`${argv.join(' ')}\` exited with ${r.status ?? r.signal}`);
  return r;
}

// --- Build ----------------------------------------------------------------
fs.rmSync(work, { recursive: true, force: true });
const page = path.join(work, 'page');
fs.mkdirSync(page, { recursive: true });
const wasm = path.join(work, 'app.wasm');
run([args.cxx, '--target=wasm32-wasi', '--sysroot=/usr', `-I${path.join(src, 'include')}`,
     `-fplugin=${args.plugin}`, '-mexec-model=reactor', '-O1', path.join(here, 'app.cpp'), '-o', wasm]);
const pkg = path.join(page, 'pkg');
run([args['wasmport-js'], wasm, '--target', 'bundler', '--out-dir', pkg]);
// The ES module app.cpp imports from goes next to the generated module; the
// page project around it.
fs.copyFileSync(path.join(here, 'dom-helpers.js'), path.join(pkg, 'dom-helpers.js'));
for (const f of ['package.json', 'package-lock.json', 'vite.config.js', 'index.html', 'main.js', 'probe.js'])
  fs.copyFileSync(path.join(here, f), path.join(page, f));
run([npm, 'ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: page });
const build = run([npx, 'vite', 'build'], { cwd: page });

// --- The build ------------------------------------------------------------
const failures = [];
function expect(what, actual, expected) {
  if (!isDeepStrictEqual(actual, expected))
    failures.push(`${what}:\n      expected ${JSON.stringify(expected)}\n      actual   ${JSON.stringify(actual)}`);
}

// Vite warns on stderr (npx adds its own "npm warn" lines about npm's
// configuration: not Vite's).
const viteWarnings = build.stderr.split('\n')
    .filter((line) => line.trim() && !/^npm warn/i.test(line));
expect('warnings from vite build', viteWarnings, []);

const dist = path.join(page, 'dist');
const assets = fs.readdirSync(path.join(dist, 'assets')).sort();
const wasmAssets = assets.filter((f) => f.endsWith('.wasm'));
expect('.wasm assets in dist/assets (app-<hash>.wasm)',
       wasmAssets.length === 1 && /^app-[\w-]+\.wasm$/.test(wasmAssets[0]), true);
const wasmAsset = wasmAssets[0] ?? 'app-(missing).wasm';
if (wasmAssets.length === 1)
  expect(`dist/assets/${wasmAsset} is the generated app.wasm`,
         fs.readFileSync(path.join(dist, 'assets', wasmAsset)).equals(fs.readFileSync(path.join(pkg, 'app.wasm'))),
         true);
const chunks = assets.filter((f) => f.endsWith('.js'));
const chunkText = chunks.map((f) => fs.readFileSync(path.join(dist, 'assets', f), 'utf8')).join('\n');
expect(`the built JS refers to ${wasmAsset}`, chunkText.includes(wasmAsset), true);
expect('the built JS has no browser stub of a Node module',
       assets.filter((f) => f.includes('browser-external')), []);

// --- The page in Chromium -------------------------------------------------
const server = await serve(dist);
const started = Date.now();
const loaded = await loadPage(chromium, server.url);
const elapsed = ((Date.now() - started) / 1000).toFixed(1);
await server.close();
const diagnostics = () =>
  `\n  chromium: ${chromium} ${loaded.args.join(' ')}` +
  `\n  requests:\n    ${server.served.join('\n    ') || '(none)'}` +
  `\n  console:\n    ${loaded.console.join('\n    ') || '(nothing)'}` +
  `\n  uncaught exceptions:\n    ${loaded.exceptions.join('\n    ') || '(none)'}` +
  `\n  chromium stderr (last lines, D-Bus noise left out):\n    ${loaded.stderr.replaceAll('\n', '\n    ') || '(nothing)'}`;
if (loaded.timedOut) fail(`the page did not finish in time; chromium was killed${diagnostics()}`);
if (loaded.error) fail(`driving ${chromium}: ${loaded.error.message}${diagnostics()}`);
if (loaded.text === null) fail(`chromium exited (${loaded.code ?? loaded.signal}) before the page finished${diagnostics()}`);
let results;
try {
  results = JSON.parse(loaded.text);
} catch (e) {
  fail(`the results are not JSON (${e.message}): ${loaded.text.slice(0, 2000)}${diagnostics()}`);
}
if (results.exception) fail(`the page threw: ${results.exception}${diagnostics()}`);
if (!results.done) fail(`the page did not finish: ${JSON.stringify(results)}${diagnostics()}`);

expect('greet("Vite")', results.greet, 'Hello, Vite!');
expect('greet with non-ASCII', results.greetNonAscii, 'Hello, Zoë, 日本語 🎉!');
expect('Counter(41) after increment()', results.counterValue, 42);
expect('using a freed Counter', results.freedError,
       { name: 'Error', isTypeError: false, message: 'Counter.value: Counter object used after free()' });
expect('greet(42)', results.wrongArgumentError,
       { name: 'TypeError', isTypeError: true, message: "greet: argument 'name' must be a string, got 42" });
expect('#status before report()', results.statusBefore, 'not run');
expect('#status after report() (C++ → dom-helpers.js, viteHost.suffix → DOM)',
       results.statusAfter, 'status: café ✓ (wasmport Vite test)');
expect('live objects after free()', results.liveObjects, 0);
expect('WebAssembly.instantiateStreaming calls (the asset, at import)', results.streaming,
       [{ path: `/assets/${wasmAsset}`, contentType: 'application/wasm' }]);
expect('console.log output (C++ printf)', results.logs, ['report: café ✓']);
expect('the browser console', loaded.console, ['log: report: café ✓']);
expect('uncaught exceptions', loaded.exceptions, []);
expect('Content-Security-Policy violations', results.violations, []);
expect('page errors', results.pageErrors, []);
// Chromium asks for /favicon.ico on its own; the page has none.
expect('requests that failed',
       server.served.filter((r) => !/ 200 /.test(r) && !r.startsWith('GET /favicon.ico ')), []);
expect(`the .wasm was served as application/wasm`,
       server.served.includes(`GET /assets/${wasmAsset} 200 application/wasm`), true);

if (failures.length > 0) {
  console.error(`vite test: FAIL: ${failures.length} expectation(s) not met:`);
  for (const f of failures) console.error(`  - ${f}`);
  console.error(`  results: ${JSON.stringify(results)}${diagnostics()}`);
  process.exit(1);
}
console.log(`vite test: ok (${chromium}, ${server.served.length} requests, ${elapsed} s)`);
