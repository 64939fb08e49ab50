// Hostile JS values (docs/Reliability.md#hostile-js-values): each attack on
// the glue's reading of values, then a check that the module is intact (the
// neighbouring objects' values, liveObjects(), memory back to its level).
import assert from 'node:assert/strict';
import test from 'node:test';
import { load, assertMemoryStable, stress } from './harness.mjs';

const m = await load('hostile_values');
const { Cell } = m;

// Neighbours that an overflow or a use after free would change.
const neighbours = Array.from({ length: 16 }, (_, i) => new Cell(1000 + i));
function assertIntact() {
  neighbours.forEach((c, i) => assert.equal(c.value(), 1000 + i, 'a neighbour changed'));
  assert.equal(m.Cell.alive(), neighbours.length);
  assert.equal(m.__wasmport.liveObjects(), neighbours.length);
  assert.equal(m.textLength('still working'), 13);
}

const detach = (buf) => structuredClone(buf, { transfer: [buf] });
const TypedArray = Object.getPrototypeOf(Int32Array.prototype);

test('a typed array subclass that lies about its length', () => {
  class L extends Int32Array {
    get length() { return 40; }
    get byteLength() { return 160; }
    get byteOffset() { return -8; }
  }
  const xs = new L([1, 2]);
  assert.equal(m.countSpan(xs), 2);
  assert.equal(m.sumSpan(xs), 3);
  assert.equal(m.sumVector(xs), 3);
  m.fillSpan(xs, 7);
  assert.deepEqual([...Int32Array.from(new Int32Array(xs.buffer))], [7, 7]);
  assertIntact();
});

test('patched %TypedArray%.prototype getters are not used', () => {
  const saved = Object.getOwnPropertyDescriptor(TypedArray, 'length');
  Object.defineProperty(TypedArray, 'length', { get() { return 40; }, configurable: true });
  try {
    assert.equal(m.countSpan(new Int32Array([1, 2])), 2);
    assert.equal(m.sumVector(new Int32Array([1, 2])), 3);
  } finally {
    Object.defineProperty(TypedArray, 'length', saved);
  }
  assertIntact();
});

test('a Proxy of a typed array, and other look-alikes, are TypeErrors', () => {
  const target = new Int32Array([1, 2]);
  assert.throws(() => m.sumSpan(new Proxy(target, {})),
                /sumSpan: argument 'xs' must be an Int32Array, got /);
  assert.throws(() => m.sumSpan(Object.create(Int32Array.prototype)), TypeError);
  assert.throws(() => m.sumSpan(new Uint32Array(2)), /must be an Int32Array, got a Uint32Array/);
  Object.defineProperty(Int32Array, Symbol.hasInstance, { value: () => true, configurable: true });
  try {
    assert.throws(() => m.sumSpan([1, 2]), /must be an Int32Array, got an array/);
  } finally {
    delete Int32Array[Symbol.hasInstance];
  }
  assertIntact();
});

test('detached, shared and resizable buffers are TypeErrors, before anything is allocated', () => {
  const xs = new Int32Array([1, 2, 3]);
  detach(xs.buffer);
  assert.throws(() => m.sumSpan(xs), /argument 'xs' must be an Int32Array, got a detached Int32Array/);
  assert.throws(() => m.sumVector(xs), /got a detached Int32Array/);
  assert.throws(() => m.fillSpan(xs, 1), /got a detached Int32Array/);
  assert.throws(() => m.sumSpan(new Int32Array(new SharedArrayBuffer(8))),
                /got a shared Int32Array/);
  assert.throws(() => m.sumSpan(new Int32Array(new ArrayBuffer(8, { maxByteLength: 64 }))),
                /got a resizable Int32Array/);
  assertMemoryStable(m, () => assert.throws(() => m.sumSpan(xs), TypeError), 200_000);
  assertIntact();
});

