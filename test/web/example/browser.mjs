// browser.mjs OUT_DIR [--screenshot FILE]: the browser test of examples/web
// (test `web-example`). Serves OUT_DIR/web (laid out by examples/web/run.sh
// --no-serve OUT_DIR) with the example's own serve.mjs on 127.0.0.1 (at most
// two minutes, stopped at the end), loads it in headless Chromium driven
// over --remote-debugging-pipe, and checks:
//   - the list holds items.json's items once the C++ code has fetched it;
//   - a click with empty inputs adds nothing and says why;
//   - typing a name and a number and clicking "Add" (real key and mouse
//     input) adds the item to the list and clears the inputs;
//   - the screenshot (OUT_DIR/web-example.png, or FILE) shows the chart the
//     data says: each bar's colour inside it, the background above it and
//     between bars, label text under each bar (README.md, "The drawing").
// Chromium missing is a failure, not a skip.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { findChromium } from '../../browser/chromium.mjs';
import { decodePng } from '../../browser/png.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const example = path.resolve(here, '../../../examples/web');
const { values: opts, positionals } = parseArgs({
  allowPositionals: true, options: { screenshot: { type: 'string' } },
});

function fail(message) {
  console.error(`web-example: FAIL: ${message}`);
  cleanup();
  process.exit(1);
}

const children = [];
function cleanup() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGKILL'); // its own process group
    } catch {}
  }
}

// Whatever goes wrong, the server and the browser go with this process.
process.on('uncaughtException', (error) => fail(error.stack ?? String(error)));
process.on('unhandledRejection', (error) => fail(error?.stack ?? String(error)));

if (positionals.length !== 1) fail('usage: node browser.mjs OUT_DIR [--screenshot FILE]');
const out = path.resolve(positionals[0]);
const webDir = path.join(out, 'web');
if (!fs.existsSync(path.join(webDir, 'pkg', 'chart.js')))
  fail(`${webDir} has no page with its module: run examples/web/run.sh --no-serve ${out} first`);
const items = JSON.parse(fs.readFileSync(path.join(webDir, 'items.json'), 'utf8'));
const chromium = findChromium();
if (!chromium) fail('chromium not found (scripts/setup.sh installs it; or set WASMPORT_CHROMIUM)');

