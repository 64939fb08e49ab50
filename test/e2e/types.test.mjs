import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { load, assertNoLiveObjects, assertMemoryStable } from './harness.mjs';

const m = await load('types');
afterEach(() => {
  assertNoLiveObjects(m);
  assert.equal(m.aliveItems(), 0, 'C++ Items left alive');
});

test('vectors of every number type round-trip as typed arrays', () => {
  const cases = [
    ['reverseI8', Int8Array, [-128, 0, 127]],
    ['reverseU8', Uint8Array, [0, 1, 255]],
    ['reverseI16', Int16Array, [-32768, 5, 32767]],
    ['reverseU16', Uint16Array, [0, 7, 65535]],
    ['reverseI32', Int32Array, [-2147483648, 9, 2147483647]],
    ['reverseU32', Uint32Array, [0, 11, 4294967295]],
    ['reverseI64', BigInt64Array, [-(2n ** 63n), 13n, 2n ** 63n - 1n]],
    ['reverseU64', BigUint64Array, [0n, 15n, 2n ** 64n - 1n]],
    ['reverseF32', Float32Array, [-1.5, 0.25, 3.5]],
    ['reverseF64', Float64Array, [-1e300, Math.PI, Number.MIN_VALUE]],
  ];
  for (const [fn, Type, values] of cases) {
    const out = m[fn](Type.from(values));
    assert.ok(out instanceof Type, `${fn} returns a ${Type.name}`);
    assert.deepEqual([...out], [...values].reverse(), fn);
    assert.equal(m[fn](new Type(0)).length, 0, `${fn} of an empty array`);
  }
});

test('a vector argument takes exactly its typed array', () => {
  assert.throws(() => m.reverseF64([1, 2]), {
    name: 'TypeError',
    message: "reverseF64: argument 'v' must be a Float64Array, got an array",
  });
  assert.throws(() => m.reverseI32(new Float64Array(1)), { name: 'TypeError', message: /must be an Int32Array, got a Float64Array/ });
  // A view into a larger buffer copies only its own elements.
  const big = new Int32Array([1, 2, 3, 4, 5]);
  assert.deepEqual([...m.reverseI32(big.subarray(1, 4))], [4, 3, 2]);
});

test('1M-element vectors and spans', () => {
  const n = 1_000_000;
  const v = m.iota(n);
  assert.equal(v.length, n);
  assert.equal(v[n - 1], n - 1);
  const doubles = Float64Array.from({ length: n }, (_, i) => i % 7);
  let expected = 0;
  for (const d of doubles) expected += d;
  assert.equal(m.sum(doubles), expected);
  assert.equal(m.sum(new Float64Array(0)), 0);
});

test('std::span<T> writes back into the caller\'s array', () => {
  const values = new Float32Array([1, 2, 3]);
  assert.equal(m.scale(values, 2.5), undefined);
  assert.deepEqual([...values], [2.5, 5, 7.5]);
  const part = values.subarray(1);
  m.scale(part, 2);
  assert.deepEqual([...values], [2.5, 10, 15]);
});

test('a std::span result is a copy', () => {
  const t = m.table();
  assert.ok(t instanceof Uint16Array);
  assert.deepEqual([...t], [10, 20, 30]);
  m.setTable(0, 99);
  assert.equal(t[0], 10, 'the copy does not change');
  assert.equal(m.table()[0], 99);
  m.setTable(0, 10);
});

test('vectors of strings and bools are JS arrays', () => {
  assert.deepEqual(m.reverseStrings(['a', 'héllo', '', '😀']), ['😀', '', 'héllo', 'a']);
  assert.deepEqual(m.reverseStrings([]), []);
  assert.deepEqual(m.reverseBools([true, false, false]), [false, false, true]);
  assert.equal(m.countLong(['tiny', 'no', 'large']), 2);
  assert.throws(() => m.reverseStrings(['a', 2]), {
    name: 'TypeError',
    message: "reverseStrings: argument 'v[1]' must be a string, got 2",
  });
  assert.throws(() => m.reverseBools('yes'), { name: 'TypeError', message: /argument 'v' must be an array, got "yes"/ });
});

test('enums are frozen objects; every value crosses; others throw', () => {
  assert.ok(Object.isFrozen(m.Color));
  assert.deepEqual({ ...m.Color }, { Red: 0, Green: 5, Blue: 6 });
  assert.equal(m.next(m.Color.Red), m.Color.Green);
  assert.equal(m.next(m.Color.Green), m.Color.Blue);
  assert.equal(m.next(m.Color.Blue), m.Color.Red);
  for (const bad of [1, 7, -1, '0', 5.5, undefined]) {
    assert.throws(() => m.next(bad), {
      name: 'TypeError',
      message: /^next: argument 'c' must be a Color value \(0, 5, 6\), got /,
    });
  }
  // C++ may hold a value no enumerator names: a number enum passes it on.
  assert.equal(m.castColor(3), 3);
});