test('copy-back writes only what was copied in; a buffer detached meanwhile gets nothing', () => {
  const buf = new ArrayBuffer(64);
  new Float64Array(buf).fill(9);
  const xs = new Float64Array(buf, 8, 2);
  m.fillSpanAfter(xs, () => {});
  assert.deepEqual([...new Float64Array(buf)], [9, 2, 2, 9, 9, 9, 9, 9]);
  const ys = new Float64Array([1, 1]);
  m.fillSpanAfter(ys, () => detach(ys.buffer));
  assert.equal(ys.length, 0);
  assertIntact();
});

test('a Proxy array is read once: its length cannot change between check and copy', () => {
  let lengthReads = 0;
  const lying = new Proxy(['abc'], {
    get(t, k) {
      if (k === 'length') return lengthReads++ === 0 ? 1 : 2 ** 28 + 1;
      return t[k];
    },
  });
  assert.equal(m.totalLength(lying), 3);
  assert.equal(lengthReads, 1);
  const huge = new Proxy(['a'], { get: (t, k) => (k === 'length' ? 2 ** 28 + 1 : t[k]) });
  assert.throws(() => m.totalLength(huge), /argument 'words\[1\]' must be a string, got undefined/);
  const tooLong = new Proxy([], { get: (t, k) => (k === 'length' ? 2 ** 31 : t[k]) });
  assert.throws(() => m.totalLength(tooLong), RangeError);
  for (const length of [-1, 1.5, '3', NaN, 2 ** 32])
    assert.throws(() => m.totalLength(new Proxy([], { get: (t, k) => (k === 'length' ? length : t[k]) })),
                  TypeError);
  let elementReads = 0;
  const elements = new Proxy(['ab', 'cd'], {
    get(t, k) {
      if (k !== 'length') elementReads++;
      return t[k];
    },
  });
  assert.equal(m.totalLength(elements), 4);
  assert.equal(elementReads, 2);
  assertIntact();
});

test('value struct fields are own data properties read once; getters never run', () => {
  let ran = false;
  const withGetter = { id: 1, weight: 2, get name() { ran = true; return 'x'; } };
  assert.throws(() => m.showEntry(withGetter),
                /showEntry: argument 'e.name' must be an own data property \(not a getter\), got a function/);
  assert.equal(ran, false);
  let traps = 0;
  const changing = new Proxy({ id: 1, weight: 0.5, name: 'p' }, {
    getOwnPropertyDescriptor(t, k) {
      traps++;
      return Reflect.getOwnPropertyDescriptor(t, k);
    },
    get() { throw new Error('get trap must not run'); },
  });
  assert.equal(m.showEntry(changing), 'p#1=0.500000');
  assert.equal(traps, 3);
  Object.prototype.name = 'polluted';
  try {
    assert.throws(() => m.showEntry({ id: 1, weight: 2 }), /argument 'e.name' must be a string, got undefined/);
  } finally {
    delete Object.prototype.name;
  }
  assertIntact();
});

test('a trap that frees an object while a struct is read: the freed object is refused', () => {
  const cell = new Cell(5);
  assert.equal(m.unbox({ cell, n: 1 }), 6);
  const sneaky = new Proxy({ cell, n: 1 }, {
    getOwnPropertyDescriptor(t, k) {
      if (k === 'n') cell.free();
      return Reflect.getOwnPropertyDescriptor(t, k);
    },
  });
  assert.throws(() => m.unbox(sneaky), /argument 'b.cell' is a Cell object used after free\(\)/);
  assertIntact();
});

test('no valueOf, no toString, no NaN where a number was checked', () => {
  let calls = 0;
  const tricky = { valueOf() { calls++; return 3; }, toString() { calls++; return '3'; } };
  assert.throws(() => m.twice(tricky), /twice: argument 'x' must be an integer/);
  assert.throws(() => m.half(tricky), /half: argument 'x' must be a number, got an object/);
  assert.throws(() => m.textLength(tricky), /must be a string, got an object/);
  assert.throws(() => m.showEntry({ id: tricky, weight: 1, name: '' }), /argument 'e.id' must be an integer/);
  assert.throws(() => m.showEntry({ id: 1, weight: tricky, name: '' }), /argument 'e.weight' must be a number/);
  assert.throws(() => m.showEntry({ id: NaN, weight: 1, name: '' }), /argument 'e.id' must be an integer/);
  assert.throws(() => m.totalLength([tricky]), /argument 'words\[0\]' must be a string/);
  assert.equal(calls, 0);
  assert.throws(() => m.big(5), /big: argument 'x' must be a bigint from/);
  assert.throws(() => m.big(Object(5n)), /must be a bigint/);
  assertIntact();
});

