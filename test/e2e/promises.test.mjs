import assert from 'node:assert/strict';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { load, modulePath, stress } from './harness.mjs';

// The imports of promises.cpp.
const delay = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
globalThis.hostDelay = delay;
globalThis.hostTick = () => Promise.resolve();
globalThis.hostEcho = async (s) => {
  await delay(1);
  return `${s}${s}`;
};
globalThis.hostFail = async (message) => {
  await delay(1);
  throw new Error(message);
};
globalThis.hostThrowNow = (message) => {
  throw new RangeError(message);
};
let anyValue;
globalThis.hostAny = async () => anyValue;
globalThis.hostTimesTen = async (p) => (await p) * 10;

/** Rejection reasons are compared by these, not by identity. */
async function reason(promise) {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  assert.fail('the promise resolved');
}

/**
 * The tests both builds pass, with and without C++ exceptions; each ends
 * with a leak check. Returns a function a test calls when it abandons JS
 * values on purpose (C++ frames a JS exception skipped without C++
 * exceptions: docs/Async.md).
 */
function common(m) {
  let start;
  let abandoned = false;
  beforeEach(() => {
    start = m.__wasmport.jsValues();
    abandoned = false;
  });
  afterEach(async () => {
    // Promises nobody awaited (the test's rejections) settle first.
    await delay(5);
    if (!abandoned)
      assert.equal(m.__wasmport.jsValues(), start, 'JS values left in the heap');
    assert.equal(m.__wasmport.liveObjects(), 0, 'objects left alive');
    assert.equal(m.alive(), 0, 'coroutine locals not destroyed');
  });

  test('an export coroutine returns a JS promise resolved after two awaits', async () => {
    const p = m.add_later(2, 3);
    assert.ok(p instanceof Promise);
    assert.equal(m.alive(), 1, 'the coroutine is suspended, its local alive');
    assert.equal(await p, 5);
  });

  test('a chain of awaits', async () => {
    assert.equal(await m.chain(20), 210);
    assert.equal(await m.nested(4), 10);
  });

  test('a coroutine that does not await has resolved when the call returns', async () => {
    const p = m.immediate(7);
    let seen;
    p.then((v) => { seen = v; });
    await null;
    assert.equal(seen, 21);
  });

  test('Promise<void>, std::string, 64-bit and std::optional values', async () => {
    const before = m.ticks();
    assert.equal(await m.tick_twice(), undefined);
    assert.equal(m.ticks(), before + 2);
    assert.equal(await m.greet('wörld'), 'hello wörld!wörld!');
    assert.equal(await m.big(-(2n ** 40n)), -(2n ** 41n));
    assert.equal(await m.half(3), 1.5);
    assert.equal(await m.half(-1), undefined);
  });

  test('promises passed in: a JS promise, a plain value, a thenable', async () => {
    assert.equal(await m.plus_one(delay(1, 41)), 42);
    assert.equal(await m.plus_one(9), 10);
    assert.equal(await m.plus_one({ then: (resolve) => resolve(1) }), 2);
    const p = Promise.resolve({ tag: 1 });
    assert.equal(m.pass_promise(p), p);
  });

  test('a promise passed to an import', async () => {
    assert.equal(await m.through_js(4), 120);
  });

  test('settled promises made without a coroutine', async () => {
    assert.equal(await m.resolved_now(5), 5);
    const e = await reason(m.rejected_now('refused'));
    assert.ok(e instanceof Error);
    assert.equal(e.message, 'refused');
  });

  test('a rejected JS promise rejects the awaiting coroutine with the same value', async () => {
    const e = await reason(m.failing('boom'));
    assert.ok(e instanceof Error);
    assert.equal(e.message, 'boom');
    assert.equal(m.steps(), 1, 'the code after the await did not run');
  });

  test('a rejection passes through two coroutines', async () => {
    const e = await reason(m.outer_failing('deep'));
    assert.equal(e.message, 'deep');
  });

  test('an import that throws instead of returning a promise rejects', async () => {
    const e = await reason(m.throwing_import('sync'));
    assert.ok(e instanceof RangeError);
    assert.equal(e.message, 'sync');
  });

  test('a value of the wrong type rejects with a TypeError', async () => {
    anyValue = 'abc';
    let e = await reason(m.wrong_type());
    assert.ok(e instanceof TypeError);
    assert.equal(e.message,
        'awaited promise must resolve to an integer from -2147483648 to 2147483647, got "abc"');
    anyValue = 2.5;
    e = await reason(m.wrong_type());
    assert.equal(e.message,
        'awaited promise must resolve to an integer from -2147483648 to 2147483647, got 2.5');
    const o = { any: true };
    anyValue = o;
    assert.equal(await m.any(), o);
  });

  test('settled() gives the value or the reason and never rejects', async () => {
    assert.equal(await m.settle(true), 'value 7');
    assert.equal(await m.settle(false), 'reason no');
    anyValue = null;
    assert.equal(await m.settle_wrong_type(),
        'awaited promise must resolve to an integer from -2147483648 to 2147483647, got null');
    assert.equal(await m.settle_void(true), 'done');
    assert.equal(await m.settle_void(false), 'reason nope');
  });

  test('10k promises without growth', async () => {
    const batch = async (from) => {
      const values = await Promise.all(Array.from({ length: 1000 }, (_, i) => m.next(from + i)));
      for (let i = 0; i < values.length; i++) assert.equal(values[i], from + i + 1);
    };
    await batch(0); // warm-up: the heap table and the allocator reach their size
    const memory = m.__wasmport.memory().buffer.byteLength;
    for (let round = 0; round < 10; round++) await batch(round * 1000);
    if (!stress)
      assert.equal(m.__wasmport.memory().buffer.byteLength, memory, 'memory grew');
    assert.equal(m.__wasmport.jsValues(), start);
  });

  test('a JS exception from C++ before the first await rejects instead of throwing', async () => {
    const p = m.parse_now('{bad');
    assert.ok(p instanceof Promise);
    const e = await reason(p);
    assert.ok(e instanceof SyntaxError);
    assert.equal(await m.parse_now('12'), 12);
    abandoned = !m.exceptions();
  });

  test('a JS exception from C++ after an await rejects the coroutine\'s promise', async () => {
    const e = await reason(m.parse_later('{bad'));
    assert.ok(e instanceof SyntaxError);
    assert.equal(await m.parse_later('12'), 12);
    abandoned = !m.exceptions();
  });
}

