import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { load, assertNoLiveObjects, assertMemoryStable } from './harness.mjs';

const kept = [];
globalThis.hostMakeThing = (name) => ({ name, made: true });
globalThis.hostInspect = (v) => `${v.name}:${v.made}:${kept.includes(v)}`;
globalThis.hostKeep = (v) => { kept.push(v); };

const m = await load('jsvalue');
afterEach(() => assertNoLiveObjects(m));

test('a JS object held by C++ across calls is the same object', () => {
  const start = m.__wasmport.jsValues();
  const o = { tag: 'kept' };
  m.hold(o);
  assert.equal(m.__wasmport.jsValues(), start + 1);
  assert.equal(m.held(), o);
  assert.equal(m.held(), o);
  m.drop_held();
  assert.equal(m.held(), undefined);
  assert.equal(m.__wasmport.jsValues(), start);
});

test('type tests', () => {
  assert.equal(m.type_of(undefined), 'undefined');
  assert.equal(m.type_of(null), 'null');
  assert.equal(m.type_of(false), 'boolean');
  assert.equal(m.type_of(1.5), 'number');
  assert.equal(m.type_of('s'), 'string');
  assert.equal(m.type_of(3n), 'bigint');
  assert.equal(m.type_of(Symbol('x')), 'symbol');
  assert.equal(m.type_of(() => 1), 'function');
  assert.equal(m.type_of([]), 'object');
});

test('conversions report failure instead of converting', () => {
  assert.equal(m.convert(true), 'bool true');
  assert.equal(m.convert(false), 'bool false');
  assert.equal(m.convert(2.5), 'number 2.500000');
  assert.equal(m.convert('héllo ✓'), 'string héllo ✓');
  assert.equal(m.convert(-5n), 'bigint -5');
  assert.equal(m.convert({}), 'none object');
  assert.equal(m.convert(null), 'none nullish');
  assert.equal(m.convert('1'), 'string 1');
  assert.equal(m.as_int(7), '7');
  assert.equal(m.as_int(7.5), 'not an int');
  assert.equal(m.as_int(2 ** 40), 'not an int');
  assert.equal(m.as_int('7'), 'not an int');
});

test('values made in C++: numbers, strings, bool, null, undefined, bigint', () => {
  assert.deepEqual(m.make_values(),
      [1, 2.5, true, 'text', 'héllo', null, undefined, -9007199254740993n]);
  assert.equal(m.big(-(2n ** 63n)), -(2n ** 63n));
});

test('get and set properties, by name and by index', () => {
  assert.deepEqual(m.make_point(1.5, -2), { x: 1.5, y: -2 });
  assert.equal(m.sum_xy({ x: 3, y: 4 }), 7);
  assert.equal(m.sum_xy({ get x() { return 10; }, y: 1 }), 11);
  assert.equal(m.element(['a', 'b', 'c'], 1), 'b');
  assert.equal(m.element(['a'], 5), undefined);
});

test('methods are called with this, strings and numbers', () => {
  const greeter = {
    prefix: 'Hello',
    greet(name, times) { return `${this.prefix}, ${name}${'!'.repeat(times)}`; },
  };
  assert.equal(m.greet_with(greeter, 'Ada'), 'Hello, Ada!!!');
  assert.equal(m.greet_with({ greet: () => 42 }, 'x'), '<no string>');
});

test('functions are called, with this undefined or given', () => {
  assert.deepEqual(m.call_function(function (a, b) { return [this, a, b]; }, 4, 'ü'),
      [undefined, 4, 'ü']);
  const self = { base: 5 };
  assert.equal(m.apply_to(function (x) { return this.base + x; }, self), 15);
});

test('constructors and globals: new Date', () => {
  assert.equal(m.date_year(Date.UTC(2024, 1, 29)), 2024);
  assert.equal(m.is_instance(new Date(), Date), true);
  assert.equal(m.is_instance({}, Date), false);
});

test('equality is ===; copies and moves keep the value', () => {
  const o = {};
  assert.equal(m.same(o, o), true);
  assert.equal(m.same(o, {}), false);
  assert.equal(m.same(NaN, NaN), false);
  assert.equal(m.same('a', 'a'), true);
  assert.equal(m.same(null, null), true);
  const start = m.__wasmport.jsValues();
  assert.equal(m.copies(o), true);
  assert.equal(m.copies('text'), true);
  assert.equal(m.__wasmport.jsValues(), start);
});

test('a JS exception goes on into the caller; the module stays usable', () => {
  const start = m.__wasmport.jsValues();
  assert.throws(() => m.nested({}), TypeError);
  const boom = new Error('getter failed');
  assert.throws(() => m.nested({ get a() { throw boom; } }), (e) => e === boom);
  assert.equal(m.nested({ a: { b: 2 } }), 2);
  assert.throws(() => m.is_instance({}, 42), TypeError);
  // The handles of the abandoned frames are not released: the documented
  // cost of running without C++ exceptions. The module works on.
  assert.ok(m.__wasmport.jsValues() >= start);
  assert.equal(m.churn(10), 10);
});

test('errors made in C++', () => {
  const e = m.make_error('bad thing');
  assert.ok(e instanceof Error);
  assert.equal(e.message, 'bad thing');
});

test('JsValue parameters and results of imports', () => {
  kept.length = 0;
  assert.equal(m.through_imports('lamp'), 'lamp:true:true');
  assert.deepEqual(kept, [{ name: 'lamp', made: true }]);
});

test('handle slots are reused: the heap does not grow', () => {
  const start = m.__wasmport.jsValues();
  assert.equal(m.churn(100_000), 100_000);
  assert.equal(m.__wasmport.jsValues(), start);
  assertMemoryStable(m, (i) => m.sum_xy({ x: i, y: 1 }), 20_000);
  assert.equal(m.__wasmport.jsValues(), start);
});
