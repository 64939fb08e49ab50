// Callbacks that throw leak nothing (docs/Callbacks.md#when-a-callback-throws):
// 1000 throws from JS callbacks through exports taking std::function,
// JsValue, strings, vectors, value structs and std::unique_ptr parameters,
// directly and nested (export -> import -> export -> callback), and after
// each batch everything is back to its level: operator new blocks, Tracked
// objects, JsValue handles, live objects, wasm memory.
import assert from 'node:assert/strict';
import test from 'node:test';
import { load, stress } from './harness.mjs';

const m = await load('callback_throw_leak');
const { Tracked } = m;

const long = 'x'.repeat(3000); // Past any small-string buffer: heap blocks.
const boom = () => { throw new Error('boom'); };

function level() {
  return {
    blocks: m.liveBlocks(),
    tracked: Tracked.alive(),
    copies: m.Copied.alive(),
    jsValues: m.__wasmport.jsValues(),
    live: m.__wasmport.liveObjects(),
  };
}

// Runs fn (which must throw 'boom') `count` times after a warm-up, and
// checks that nothing it made is left: the counts are back to their level,
// and memory did not grow (not under --stress-memory, which grows it).
function assertNoLeak(fn, count = 1000) {
  const call = (i) => assert.throws(() => fn(i), /boom/);
  for (let i = 0; i < 50; i++) call(i);
  const before = level();
  const bytes = m.__wasmport.memory().buffer.byteLength;
  for (let i = 0; i < count; i++) call(i);
  assert.deepEqual(level(), before);
  if (!stress) assert.equal(m.__wasmport.memory().buffer.byteLength, bytes, 'memory grew');
}

test('std::function parameters', () => {
  assertNoLeak(() => m.viaFunction(boom));
  assert.equal(m.viaFunction((x) => x + 1), 2);
});

test('JsValue parameters, the callback a JsValue too', () => {
  assertNoLeak(() => m.viaJsValue({ some: 'object' }, boom));
});

test('std::string and std::string_view parameters', () => {
  assertNoLeak(() => m.viaString(long, boom));
  assertNoLeak(() => m.viaStringView(long, boom));
  assert.equal(m.viaString(long, (s) => assert.equal(s, long)), 3000);
});

test('exported classes passed by value: the copy', () => {
  const c = new m.Copied(500);
  const copies = m.Copied.alive();
  assertNoLeak(() => m.viaCopy(c, boom));
  assert.equal(m.viaCopy(c, () => assert.equal(m.Copied.alive(), copies + 1)), 500);
  assert.equal(m.Copied.alive(), copies);
  c.free();
  assert.equal(m.Copied.alive(), copies - 1);
});

test('std::vector parameters', () => {
  const xs = new Int32Array(2000);
  assertNoLeak(() => m.viaVector(xs, boom));
  assertNoLeak(() => m.viaStrings([long, long, 'short'], boom));
  assert.equal(m.viaVector(xs, (n) => assert.equal(n, 2000)), 2000);
});

test('value structs with strings and vectors', () => {
  assertNoLeak(() => m.viaValue({ name: long, values: new Float64Array(500) }, boom));
});

test('std::unique_ptr parameters: the object is destroyed', () => {
  const before = Tracked.alive();
  assertNoLeak(() => m.viaUnique(new Tracked(5), boom));
  assert.equal(Tracked.alive(), before);
  assert.equal(m.viaUnique(new Tracked(5), () => {}), 5);
});

test('a C++ function lent to a callback calls a JS function that throws', () => {
  // Not caught: the throw leaves the lent function and viaLent.
  assertNoLeak(() => m.viaLent(boom, (g) => g(long)));
  // Caught in the callback: viaLent returns, the callback's frames are left.
  const before = level();
  for (let i = 0; i < 1000; i++)
    m.viaLent(boom, (g) => assert.throws(() => g(long), /boom/));
  assert.deepEqual(level(), before);
});

test('nested: a throw caught in the middle import leaves outer intact', () => {
  const xs = new Int32Array(700);
  globalThis.leakMiddle = (text) => {
    assert.equal(text, long);
    assert.throws(() => m.viaString(long + long, boom), /boom/);
    assert.throws(() => m.viaValue({ name: long, values: new Float64Array(2) }, boom), /boom/);
    return 1;
  };
  try {
    for (let i = 0; i < 50; i++) assert.equal(m.outer(long, xs), 1 + 3000 + 700);
    const before = level();
    const bytes = m.__wasmport.memory().buffer.byteLength;
    for (let i = 0; i < 1000; i++) assert.equal(m.outer(long, xs), 1 + 3000 + 700);
    assert.deepEqual(level(), before);
    if (!stress) assert.equal(m.__wasmport.memory().buffer.byteLength, bytes, 'memory grew');
  } finally {
    delete globalThis.leakMiddle;
  }
});

test('nested: a throw no JS code catches leaves every frame', () => {
  const xs = new Int32Array(700);
  globalThis.leakMiddle = () => m.viaString(long, boom);
  try {
    assertNoLeak(() => m.outer(long, xs));
  } finally {
    delete globalThis.leakMiddle;
  }
});

test('nested twice: caught at the inner depth, then thrown out of all', () => {
  const xs = new Int32Array(10);
  globalThis.leakMiddle = (text) => {
    // An import running inside the import: caught one level down.
    assert.equal(m.viaLent(boom, (g) => assert.throws(() => g(text), /boom/)), undefined);
    return m.viaFunction(boom);
  };
  try {
    assertNoLeak(() => m.outer(long, xs));
  } finally {
    delete globalThis.leakMiddle;
  }
});

test('the module works after all of it', () => {
  assert.equal(m.viaFunction((x) => x * 10), 10);
  assert.equal(m.viaString('abc', () => {}), 3);
  assert.equal(m.__wasmport.liveObjects(), 0);
});
