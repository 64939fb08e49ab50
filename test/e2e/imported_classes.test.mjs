import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, test } from 'node:test';
import { load, modulePath, assertNoLiveObjects, assertMemoryStable } from './harness.mjs';

const described = [];
globalThis.hostDescribe = (when, map) => {
  described.push([when, map]);
  return `${when.toISOString()} with ${map.size} entries`;
};

const m = await load('imported_classes');
// The module the generated one imports its classes from: the same instance.
const { Counter, StepCounter } = await import(pathToFileURL(
    path.join(path.dirname(modulePath('imported_classes')), 'imported-classes-counter.js')).href);

// Every test leaves the JS heap as it found it: each handle C++ made for an
// imported class's object was released.
let start;
beforeEach(() => { start = m.__wasmport.jsValues(); });
afterEach(() => {
  assertNoLiveObjects(m);
  assert.equal(m.__wasmport.jsValues(), start, 'JsValue handles left behind');
});

const ms = Date.UTC(2024, 1, 29, 12, 30);

test('Date: constructed from ms, methods, a static, a string result', () => {
  assert.equal(m.date_year(ms), 2024);
  assert.equal(m.date_iso(ms), '2024-02-29T12:30:00.000Z');
  const before = Date.now();
  const now = m.date_now();
  assert.ok(now >= before && now <= Date.now(), `${now} is not now`);
});

test('Date objects cross both ways', () => {
  const d = m.make_date(ms);
  assert.ok(d instanceof Date);
  assert.equal(d.getTime(), ms);
  assert.equal(m.date_time(new Date(5)), 5);
  assert.equal(m.years_between(0, ms), 2024 - 1970, 'members used by the second TU');
});

test('Map: new, set (two overloads), get, has, the size getter, delete', () => {
  assert.equal(m.map_ops(), 'size=2 a=1 b=two has(b)=1 delete(a)=1 delete(a)=0 has(a)=0 size=1');
  const map = m.make_map(2.5);
  assert.ok(map instanceof Map);
  assert.deepEqual([...map], [['a', 2.5]]);
  map.set('z', 0);
  assert.equal(m.map_size(map), 2);
  assert.equal(m.map_has(map, 'z'), true);
  assert.equal(m.map_has(new Map(), 'z'), false);
});

test('an ES-module class: constructor, methods, getter, setter, static', () => {
  assert.equal(m.counter_demo(4), 'Counter(7) Counter(70) Counter(0)');
  const c = m.make_step_counter(1, 5);
  assert.ok(c instanceof StepCounter && c instanceof Counter);
  assert.equal(c.count, 6);
  assert.equal(m.step_and_add(0, 2), (2 + 100) + (102 + 2));
});

test('an instance held by C++ across calls is the same object', () => {
  const map = new Map([['k', 1]]);
  m.hold_map(map);
  assert.equal(m.__wasmport.jsValues(), start + 1);
  m.held_map_put('x', 42);
  assert.equal(map.get('x'), 42);
  assert.equal(m.held_map(), map);
  assert.equal(m.held_map(), map);

  const d = new Date(ms);
  m.hold_date(d);
  assert.equal(m.held_date(), d);
  assert.equal(m.held_date_iso(), '2024-02-29T12:30:00.000Z');

  described.length = 0;
  assert.equal(m.describe_held(), '2024-02-29T12:30:00.000Z with 2 entries');
  assert.equal(described[0][0], d);
  assert.equal(described[0][1], map);

  const c = new Counter(10);
  m.hold_counter(c);
  assert.equal(m.held_add(5), 15);
  assert.equal(c.value, 15);
  assert.equal(m.held_counter(), c);
  assert.equal(m.__wasmport.jsValues(), start + 3);
  m.drop_held();
  assert.equal(m.held_map(), undefined);
});

test('a JS method that throws: the exception reaches the JS caller', () => {
  const c = new Counter(1);
  m.hold_counter(c);
  assert.throws(() => m.held_add(-2), { name: 'RangeError', message: 'cannot add -2' });
  assert.equal(m.held_add(2), 3, 'the module stays usable');
  m.drop_held();
  // An object C++ dropped holds undefined: calling a member fails in JS.
  assert.throws(() => m.held_date_iso(), {
    name: 'TypeError',
    message: /^Cannot read properties of undefined \(reading 'toISOString'\)$/,
  });
});

test('a wrong result type is a TypeError naming the member', () => {
  const c = new Counter(1);
  m.hold_counter(c);
  c.value = 'oops';
  assert.throws(() => m.held_count(), {
    name: 'TypeError',
    message: 'Counter.prototype.count from "./imported-classes-counter.js" must return ' +
             'an integer from -2147483648 to 2147483647, got "oops"',
  });
  m.hold_date(new Date(0));
  const saved = Date.prototype.toISOString;
  Date.prototype.toISOString = () => 5;
  try {
    assert.throws(() => m.held_date_iso(), {
      name: 'TypeError',
      message: 'Date.prototype.toISOString must return a string, got 5',
    });
  } finally {
    Date.prototype.toISOString = saved;
  }
  assert.equal(m.held_date_iso(), '1970-01-01T00:00:00.000Z');
  m.drop_held();
});

test('handles are released: the heap and memory do not grow', () => {
  assert.equal(m.churn(10_000), 10_000 + (9_999 * 10_000) / 2);
  assert.equal(m.__wasmport.jsValues(), start);
  assertMemoryStable(m, (i) => m.date_year(i) + m.map_ops().length, 5_000);
});
