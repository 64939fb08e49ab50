import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, test } from 'node:test';
import { load, modulePath, minify, assertNoLiveObjects, assertMemoryStable } from './harness.mjs';

const m = await load('class_features');
afterEach(() => {
  assertNoLiveObjects(m);
  assert.equal(m.alive_objects(), 0, 'C++ objects left alive');
});
const { Counter, Shape, Rect, Square } = m;

test('public data members are properties', () => {
  const c = new Counter(5);
  assert.equal(c.value, 5);
  c.value = 42;
  assert.equal(c.value, 42);
  c.increment();
  assert.equal(c.value, 43, 'C++ sees what JS assigned');
  assert.equal(c.label, 'counter');
  c.label = 'héllo wörld';
  assert.equal(c.label, 'héllo wörld');
  assert.equal(c.big, 0n);
  c.big = 2n ** 64n - 1n;
  assert.equal(c.big, 2n ** 64n - 1n);
  assert.equal(c.enabled, true);
  c.enabled = false;
  assert.equal(c.enabled, false);
  c.ratio = 0.25;
  assert.equal(c.ratio, 0.25);
  assert.equal(c.hidden, undefined, '[[wasmport::skip]] members are not exported');
  assert.ok('value' in Counter.prototype, 'properties are accessors on the prototype');
  assert.deepEqual(Reflect.ownKeys(c), [], 'no own properties: the C++ object is in private state');
  c.free();
});

test('const and borrowed members are read-only', () => {
  const c = new Counter();
  assert.equal(c.limit, 100);
  assert.equal(c.kind, 'plain');
  // Module code is strict: assigning a property without a setter throws.
  assert.throws(() => { c.limit = 1; }, TypeError);
  assert.throws(() => { c.kind = 'x'; }, TypeError);
  assert.equal(c.limit, 100);
  const d = Object.getOwnPropertyDescriptor(Counter.prototype, 'limit');
  assert.equal(d.set, undefined);
  c.free();
});

test('assigning a wrong type throws a TypeError naming the property', () => {
  const c = new Counter();
  assert.throws(() => { c.value = '1'; }, { name: 'TypeError', message: /Counter\.value: argument 'value' must be an integer from -2147483648 to 2147483647, got/ });
  assert.throws(() => { c.value = 2 ** 31; }, { name: 'TypeError', message: /Counter\.value/ });
  assert.throws(() => { c.label = 1; }, { name: 'TypeError', message: /Counter\.label: argument 'label' must be a string/ });
  assert.throws(() => { c.big = 1; }, { name: 'TypeError', message: /Counter\.big: argument 'big' must be a bigint/ });
  assert.throws(() => { c.step = 1.5; }, { name: 'TypeError', message: /Counter\.step: argument 's' must be an integer/ });
  assert.equal(c.value, 0, 'a rejected assignment changes nothing');
  c.free();
});

test('getter and setter methods are accessor properties', () => {
  const c = new Counter(1);
  assert.equal(c.step, 1);
  c.step = 5;
  c.increment();
  assert.equal(c.value, 6);
  assert.equal(c.twice, 12);
  assert.throws(() => { c.twice = 1; }, TypeError, 'a getter without a setter is read-only');
  assert.equal(c.getStep, undefined);
  assert.equal(c.setStep, undefined);
  assert.equal(c.doubled, undefined);
  const s = new Square(2);
  assert.equal(s.side, 2);
  s.side = 3;
  assert.equal(s.side, 3);
  assert.equal(s.area(), 9);
  assert.equal(s.sides, 4, 'a base class getter on a derived object');
  c.free();
  s.free();
});

test('properties of a freed object throw', () => {
  const c = new Counter(1);
  c.free();
  assert.throws(() => c.value, { name: 'Error', message: /Counter\.value: Counter object used after free\(\)/ });
  assert.throws(() => { c.value = 1; }, { name: 'Error', message: /Counter\.value: Counter object used after free\(\)/ });
  assert.throws(() => Object.getOwnPropertyDescriptor(Counter.prototype, 'value').get.call({}),
                { name: 'TypeError', message: /'this' is not a Counter/ });
});