// The example's server, bounded in time; it prints its address first.
const server = spawn(process.execPath, [path.join(example, 'serve.mjs'), webDir, '--port', '0', '--seconds', '120'],
                     { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
children.push(server);
const served = [];
const baseUrl = await new Promise((resolve) => {
  let buffer = '';
  server.stdout.setEncoding('utf8').on('data', (chunk) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop();
    for (const line of lines) {
      const m = /^serving .* at (http:\/\/127\.0\.0\.1:\d+\/)$/.exec(line);
      if (m) resolve(m[1]);
      else served.push(line);
    }
  });
  server.on('close', (code) => resolve(null));
  setTimeout(() => resolve(null), 10_000).unref();
});
if (!baseUrl) fail('serve.mjs did not start');

// Chromium over --remote-debugging-pipe: requests on fd 3, replies and
// events on fd 4, each message ended by NUL.
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'wasmport-web-example-'));
const browser = spawn(chromium, [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--hide-scrollbars',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-quic', '--no-default-browser-check', '--disable-extensions', '--disable-dev-shm-usage',
  '--force-device-scale-factor=1', '--font-render-hinting=none',
  `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank',
], { detached: true, stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
children.push(browser);
const deadline = setTimeout(() => fail('timed out after 90 s'), 90_000);
const pending = new Map();
const exceptions = [];
const consoleLines = [];
let nextId = 1;
let input = '';
browser.stdio[4].setEncoding('utf8').on('data', (chunk) => {
  input += chunk;
  let end;
  while ((end = input.indexOf('\0')) !== -1) {
    const message = JSON.parse(input.slice(0, end));
    input = input.slice(end + 1);
    if (message.id !== undefined) {
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(`${waiter.method}: ${message.error.message}`));
      else waiter?.resolve(message.result);
    } else if (message.method === 'Runtime.exceptionThrown') {
      const d = message.params.exceptionDetails;
      exceptions.push(d.exception?.description ?? d.text);
    } else if (message.method === 'Runtime.consoleAPICalled') {
      consoleLines.push(message.params.args.map((a) => a.value ?? a.description).join(' '));
    }
  }
});
browser.stdio[3].on('error', () => {});
browser.on('close', () => {
  for (const waiter of pending.values()) waiter.reject(new Error(`${waiter.method}: chromium has exited`));
});
let session;
const send = (method, params = {}) => new Promise((resolve, reject) => {
  const id = nextId++;
  pending.set(id, { method, resolve, reject });
  browser.stdio[3].write(JSON.stringify({ id, method, params, sessionId: session }) + '\0');
});
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The value of a JS expression in the page. */
async function evaluate(expression) {
  const { result, exceptionDetails } = await send('Runtime.evaluate', { expression, returnByValue: true });
  if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description}`);
  return result.value;
}
/** Polls the page until expression is truthy; its value. */
async function waitFor(expression, what) {
  for (const until = Date.now() + 30_000; Date.now() < until;) {
    if (exceptions.length) fail(`the page threw: ${exceptions.join('\n')}`);
    const v = await evaluate(expression).catch(() => null);
    if (v) return v;
    await sleep(50);
  }
  const status = await evaluate("document.getElementById('status')?.textContent ?? '(no #status)'");
  fail(`waiting for ${what}: the status says '${status}'\nconsole:\n${consoleLines.join('\n')}\nserved:\n${served.join('\n')}`);
}
const listed = () => evaluate("[...document.querySelectorAll('#items li')].map((li) => li.textContent)");
/** A real mouse click at the middle of the element #id. */
async function click(id) {
  const r = await evaluate(`(() => { const r = document.getElementById('${id}').getBoundingClientRect();
                                     return [r.left + r.width / 2, r.top + r.height / 2]; })()`);
  for (const type of ['mousePressed', 'mouseReleased'])
    await send('Input.dispatchMouseEvent', { type, x: r[0], y: r[1], button: 'left', clickCount: 1 });
}
/** Focuses #id by clicking it and types text (key input, not a value set by script). */
async function type(id, text) {
  await click(id);
  await send('Input.insertText', { text });
}

const width = 540, height = 500;
const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
({ sessionId: session } = await send('Target.attachToTarget', { targetId, flatten: true }));
await send('Runtime.enable');
await send('Page.enable');
await send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });
const nav = await send('Page.navigate', { url: baseUrl });
if (nav.errorText) fail(`navigating to ${baseUrl}: ${nav.errorText}`);

// 1. The fetched items.
await waitFor("/items from/.test(document.getElementById('status')?.textContent ?? '')", 'items.json to load');
const format = (v) => String(v);
const expected = items.map((i) => `${i.label}: ${format(i.value)}`);
assert.deepEqual(await listed(), expected, 'the list after items.json');
// The server logs a request after answering it, through a pipe this process
// reads asynchronously: its line may arrive after the page has the items.
for (const until = Date.now() + 5_000; !served.includes('GET /items.json 200') && Date.now() < until;) await sleep(20);
if (!served.includes('GET /items.json 200')) fail(`items.json was not fetched from the server:\n${served.join('\n')}`);

// 2. A click with nothing typed: nothing added, the status says why.
await click('add');
await waitFor("/enter a name/.test(document.getElementById('status').textContent)", 'the empty-input message');
assert.deepEqual(await listed(), expected, 'the list after an empty click');