describe('without C++ exceptions', async () => {
  const m = await load('promises');
  assert.equal(m.exceptions(), false);
  common(m);

  test('a C++ exception after an await rejects and terminates the module', async () => {
    // A fresh instance of the module: this one ends terminated.
    const t = await import(`${pathToFileURL(modulePath('promises')).href}?terminate`);
    const e = await reason(t.throwing('bad state'));
    assert.ok(e instanceof Error);
    assert.equal(e.message, 'bad state');
    assert.equal(e.cppException, true);
    assert.throws(() => t.alive(), { message: 'wasm module terminated: bad state' });
    const later = await reason(t.immediate(1));
    assert.equal(later.message, 'wasm module terminated: bad state');
  });
});

const ehPackage = modulePath('promises_eh');
const ehMissing = fs.existsSync(ehPackage) ? false :
  `no ${ehPackage}: test/e2e builds promises_eh only when the exception-handling ` +
  'runtime exists (docs/Exceptions.md)';

describe('with C++ exceptions (-fwasm-exceptions)', { skip: ehMissing }, async () => {
  if (ehMissing) return;
  const m = await load('promises_eh');
  assert.equal(m.exceptions(), true);
  common(m);

  test('a rejection caught in the coroutine', async () => {
    assert.equal(await m.catching('oops'), 'caught oops');
  });

  test('a C++ exception leaving a coroutine rejects its promise', async () => {
    const e = await reason(m.throwing('bad state'));
    assert.ok(e instanceof Error);
    assert.equal(e.message, 'bad state');
    assert.equal(e.cppException, true);
    assert.equal(await m.immediate(1), 3, 'the module still works');
  });
});
