// The start-up scenarios of `--target web` in headless Chromium: serves
// page.mjs, the glue and the .wasm files of bench/build.sh's output on
// 127.0.0.1 (a server started and stopped here), loads the page with
// test/browser/chromium.mjs, and returns what the page measured.
// /w/K/... is BENCH_DIR/wasmport/, /r/K/... BENCH_DIR/raw/, for any K; a
// .wasm gets a custom section naming K appended, so V8 never reuses a
// module it compiled for another start-up.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, loadPage } from '../../test/browser/chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

/** `bytes` with a custom section "bench" holding `k` appended. */
function withSection(bytes, k) {
  const name = Buffer.from('bench');
  const payload = Buffer.from(String(k));
  const size = 1 + name.length + payload.length; // < 128: one LEB byte
  return Buffer.concat([bytes, Buffer.from([0, size, name.length]), name, payload]);
}

function resolveFile(dir, pathname) {
  if (pathname === '/') return [path.join(here, 'index.html'), null];
  if (pathname === '/page.mjs') return [path.join(here, 'page.mjs'), null];
  if (pathname === '/w/sink.js' || pathname === '/r/sink.js') return [path.join(dir, 'sink.js'), null];
  const m = /^\/([wr])\/(\d+)\/(api\.js|api\.wasm|raw\.js|raw\.wasm)$/.exec(pathname);
  if (!m) return [null, null];
  return [path.join(dir, m[1] === 'w' ? 'wasmport' : 'raw', m[3]), m[2]];
}

const types = { '.html': 'text/html; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
                '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm' };

async function serve(dir) {
  const server = http.createServer((req, res) => {
    const [file, k] = resolveFile(dir, new URL(req.url, 'http://127.0.0.1').pathname);
    if (file === null || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    let body = fs.readFileSync(file);
    if (k !== null && file.endsWith('.wasm')) body = withSection(body, k);
    res.writeHead(200, {
      'Content-Type': types[path.extname(file)],
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      // Cross-origin isolated: performance.now() at 5 µs, not 100 µs.
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    });
    res.end(body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return { url: `http://127.0.0.1:${server.address().port}/`,
           close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * Runs the page with `runs` start-ups per variant and scenario. Resolves to
 * { version, runs, scenarios: { key: { label, wasmport, raw, ratio } } },
 * or { skipped: why } when there is no Chromium.
 */
export async function runBrowser(dir, { runs = 21, timeoutMs = 120_000 } = {}) {
  const chromium = findChromium();
  if (chromium === null) return { skipped: 'no chromium on PATH (or $WASMPORT_CHROMIUM)' };
  const server = await serve(dir);
  try {
    const all = { runs, scenarios: {} };
    // One page per scenario (page.mjs says why).
    for (const scenario of ['streaming', 'bytes', 'initSync', 'module']) {
      const page = await loadPage(chromium, `${server.url}?runs=${runs}&scenario=${scenario}`, { timeoutMs });
      if (page.text === null) {
        throw new Error(`chromium: the start-up page did not finish: ${page.error ?? ''}` +
                        `${page.timedOut ? ' (timed out)' : ''} ${page.exceptions.join('; ')} ${page.stderr}`);
      }
      const result = JSON.parse(page.text);
      if (result.error) throw new Error(`chromium: start-up page: ${result.error}`);
      if (!result.crossOriginIsolated) throw new Error('chromium: the start-up page is not cross-origin isolated');
      all.version = result.version;
      Object.assign(all.scenarios, result.scenarios);
    }
    return all;
  } finally {
    await server.close();
  }
}
