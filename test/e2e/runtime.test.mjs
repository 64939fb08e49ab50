import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { load, modulePath, captureConsole, assertNoLiveObjects } from './harness.mjs';

const m = await load('runtime');
afterEach(() => assertNoLiveObjects(m));

test('start functions run once when the module is initialised', () => {
  assert.equal(m.start_runs(), 1);
});

test('printf and std::cout reach console.log, stderr console.error', () => {
  const out = captureConsole(() => {
    m.say('héllo');
    m.say_cout(42);
    m.say_err('oops');
  });
  assert.deepEqual(out.log, ['printf: héllo', 'cout 42']);
  assert.deepEqual(out.error, ['stderr: oops']);
});

test('stdout prints whole lines, UTF-8 decoded across writes', () => {
  const out = captureConsole(() => {
    m.say_bytes('a€\nb\n\nc');
    m.say_bytes('d\n');
  });
  assert.deepEqual(out.log, ['a€', 'b', '', 'c<endd']);
  const rest = captureConsole(() => m.say('x'));
  assert.deepEqual(rest.log, ['<endprintf: x']);
});

test('clock and random come from the host', () => {
  assert.ok(Math.abs(m.now_seconds() - Date.now() / 1000) < 5);
  const words = new Set(Array.from({ length: 8 }, () => m.random_word()));
  assert.ok(words.size > 1);
});

test('memory growth between and during calls', () => {
  const mem = m.__wasmport.memory();
  const before = mem.buffer.byteLength;
  const s = 'é' + 'abc'.repeat(1000);
  for (let i = 0; i < 8; i++) assert.equal(m.grow_and_echo(1 << 20, s), s);
  assert.ok(mem.buffer.byteLength >= before + (8 << 20));
  assert.equal(m.grow_and_echo(0, 'after growth'), 'after growth');
  m.release_all();
});

test('exit() ends the call with an Error carrying the code', () => {
  assert.throws(() => m.quit(3), { message: /exit\(3\)/ });
});

test('the web target: init() with bytes, initSync() with a module', async () => {
  const web = await import(new URL('file://' + modulePath('runtime', 'web')).href);
  const bytes = readFileSync(modulePath('runtime', 'web').replace(/\.js$/, '.wasm'));
  await web.default(bytes);
  await web.default(bytes); // a second init does nothing
  assert.equal(web.start_runs(), 1);
  const out = captureConsole(() => web.say('web'));
  assert.deepEqual(out.log, ['printf: web']);
  assertNoLiveObjects(web);
});

test('the web target: init() with nothing, a URL, a promise, { module_or_path }', async () => {
  const url = pathToFileURL(modulePath('runtime', 'web')).href;
  const wasmURL = new URL(url.replace(/\.js$/, '.wasm'));
  const inputs = [undefined, wasmURL, Promise.resolve(wasmURL), { module_or_path: wasmURL },
                  new WebAssembly.Module(readFileSync(wasmURL))];
  for (const [i, input] of inputs.entries()) {
    const web = await import(`${url}?init${i}`);
    await web.default(input);
    assert.equal(web.start_runs(), 1, `input ${i}`);
  }
  const sync = await import(`${url}?sync`);
  sync.initSync({ module: readFileSync(wasmURL) });
  assert.equal(sync.start_runs(), 1);
});

test('init() and initSync() read only own properties of their argument', async () => {
  const url = pathToFileURL(modulePath('runtime', 'web')).href;
  const wasmURL = new URL(url.replace(/\.js$/, '.wasm'));
  const bytes = readFileSync(wasmURL);
  Object.prototype.module = 'polluted';
  Object.prototype.module_or_path = 'polluted';
  try {
    const sync = await import(`${url}?own-sync`);
    sync.initSync(new WebAssembly.Module(bytes));
    assert.equal(sync.start_runs(), 1);
    const async = await import(`${url}?own-async`);
    await async.default(new WebAssembly.Module(bytes));
    assert.equal(async.start_runs(), 1);
  } finally {
    delete Object.prototype.module;
    delete Object.prototype.module_or_path;
  }
});

test('the bundler target is ready after import (top-level await)', async () => {
  const b = await import(pathToFileURL(modulePath('runtime', 'bundler')).href);
  assert.equal(b.start_runs(), 1);
  assert.equal(b.grow_and_echo(0, 'bundled'), 'bundled');
});

test('the generated module has no wasmport section and no annotation sections', () => {
  const mod = new WebAssembly.Module(readFileSync(modulePath('runtime').replace(/\.js$/, '.wasm')));
  assert.equal(WebAssembly.Module.customSections(mod, 'wasmport').length, 0);
  const names = WebAssembly.Module.customSections.length; // sanity: API exists
  assert.ok(names >= 0);
});