test('describing a value runs none of its code', () => {
  const rude = { get constructor() { throw new Error('ran user code'); } };
  assert.throws(() => m.twice(rude), /must be an integer from -2147483648 to 2147483647, got an object/);
  assert.throws(() => m.twice(Object.create(rude)), /got an object$/);
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  assert.throws(() => m.twice(proxy), /got a revoked Proxy/);
  assert.throws(() => m.showEntry(proxy), /argument 'e.id' could not be read: reading it threw a TypeError/);
  assert.throws(() => m.totalLength(proxy), /argument 'words' could not be read/);
  class Apple {}
  assert.throws(() => m.twice(new Apple()), /got an Apple/);
  assert.throws(() => m.twice(new Float64Array(1)), /got a Float64Array/);
  assertIntact();
});

test('out of memory: a RangeError for the call, and the module goes on working', { skip: stress }, () => {
  const big = 'é'.repeat(24 << 20); // 48 MiB of UTF-8, 72 MiB reserved
  assert.throws(() => m.textLength(big), RangeError);
  assert.throws(() => m.sumVector(new Int32Array(20 << 20)), RangeError);
  assert.throws(() => m.sumSpan(new Int32Array(20 << 20)), RangeError);
  assert.throws(() => m.totalLength(['x', big]), RangeError);
  assertIntact();
  assert.equal(m.sumVector(new Int32Array([1, 2, 3])), 6);
});

test('out of memory for a later argument or element frees the copies already made', { skip: stress }, () => {
  const big = 'é'.repeat(24 << 20); // 72 MiB reserved: never fits
  const first = 'a'.repeat(4 << 20); // 12 MiB reserved: fits
  const words = new Int32Array(1 << 20); // 4 MiB
  const before = m.freeMiB();
  const attacks = [
    () => m.bothLengths(first, big), // argument 2
    () => m.vectorThenText(words, big), // a number vector, then a string
    () => m.spanThenText(words, big), // a span, then a string
    () => m.entryThenText({ id: 1, weight: 1, name: first }, big), // a struct's string
    () => m.totalLength([first, first, big]), // element 2 of a vector of strings
    () => m.countEntries([{ id: 1, weight: 1, name: first }, { id: 2, weight: 2, name: big }]),
  ];
  for (const attack of attacks)
    for (let i = 0; i < 4; i++) assert.throws(attack, { name: 'RangeError', message: /out of memory/ });
  assert.equal(m.freeMiB(), before, 'copies of earlier arguments leaked');
  assert.equal(m.bothLengths('ab', 'c'), 3);
  assert.equal(m.vectorThenText(new Int32Array(2), 'abc'), 5);
  assert.equal(m.spanThenText(new Int32Array(3), 'a'), 4);
  assert.equal(m.entryThenText({ id: 1, weight: 1, name: 'xy' }, 'z'), 3);
  assert.equal(m.totalLength([first, 'b']), (4 << 20) + 1);
  assertIntact();
});

