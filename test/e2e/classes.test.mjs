import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { load, assertNoLiveObjects, assertMemoryStable } from './harness.mjs';

const m = await load('classes');
afterEach(() => {
  assertNoLiveObjects(m);
  assert.equal(m.alive_objects(), 0, 'C++ objects left alive');
});
const { Counter, Label, Token } = m;

test('constructors by argument count, methods, const methods', () => {
  const a = new Counter();
  const b = new Counter(41);
  const c = new Counter(10, 5);
  a.increment();
  b.increment();
  c.increment();
  assert.deepEqual([a.value(), b.value(), c.value()], [1, 42, 15]);
  assert.ok(b instanceof Counter);
  assert.throws(() => new Counter(1, 2, 3), { name: 'TypeError', message: /no constructor takes 3 arguments/ });
  for (const o of [a, b, c]) o.free();
  assert.equal(m.alive_objects(), 0);
});

test('skipped and private members are not exported', () => {
  const c = new Counter(1);
  assert.equal(c.hidden, undefined);
  assert.equal(c.secret, undefined);
  assert.equal(typeof c.addTo, 'function');
  c.free();
});

test('statics and objects returned by value are owned by JS', () => {
  const s = Counter.withStep(3);
  s.increment();
  assert.equal(s.value(), 3);
  const copy = s.copy();
  copy.increment();
  assert.deepEqual([s.value(), copy.value()], [3, 6]);
  const made = m.make_counter(9);
  assert.equal(made.value(), 9);
  assert.equal(Counter.alive(), 3);
  for (const o of [s, copy, made]) o.free();
  assert.equal(Counter.alive(), 0);
});

test('objects passed by reference, const reference, pointer and value', () => {
  const a = new Counter(2), b = new Counter(3);
  assert.equal(m.total(a, b), 5);
  m.bump(a);
  assert.equal(a.value(), 3);
  a.addTo(b);
  assert.equal(b.value(), 6);
  assert.equal(m.value_or(a, -1), 3);
  assert.equal(m.value_or(null, -1), -1);
  assert.equal(m.value_or(undefined, -1), -1);
  assert.equal(a.same(a), true);
  assert.equal(a.same(b), false);
  assert.equal(a.has(null), false);
  assert.equal(m.by_value(a), 4);
  assert.equal(a.value(), 3, 'by-value parameter is a copy');
  a.free();
  b.free();
  assert.equal(m.alive_objects(), 0);
});

test('strings inside classes', () => {
  const l = new Label('héllo');
  l.append(' wörld');
  assert.equal(l.text(), 'héllo wörld');
  const bang = new Label('!');
  const j = l.joined(bang);
  assert.equal(j.text(), 'héllo wörld!');
  for (const o of [l, bang, j]) o.free();
  assert.equal(m.alive_objects(), 0);
});

test('a class without a public constructor', () => {
  assert.throws(() => new Token(), { name: 'TypeError', message: /Token has no constructor/ });
  const t = Token.make();
  assert.equal(t.id(), 7);
  t.free();
});

test('using a freed object throws; double free is harmless', () => {
  const c = new Counter(1);
  c.free();
  c.free();
  assert.throws(() => c.value(), { name: 'Error', message: /Counter\.value: Counter object used after free\(\)/ });
  assert.throws(() => m.total(c, c), { message: /argument 'A' is a Counter object used after free\(\)/ });
  assert.equal(m.alive_objects(), 0);
});

test('an object the glue did not make has no C++ object, whatever Object.prototype says', () => {
  Object.prototype.__wasmport_ptr = 16;
  Object.prototype.__wasmport_owner = 0;
  try {
    const fake = Object.create(Counter.prototype);
    assert.throws(() => fake.increment(), { name: 'TypeError', message: "Counter.increment: 'this' is not a Counter" });
    // No C++ object is touched.
    assert.throws(() => fake.free(), { name: 'TypeError', message: "Counter.free: 'this' is not a Counter" });
  } finally {
    delete Object.prototype.__wasmport_ptr;
    delete Object.prototype.__wasmport_owner;
  }
});

test('wrong object types throw TypeError naming function and parameter', () => {
  const l = new Label('x');
  assert.throws(() => m.total(l, l), { name: 'TypeError', message: /total: argument 'A' must be a Counter, got a Label/ });
  assert.throws(() => m.total({}, {}), TypeError);
  assert.throws(() => m.bump(null), { name: 'TypeError', message: /bump: argument 'C' must be a Counter, got null/ });
  assert.throws(() => Counter.prototype.value.call(l), { name: 'TypeError', message: /'this' is not a Counter/ });
  assert.throws(() => new Counter('1'), { name: 'TypeError', message: /new Counter: argument 'Start'/ });
  l.free();
});

test('Symbol.dispose frees the object', { skip: typeof Symbol.dispose !== 'symbol' }, () => {
  const c = new Counter(1);
  c[Symbol.dispose]();
  assert.throws(() => c.value(), /used after free/);
});

test('FinalizationRegistry frees what JS forgot', async () => {
  assert.equal(typeof globalThis.gc, 'function', 'run with --expose-gc');
  const before = m.alive_objects();
  (() => { for (let i = 0; i < 100; i++) new Counter(i); })();
  assert.equal(m.alive_objects(), before + 100);
  for (let i = 0; i < 20 && m.alive_objects() > before; i++) {
    globalThis.gc();
    await new Promise((r) => setTimeout(r, 10));
  }
  assert.equal(m.alive_objects(), before);
  assertNoLiveObjects(m);
});

test('objects forgotten in a long job are freed too, among freed and kept ones', async () => {
  // 1,000 objects in one job: more than one batch of pending objects.
  const before = m.alive_objects();
  const live = m.__wasmport.liveObjects();
  const kept = [];
  (() => {
    for (let i = 0; i < 1000; i++) {
      const c = new Counter(i);
      if (i % 3 === 0) c.free();
      else if (i % 3 === 1) kept.push(c);
      // else: forgotten
    }
    assert.equal(m.__wasmport.liveObjects(), live + 666);
  })();
  assert.equal(m.alive_objects(), before + 666);
  for (const c of kept) c.free();
  assert.equal(m.__wasmport.liveObjects(), live + 333);
  for (let i = 0; i < 20 && m.alive_objects() > before; i++) {
    globalThis.gc();
    await new Promise((r) => setTimeout(r, 10));
  }
  assert.equal(m.alive_objects(), before);
  assertNoLiveObjects(m);
});

test('10^6 objects made and freed keep memory flat', () => {
  assertMemoryStable(m, (i) => {
    const c = new Counter(i);
    c.increment();
    c.free();
  }, 1_000_000);
  assert.equal(m.alive_objects(), 0);
  assertNoLiveObjects(m);
});

test('object calls keep memory flat and nothing leaks', () => {
  assertMemoryStable(m, (i) => {
    const c = new Counter(i);
    c.increment();
    const d = c.copy();
    d.free();
    c.free();
  });
  assert.equal(m.alive_objects(), 0);
  assertNoLiveObjects(m);
});
