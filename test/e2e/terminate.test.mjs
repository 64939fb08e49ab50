import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { load, modulePath } from './harness.mjs';

test('an exception escaping C++ becomes an Error with what(); the module is terminated', async () => {
  const m = await load('terminate');
  assert.equal(m.char_at('abc', 1), 98);
  assert.equal(m.ok(), 1);
  assert.throws(() => m.char_at('abc', 10), (e) => e instanceof Error && e.cppException === true && e.message === 'char_at: index 10 is past the end');
  assert.throws(() => m.ok(), { message: 'wasm module terminated: char_at: index 10 is past the end' });
});

test('derived exceptions report what(); others their type', async () => {
  // Fresh instances of the module through the web target's initSync.
  const bytes = readFileSync(modulePath('terminate', 'web').replace(/\.js$/, '.wasm'));
  const a = await import(pathToFileURL(modulePath('terminate', 'web')).href + '?a');
  a.initSync(bytes);
  assert.throws(() => a.fail_custom(), { message: 'custom failure' });
  const b = await import(pathToFileURL(modulePath('terminate', 'web')).href + '?b');
  b.initSync(bytes);
  assert.throws(() => b.fail_other(), { message: /C\+\+ exception of type .*NotStd/ });
});

/** A fresh instance of the terminate module (the web target's initSync). */
async function fresh(tag) {
  const bytes = readFileSync(modulePath('terminate', 'web').replace(/\.js$/, '.wasm'));
  const m = await import(pathToFileURL(modulePath('terminate', 'web')).href + '?' + tag);
  m.initSync(bytes);
  return m;
}

for (const [what, trap, message] of [
  // wasi-libc's abort() traps; Emscripten's reports exit(1) (test/emscripten-plugin).
  ['abort()', (m) => m.fail_abort(), /^unreachable$|exit\(1\)/],
  ['an integer division by zero', (m) => m.divide(1, 0), 'divide by zero'],
  ['an out-of-bounds access', (m) => m.read_at(0xfffffff0), 'memory access out of bounds'],
  ['__builtin_trap() in a method', (m) => new m.Counter().trap(), 'unreachable'],
]) {
  test(`${what} traps: the call throws, every later call throws "module terminated"`, async () => {
    const m = await fresh(what);
    const c = new m.Counter();
    assert.equal(c.next(), 1);
    assert.equal(m.divide(7, 2), 3);
    assert.throws(() => trap(m), (e) => e instanceof Error && (typeof message === 'string'
        ? e instanceof WebAssembly.RuntimeError && e.message.includes(message) : message.test(e.message)));
    const terminated = { message: /^wasm module terminated: .*/ };
    assert.throws(() => m.ok(), terminated);
    assert.throws(() => c.next(), terminated);
    assert.throws(() => new m.Counter(), terminated);
  });
}