test('patched Set, Map and other built-ins after load: enum checks and calls still hold', () => {
  // Everything the glue could call, patched after load. Each patch throws or
  // lies, and a call below would go through it if the glue used it.
  const throws = (what) => () => { throw new Error(`${what} called`); };
  const dataView = ['Int8', 'Uint8', 'Int16', 'Uint16', 'Int32', 'Uint32', 'BigInt64', 'BigUint64',
                    'Float32', 'Float64'].flatMap((k) => [
    [DataView.prototype, `get${k}`, throws(`DataView.prototype.get${k}`)],
    [DataView.prototype, `set${k}`, throws(`DataView.prototype.set${k}`)],
  ]);
  const fakeArray = throws('a typed array constructor');
  const arrayPrototype = Array.prototype; // The Array global is patched too.
  const xs = new Int32Array([1, 2, 3]), ys = new Int32Array([4, 5]), zs = new Int32Array([7, 8]);
  const patches = [
    ...dataView,
    ...['Int8Array', 'Int16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array',
        'BigInt64Array'].map((k) => [globalThis, k, fakeArray]),
    [globalThis, 'Array', throws('Array')],
    [TypedArray, 'set', throws('%TypedArray%.prototype.set')],
    [Array.prototype, 'pop', throws('Array.prototype.pop')],
    [Array.prototype, 'splice', throws('Array.prototype.splice')],
    [Math, 'trunc', () => 0],
    [Reflect, 'construct', throws('Reflect.construct')],
    [WebAssembly.Memory.prototype, 'buffer', { get: throws('WebAssembly.Memory.prototype.buffer'), configurable: true }],
    [Set.prototype, 'has', () => true],
    [Map.prototype, 'get', () => 3],
    [Map.prototype, 'has', () => true],
    [Map.prototype, 'set', () => { throw new Error('Map.prototype.set called'); }],
    [Array.prototype, 'push', () => { throw new Error('Array.prototype.push called'); }],
    [Array.prototype, 'includes', () => true],
    [String.prototype, 'charCodeAt', () => 0],
    [TypedArray, 'subarray', () => { throw new Error('subarray called'); }],
    [TypedArray, 'slice', () => { throw new Error('slice called'); }],
    [Math, 'floor', () => 0],
    [Math, 'min', () => 0],
    [Math, 'max', () => 0],
    [Reflect, 'apply', () => { throw new Error('Reflect.apply called'); }],
    [Function.prototype, 'call', () => { throw new Error('Function.prototype.call called'); }],
  ];
  const saved = patches.map(([o, k]) => [o, k, Object.getOwnPropertyDescriptor(o, k)]);
  try {
    // Index loops: Array.prototype[Symbol.iterator] is one of the patches.
    for (let i = 0; i < patches.length; i++) {
      const p = patches[i], f = p[2];
      Object.defineProperty(p[0], p[1], typeof f === 'function' ? { value: f, configurable: true, writable: true } : f);
    }
    assert.throws(() => m.toneLevel(2), { name: 'TypeError', message: /a Tone value \(1, 7\)/ });
    assert.throws(() => m.toneLevel('1'), TypeError);
    assert.equal(m.toneLevel(m.Tone.High), 7);
    assert.throws(() => m.modeBit('append'), { name: 'TypeError', message: /a Mode value/ });
    assert.throws(() => m.modeBit('toString'), TypeError);
    assert.throws(() => m.modeBit('__proto__'), TypeError);
    assert.equal(m.modeBit('write'), 2);
    assert.equal(m.flipMode('read'), 'write');
    assert.equal(m.textLength('héllo'), 6);
    assert.equal(m.sumVector(xs), 6);
    assert.equal(m.sumSpan(ys), 9);
    // Results read out of memory: typed arrays, structs, vectors of structs.
    const counted = m.countUp(3);
    assert.equal(counted.length, 3);
    assert.equal(counted[2], 3);
    const h = m.halves();
    assert.equal(h.length, 3);
    assert.equal(h[1], 1.5);
    const e = m.makeEntry(5);
    assert.equal(e.id, 5);
    assert.equal(e.weight, 2.5);
    assert.equal(e.name, 'entry5');
    assert.equal(m.showEntry({ id: 2, weight: 0.5, name: 'q' }), 'q#2=0.500000');
    const es = m.makeEntries(3);
    assert.equal(es.length, 3);
    assert.equal(es[2].name, 'xx');
    const w = m.widen({ big: 21n, f: 1.5, xs: zs });
    assert.equal(w.big, 42n);
    assert.equal(w.f, 3);
    assert.equal(w.xs[1], 16);
    assert.equal(m.countEntries([{ id: 1, weight: 1, name: 'a' }]), 1);
    // JsValue calls: the handle table, Reflect.apply and Reflect.construct.
    const target = { add(a, b) { return a + b; } };
    class Box { constructor(v) { this.v = v; } }
    // node:assert iterates arrays itself: the iterator is patched only
    // around the calls (a spread of the arguments would use it).
    const iterator = Object.getOwnPropertyDescriptor(arrayPrototype, Symbol.iterator);
    let sum, box, words;
    Object.defineProperty(arrayPrototype, Symbol.iterator, { value: throws('Array.prototype[Symbol.iterator]'), configurable: true, writable: true });
    try {
      sum = m.callMethod(target, 'add', 2, 3);
      box = m.construct(Box, 4);
      words = m.totalLength(['ab', 'c']);
    } finally {
      Object.defineProperty(arrayPrototype, Symbol.iterator, iterator);
    }
    assert.equal(sum, 5);
    assert.equal(box.v, 4);
    assert.equal(words, 3);
    assert.equal(m.__wasmport.jsValues(), 0);
    assert.throws(() => m.totalLength(new Proxy([], { get: (t, k) => (k === 'length' ? 2 ** 31 : t[k]) })),
                  /an array of at most 536870911 elements/);
    const c = new Cell(5);
    assert.equal(c.value(), 5);
    c.free();
    assert.throws(() => c.value(), /after free/);
  } finally {
    for (let i = saved.length - 1; i >= 0; i--) Object.defineProperty(saved[i][0], saved[i][1], saved[i][2]);
  }
  assertIntact();
});

