// Hostile JS values for enums (docs/Reliability.md#hostile-js-values): only
// an enumerator's own value (a number enum's number, a string enum's string)
// reaches C++; anything else is a TypeError naming the function and the
// parameter, before C++ is called and without running any code of the value.
import assert from 'node:assert/strict';
import test from 'node:test';
import { load } from './harness.mjs';

const m = await load('hostile_enums');

const levelError = (fn, param) =>
  ({ name: 'TypeError', message: new RegExp(`^${fn}: argument '${param}' must be a Level value \\(-2, 0, 3\\), got `) });
const fruitError = (fn, param) =>
  ({ name: 'TypeError', message: new RegExp(`^${fn}: argument '${param}' must be a Fruit value \\('apple', 'pear'\\), got `) });

/** A value whose conversions and Proxy traps count how often they ran. */
function spies() {
  const ran = { n: 0 };
  const count = () => { ran.n++; return 3; };
  const converting = [
    { valueOf: count },
    { toString: () => { ran.n++; return 'apple'; } },
    { [Symbol.toPrimitive]: (hint) => { ran.n++; return hint === 'number' ? 3 : 'apple'; } },
    { get value() { return count(); } },
  ];
  // Every trap but getPrototypeOf, which describing the value for the
  // message may reach (a Proxy cannot be told from its target).
  const traps = {};
  for (const t of ['get', 'set', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty',
                   'deleteProperty', 'apply', 'construct', 'isExtensible', 'preventExtensions'])
    traps[t] = () => { ran.n++; throw new Error(`trap ${t} ran`); };
  const proxies = [new Proxy({}, traps), new Proxy(() => {}, traps)];
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  return { ran, values: [...converting, ...proxies, revocable.proxy, new Number(3), new String('apple'), Object(3n)] };
}

test('a number enum takes exactly its values', () => {
  const before = m.calls();
  for (const v of [1, 4, -1, 2.5, -2.5, NaN, Infinity, 3 + 256, -2 - 256, 3 + 2 ** 32, '3', '-2', 3n, true, null,
                   undefined, [3], { value: 3 }])
    assert.throws(() => m.levelOf(v), levelError('levelOf', 'l'), `levelOf(${String(v)})`);
  assert.throws(() => m.levelOf(4), { message: "levelOf: argument 'l' must be a Level value (-2, 0, 3), got 4" });
  assert.throws(() => m.levelOf('3'), { message: `levelOf: argument 'l' must be a Level value (-2, 0, 3), got "3"` });
  assert.equal(m.calls(), before, 'C++ was called with a value not in the enum');
  assert.equal(m.levelOf(m.Level.Low), -2);
  assert.equal(m.levelOf(3), 3);
  assert.equal(m.levelOf(-0), 0);
  // An unsigned enum: values above 2**31 are numbers, not their int32 bits.
  assert.equal(m.wideOf(m.Wide.Top), 4000000000);
  for (const v of [4000000000 | 0, 4000000000 + 2 ** 32, 4000000000.5, 0])
    assert.throws(() => m.wideOf(v), { name: 'TypeError', message: /^wideOf: argument 'w' must be a Wide value \(1, 4000000000\)/ });
});

test('a string enum takes exactly its strings', () => {
  const before = m.calls();
  for (const v of ['banana', 'Apple', 'APPLE', 'apple ', ' pear', '', 'Pear', '__proto__', 'toString', 'constructor',
                   'hasOwnProperty', 'valueOf', 0, 1, m.Fruit, ['apple'], null, undefined, Symbol('apple')])
    assert.throws(() => m.fruitOf(v), fruitError('fruitOf', 'f'), `fruitOf(${String(v)})`);
  assert.throws(() => m.fruitOf('banana'),
                { message: `fruitOf: argument 'f' must be a Fruit value ('apple', 'pear'), got "banana"` });
  assert.equal(m.calls(), before, 'C++ was called with a string not in the enum');
  assert.equal(m.fruitOf(m.Fruit.Pear), 2);
  assert.equal(m.fruitOf('apple'), 1);
  assert.equal(m.otherFruit('apple'), 'pear');
  assert.throws(() => { m.Fruit.Kiwi = 'kiwi'; }, TypeError); // frozen
  assert.throws(() => m.fruitOf('kiwi'), fruitError('fruitOf', 'f'));
});

test('objects with valueOf, toString or Symbol.toPrimitive, and Proxies, are refused without running them', () => {
  const { ran, values } = spies();
  const before = m.calls();
  for (const v of values) {
    assert.throws(() => m.levelOf(v), levelError('levelOf', 'l'));
    assert.throws(() => m.fruitOf(v), fruitError('fruitOf', 'f'));
    assert.throws(() => m.levelOr(v), levelError('levelOr', 'l'));
    assert.throws(() => m.countPears(['pear', v]), fruitError('countPears', 'fs\\[1\\]'));
    assert.throws(() => m.weigh({ fruit: v, level: 0 }), fruitError('weigh', 'b.fruit'));
    assert.throws(() => m.weigh({ fruit: 'pear', level: v }), levelError('weigh', 'b.level'));
  }
  assert.equal(ran.n, 0, 'a conversion or a trap ran');
  assert.equal(m.calls(), before);
  assert.throws(() => m.fruitOf(values[values.length - 4]), { message: /got a revoked Proxy$/ });
});

