import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { load, assertNoLiveObjects, assertMemoryStable } from './harness.mjs';

const m = await load('constants_methods');
afterEach(() => {
  assertNoLiveObjects(m);
  assert.equal(m.alive_objects(), 0, 'C++ objects left alive');
});
const { Point, Tag, Box, Size, Level, Shape } = m;

test('static constexpr members are static read-only properties', () => {
  assert.equal(Point.MAX, 1000);
  assert.equal(Point.BIG, -9007199254740993n, '64-bit constants are exact bigints');
  assert.equal(Point.UBIG, 2n ** 64n - 1n);
  assert.equal(Point.PI, Math.PI);
  assert.equal(Point.TENTH, 0.1);
  assert.equal(Point.THIRD, Math.fround(1 / 3), 'a float is the value C++ holds');
  assert.ok(Number.isNaN(Point.NOTHING));
  assert.equal(Point.UP, Infinity);
  assert.equal(Point.DOWN, -Infinity);
  assert.ok(Object.is(Point.NEG_ZERO, -0));
  assert.equal(Point.LARGE, 1e300);
  assert.equal(Point.ORIGIN_IS_ZERO, true);
  assert.equal(Point.UNIT, 'px "quoted"\n\'\\');
  assert.equal(Point.NAME, 'Point €');
  assert.equal(Point.WITH_NUL, 'a\0b');
  assert.equal(Point.DEFAULT_LEVEL, Level.High);
  assert.equal(Point.DEFAULT_SHAPE, Shape.Square);
  assert.equal(Point.DEFAULT_SHAPE, 'square');
  assert.equal(Point.LEGACY, 7);
  assert.equal(Point.TINY, -128, 'renamed with [[wasmport::export("TINY")]]');
  for (const name of ['tiny', 'hidden', 'counter'])
    assert.equal(Point[name], undefined, `${name} is not exported`);
});

test('constants cannot be assigned or redefined by accident', () => {
  assert.throws(() => { Point.MAX = 1; }, TypeError);
  assert.equal(Point.MAX, 1000);
  const d = Object.getOwnPropertyDescriptor(Point, 'MAX');
  assert.equal(typeof d.get, 'function');
  assert.equal(d.set, undefined);
  const p = new Point(1, 2);
  assert.equal(p.MAX, undefined, 'a static, not an instance property');
  p.free();
});

test('namespace constants are exports of the module', () => {
  assert.equal(m.VERSION, '1.2.3');
  assert.equal(m.ANSWER, 42);
  assert.equal(m.LIMIT, 65535);
  assert.equal(m.NEG, -1n);
  assert.equal(m.RATIO, 0.1);
  assert.equal(m.LEVEL, Level.Low);
  assert.equal(m.kLimit, undefined);
  assert.equal(m.internal, undefined, 'unmarked constants stay in C++');
  assert.equal(m.twice(4), 8, 'the exported namespace exports its functions still');
  assert.throws(() => { m.VERSION = 'x'; }, TypeError);
});

test('toString() is what String() and template literals give', () => {
  const p = new Point(1, -2);
  assert.equal(String(p), '(1, -2)');
  assert.equal(`${p}`, '(1, -2)');
  assert.equal('at ' + p, 'at (1, -2)');
  p.x = 5;
  assert.equal(`${p}`, '(5, -2)', 'each conversion calls C++');
  const t = new Tag('héllo');
  assert.equal(`${t}!`, 'héllo!', 'a std::string_view result');
  const s = new Size(3, 1);
  assert.equal(String(s), 'wide', 'a const char * result');
  p.free();
  assert.throws(() => String(p), { name: 'Error', message: /Point\.toString: Point object used after free\(\)/ });
  assert.throws(() => `${p}`, { name: 'Error', message: /used after free/ });
  t.free();
  s.free();
});

test('operator== is equals(other), whichever way C++ declares it', () => {
  const a = new Point(1, 2), b = new Point(1, 2), c = new Point(2, 1);
  assert.equal(a.equals(b), true);
  assert.equal(a.equals(c), false);
  assert.equal(a.equals(a), true);
  const t1 = new Tag('x'), t2 = new Tag('x'), t3 = new Tag('y');
  assert.equal(t1.equals(t2), true, 'a friend operator==');
  assert.equal(t1.equals(t3), false);
  const x = new Box(3), y = new Box(3), z = new Box(4);
  assert.equal(x.equals(y), true, 'an operator== of the namespace');
  assert.equal(x.equals(z), false);
  const s1 = new Size(1, 2), s2 = new Size(1, 2), s3 = new Size(2, 2);
  assert.equal(s1.equals(s2), true, 'a defaulted operator==');
  assert.equal(s1.equals(s3), false);
  for (const o of [a, b, c, t1, t2, t3, x, y, z, s1, s2, s3])
    o.free();
});

test('equals checks its argument', () => {
  const a = new Point(1, 2), t = new Tag('x');
  assert.throws(() => a.equals(t), { name: 'TypeError', message: /Point\.equals: argument 'O' must be a Point, got a Tag/ });
  assert.throws(() => a.equals({ x: 1, y: 2 }), { name: 'TypeError', message: /Point\.equals: argument 'O' must be a Point/ });
  assert.throws(() => a.equals(null), { name: 'TypeError', message: /Point\.equals: argument 'O' must be a Point, got null/ });
  assert.throws(() => a.equals(), { name: 'TypeError', message: /Point\.equals/ });
  assert.throws(() => t.equals(a), { name: 'TypeError', message: /Tag\.equals: argument 'B' must be a Tag, got a Point/ });
  const b = new Point(1, 2);
  b.free();
  assert.throws(() => a.equals(b), { name: 'Error', message: /argument 'O' is a Point object used after free\(\)/ });
  a.free();
  assert.throws(() => a.equals(a), { name: 'Error', message: /Point\.equals: Point object used after free\(\)/ });
  t.free();
});

test('toString and equals leak nothing', () => {
  const a = new Point(1, 2), b = new Point(1, 2);
  assertMemoryStable(m, () => {
    if (!a.equals(b) || `${a}` !== '(1, 2)')
      throw new Error('wrong result');
  });
  a.free();
  b.free();
});
