// Imports carrying rich types (docs/Types.md, "Where each type is accepted"):
// C++ passes vectors, spans, optionals, value structs, enums and exported
// classes to JS functions and takes them back from their results, checked
// as an export's arguments are. A bad result is a TypeError naming the
// import that leaves the module working, and nothing leaks: operator new
// blocks, Item objects, JsValue handles and live objects are back to their
// level after each test.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { load, stress } from './harness.mjs';

const host = {};
globalThis.host = host;
globalThis.Host = class Host {
  scale(v, by) { return v.map((x) => x * by); }
  pick(from) { return from[0]; }
};
const m = await load('imports_rich');

function level() {
  return {
    blocks: m.liveBlocks(),
    items: m.Item.alive(),
    jsValues: m.__wasmport.jsValues(),
    live: m.__wasmport.liveObjects(),
  };
}
let start;
beforeEach(() => {
  start = level();
});
afterEach(() => {
  for (const k of Object.keys(host)) delete host[k];
  assert.deepEqual(level(), start, 'something was left behind');
});

test('a number vector reaches JS as a typed array', () => {
  host.sumFloats = (v) => {
    assert.ok(v instanceof Float32Array);
    return v.reduce((a, b) => a + b, 0);
  };
  assert.equal(m.callSumFloats(4), 8);
  assert.equal(m.callSumFloats(0), 0);
});

test('vectors of strings and bools reach JS as arrays', () => {
  host.joinStrings = (v) => {
    assert.ok(Array.isArray(v));
    return v.map((s) => s.length).join('+');
  };
  assert.equal(m.callJoin(), '1+5+300');
  host.countBools = (v) => v.filter((b) => b === true).length;
  assert.equal(m.callCountBools(), 3);
});

test('a std::span<const T> reaches JS as a copied typed array', () => {
  let kept;
  host.bytes = (s) => {
    assert.ok(s instanceof Uint8Array);
    kept = s;
    return s.reduce((a, b) => a + b, 0);
  };
  assert.equal(m.callBytes(), 256);
  assert.deepEqual([...kept], [1, 2, 3, 250]); // A copy: still readable.
});

test('value structs, optionals and enums reach JS as objects, undefined and strings', () => {
  host.describe = (s) => {
    assert.deepEqual(s, { name: 'tri', points: [{ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 0, y: 1 }],
                          fill: 'dashed', level: m.Level.High });
    return `${s.name}/${s.points.length}/${s.fill}`;
  };
  assert.equal(m.callDescribe(), 'tri/3/dashed');
  host.maybe = (a, b) => `${a}:${b}`;
  assert.equal(m.callMaybe(true), '7:seven');
  assert.equal(m.callMaybe(false), 'undefined:undefined');
  host.levels = (l, f, all) => `${l}:${f}:${all.join('/')}`;
  assert.equal(m.callLevels(), `5:none:0/6`);
});

test('exported classes by value and std::unique_ptr: JS owns what it gets', () => {
  const kept = [];
  host.takeItem = (copy, owned) => {
    assert.ok(copy instanceof m.Item && owned instanceof m.Item);
    kept.push(copy, owned);
    return copy.value() * 10 + owned.value();
  };
  const before = m.Item.alive();
  assert.equal(m.callTakeItem(), 34);
  assert.equal(m.Item.alive(), before + 2, 'JS holds the two objects');
  assert.equal(kept[0].value(), 3);
  for (const o of kept) o.free();
  host.items = (v) => {
    const n = v.reduce((a, o) => a + o.value(), 0);
    for (const o of v) o.free();
    return n;
  };
  assert.equal(m.callItems(), 3);
});

