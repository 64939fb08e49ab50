import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { load, assertNoLiveObjects, assertMemoryStable } from './harness.mjs';

const calls = [];
globalThis.numbers = {
  twice: (x) => 2 * x,
  isEven: (x) => x % 2 === 0,
  big: (a, b) => BigInt.asUintN(64, a + b),
  half: (x) => x / 2,
  small: (a, b, c) => (a + b + c) % 100,
  note: (x) => { calls.push(x); },
};
const m = await load('numbers');
afterEach(() => assertNoLiveObjects(m));

test('integers of every width cross at their limits', () => {
  const cases = [
    [m.echo_i8, -128, 127], [m.echo_u8, 0, 255],
    [m.echo_i16, -32768, 32767], [m.echo_u16, 0, 65535],
    [m.echo_i32, -2147483648, 2147483647], [m.echo_u32, 0, 4294967295],
    [m.echo_long, -2147483648, 2147483647],
  ];
  for (const [fn, lo, hi] of cases) {
    assert.equal(fn(lo), lo, fn.name);
    assert.equal(fn(hi), hi, fn.name);
    assert.equal(fn(0), 0, fn.name);
  }
  assert.equal(m.echo_i64(-(2n ** 63n)), -(2n ** 63n));
  assert.equal(m.echo_i64(2n ** 63n - 1n), 2n ** 63n - 1n);
  assert.equal(m.echo_u64(2n ** 64n - 1n), 2n ** 64n - 1n);
  assert.equal(m.echo_u64(0n), 0n);
  assert.equal(m.echo_ull(2n ** 64n - 2n), 2n ** 64n - 2n);
  assert.equal(m.wrap_u8(300), 44);
});

test('bool, float and double', () => {
  assert.equal(m.negate(true), false);
  assert.equal(m.negate(false), true);
  assert.equal(m.echo_f32(1.5), 1.5);
  assert.equal(m.echo_f32(0.1), Math.fround(0.1));
  assert.equal(m.echo_f64(Math.PI), Math.PI);
  assert.equal(m.echo_f64(-0), -0);
  assert.ok(Number.isNaN(m.echo_f64(NaN)));
  assert.equal(m.echo_f64(Infinity), Infinity);
  assert.equal(m.mix(-1, 2, 3n, 0.5, true), 5.5);
  assert.equal(m.sumTo(100000), 5000050000n);
  assert.equal(m.add(2, 3), 5);
  assert.equal(m.nothing(), undefined);
});

test('wrong argument types throw TypeError naming function and parameter', () => {
  assert.throws(() => m.add(1.5, 2), { name: 'TypeError', message: /add: argument 'a' must be an integer/ });
  assert.throws(() => m.add(1, '2'), { name: 'TypeError', message: /add: argument 'b'/ });
  assert.throws(() => m.add(1), { name: 'TypeError', message: /argument 'b'.*got undefined/ });
  assert.throws(() => m.echo_u8(256), TypeError);
  assert.throws(() => m.echo_u8(-1), TypeError);
  assert.throws(() => m.echo_i8(128), TypeError);
  assert.throws(() => m.echo_u32(-1), TypeError);
  assert.throws(() => m.echo_i32(2 ** 31), TypeError);
  assert.throws(() => m.echo_i32(NaN), TypeError);
  assert.throws(() => m.echo_i64(1), { name: 'TypeError', message: /must be a bigint/ });
  assert.throws(() => m.echo_i64(2n ** 63n), TypeError);
  assert.throws(() => m.echo_u64(-1n), TypeError);
  assert.throws(() => m.echo_f64('1'), { name: 'TypeError', message: /echo_f64: argument 'v' must be a number, got "1"/ });
  assert.throws(() => m.negate(1), { name: 'TypeError', message: /must be a boolean/ });
  // Values that bitwise operators would choke on get the same message.
  assert.throws(() => m.echo_i32(1n), { name: 'TypeError', message: /echo_i32: argument 'v' must be an integer .*got 1n/ });
  assert.throws(() => m.echo_u8(Symbol('s')), { name: 'TypeError', message: /got a symbol/ });
  assert.throws(() => m.echo_i16(Object.create(null)), { name: 'TypeError', message: /got an object/ });
  assert.throws(() => m.echo_u32([]), { name: 'TypeError', message: /got an array/ });
  let touched = false;
  assert.throws(() => m.echo_i32({ valueOf() { touched = true; return 1; } }), TypeError);
  assert.equal(touched, false, 'the check must not call valueOf');
});

test('imports receive and return every width', () => {
  assert.equal(m.call_twice(21), 42);
  assert.equal(m.call_is_even(4294967294), true);
  assert.equal(m.call_is_even(7), false);
  assert.equal(m.call_big(-1n, 2n), 1n);
  assert.equal(m.call_big(0n, 2n ** 64n - 1n), 2n ** 64n - 1n);
  assert.equal(m.call_half(3), 1.5);
  assert.equal(m.call_small(255, -32768, 65535), (255 - 32768 + 65535) % 100);
  m.call_note(7);
  assert.deepEqual(calls, [7]);
});

test('an import returning the wrong type throws TypeError naming it', () => {
  const saved = globalThis.numbers.twice;
  globalThis.numbers.twice = () => 'oops';
  try {
    assert.throws(() => m.call_twice(1), { name: 'TypeError', message: /numbers\.twice must return an integer/ });
  } finally {
    globalThis.numbers.twice = saved;
  }
});

test('numeric calls keep memory flat', () => {
  assertMemoryStable(m, (i) => m.add(i, 1) + m.call_twice(i));
  assertNoLiveObjects(m);
});