test('string-valued enums', () => {
  assert.deepEqual({ ...m.Shape }, { Circle: 'circle', Square: 'square' });
  assert.equal(m.corners('square'), 4);
  assert.equal(m.corners(m.Shape.Circle), 0);
  assert.equal(m.other('circle'), 'square');
  assert.throws(() => m.corners('triangle'), {
    name: 'TypeError',
    message: `corners: argument 's' must be a Shape value ('circle', 'square'), got "triangle"`,
  });
  assert.throws(() => m.corners(1), { name: 'TypeError' });
  assert.throws(() => m.castShape(9), { name: 'Error', message: 'C++ returned 9, which is not a Shape value' });
});

test('results with nothing to free (the result scratch) and larger ones', () => {
  // Each call gives JS its own object, whatever the next call leaves behind.
  const a = m.midpoint({ x: 0, y: 0 }, { x: 2, y: 4 });
  const b = m.midpoint({ x: 10, y: 10 }, { x: 20, y: 30 });
  const o = m.origin(true);
  assert.deepEqual([a, b, o, m.half(8), m.maybeColor(m.Color.Red)],
    [{ x: 1, y: 2 }, { x: 15, y: 20 }, { x: 0, y: 0 }, 4, m.Color.Red]);
  assert.equal(m.origin(false), undefined);
  // 72 bytes: a slot of its own.
  assert.deepEqual(m.scaling(2),
    { m00: 2, m01: 0, m02: 0, m10: 0, m11: 2, m12: 0, m20: 0, m21: 0, m22: 1 });
  // Neither path keeps memory: a slot freed twice or never would show here.
  assertMemoryStable(m, (i) => {
    if (m.midpoint({ x: i, y: 0 }, { x: i, y: 2 }).x !== i) throw new Error('midpoint');
    if (m.half(2 * i) !== i) throw new Error('half');
    if (m.origin(i % 2 === 0)?.x !== (i % 2 === 0 ? 0 : undefined)) throw new Error('origin');
    if (m.scaling(i).m11 !== i) throw new Error('scaling');
  });
});

test('value structs are plain objects, copied both ways, nested', () => {
  assert.deepEqual(m.midpoint({ x: 0, y: 0 }, { x: 2, y: 4 }), { x: 1, y: 2 });
  const input = {
    name: 'tri',
    points: [{ x: 1, y: 2 }, { x: 3, y: 4 }, { x: 5, y: -6 }],
    fill: m.Color.Red,
    kind: 'square',
    closed: true,
    id: 41n,
  };
  const out = m.describe(input);
  assert.deepEqual(out, { ...input, name: 'tri (3 points)', fill: m.Color.Green, id: 42n });
  assert.equal(input.name, 'tri', 'the argument is not changed');
  assert.deepEqual(m.describe({ ...input, points: [], fill: undefined }).fill, undefined);
  assert.deepEqual(m.square(2), [{ x: 0, y: 0 }, { x: 2, y: 0 }, { x: 2, y: 2 }, { x: 0, y: 2 }]);
});

test('missing or mistyped fields throw a TypeError naming the field', () => {
  const good = { name: 'p', points: [], fill: undefined, kind: 'circle', closed: false, id: 0n };
  const cases = [
    [{ x: 1 }, "midpoint: argument 'a.y' must be a number, got undefined"],
    [null, "midpoint: argument 'a' must be an object (Point), got null"],
  ];
  for (const [a, message] of cases)
    assert.throws(() => m.midpoint(a, { x: 0, y: 0 }), { name: 'TypeError', message });
  assert.throws(() => m.describe({ ...good, points: [{ x: 1, y: 'two' }] }), {
    name: 'TypeError',
    message: `describe: argument 'p.points[0].y' must be a number, got "two"`,
  });
  assert.throws(() => m.describe({ ...good, id: 1 }), { message: /argument 'p.id' must be a bigint/ });
  assert.throws(() => m.describe({ ...good, fill: 2 }), { message: /argument 'p.fill' must be a Color value/ });
  assert.throws(() => { const { kind, ...rest } = good; m.describe(rest); }, { message: /argument 'p.kind' must be a Shape value/ });
});

test('fields are own properties: a polluted Object.prototype fills in nothing', () => {
  Object.prototype.y = 7;
  Object.prototype.fill = m.Color.Blue;
  try {
    assert.throws(() => m.midpoint({ x: 1 }, { x: 0, y: 0 }), {
      name: 'TypeError',
      message: "midpoint: argument 'a.y' must be a number, got undefined",
    });
    const p = { name: 'p', points: [], kind: 'circle', closed: false, id: 0n };
    assert.equal(m.describe(p).fill, undefined);
    // An object with a prototype still passes its own fields.
    const point = Object.assign(Object.create({ z: 1 }), { x: 2, y: 4 });
    assert.deepEqual(m.midpoint(point, { x: 0, y: 0 }), { x: 1, y: 2 });
  } finally {
    delete Object.prototype.y;
    delete Object.prototype.fill;
  }
});