test('results: vectors, value structs, optionals and enums come back checked', () => {
  host.floats = () => new Float32Array([1.5, 2.5]);
  assert.equal(m.readFloats(), '15,25,');
  host.strings = () => ['x', 'yé', ''];
  assert.equal(m.readStrings(), 'x|yé||');
  host.shape = () => ({ name: 'sq', points: [{ x: 1, y: 2 }, { x: 3, y: 4 }], fill: 'solid', level: m.Level.Low });
  assert.equal(m.readShape(), 'sq:2:1/2:3/4:solid:0');
  host.shape = () => ({ name: 'o', points: [], level: m.Level.Mid });
  assert.equal(m.readShape(), 'o:0:nofill:5');
  host.optionalInt = () => 42;
  assert.equal(m.readOptionalInt(), 42);
  host.optionalInt = () => undefined;
  assert.equal(m.readOptionalInt(), -1);
  host.level = () => m.Level.High;
  assert.equal(m.readLevel(), 6);
  host.fill = () => 'none';
  assert.equal(m.readFill(), 2);
  host.points = () => [{ x: 1, y: 1 }, undefined, null, { x: 2, y: 5 }];
  assert.equal(m.readPoints(), '2,_,_,7,');
});

test('results: exported classes are copied, or given up by JS', () => {
  const mine = new m.Item(9);
  host.item = () => mine;
  assert.equal(m.readItem(), 9);
  assert.equal(mine.value(), 9, 'JS keeps its object');
  mine.free();
  host.ownedItem = () => new m.Item(5);
  assert.equal(m.readOwnedItem(), 5);
  host.ownedItem = () => null;
  assert.equal(m.readOwnedItem(), -1);
  const given = new m.Item(1);
  host.ownedItem = () => given;
  m.readOwnedItem();
  assert.throws(() => given.value(), /used after free\(\)/);
});

test('bad results are TypeErrors naming the import, and the module goes on', () => {
  host.floats = () => [1, 2];
  assert.throws(() => m.readFloats(), {
    name: 'TypeError', message: /^host\.floats must return a Float32Array, got /,
  });
  host.strings = () => ['a', 5];
  assert.throws(() => m.readStrings(), {
    name: 'TypeError', message: /^host\.strings: its result\[1\] must be a string, got 5/,
  });
  host.fill = () => 'dotted';
  assert.throws(() => m.readFill(), { name: 'TypeError', message: /^host\.fill must return / });
  host.level = () => 3;
  assert.throws(() => m.readLevel(), { name: 'TypeError', message: /^host\.level must return / });
  host.shape = () => ({ name: 'no points' });
  assert.throws(() => m.readShape(), {
    name: 'TypeError', message: /^host\.shape: its result\.points must be an array/,
  });
  host.shape = () => ({ name: 'x', points: [], fill: 'dotted', level: 0 });
  assert.throws(() => m.readShape(), { name: 'TypeError', message: /^host\.shape: its result\.fill must be / });
  host.item = () => null;
  assert.throws(() => m.readItem(), { name: 'TypeError', message: /^host\.item must return an? Item, got null/ });
  host.item = () => ({});
  assert.throws(() => m.readItem(), { name: 'TypeError', message: /^host\.item must return an? Item/ });
  const borrowedLater = new m.Item(2);
  host.ownedItem = () => borrowedLater;
  borrowedLater.free();
  assert.throws(() => m.readOwnedItem(), { message: /^host\.ownedItem: its result is a Item object used after free\(\)/ });
  host.points = () => [{ x: 1 }];
  assert.throws(() => m.readPoints(), { name: 'TypeError', message: /^host\.points: its result\[0\]\.y must be a number/ });
  // The module still works.
  host.floats = () => new Float32Array([0.5]);
  assert.equal(m.readFloats(), '5,');
});

test('members of an imported class carry them too', () => {
  assert.equal(m.callHostMembers(), '10,20,30,6');
});

test('nothing leaks over many calls, good and bad', () => {
  host.describe = (s) => s.name;
  host.shape = () => ({ name: 'x'.repeat(100), points: [{ x: 1, y: 2 }], level: 0 });
  host.strings = () => ['a'.repeat(50), 7];
  host.joinStrings = (v) => v.join('');
  const bytes = m.__wasmport.memory().buffer.byteLength;
  const run = () => {
    m.callDescribe();
    m.readShape();
    m.callJoin();
    assert.throws(() => m.readStrings(), TypeError);
  };
  for (let i = 0; i < 50; i++) run();
  const before = level();
  for (let i = 0; i < 2000; i++) run();
  assert.deepEqual(level(), before);
  if (!stress) assert.equal(m.__wasmport.memory().buffer.byteLength, bytes, 'memory grew');
});