test('globals replaced after load: checks, dispatch and errors use what the module captured', () => {
  // Each replacement lies or throws; a call below would go through it if
  // the generated code looked the global up at call time.
  const Real = { TypeError, RangeError, Error };
  const throws = (what) => function () { throw new Real.Error(`${what} called`); };
  const arrayIterator = Object.getPrototypeOf([][Symbol.iterator]());
  const patches = [
    [BigInt, 'asIntN', () => 0n],
    [BigInt, 'asUintN', () => 0n],
    [Array, 'isArray', () => true],
    [globalThis, 'TypeError', class { constructor() { throw new Real.Error('TypeError called'); } }],
    [globalThis, 'RangeError', class {}],
    [globalThis, 'Error', class {}],
    [Object.prototype, 'hasOwnProperty', () => true],
    [Object, 'defineProperty', throws('Object.defineProperty')],
    [Object, 'getOwnPropertyDescriptor', throws('Object.getOwnPropertyDescriptor')],
    [Array.prototype, Symbol.iterator, throws('Array.prototype[Symbol.iterator]')],
    [arrayIterator, 'next', throws('%ArrayIteratorPrototype%.next')],
    // Reads past the end of the arguments would reach these.
    [Array.prototype, '0', { get: throws('Array.prototype[0] getter'), configurable: true }],
    [Array.prototype, '1', { get: throws('Array.prototype[1] getter'), configurable: true }],
    [Object.prototype, '0', { get: throws('Object.prototype[0] getter'), configurable: true }],
    [Object.prototype, 'get', { get: throws('Object.prototype.get getter'), configurable: true }],
    [Object.prototype, 'set', { get: throws('Object.prototype.set getter'), configurable: true }],
  ];
  const define = Object.defineProperty; // Object.defineProperty is patched too.
  const saved = patches.map(([o, k]) => [o, k, Object.getOwnPropertyDescriptor(o, k)]);
  // Filled by index: Array.prototype[0] has a getter and no setter below.
  const outcome = { __proto__: null };
  let n = 0;
  // What a call did: its value, or its error's class (the real one?) and
  // message. Recorded while patched, checked after: node:assert uses the
  // patched built-ins itself.
  const run = (f) => {
    try {
      const value = f();
      outcome[n++] = { value };
    } catch (e) {
      outcome[n++] = { real: e instanceof Real.TypeError ? 'TypeError' : e instanceof Real.RangeError ? 'RangeError'
                       : e instanceof Real.Error ? 'Error' : 'other', message: `${e?.message}` };
    }
  };
  let pair;
  try {
    for (let i = 0; i < patches.length; i++) {
      const p = patches[i], f = p[2];
      define(p[0], p[1], typeof f === 'function' ? { value: f, configurable: true, writable: true } : f);
    }
    run(() => m.big(5n));                       // 0: asIntN
    run(() => m.big(2n ** 63n));                // 1
    run(() => m.ubig(2n ** 64n - 2n));          // 2: asUintN, in and out
    run(() => m.ubig(-1n));                     // 3
    run(() => m.twice('3'));                    // 4: TypeError
    run(() => m.twice(3));                      // 5
    run(() => m.pick(4));                       // 6: overloads, Array.isArray
    run(() => m.pick({ length: 2 }));           // 7
    run(() => m.pick(['a', 'b']));              // 8
    run(() => m.addOr(1));                      // 9: a default argument
    run(() => m.addOr(1, 2));                   // 10
    run(() => m.addOr(1, undefined));           // 11
    run(() => { pair = new m.Pair(2, 5); return pair.sum(); }); // 12: two constructors
    run(() => { const p = new m.Pair(); try { return p.sum(); } finally { p.free(); } }); // 13
    run(() => new m.Pair(1, 2, 3));             // 14
    run(() => m.showEntry({ id: 2, weight: 0.5, name: 'q' })); // 15: own data fields
    run(() => m.showEntry({ id: 2, get weight() { return 1; }, name: 'q' })); // 16
    run(() => m.Cell.prototype.free.call({}));  // 17: the objects' brand check
    run(() => m.totalLength(new Proxy([], { get: (t, k) => (k === 'length' ? 2 ** 31 : t[k]) }))); // 18
  } finally {
    for (let i = saved.length - 1; i >= 0; i--) {
      const o = saved[i][0], k = saved[i][1], d = saved[i][2];
      if (d === undefined) delete o[k];
      else define(o, k, d);
    }
  }
  assert.deepEqual(Array.from({ length: n }, (_, i) => outcome[i]), [
    { value: 6n },
    { real: 'TypeError', message: "big: argument 'x' must be a bigint from -(2n ** 63n) to 2n ** 63n - 1, got 9223372036854775808n" },
    { value: 2n ** 64n - 1n },
    { real: 'TypeError', message: "ubig: argument 'x' must be a bigint from 0n to 2n ** 64n - 1, got -1n" },
    { real: 'TypeError', message: "twice: argument 'x' must be an integer from -2147483648 to 2147483647, got \"3\"" },
    { value: 6 },
    { value: 'int 4' },
    { real: 'TypeError', message: 'pick: no overload accepts the arguments (an object); the overloads are: pick(n: number): string [n: ::int32_t]; pick(words: string[]): string' },
    { value: 'words 2' },
    { value: 11 },
    { value: 3 },
    { value: 11 },
    { value: 7 },
    { value: 0 },
    { real: 'TypeError', message: 'new Pair: no constructor takes 3 arguments' },
    { value: 'q#2=0.500000' },
    { real: 'TypeError', message: "showEntry: argument 'e.weight' must be an own data property (not a getter), got a function" },
    { real: 'TypeError', message: "Cell.free: 'this' is not a Cell" },
    { real: 'RangeError', message: "totalLength: argument 'words' must be an array of at most 536870911 elements, got an array" },
  ]);
  pair.free();
  assertIntact();
});

test('the JsValue heap shrinks after a peak', { skip: typeof gc !== 'function' }, () => {
  gc();
  const before = process.memoryUsage().heapUsed;
  m.holdValues(1_000_000);
  assert.equal(m.__wasmport.jsValues(), 1_000_000);
  m.releaseValues();
  assert.equal(m.__wasmport.jsValues(), 0);
  gc();
  const after = process.memoryUsage().heapUsed;
  assert.ok(after - before < 4 << 20, `JS heap grew by ${after - before} bytes`);
  assertIntact();
});

test.after(() => {
  for (const c of neighbours) c.free();
  assert.equal(m.__wasmport.liveObjects(), 0);
});
