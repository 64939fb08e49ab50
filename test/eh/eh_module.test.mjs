// Test eh-module: eh_module.cpp through the plugin and
// wasmport_add_module(... EXCEPTIONS): C++ catches what C++ throws, including
// what libc++ throws, across calls from JS.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const m = await import(pathToFileURL(process.env.WASMPORT_EH_MODULE).href);

test('exceptions thrown by libc++ are caught in C++', () => {
  assert.equal(m.parse_or('42', 7), 42);
  assert.equal(m.parse_or('wasm', 7), 7);
  assert.equal(m.parse_or('99999999999', 7), -7);
});

test('unwinding runs the destructor of every frame', () => {
  assert.equal(m.unwound(0), 1);
  assert.equal(m.unwound(3), 4);
  assert.equal(m.unwound(3), 4);
});

test('an exception leaving an export throws in JS', () => {
  assert.equal(m.char_at('abc', 1), 98);
  assert.throws(() => m.char_at('abc', 10));
});
