// wasmport-test --target chromium: serves the generated package and the test
// page on 127.0.0.1 and loads the page once per test in headless Chromium,
// with test/browser's driver (installed next to this file, in
// share/wasmport/test, as wasmport-chromium.mjs).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const FAILURE = '##wasmport-test-failure## ';

function findChromium() {
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

async function start(dir, gen, opts) {
  const driver = await import(require('node:url').pathToFileURL(
      path.join(__dirname, 'wasmport-chromium.mjs')).href);
  for (const f of ['test-page.html', 'test-page.mjs'])
    fs.copyFileSync(path.join(__dirname, f), path.join(dir, f));
  const server = await driver.serve(dir);
  const chromium = findChromium();
  // The server lives at most as long as the whole run may take.
  const limit = setTimeout(() => server.close(), (opts.timeout + 60) * 1000 * gen.tests.length);
  limit.unref();
  return {
    async run(test) {
      const started = process.hrtime.bigint();
      const url = `${server.url}test-page.html?js=${test.js}&async=${test.async ? 1 : 0}` +
                  `&timeout=${opts.timeout}`;
      const page = await driver.loadPage(chromium, url, { timeoutMs: opts.timeout * 1000 + 30_000 });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      let r = null;
      try {
        r = page.text ? JSON.parse(page.text) : null;
      } catch {}
      if (!r) {
        const why = page.error ? String(page.error.message || page.error) :
            page.timedOut ? 'the page did not finish' : `chromium exited with status ${page.code}`;
        return { ms, stdout: '', stderr: '', failures: [], errors: [why], timedOut: false, passed: false };
      }
      const failures = [];
      const stderr = [];
      for (const line of r.stderr) {
        const i = line.indexOf(FAILURE);
        if (i >= 0) failures.push(line.slice(i + FAILURE.length));
        else stderr.push(line);
      }
      return { ms, stdout: r.stdout.join('\n'), stderr: stderr.join('\n'), failures,
               errors: r.errors, timedOut: r.timedOut,
               passed: r.passed && !r.timedOut && !failures.length && !r.errors.length };
    },
    async close() {
      clearTimeout(limit);
      await server.close();
    },
  };
}

module.exports = { findChromium, start };