// 3. Typed and clicked.
const added = { label: 'kiwis', value: 7 };
await type('label', added.label);
await type('value', String(added.value));
await click('add');
await waitFor(`document.querySelectorAll('#items li').length === ${items.length + 1}`, 'the added item');
const all = [...items, added];
assert.deepEqual(await listed(), all.map((i) => `${i.label}: ${format(i.value)}`), 'the list after adding');
assert.equal(await evaluate("document.getElementById('status').textContent"), `added ${added.label}`);
assert.deepEqual(await evaluate("[document.getElementById('label').value, document.getElementById('value').value]"),
                 ['', ''], 'the inputs are cleared');

// 4. The drawing. The canvas's first pixel in the page (inside its border).
await sleep(100); // a frame for the last drawing to reach the screen
const origin = await evaluate(`(() => { const c = document.getElementById('chart'); const r = c.getBoundingClientRect();
                                        return [r.left + c.clientLeft, r.top + c.clientTop, c.width, c.height]; })()`);
const shot = await send('Page.captureScreenshot', { format: 'png' });
const png = path.resolve(opts.screenshot ?? path.join(out, 'web-example.png'));
fs.writeFileSync(png, Buffer.from(shot.data, 'base64'));
await send('Browser.close').catch(() => {});
clearTimeout(deadline);
cleanup();
fs.rmSync(profile, { recursive: true, force: true });
if (exceptions.length) fail(`the page threw: ${exceptions.join('\n')}`);

// The geometry of chart.cpp (README.md, "The drawing"), in canvas pixels.
const plot = { left: 20, right: 460, top: 20, bottom: 220 };
const colours = { background: [255, 255, 255], bar: [46, 117, 182] };
assert.deepEqual(origin.slice(2), [480, 260], 'the canvas size');
const image = decodePng(fs.readFileSync(png));
const at = (x, y) => image.pixel(origin[0] + x, origin[1] + y);
const near = (got, want) => got.every((v, i) => Math.abs(v - want[i]) <= 12);
const problems = [];
function expect(what, x, y, name) {
  const got = at(x, y);
  if (!near(got, colours[name]))
    problems.push(`${what} at canvas pixel (${x.toFixed(1)}, ${y.toFixed(1)}): rgb(${got}) is not the ${name} rgb(${colours[name]})`);
}
const max = Math.max(...all.map((i) => i.value));
const slot = (plot.right - plot.left) / all.length;
all.forEach((item, n) => {
  const h = (item.value / max) * (plot.bottom - plot.top);
  const left = plot.left + n * slot + slot * 0.15, right = left + slot * 0.7, mid = (left + right) / 2;
  const top = plot.bottom - h;
  for (const fx of [0.1, 0.5, 0.9])
    for (const fy of [0.1, 0.5, 0.9])
      expect(`bar ${n} (${item.label}, ${item.value})`, left + fx * (right - left), top + fy * h, 'bar');
  if (top - 6 > 2) expect(`above bar ${n}`, mid, top - 6, 'background');
  expect(`left of bar ${n}`, left - 4, plot.bottom - 2, 'background');
  expect(`right of bar ${n}`, right + 4, plot.bottom - 2, 'background');
  // Its label and value: dark (antialiased text-coloured) pixels under it.
  let ink = 0;
  for (let y = plot.bottom + 4; y < plot.bottom + 40; y++)
    for (let x = Math.round(plot.left + n * slot); x < plot.left + (n + 1) * slot; x++)
      if (Math.max(...at(x, y)) < 150) ink++;
  if (ink < 20) problems.push(`no label under bar ${n} (${ink} dark pixels)`);
});
expect('the top left corner', 4, 4, 'background');
expect('the plot above the tallest bar', 240, 10, 'background');
if (problems.length) fail(`${png}:\n  ${problems.join('\n  ')}`);
console.log(`web-example: ok (${chromium}): ${items.length} items fetched, one typed and clicked in, ` +
            `${all.length} bars drawn as the data says: ${png}`);
process.exit(0);
