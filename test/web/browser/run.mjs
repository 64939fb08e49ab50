// run.mjs - serves test/web/browser and the web_dom package on 127.0.0.1,
// loads index.html in headless Chromium (test/browser/chromium.mjs) and
// checks the results page.mjs reports. Chromium missing is a failure.
import assert from 'node:assert/strict';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

import { findChromium, loadPage, serve } from '../../browser/chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({ options: { 'pkg-dir': { type: 'string' } } });
const chromium = findChromium();
if (!chromium) {
  console.error('web-browser: FAIL: chromium is not installed (scripts/setup.sh installs it)');
  process.exit(1);
}
const server = await serve({ '/': here, '/pkg/': path.resolve(args['pkg-dir']) });
const run = await loadPage(chromium, server.url + 'index.html', { timeoutMs: 60_000 });
await server.close();
if (run.text === null || run.error || run.timedOut) {
  console.error(`web-browser: FAIL: the page did not finish: ${run.error?.message ?? ''}\n` +
                `${run.console.join('\n')}\n${run.exceptions.join('\n')}`);
  process.exit(1);
}
const r = JSON.parse(run.text);
assert.equal(r.exception, undefined);
assert.equal(r.done, true);
assert.equal(r.paragraph, 'P:hello from C++:wasmport:absent');
assert.equal(r.paragraphInDom, '<p id="from-cpp" data-origin="wasmport">hello from C++</p>');
assert.equal(r.casts, 'p:not-canvas canvas:canvas canvas:node');
assert.equal(r.redPixel, '4x2 rgba 255 0 0 255');
assert.equal(r.protocol, 'http:');
assert.deepEqual(run.exceptions, []);
console.log(`web-browser: ok (${chromium})`);
