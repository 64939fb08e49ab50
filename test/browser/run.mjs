// The browser test driver: serves index.html and the `--target web` package
// of browser.cpp on 127.0.0.1, loads the page in headless Chromium (driven
// over --remote-debugging-pipe), and checks the JSON summary the page writes
// into <pre id="result">. Exits 0 when every expectation holds, 1 otherwise.
//
//   node run.mjs --page-dir DIR --pkg-dir DIR
//
// --page-dir holds index.html and page.mjs (served at /), --pkg-dir the
// generated package (served at /pkg/). The browser is `chromium` from PATH,
// or $WASMPORT_CHROMIUM. A missing browser is a failure, not a skip.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

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

// --- The browser ---------------------------------------------------------
function findChromium() {
  const explicit = process.env.WASMPORT_CHROMIUM;
  if (explicit) {
    if (!fs.existsSync(explicit)) fail(`WASMPORT_CHROMIUM=${explicit} does not exist`);
    return explicit;
  }
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = path.join(dir || '.', name);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        return candidate;
      } catch {}
    }
  }
  fail('chromium is not installed, so the generated web module cannot be tested in a browser.\n' +
       '  Install it: apt-get install chromium   (scripts/setup.sh installs it),\n' +
       '  or point WASMPORT_CHROMIUM at a Chromium binary.');
}
const chromium = findChromium();

// --- The server ----------------------------------------------------------
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm', // exactly this, or instantiateStreaming refuses
  '.ts': 'text/plain; charset=utf-8',
};
// Scripts from this origin and WebAssembly compilation only: no eval, no
// inline script. The glue must work under it (DESIGN.md 1.3).
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'";

const served = []; // "GET /pkg/browser.wasm 200 application/wasm"

function resolveRequest(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded === '/') decoded = '/index.html';
  const [root, rest] = decoded.startsWith('/pkg/')
      ? [pkgDir, decoded.slice('/pkg/'.length)]
      : [pageDir, decoded.slice(1)];
  const file = path.resolve(root, rest);
  if (!file.startsWith(root + path.sep)) return null; // no escaping the roots
  return file;
}

const server = http.createServer((req, res) => {
  const urlPath = new URL(req.url, 'http://127.0.0.1').pathname;
  const file = req.method === 'GET' || req.method === 'HEAD' ? resolveRequest(urlPath) : null;
  let body = null;
  if (file) {
    try {
      if (fs.statSync(file).isFile()) body = fs.readFileSync(file);
    } catch {}
  }
  if (body === null) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('not found\n');
    served.push(`${req.method} ${req.url} 404`);
    return;
  }
  const type = MIME[path.extname(file)] || 'application/octet-stream';
  const headers = {
    'Content-Type': type,
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  };
  if (type.startsWith('text/html')) headers['Content-Security-Policy'] = CSP;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
  served.push(`${req.method} ${req.url} 200 ${type}`);
});
await new Promise((resolve, reject) => {
  server.once('error', reject);
  server.listen(0, '127.0.0.1', resolve);
});
const pageUrl = `http://127.0.0.1:${server.address().port}/index.html`;