test('optional of each kind is T | undefined', () => {
  assert.equal(m.half(8), 4);
  assert.equal(m.half(7), undefined);
  assert.equal(m.half(undefined), undefined);
  assert.equal(m.half(null), undefined, 'null is accepted as empty too');
  assert.throws(() => m.half('8'), { name: 'TypeError', message: /argument 'v' must be an integer/ });
  assert.equal(m.shout('hey'), 'hey!');
  assert.equal(m.shout(undefined), undefined);
  assert.deepEqual(m.origin(true), { x: 0, y: 0 });
  assert.equal(m.origin(false), undefined);
  assert.deepEqual(m.maybeList(true), new Float64Array([1.5, 2.5]));
  assert.equal(m.maybeList(false), undefined);
  assert.equal(m.maybeColor(m.Color.Blue), m.Color.Blue);
  assert.equal(m.maybeColor(undefined), undefined);
  assert.equal(m.maybeNot(false), true);
  assert.equal(m.maybeNot(undefined), undefined);
  assert.deepEqual(m.evens([2n, 3n, undefined, -4n]), [2n, undefined, undefined, -4n]);
});

test('std::unique_ptr results are owned by JS; arguments consume the object', () => {
  const item = m.makeItem('apple');
  assert.ok(item instanceof m.Item);
  assert.equal(item.name(), 'apple');
  assert.equal(m.aliveItems(), 1);
  assert.equal(m.consume(item), 'consumed apple');
  assert.equal(m.aliveItems(), 0, 'C++ deleted the consumed object');
  assert.throws(() => item.name(), { name: 'Error', message: 'Item.name: Item object used after free()' });
  assert.throws(() => m.consume(item), { name: 'Error', message: "consume: argument 'item' is a Item object used after free()" });
  item.free(); // Harmless.
  assert.equal(m.consume(null), 'nothing');
  assert.equal(m.noItem(), null);
  const owned = new m.Item('mine');
  assert.equal(m.consume(owned), 'consumed mine');
});

test('std::shared_ptr: JS holds a reference that free() drops', () => {
  const a = m.sharedItem();
  const b = m.sharedItem();
  assert.notEqual(a, b, 'two wrappers for one object');
  assert.equal(a.name(), 'shared');
  assert.equal(m.useCount(a), 4, 'C++ global, a, b and the argument');
  a.free();
  assert.equal(m.useCount(b), 3);
  m.dropShared();
  assert.equal(b.name(), 'shared', 'JS keeps the object alive');
  assert.equal(m.aliveItems(), 1);
  b.free();
  assert.equal(m.aliveItems(), 0);
  const own = new m.Item('own');
  assert.throws(() => m.useCount(own), { name: 'TypeError', message: /must be a Item received from C\+\+ as a std::shared_ptr/ });
  own.free();
  const shared = m.sharedItem();
  assert.throws(() => m.consume(shared), { name: 'TypeError', message: /owns alone/ });
  assert.equal(shared.name(), 'shared', 'a failed check changes nothing');
  shared.free();
  m.dropShared();
});

test('raw pointer results are borrowed', () => {
  const g = m.globalItem();
  assert.equal(g.name(), 'global');
  assert.equal(m.__wasmport.liveObjects(), 0, 'borrowed objects are not owned');
  g.free();
  assert.equal(m.globalItem().name(), 'global', 'free() only detached the wrapper');
});

test('vectors of objects and of unique_ptrs', () => {
  const list = m.items(['a', 'b']);
  assert.equal(list.length, 2);
  assert.deepEqual(list.map((i) => i.name()), ['a', 'b']);
  assert.equal(m.joinItems(list), 'a;b;', 'objects are copied into C++');
  for (const i of list) i.free();
  const owned = m.ownedItems(3);
  assert.deepEqual(owned.map((i) => i.name()), ['item0', 'item1', 'item2']);
  for (const i of owned) i.free();
  const x = new m.Item('x');
  assert.throws(() => m.joinItems([x, 'y']), {
    name: 'TypeError',
    message: `joinItems: argument 'items[1]' must be a Item, got "y"`,
  });
  assert.equal(x.name(), 'x', 'a failed check changes nothing');
  x.free();
});

test('memory stays flat over many rich round trips', () => {
  const poly = { name: 'p', points: [{ x: 1, y: 2 }], fill: m.Color.Red, kind: 'circle', closed: true, id: 1n };
  assertMemoryStable(m, () => {
    m.describe(poly);
    m.reverseStrings(['a', 'b']);
    m.reverseF64(new Float64Array(16));
    m.consume(m.makeItem('x'));
    m.sharedItem().free();
  }, 20_000);
  m.dropShared();
});
