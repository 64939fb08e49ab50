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