// --- One headless run ----------------------------------------------------
// Chromium is driven over the DevTools protocol on a pipe (fd 3: commands in,
// fd 4: replies and events out, NUL-separated JSON), not --dump-dom: the dump
// is taken at the load event or when virtual time runs out, and neither waits
// for asynchronous WebAssembly compilation, so the page would be dumped
// half-way. The pipe lets the driver wait until the page says it is done.
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'wasmport-chromium-'));
const chromiumArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-quic', '--no-default-browser-check', '--disable-extensions',
  // Containers often have a small /dev/shm; Debian's launcher means to add
  // this then, but its check breaks when /dev/shm is mounted twice.
  '--disable-dev-shm-usage',
  `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank',
];

const consoleMessages = []; // what the page's console saw, per the browser
const exceptions = []; // uncaught exceptions reported by the browser

class Browser {
  constructor(child) {
    this.child = child;
    this.nextId = 1;
    this.pending = new Map();
    this.buffer = '';
    this.closed = false;
    child.stdio[4].setEncoding('utf8').on('data', (chunk) => {
      this.buffer += chunk;
      let end;
      while ((end = this.buffer.indexOf('\0')) !== -1) {
        const message = JSON.parse(this.buffer.slice(0, end));
        this.buffer = this.buffer.slice(end + 1);
        this.dispatch(message);
      }
    });
    child.stdio[3].on('error', () => {}); // the browser went away; 'close' reports it
  }
  dispatch(message) {
    if (message.id !== undefined) {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!waiter) return;
      if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
      else waiter.resolve(message.result);
    } else if (message.method === 'Runtime.consoleAPICalled') {
      const { type, args } = message.params;
      consoleMessages.push(`${type}: ${args.map((a) => a.value ?? a.description ?? a.type).join(' ')}`);
    } else if (message.method === 'Runtime.exceptionThrown') {
      const d = message.params.exceptionDetails;
      exceptions.push(d.exception?.description ?? d.text);
    }
  }
  send(method, params = {}, sessionId = undefined) {
    if (this.closed) return Promise.reject(new Error(`${method}: chromium has exited`));
    const id = this.nextId++;
    this.child.stdio[3].write(JSON.stringify({ id, method, params, sessionId }) + '\0');
    return new Promise((resolve, reject) => this.pending.set(id, { method, resolve, reject }));
  }
  exited() {
    this.closed = true;
    for (const waiter of this.pending.values()) waiter.reject(new Error(`${waiter.method}: chromium has exited`));
    this.pending.clear();
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function drive(browser) {
  const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  await browser.send('Runtime.enable', {}, sessionId);
  await browser.send('Page.enable', {}, sessionId);
  const navigation = await browser.send('Page.navigate', { url: pageUrl }, sessionId);
  if (navigation.errorText) throw new Error(`navigating to ${pageUrl}: ${navigation.errorText}`);
  // The page writes <pre id="result"> once, when it has finished (or on an
  // uncaught error, without "finished"). An uncaught exception the page's
  // script could not catch (say, a missing export) means it never will.
  let givingUpAt = Infinity;
  while (!browser.closed) {
    if (exceptions.length > 0 && givingUpAt === Infinity) givingUpAt = Date.now() + 1000;
    if (Date.now() > givingUpAt) throw new Error('the page raised an uncaught exception and did not finish');
    let text;
    try {
      const { result } = await browser.send('Runtime.evaluate', {
        expression: "document.getElementById('result')?.textContent ?? ''",
        returnByValue: true,
      }, sessionId);
      text = result.value;
    } catch (error) {
      // No execution context for a moment while the page loads: try again.
      if (browser.closed) throw error;
    }
    if (text) {
      try {
        if (JSON.parse(text).finished) return text;
      } catch {
        return text; // not JSON: reported below
      }
    }
    await sleep(50);
  }
  throw new Error('chromium has exited');
}

const started = Date.now();
const run = await new Promise((resolve) => {
  // Its own process group, so a timeout takes the renderer and the other
  // helpers down with the browser.
  const child = spawn(chromium, chromiumArgs, {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
  });
  const browser = new Browser(child);
  const outcome = { stderr: '', text: null, error: null, timedOut: false, code: null, signal: null };
  child.stderr.setEncoding('utf8').on('data', (d) => (outcome.stderr += d));
  const killGroup = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  };
  const timer = setTimeout(() => {
    outcome.timedOut = true;
    killGroup();
  }, TIMEOUT_MS);
  child.on('error', (error) => {
    outcome.error ??= error;
    if (child.pid === undefined) { // never started: no 'close' to wait for
      clearTimeout(timer);
      browser.exited();
      resolve(outcome);
    }
  });
  child.on('close', (code, signal) => {
    clearTimeout(timer);
    browser.exited();
    killGroup(); // leftovers of this run only
    Object.assign(outcome, { code, signal });
    resolve(outcome);
  });
  drive(browser).then(
    (text) => (outcome.text = text),
    (error) => (outcome.error ??= error),
  ).finally(() => {
    // A clean exit; the timer kills the group should it hang.
    browser.send('Browser.close').catch(() => {});
  });
});
const elapsed = ((Date.now() - started) / 1000).toFixed(1);
server.close();
fs.rmSync(profile, { recursive: true, force: true });

// Headless Chromium in a container complains about D-Bus at every start, and
// Debian's launcher script about its /dev/shm check: noise.
const stderrTail = () => run.stderr.split('\n')
    .filter((line) => line.trim() && !/dbus|unexpected operator/i.test(line))
    .slice(-20).join('\n    ') || '(nothing)';
const diagnostics = () =>
  `\n  chromium: ${chromium} ${chromiumArgs.join(' ')}` +
  `\n  requests:\n    ${served.join('\n    ') || '(none)'}` +
  `\n  console:\n    ${consoleMessages.join('\n    ') || '(nothing)'}` +
  `\n  uncaught exceptions:\n    ${exceptions.join('\n    ') || '(none)'}` +
  `\n  chromium stderr (last lines, D-Bus noise left out):\n    ${stderrTail()}`;

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
