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
  notify: () => {},
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

test('reentrancy: an import may call the object whose method is running', () => {
  const box = new m.Box(1);
  globalThis.host.notify = (v) => {
    assert.equal(v, 2);
    box.add(5); // Re-enters Box while bump() runs: C++ sees the change.
  };
  try {
    assert.equal(box.bump(), 70);
    assert.equal(box.get(), 7);
  } finally {
    globalThis.host.notify = () => {};
    box.free();
  }
});

test('reentrancy: free() inside an import destroys the object after the call', async () => {
  const box = new m.Box(1);
  const other = new m.Box(2);
  globalThis.host.notify = () => {
    box.free();
    other.free();
    assert.throws(() => box.get(), { message: 'Box.get: Box object used after free()' });
    assert.equal(m.liveBoxes(), 2, 'destroyed while C++ was still using it');
  };
  try {
    // bump() reads its object after notify(): not destroyed yet.
    assert.equal(box.bump(), 20);
  } finally {
    globalThis.host.notify = () => {};
  }
  assert.equal(m.__wasmport.liveObjects(), 0);
  await Promise.resolve(); // The deferred destructors run from a microtask.
  assert.equal(m.liveBoxes(), 0);
  assert.throws(() => box.bump(), { message: 'Box.bump: Box object used after free()' });
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