test('enums inside optionals, vectors and value structs', () => {
  assert.equal(m.levelOr(undefined), 100);
  assert.equal(m.levelOr(null), 100);
  assert.equal(m.levelOr(3), 3);
  assert.throws(() => m.levelOr(7), levelError('levelOr', 'l'));
  assert.equal(m.countPears(['pear', 'apple', 'pear']), 2);
  assert.throws(() => m.countPears(['pear', 'banana']),
                { message: `countPears: argument 'fs[1]' must be a Fruit value ('apple', 'pear'), got "banana"` });
  assert.equal(m.weigh({ fruit: 'pear', level: 3 }), 13);
  let ran = 0;
  assert.throws(() => m.weigh({ fruit: 'pear', get level() { ran++; return 3; } }),
                { name: 'TypeError', message: /^weigh: argument 'b.level' must be an own data property \(not a getter\)/ });
  Object.prototype.level = 3; // An inherited field is not read.
  try {
    assert.throws(() => m.weigh({ fruit: 'pear' }), levelError('weigh', 'b.level'));
  } finally {
    delete Object.prototype.level;
  }
  assert.equal(ran, 0);
  assert.deepEqual(m.basket(1), { fruit: 'pear', level: 3 });
  assert.deepEqual(m.basket(-2), { fruit: 'apple', level: -2 });
});

test('results: enumerators come back as their values; a stray C++ value is an Error', () => {
  assert.equal(m.higher(m.Level.Low), 0);
  assert.equal(m.otherFruit('pear'), 'apple');
  assert.throws(() => m.strayFruit(), { message: 'C++ returned 9, which is not a Fruit value' });
  assert.equal(m.fruitOf('pear'), 2, 'the module still works');
});

test('an enum error is an Error whose value is an own data property, whatever the prototypes hold', () => {
  let ran = 0;
  const saved = Object.getOwnPropertyDescriptor(Error.prototype, 'value');
  let e;
  try {
    Object.defineProperty(Error.prototype, 'value', { get() { ran++; return 'fake'; }, set() { ran++; }, configurable: true });
    // `get` and `set` on Object.prototype make any descriptor with a
    // prototype an accessor one (these have none).
    Object.defineProperty(Object.prototype, 'get', { __proto__: null, value: () => 1, configurable: true, writable: true });
    Object.defineProperty(Object.prototype, 'set', { __proto__: null, value: () => {}, configurable: true, writable: true });
    try {
      m.checked(-1);
    } catch (caught) {
      e = caught;
    }
  } finally {
    delete Object.prototype.get;
    delete Object.prototype.set;
    if (saved) Object.defineProperty(Error.prototype, 'value', saved);
    else delete Error.prototype.value;
  }
  assert.ok(e instanceof Error);
  assert.equal(e.message, 'Low');
  const d = Object.getOwnPropertyDescriptor(e, 'value');
  assert.equal(d?.value, m.Level.Low);
  assert.equal(ran, 0, 'a setter on Error.prototype ran');
  assert.equal(m.checked(5), 5);
});

test('replaced globals and prototypes after load change nothing', () => {
  const Real = { TypeError, Error };
  const saved = [
    [globalThis, 'TypeError'], [globalThis, 'Error'], [String.prototype, 'toString'], [Number.prototype, 'valueOf'],
    [Object.prototype, 'hasOwnProperty'], [Object, 'freeze'],
  ].map(([o, k]) => [o, k, Object.getOwnPropertyDescriptor(o, k)]);
  const outcome = [];
  try {
    globalThis.TypeError = class { constructor() { throw new Real.Error('TypeError called'); } };
    globalThis.Error = class {};
    String.prototype.toString = () => 'apple';
    Number.prototype.valueOf = () => 3;
    Object.prototype.hasOwnProperty = () => true;
    Object.freeze = () => { throw new Real.Error('Object.freeze called'); };
    for (const f of [() => m.fruitOf('banana'), () => m.levelOf(4), () => m.fruitOf('pear'), () => m.levelOf(3),
                     () => m.strayFruit(), () => m.weigh({ fruit: 'kiwi', level: 0 })]) {
      try {
        outcome.push(f());
      } catch (e) {
        outcome.push(`${e instanceof Real.TypeError ? 'TypeError' : e instanceof Real.Error ? 'Error' : 'other'}: ${e.message}`);
      }
    }
  } finally {
    for (const [o, k, d] of saved) Object.defineProperty(o, k, d);
  }
  assert.deepEqual(outcome, [
    `TypeError: fruitOf: argument 'f' must be a Fruit value ('apple', 'pear'), got "banana"`,
    "TypeError: levelOf: argument 'l' must be a Level value (-2, 0, 3), got 4",
    2,
    3,
    'Error: C++ returned 9, which is not a Fruit value',
    `TypeError: weigh: argument 'b.fruit' must be a Fruit value ('apple', 'pear'), got "kiwi"`,
  ]);
});
