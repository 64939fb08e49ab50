// The browser test driver: serves index.html and the `--target web` package
// of browser.cpp on 127.0.0.1, loads the page in headless Chromium (driven
// over --remote-debugging-pipe), and checks the JSON summary the page writes
// into <pre id="result">. Exits 0 when every expectation holds, 1 otherwise.
//
//   node run.mjs --page-dir DIR --pkg-dir DIR
//
// --page-dir holds index.html and page.mjs (served at /), --pkg-dir the
// generated package (served at /pkg/). The browser is `chromium` from PATH,
// or $WASMPORT_CHROMIUM. A missing browser is a failure, not a skip. Serving
// and driving Chromium live in chromium.mjs, shared with the Vite test.
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

import { findChromium, loadPage, serve } from './chromium.mjs';

const TIMEOUT_MS = 60_000;
const here = path.dirname(fileURLToPath(import.meta.url));

function fail(message) {
  console.error(`browser test: FAIL: ${message}`);
  process.exit(1);
}

const { values: args } = parseArgs({
  options: {
    'page-dir': { type: 'string', default: here },
    'pkg-dir': { type: 'string', default: path.join(here, '../../build/test/browser/pkg') },
  },
});
const pageDir = path.resolve(args['page-dir']);
const pkgDir = path.resolve(args['pkg-dir']);
if (!fs.existsSync(path.join(pkgDir, 'browser.js')))
  fail(`${pkgDir}/browser.js is missing: build first (ninja -C build)`);

const chromium = findChromium();
if (!chromium)
  fail('chromium is not installed: apt-get install chromium (scripts/setup.sh installs it), ' +
       'or set WASMPORT_CHROMIUM to a Chromium binary');

// index.html and page.mjs at /, the generated package at /pkg/.
const server = await serve({ '/': pageDir, '/pkg/': pkgDir });
const { served } = server;
const pageUrl = server.url + 'index.html';
const started = Date.now();
const run = await loadPage(chromium, pageUrl, { timeoutMs: TIMEOUT_MS });
const elapsed = ((Date.now() - started) / 1000).toFixed(1);
await server.close();
const { console: consoleMessages, exceptions } = run;

const diagnostics = () =>
  `\n  chromium: ${chromium} ${run.args.join(' ')}` +
  `\n  requests:\n    ${served.join('\n    ') || '(none)'}` +
  `\n  console:\n    ${consoleMessages.join('\n    ') || '(nothing)'}` +
  `\n  uncaught exceptions:\n    ${exceptions.join('\n    ') || '(none)'}` +
  `\n  chromium stderr (last lines, D-Bus noise left out):\n    ${run.stderr.split('\n').join('\n    ') || '(nothing)'}`;

if (run.timedOut) fail(`the page did not finish within ${TIMEOUT_MS / 1000} s; chromium was killed${diagnostics()}`);
if (run.error) fail(`driving ${chromium}: ${run.error.message}${diagnostics()}`);
if (run.text === null) fail(`chromium exited (${run.code ?? run.signal}) before the page finished${diagnostics()}`);

// --- The page's summary --------------------------------------------------
let results;
try {
  results = JSON.parse(run.text);
} catch (e) {
  fail(`the results are not JSON (${e.message}): ${run.text.slice(0, 2000)}${diagnostics()}`);
}
if (results.exception) fail(`the page threw: ${results.exception}${diagnostics()}`);
if (!results.done) fail(`the page did not finish: ${JSON.stringify(results)}${diagnostics()}`);

// --- Expectations --------------------------------------------------------
const failures = [];
function expect(what, actual, expected) {
  if (!isDeepStrictEqual(actual, expected))
    failures.push(`${what}:\n      expected ${JSON.stringify(expected)}\n      actual   ${JSON.stringify(actual)}`);
}
const error = (name, message) =>
  ({ name, isTypeError: name === 'TypeError', isError: true, message });

expect('greet("Ada")', results.greet, 'Hello, Ada!');
expect('greet with non-ASCII', results.greetNonAscii, 'Hello, Zoë, 日本語 🎉!');
expect('greet("")', results.greetEmpty, 'Hello, !');
expect('Counter(41) after increment()', results.counterValue, 42);
expect('Counter after a second increment()', results.counterValueAgain, 43);
expect('using a freed Counter', results.freedError,
       error('Error', 'Counter.value: Counter object used after free()'));
expect('using a Counter after [Symbol.dispose]()', results.disposedError,
       error('Error', 'Counter.increment: Counter object used after free()'));
expect('greet(42)', results.wrongArgumentError,
       error('TypeError', "greet: argument 'name' must be a string, got 42"));
expect('new Counter("seven")', results.wrongConstructorArgumentError,
       error('TypeError', "new Counter: argument 'Start' must be an integer from -2147483648 to 2147483647, got \"seven\""));
expect('Counter.prototype.value.call({})', results.wrongThisError,
       error('TypeError', "Counter.value: 'this' is not a Counter"));
expect('#status before report()', results.statusBefore, 'not run');
expect('#status after report() (C++ → page-helpers.js → DOM)', results.statusAfter, 'status: café ✓');
expect('live objects after free()', results.liveObjects, 0);
expect('init() forms', results.initForms, {
  fetchPromise: 'Hello, fetch promise!',
  response: 'Hello, Response!',
  urlString: 'Hello, URL string!',
  module: 'Hello, WebAssembly.Module!',
  initSync: 'Hello, initSync! 0',
});
expect('greet on the first instance after the others', results.greetAfterForms, 'Hello, again!');
// init(), init(fetch(...)), init(Response) and init({module_or_path}) stream;
// the WebAssembly.Module and initSync forms do not.
const streamed = { path: '/pkg/browser.wasm', contentType: 'application/wasm' };
expect('WebAssembly.instantiateStreaming calls', results.streaming,
       [streamed, streamed, streamed, streamed]);
expect('console.log output (C++ printf)', results.logs, ['report: café ✓']);
expect('the browser console', consoleMessages, ['log: report: café ✓']);
expect('uncaught exceptions', exceptions, []);
expect('Content-Security-Policy violations', results.violations, []);
expect('page errors', results.pageErrors, []);
expect('the .wasm was served as application/wasm',
       served.includes('GET /pkg/browser.wasm 200 application/wasm'), true);

if (failures.length > 0) {
  console.error(`browser test: FAIL: ${failures.length} expectation(s) not met in ${chromium}:`);
  for (const f of failures) console.error(`  - ${f}`);
  console.error(`  results: ${JSON.stringify(results)}${diagnostics()}`);
  process.exit(1);
}
console.log(`browser test: ok (${chromium}, ${served.length} requests, ${elapsed} s)`);
