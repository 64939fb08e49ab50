// std::map / std::unordered_map ↔ Map and std::set / std::unordered_set ↔
// Set (docs/Types.md, "Maps and sets"), both ways, nested, in value structs,
// optionals and vectors, and through an import. Every case ends with the
// operator new blocks and live objects back at their level, also when a
// check fails half way through a map.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { load } from './harness.mjs';

const host = {};
globalThis.host = host;
const m = await load('maps_sets');

function level() {
  return { blocks: m.liveBlocks(), live: m.__wasmport.liveObjects() };
}
let start;
beforeEach(() => {
  start = level();
});
afterEach(() => {
  for (const k of Object.keys(host)) delete host[k];
  assert.deepEqual(level(), start, 'something was left behind');
});

test('a Map crosses both ways, in key order', () => {
  const out = m.doubled(new Map([['b', 2], ['a', 1], ['c', -3]]));
  assert.ok(out instanceof Map);
  assert.deepEqual([...out], [['a', 2], ['b', 4], ['c', -6]]);
  assert.equal(m.describe(new Map()), '');
  assert.deepEqual(m.doubled(new Map()), new Map());
});

test('a plain object is accepted for string keys', () => {
  assert.equal(m.describe({ z: 26, a: 1 }), 'a=1;z=26;');
  assert.equal(m.describe(Object.assign(Object.create(null), { k: 5 })), 'k=5;');
  // Only own enumerable string keys: symbols and inherited ones are left out.
  const o = { own: 2, [Symbol('s')]: 3 };
  Object.defineProperty(o, 'hidden', { value: 4, enumerable: false });
  Object.prototype.inherited = 1;
  try {
    assert.equal(m.describe(o), 'own=2;');
  } finally {
    delete Object.prototype.inherited;
  }
  // Other objects are not plain: a class instance is refused.
  assert.throws(() => m.describe(new (class Box {})()), {
    name: 'TypeError',
    message: "describe: argument 'm' must be a Map or a plain object, got a Box",
  });
});

test('an unordered_map comes back in ascending key order', () => {
  const input = new Map([['x', 1], ['b', 2], ['m', 3], ['a', 4]]);
  const out = m.scaled(input, 0.5);
  assert.deepEqual([...out.keys()], ['a', 'b', 'm', 'x']);
  assert.deepEqual([...out.values()], [2, 1, 1.5, 0.5]);
});

test('keys: bigints, enums, bools', () => {
  const n = m.names(new BigInt64Array([3n, -1n, 3n, 9007199254740993n]));
  assert.deepEqual([...n], [[-1n, '#-1'], [3n, '#3'], [9007199254740993n, '#9007199254740993']]);
  assert.equal(m.sumColors(new Map([[m.Color.Red, 1], [m.Color.Blue, 10]])), 31);
  assert.deepEqual([...m.moods(true)], [['happy', true], ['sad', false]]);
  const s = m.split(['a', 'long', 'xyz', 'words']);
  assert.deepEqual([...s], [[false, ['a', 'xyz']], [true, ['long', 'words']]]);
});

test('maps of maps', () => {
  const out = m.nested(new Map([['k', new Map([['v', 2]])]]));
  assert.deepEqual(out, new Map([['added', new Map([['one', 1]])], ['k', new Map([['v', 2]])]]));
  assert.deepEqual(m.nested({ q: { r: 1 } }).get('q'), new Map([['r', 1]]));
});

test('objects as map values', () => {
  const a = new m.Counter(2), b = new m.Counter(3);
  assert.equal(m.totalOf(new Map([[1, a], [10, b]])), 32);
  assert.equal(a.value(), 2, 'JS keeps its objects');
  a.free();
  b.free();
  const cs = m.counters(3);
  assert.deepEqual([...cs.keys()], ['c0', 'c1', 'c2']);
  assert.equal(cs.get('c2').value(), 20);
  for (const c of cs.values()) c.free();
});

test('sets cross both ways; arrays are accepted', () => {
  const u = m.unique(new Set(['b', 'a', 'b']));
  assert.ok(u instanceof Set);
  assert.deepEqual([...u], ['a', 'b']);
  assert.deepEqual([...m.unique(['z', 'y', 'z'])], ['y', 'z'], 'duplicates collapse');
  assert.deepEqual([...m.evens(new Set([8, 3, 2, 6, 1]))], [2, 6, 8]);
  assert.equal(m.setSize([1, 1, 2, 255]), 3);
});

test('maps and sets in vectors, optionals and value structs', () => {
  assert.deepEqual(m.groups(3), [new Set([0]), new Set([0, 1]), new Set([0, 1, 2])]);
  assert.equal(m.maybeMap(undefined), undefined);
  assert.deepEqual(m.maybeMap(new Map([['a', 1]])), new Map([['a', 1], ['seen', 1]]));
  const inv = m.restock({ owner: 'me', counts: { apples: 1 }, ids: [5n] }, 2n);
  assert.equal(inv.owner, 'me!');
  assert.deepEqual(inv.counts, new Map([['apples', 2]]));
  assert.deepEqual(inv.ids, new Set([2n, 5n]));
});

