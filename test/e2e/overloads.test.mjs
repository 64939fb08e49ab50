import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { load, assertNoLiveObjects } from './harness.mjs';

const m = await load('overloads');
afterEach(() => {
  assertNoLiveObjects(m);
  assert.equal(m.alive_objects(), 0, 'C++ objects left alive');
});
const { Point, Logger } = m;

test('free function overloads by type and by count', () => {
  assert.equal(m.describe(5), 'int 5');
  assert.equal(m.describe('k'), 'string k');
  assert.equal(m.describe(new Int32Array(4)), 'vector of 4');
  assert.equal(m.describe(1, 2), 'two ints 3');
});

test('a call no overload accepts is a TypeError listing the overloads', () => {
  for (const args of [[2.5], [true], [], [1, 2, 3], [1, 'x'], [null], [[1, 2]]])
    assert.throws(() => m.describe(...args), (e) => {
      assert.equal(e.name, 'TypeError');
      assert.match(e.message, /^describe: no overload accepts the arguments/);
      assert.match(e.message, /describe\(n: number\): string/);
      assert.match(e.message, /describe\(s: string\): string/);
      assert.match(e.message, /describe\(v: Int32Array\): string/);
      assert.match(e.message, /describe\(a: number, b: number\): string/);
      return true;
    });
});

test('default arguments: omitted or undefined, C++ gets its default', () => {
  assert.equal(m.add(1), 100 + 20 + 40);
  assert.equal(m.add(1, 3), 100 + 30 + 40);
  assert.equal(m.add(1, 3, 5), 100 + 30 + 5);
  assert.equal(m.add(1, undefined), 100 + 20 + 40);
  assert.equal(m.add(1, 3, undefined), 100 + 30 + 40);
  assert.equal(m.greet(), 'hello world!');
  assert.equal(m.greet('you'), 'hello you!');
  assert.equal(m.greet('you', '?'), 'hello you?');
  assert.equal(m.big(1n), 8n);
  assert.equal(m.big(1n, 2n), 3n);
  // A required argument is still required, and checked as before.
  assert.throws(() => m.add(), { name: 'TypeError', message: /argument 'a'/ });
  assert.throws(() => m.add(1, 'x'), { name: 'TypeError', message: /argument 'b'/ });
  assert.throws(() => m.greet(5), { name: 'TypeError', message: /argument 'name'/ });
});

test('constructors: overloads and defaults', () => {
  const a = new Point();
  const b = new Point(3);
  const c = new Point(3, 4);
  const d = new Point('abcd');
  assert.deepEqual([a.x(), a.y()], [0, 0]);
  assert.deepEqual([b.x(), b.y()], [3, 1.5]);
  assert.deepEqual([c.x(), c.y()], [3, 4]);
  assert.deepEqual([d.x(), d.y()], [4, -1]);
  assert.throws(() => new Point(true), { name: 'TypeError', message: /new Point: no overload accepts/ });
  for (const p of [a, b, c, d]) p.free();
});

test('methods, statics, const and non-const twins', () => {
  const p = new Point(1, 1);
  p.move(2, 3);
  assert.deepEqual([p.x(), p.y()], [3, 4]);
  const q = Point.origin(10);
  p.move(q);
  assert.deepEqual([p.x(), p.y()], [13, 14]);
  assert.equal(p.name(), 'mutable');
  assert.equal(p.scaled(), 26);
  assert.equal(p.scaled(0.5), 6.5);
  const o = Point.origin();
  assert.deepEqual([o.x(), o.y()], [0, 0]);
  assert.throws(() => p.move('x'), { name: 'TypeError', message: /Point\.move: no overload accepts/ });
  // The wrong overload is never called with converted values.
  assert.throws(() => p.move(1), { name: 'TypeError' });
  for (const x of [p, q, o]) x.free();
});

test('foreign overloads are tried in declaration order', () => {
  assert.equal(m.set('k', 5), 'k=int 5');
  assert.equal(m.set('k', 2.5), 'k=double 2.5');
  assert.throws(() => m.set('k', 'v'), { name: 'TypeError', message: /set: no overload accepts/ });
  // The list tells the int overload from the double one by their C++ types.
  assert.throws(() => m.set('k', 'v'), {
    message: /set\(k: string, v: number\): string \[v: int\]; set\(k: string, v: number\): string \[v: double\]/,
  });
});

test('a trailing parameter that cannot cross keeps its default', () => {
  const l = new Logger();
  assert.equal(l.level(), 1);
  assert.equal(l.hasOut(), false);
  const k = new Logger(3);
  assert.equal(k.level(), 3);
  l.free();
  k.free();
});