test('subclasses: instanceof, inherited methods and properties, virtual calls', () => {
  const r = new Rect(2, 3);
  const s = new Square(4);
  assert.ok(r instanceof Rect && r instanceof Shape);
  assert.ok(s instanceof Square && s instanceof Rect && s instanceof Shape);
  assert.ok(!(r instanceof Square));
  assert.equal(Object.getPrototypeOf(Square), Rect);
  assert.equal(Object.getPrototypeOf(Rect), Shape);
  assert.equal(r.area(), 6);
  assert.equal(s.area(), 16);
  assert.equal(s.describe(), 'square of area 16', 'Shape.describe on a Square calls the override');
  assert.equal(Shape.prototype.area.call(s), 16, "the base's thunk dispatches virtually");
  assert.equal(s.name, 'square');
  s.name = 'box';
  assert.equal(s.describe(), 'box of area 16');
  s.w = 5;
  assert.equal(s.area(), 20, "Rect's properties on a Square");
  assert.throws(() => new Shape(), { name: 'TypeError', message: /Shape has no constructor/ });
  const u = Square.unit();
  assert.ok(u instanceof Square);
  assert.equal(u.side, 1);
  assert.equal(Counter.alive(), 3);
  for (const o of [r, s, u]) o.free();
  assert.equal(Counter.alive(), 0, 'each object is deleted through its own class');
});

test('derived objects are accepted where the base is expected', () => {
  const r = new Rect(2, 5);
  const s = new Square(3);
  assert.equal(m.area_of(r), 10);
  assert.equal(m.area_of(s), 9);
  assert.equal(m.area_or(s, -1), 9);
  assert.equal(m.area_or(null, -1), -1);
  m.grow(s, 1);
  assert.equal(s.area(), 16);
  const c = new Counter();
  assert.throws(() => m.area_of(c), { name: 'TypeError', message: /area_of: argument 's' must be a Shape, got a Counter/ });
  assert.throws(() => m.grow({}, 1), TypeError);
  const side = Object.getOwnPropertyDescriptor(Square.prototype, 'side').get;
  assert.throws(() => side.call(r), { name: 'TypeError', message: /Square\.side: 'this' is not a Square/ });
  for (const o of [r, s, c]) o.free();
});

test('a JS class may extend an exported class', () => {
  class Labelled extends Square {
    constructor() { super(2); this.extra = 'js'; }
    get doubleArea() { return 2 * this.area(); }
  }
  const l = new Labelled();
  assert.ok(l instanceof Square);
  assert.equal(l.doubleArea, 8);
  assert.equal(m.area_of(l), 4);
  l.free();
});

test('overloads are exported under their distinct names', () => {
  const c = new Counter();
  c.addInt(2);
  c.addText('40');
  assert.equal(c.value, 42);
  const a = Counter.fromString('7');
  const b = Counter.fromNumber(8.9);
  assert.deepEqual([a.value, b.value], [7, 8]);
  assert.equal(m.parseInt32('12'), 12);
  assert.equal(m.parseFloat64(1.5), 1.5);
  assert.equal(c.add, undefined);
  assert.equal(Counter.from, undefined);
  assert.equal(m.parse, undefined);
  assert.throws(() => c.addInt('1'), { name: 'TypeError', message: /Counter\.addInt: argument 'n'/ });
  // Constructors overloaded by arity dispatch on the argument count.
  const d = new Counter();
  const e = new Counter(3);
  assert.deepEqual([d.value, e.value], [0, 3]);
  assert.throws(() => new Counter(1, 2), { name: 'TypeError', message: /new Counter: no constructor takes 2 arguments/ });
  for (const o of [a, b, c, d, e]) o.free();
});

test('doc comments become JSDoc in the .js and .d.ts', () => {
  const js = readFileSync(modulePath('class_features'), 'utf8');
  const dts = readFileSync(modulePath('class_features').replace(/\.js$/, '.d.ts'), 'utf8');
  // --minify drops comments from the .js; the .d.ts keeps them.
  for (const text of minify ? [dts] : [js, dts]) {
    assert.match(text, /\/\*\*\n \* A counter with public state\.\n \*\/\nexport class Counter /);
    assert.match(text, /  \/\*\*\n   \* The current value; assignable\.\n   \*\/\n  (get value\(\)|value: number;)/);
    assert.match(text, /\/\*\*\n \* Parses a number\.\n \*\/\nexport function parseInt32/);
  }
  // One JS constructor dispatches on arity; each overload is documented in
  // the .d.ts.
  assert.match(dts, /   \* Starts at start\.\n   \*\n   \* @param start the first value\n   \*\/\n  constructor\(start: number\);/);
  assert.match(dts, /export class Square extends Rect \{/);
  assert.match(dts, /  readonly limit: number;/);
});

test('property access keeps memory flat and nothing leaks', () => {
  const c = new Counter();
  const s = new Square(1);
  assertMemoryStable(m, (i) => {
    c.value = i | 0;
    c.label = 'x' + (i % 10);
    if (c.label.length !== 2) throw new Error('bad label');
    s.side = i % 7;
    if (s.area() !== (i % 7) ** 2) throw new Error('bad area');
  });
  c.free();
  s.free();
});