test('an import takes and returns maps and sets', () => {
  host.weigh = (inp, skip) => {
    assert.ok(inp instanceof Map && skip instanceof Set);
    const out = {};
    for (const [k, v] of inp) if (!skip.has(k)) out[k] = v * 100;
    return out;
  };
  assert.equal(m.viaHost(), 'a=100;c=300;');
  host.counts = (n) => ({ ab: n, abc: 1 });
  assert.equal(m.countsTotal(5), 13);
  host.counts = () => new Map([['ab', 1], ['x', 'no']]);
  assert.throws(() => m.countsTotal(1), {
    name: 'TypeError',
    message: 'host.counts: its result value 1 must be an integer from -2147483648 to 2147483647, got "no"',
  });
  host.tags = () => [m.Color.Red, m.Color.Red, m.Color.Blue];
  assert.equal(m.tagCount(), 2);
  host.tags = () => new Set([9]);
  assert.throws(() => m.tagCount(), { name: 'TypeError', message: /^host\.tags: its result element 0 must be a Color value/ });
  host.tags = () => 'no';
  assert.throws(() => m.tagCount(), { name: 'TypeError', message: /^host\.tags must return a Set or an array, got "no"$/ });
});

test('wrong keys and values: TypeErrors naming the position', () => {
  assert.throws(() => m.describe(new Map([['a', 1], [1, 2]])), {
    name: 'TypeError',
    message: "describe: argument 'm' key 1 must be a string, got 1",
  });
  assert.throws(() => m.describe(new Map([['a', 'x']])), {
    name: 'TypeError',
    message: 'describe: argument \'m\' value 0 must be an integer from -2147483648 to 2147483647, got "x"',
  });
  assert.throws(() => m.describe([['a', 1]]), {
    name: 'TypeError',
    message: "describe: argument 'm' must be a Map or a plain object, got an array",
  });
  assert.throws(() => m.sumColors({ 0: 1 }), { name: 'TypeError', message: /argument 'm' must be a Map, got/ });
  assert.throws(() => m.sumColors(new Map([[7, 1]])), { name: 'TypeError', message: /argument 'm' key 0 must be a Color value/ });
  assert.throws(() => m.sumColors(new Map([[m.Color.Red, 1n]])), TypeError);
  assert.throws(() => m.unique(new Set(['a', 2])), {
    name: 'TypeError',
    message: "unique: argument 's' element 1 must be a string, got 2",
  });
  assert.throws(() => m.unique('ab'), { name: 'TypeError', message: /must be a Set or an array/ });
  assert.throws(() => m.nested(new Map([['k', new Map([['v', 'bad']])]])), {
    name: 'TypeError',
    message: 'nested: argument \'m\' value 0 value 0 must be an integer from -2147483648 to 2147483647, got "bad"',
  });
});

test('nothing leaks when a check fails half way', () => {
  const big = new Map();
  for (let i = 0; i < 50; i++) big.set('k' + i, 'v'.repeat(i) === '' ? i : i);
  big.set('last', 'bad');
  for (let i = 0; i < 20; i++) assert.throws(() => m.describe(big), TypeError);
  const live = new m.Counter(1), freed = new m.Counter(1);
  freed.free();
  assert.throws(() => m.totalOf(new Map([[1, live], [2, freed]])), /used after free/);
  assert.equal(live.value(), 1);
  live.free();
});

test('getters and proxies are read once, before any check', () => {
  let reads = 0;
  const o = {};
  Object.defineProperty(o, 'a', { get() { reads++; return 1; }, enumerable: true });
  assert.throws(() => m.describe(o), { name: 'TypeError', message: /value 0 must be an own data property/ });
  assert.equal(reads, 0, 'a getter is never run');
  // A Proxy: the keys once, then each value from one descriptor; no `get`.
  let keys = 0, gets = 0;
  const p = new Proxy({ a: 1, b: 2 }, {
    ownKeys(t) { keys++; return Reflect.ownKeys(t); },
    get(t, k) { gets++; return Reflect.get(t, k); },
  });
  assert.equal(m.describe(p), 'a=1;b=2;');
  assert.deepEqual({ keys, gets }, { keys: 1, gets: 0 });
  // A patched Map.prototype does not change what the glue reads or makes.
  const input = new Map([['a', 1]]);
  const saved = Map.prototype.forEach, savedSet = Map.prototype.set;
  Map.prototype.forEach = () => { throw new Error('patched'); };
  Map.prototype.set = () => { throw new Error('patched'); };
  try {
    const out = m.doubled(input);
    Map.prototype.forEach = saved;
    Map.prototype.set = savedSet;
    assert.deepEqual([...out.entries()], [['a', 2]]);
  } finally {
    Map.prototype.forEach = saved;
    Map.prototype.set = savedSet;
  }
});

test('memory is stable over many calls', () => {
  const input = new Map();
  for (let i = 0; i < 16; i++) input.set('key' + i, i);
  for (let i = 0; i < 2000; i++) m.doubled(input);
  for (let i = 0; i < 500; i++) m.restock({ owner: 'x', counts: { a: 1 }, ids: new Set([1n]) }, 3n);
});
