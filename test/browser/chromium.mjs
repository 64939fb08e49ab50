// Serving directories on 127.0.0.1 and loading a page from them in headless
// Chromium, for the browser test (run.mjs) and the Vite test. Chromium is
// driven over --remote-debugging-pipe: --dump-dom dumps at the load event,
// before the page's asynchronous WebAssembly work has finished. The page
// writes a JSON summary into <pre id="result"> with "finished": true, and
// loadPage returns its text with what the browser saw on the way.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

/** `chromium` from PATH, or $WASMPORT_CHROMIUM; null when there is none. */
export function findChromium() {
  const explicit = process.env.WASMPORT_CHROMIUM;
  if (explicit) return fs.existsSync(explicit) ? explicit : null;
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = path.join(dir || '.', name);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        return candidate;
      } catch {}
    }
  }
  return null;
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm', // exactly this, or instantiateStreaming refuses
  '.ts': 'text/plain; charset=utf-8',
};
// Scripts from this origin and WebAssembly compilation only: no eval, no
// inline script (DESIGN.md 1.3).
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'";

/**
 * Serves static files on 127.0.0.1 (a path ending in `/` means its
 * index.html). `roots` is a directory served at `/`, or an object mapping
 * URL prefixes (`'/'`, `'/pkg/'`) to directories; the longest prefix wins.
 * Resolves to { url, served, close() }; served lists the requests as
 * "GET /assets/x.wasm 200 application/wasm".
 */
export async function serve(roots) {
  const mounts = Object.entries(typeof roots === 'string' ? { '/': roots } : roots)
      .map(([prefix, dir]) => [prefix, path.resolve(dir)])
      .sort((a, b) => b[0].length - a[0].length);
  const served = [];
  const server = http.createServer((req, res) => {
    let file = null;
    if (req.method === 'GET' || req.method === 'HEAD') {
      try {
        let decoded = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
        if (decoded.endsWith('/')) decoded += 'index.html';
        const [prefix, root] = mounts.find(([p]) => decoded.startsWith(p)) ?? [];
        if (root) {
          file = path.resolve(root, decoded.slice(prefix.length));
          if (!file.startsWith(root + path.sep)) file = null; // no escaping a root
        }
      } catch {}
    }
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
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    served,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

class Browser {
  constructor(child, seen) {
    this.child = child;
    this.seen = seen;
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
      this.seen.console.push(`${type}: ${args.map((a) => a.value ?? a.description ?? a.type).join(' ')}`);
    } else if (message.method === 'Runtime.exceptionThrown') {
      const d = message.params.exceptionDetails;
      this.seen.exceptions.push(d.exception?.description ?? d.text);
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

async function drive(browser, pageUrl) {
  const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  await browser.send('Runtime.enable', {}, sessionId);
  await browser.send('Page.enable', {}, sessionId);
  const navigation = await browser.send('Page.navigate', { url: pageUrl }, sessionId);
  if (navigation.errorText) throw new Error(`navigating to ${pageUrl}: ${navigation.errorText}`);
  // An uncaught exception the page could not catch (a module that failed to
  // load, say) means it will never finish.
  let givingUpAt = Infinity;
  while (!browser.closed) {
    if (browser.seen.exceptions.length > 0 && givingUpAt === Infinity) givingUpAt = Date.now() + 1000;
    if (Date.now() > givingUpAt) throw new Error('the page raised an uncaught exception and did not finish');
    let text;
    try {
      const { result } = await browser.send('Runtime.evaluate', {
        expression: "document.getElementById('result')?.textContent ?? ''",
        returnByValue: true,
      }, sessionId);
      text = result.value;
    } catch (error) {
      if (browser.closed) throw error; // else no execution context yet: retry
    }
    if (text) {
      try {
        if (JSON.parse(text).finished) return text;
      } catch {
        return text; // not JSON: the caller reports it
      }
    }
    await sleep(50);
  }
  throw new Error('chromium has exited');
}

/**
 * Loads pageUrl in headless Chromium and waits for the page's summary.
 * Resolves to { text, error, timedOut, code, signal, console, exceptions,
 * stderr, args }: text is the summary, or null when the page did not
 * finish (error, timedOut or the exit status say why).
 */
export async function loadPage(chromium, pageUrl, { timeoutMs = 60_000 } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'wasmport-chromium-'));
  const args = [
    '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-quic', '--no-default-browser-check', '--disable-extensions',
    '--disable-dev-shm-usage',
    `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank',
  ];
  const seen = { console: [], exceptions: [] };
  const outcome = await new Promise((resolve) => {
    // Its own process group, so a timeout takes the renderer and the other
    // helpers down with the browser.
    const child = spawn(chromium, args, {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    });
    const browser = new Browser(child, seen);
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
    }, timeoutMs);
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
    drive(browser, pageUrl).then(
      (text) => (outcome.text = text),
      (error) => (outcome.error ??= error),
    ).finally(() => {
      browser.send('Browser.close').catch(() => {});
    });
  });
  fs.rmSync(profile, { recursive: true, force: true });
  // Headless Chromium in a container complains about D-Bus at every start,
  // and Debian's launcher script about its /dev/shm check: noise.
  outcome.stderr = outcome.stderr.split('\n')
      .filter((line) => line.trim() && !/dbus|unexpected operator/i.test(line))
      .slice(-20).join('\n');
  return { ...outcome, console: seen.console, exceptions: seen.exceptions, args };
}
