import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { load, assertNoLiveObjects, assertMemoryStable } from './harness.mjs';

globalThis.hostAdd = (a, b) => a + b;
globalThis.hostName = () => 'wasm-host';
let m;
globalThis.host = {
  math: {
    factor: 3,
    scale(v) { return v * this.factor; },
  },
  recurse: (n) => m.fib(n),
};
m = await load('imports');
afterEach(() => assertNoLiveObjects(m));

test('a global function', () => {
  assert.equal(m.use_global(40, 2), 42);
  assert.equal(m.use_renamed(), '<wasm-host>');
});

test('a dotted path is called with its object as this', () => {
  assert.equal(m.use_path(2), 12);
});

test('a named export of an ES module', () => {
  assert.equal(m.use_module(6, 7), 42);
  assert.equal(m.use_module_string('héllo'), 'héllo:5');
});

test('imports resolve at call time', () => {
  const saved = globalThis.hostAdd;
  globalThis.hostAdd = (a, b) => a - b;
  try {
    assert.equal(m.use_global(40, 2), 38);
  } finally {
    globalThis.hostAdd = saved;
  }
});

test('reentrancy: an import that calls back into an export', () => {
  assert.equal(m.fib(15), 610);
  assert.equal(m.shout('ab'), 'ab/ab:2');
});

test('a JS exception from an import propagates to the JS caller', () => {
  const saved = globalThis.hostAdd;
  globalThis.hostAdd = () => { throw new RangeError('from JS'); };
  try {
    assert.throws(() => m.use_global(1, 2), { name: 'RangeError', message: 'from JS' });
  } finally {
    globalThis.hostAdd = saved;
  }
  assert.equal(m.use_global(1, 2), 3);
});

test('JS exceptions through C++ frames do not exhaust the shadow stack', () => {
  const saved = globalThis.hostAdd;
  globalThis.hostAdd = () => { throw new RangeError('from JS'); };
  try {
    // Each throw abandons use_global's C++ frame; without repair the stack
    // pointer would creep down into data within a few thousand calls.
    for (let i = 0; i < 20_000; i++)
      assert.throws(() => m.use_global(1, 2), RangeError);
  } finally {
    globalThis.hostAdd = saved;
  }
  assert.equal(m.use_global(40, 2), 42);
  assert.equal(m.fib(15), 610);
  assert.equal(m.use_module_string('still fine'), 'still fine:10');
});

test('import calls keep memory flat', () => {
  assertMemoryStable(m, (i) => m.use_module_string('x' + (i % 10)) + m.fib(3), 20_000);
  assertNoLiveObjects(m);
});
