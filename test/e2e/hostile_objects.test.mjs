// Hostile JS against the objects of exported classes (docs/Reliability.md,
// "Hostile JS: objects"): each attack is refused with a JS error or made
// harmless, and after each the module is intact: a neighbouring object keeps
// its value, C++'s counts of live and destroyed objects are what they must
// be, liveObjects() agrees, and memory did not grow.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { assertNoLiveObjects, load, modulePath, stress } from './harness.mjs';

// The imports (looked up on globalThis at each call).
let onHook = () => {};
globalThis.hostileHook = (n) => onHook(n);
// Each co_await tick() waits until the test calls resume().
const ticks = [];
globalThis.hostileTick = () => new Promise((resolve) => ticks.push(resolve));
const resume = () => {
  for (const t of ticks.splice(0)) t();
};
const collect = async (rounds) => {
  for (let i = 0; i < rounds; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    globalThis.gc();
  }
};

const m = await load('hostile_objects');
const { Counter, Special, Other } = m;

let neighbour, memoryBefore;
beforeEach(() => {
  onHook = () => {};
  neighbour = new Counter(111);
  memoryBefore = m.__wasmport.memory().buffer.byteLength;
});
afterEach(() => {
  neighbour.free();
  assertNoLiveObjects(m);
  assert.equal(m.alive(), 0, 'C++ objects left alive');
});

/** The module after an attack: `alive` C++ objects besides the neighbour, `destroyed` since `from`. */
function assertIntact({ alive, destroyed, from }) {
  assert.equal(neighbour.get(), 111, 'a neighbouring object changed');
  neighbour.add(1);
  neighbour.add(-1);
  assert.equal(m.alive(), alive + 1, 'C++ objects alive');
  assert.equal(m.__wasmport.liveObjects(), alive + 1, 'liveObjects()');
  if (destroyed !== undefined) assert.equal(m.destroyed() - from, destroyed, 'destructors run');
  if (!stress) assert.equal(m.__wasmport.memory().buffer.byteLength, memoryBefore, 'memory grew');
}

test('a forged object is a TypeError everywhere; nothing is freed', () => {
  const c = new Counter(1);
  const d0 = m.destroyed();
  const fakes = [
    Object.create(Counter.prototype),
    { __wasmport_ptr: 16, __wasmport_owner: 0 },
    new Proxy(c, {}), // forwards properties, not private state
  ];
  for (const fake of fakes) {
    assert.throws(() => Counter.prototype.get.call(fake), { name: 'TypeError', message: "Counter.get: 'this' is not a Counter" });
    assert.throws(() => Counter.prototype.free.call(fake), { name: 'TypeError', message: "Counter.free: 'this' is not a Counter" });
    assert.throws(() => m.readBoth(fake, c), { name: 'TypeError', message: /^readBoth: argument 'A' must be a Counter, got / });
    assert.throws(() => m.sink(fake), { name: 'TypeError', message: /^sink: argument 'U' must be a Counter or null, got / });
  }
  if (typeof Symbol.dispose === 'symbol')
    assert.throws(() => Counter.prototype[Symbol.dispose].call({}), TypeError);
  const fake = Object.create(Counter.prototype);
  assert.throws(() => fake.callOut(1), TypeError);
  assert.throws(() => fake.later(1), TypeError);
  assertIntact({ alive: 1, destroyed: 0, from: d0 });
  assert.equal(c.get(), 1);
  c.free();
});

test('the C++ address and owner are unreachable: no property, no helper', () => {
  const c = new Counter(2);
  assert.deepEqual(Reflect.ownKeys(c), []);
  for (const cls of [Counter, Special, Other]) {
    for (const key of [...Reflect.ownKeys(cls), ...Reflect.ownKeys(cls.prototype)])
      assert.ok(typeof key !== 'string' || !key.startsWith('__wasmport'), `${cls.name}.${String(key)}`);
  }
  assert.deepEqual(Object.keys(m).filter((k) => k.startsWith('__wasmport_')), []);
  assert.equal(Object.getPrototypeOf(Counter.prototype), Object.prototype);
  // Writing the old property names changes nothing.
  c.__wasmport_ptr = 64;
  c.__wasmport_owner = 5;
  Object.prototype.__wasmport_ptr = 8;
  try {
    c.add(1);
    assert.equal(c.get(), 3);
    assert.equal(m.readBoth(c, neighbour), 114);
  } finally {
    delete Object.prototype.__wasmport_ptr;
  }
  c.free();
  assert.throws(() => c.get(), { name: 'Error', message: 'Counter.get: Counter object used after free()' });
  assert.throws(() => m.readBoth(neighbour, c), { name: 'Error', message: "readBoth: argument 'B' is a Counter object used after free()" });
  c.free(); // twice: nothing
  assertIntact({ alive: 0 });
});

test('an object of another class, even with a Counter prototype, is a TypeError', () => {
  const o = new Other();
  const d0 = m.destroyed();
  assert.throws(() => Counter.prototype.get.call(o), { name: 'TypeError', message: "Counter.get: 'this' is not a Counter" });
  assert.throws(() => m.readBoth(o, neighbour), { name: 'TypeError', message: "readBoth: argument 'A' must be a Counter, got an Other" });
  Object.setPrototypeOf(o, Counter.prototype); // instanceof Counter now says yes
  assert.ok(o instanceof Counter);
  assert.throws(() => o.get(), TypeError);
  assert.throws(() => o.free(), TypeError);
  assert.throws(() => m.sink(o), TypeError);
  Object.setPrototypeOf(o, Other.prototype);
  assert.equal(o.get(), 7);
  o.free();
  assertIntact({ alive: 0, destroyed: 0, from: d0 }); // Other counts nothing
});

test('patched built-ins cannot make an object of another class pass the check', () => {
  const o = new Other();
  const d0 = m.destroyed();
  const includes = Array.prototype.includes;
  const indexOf = Array.prototype.indexOf;
  Array.prototype.includes = () => true;
  Array.prototype.indexOf = () => 0;
  try {
    assert.throws(() => Counter.prototype.get.call(o), { name: 'TypeError', message: "Counter.get: 'this' is not a Counter" });
    assert.throws(() => m.readBoth(o, neighbour), { name: 'TypeError', message: "readBoth: argument 'A' must be a Counter, got an Other" });
    assert.throws(() => Counter.prototype.free.call(o), TypeError);
    assert.throws(() => m.sink(o), TypeError);
    assert.throws(() => Special.prototype.twice.call(neighbour), TypeError); // a base is not its subclass
  } finally {
    Array.prototype.includes = includes;
    Array.prototype.indexOf = indexOf;
  }
  assert.equal(o.get(), 7);
  o.free();
  assertIntact({ alive: 0, destroyed: 0, from: d0 });
});

test('subclasses: C++ ones are their bases, JS ones keep working', () => {
  const s = new Special();
  assert.equal(s.get(), 5);
  assert.equal(s.twice(), 10);
  assert.equal(m.readBoth(s, neighbour), 116);
  // A plain Counter is not a Special.
  assert.throws(() => Special.prototype.twice.call(neighbour), { name: 'TypeError', message: "Special.twice: 'this' is not a Special" });
  class Mine extends Counter {
    constructor() {
      super(9);
      this.extra = 'js';
    }
    get doubled() { return 2 * this.get(); }
  }
  const mine = new Mine();
  assert.equal(mine.doubled, 18);
  assert.equal(m.readBoth(mine, s), 14);
  assert.equal(m.sink(mine), 9); // owned by JS alone: may be handed over
  assert.throws(() => mine.get(), /used after free/);
  // Counter.prototype.free of a Special runs Special's destructor.
  const d0 = m.destroyed();
  Counter.prototype.free.call(s);
  assert.throws(() => s.twice(), /used after free/);
  assertIntact({ alive: 0, destroyed: 1, from: d0 });
});

test('a base class replaced under a subclass cannot hand it an existing object', () => {
  const victim = new Counter(3);
  const saved = Object.getPrototypeOf(Special);
  Object.setPrototypeOf(Special, function () { return victim; });
  const d0 = m.destroyed();
  try {
    assert.throws(() => new Special(), { name: 'TypeError', message: /^new Special: / });
  } finally {
    Object.setPrototypeOf(Special, saved);
  }
  assert.equal(victim.get(), 3);
  victim.free();
  assertIntact({ alive: 0, destroyed: 2, from: d0 }); // the new Special's, then victim's
});

test('refSink(c, c): a borrowed object cannot be handed over in the same call', () => {
  const c = new Counter(4);
  const d0 = m.destroyed();
  assert.throws(() => m.refSink(c, c), {
    name: 'TypeError',
    message: "refSink: argument 'U' must be a Counter that no running call uses (it is 'this' or an argument of one), got a Counter",
  });
  assert.throws(() => m.sinkRef(c, c), { name: 'TypeError', message: /^sinkRef: argument 'U' must be a Counter that no running call uses/ });
  assert.equal(c.get(), 4, 'nothing consumed');
  assertIntact({ alive: 1, destroyed: 0, from: d0 });
  // Two different objects are fine.
  const u = new Counter(10);
  assert.equal(m.refSink(c, u), 4);
  assert.throws(() => u.get(), /used after free/);
  assertIntact({ alive: 1, destroyed: 1, from: d0 });
  c.free();
});

test('an object whose method runs cannot be handed over from inside it', () => {
  const c = new Counter(5);
  const d0 = m.destroyed();
  let caught = null;
  onHook = () => {
    try {
      m.sink(c);
    } catch (e) {
      caught = e;
    }
  };
  assert.equal(c.callOut(0), 5);
  assert.ok(caught instanceof TypeError, String(caught));
  assert.match(caught.message, /^sink: argument 'U' must be a Counter that no running call uses/);
  // Uncaught, the TypeError reaches the caller of the method; the module goes on.
  onHook = () => m.sink(c);
  assert.throws(() => c.callOut(0), { name: 'TypeError', message: /^sink: argument 'U'/ });
  // The same for a borrowed argument.
  onHook = () => m.sink(c);
  assert.throws(() => m.callWith(c, 0), { name: 'TypeError', message: /^sink: argument 'U'/ });
  assert.equal(c.get(), 5);
  assertIntact({ alive: 1, destroyed: 0, from: d0 });
  c.free();
});

test('free() of an object a running call uses waits for the call', () => {
  const c = new Counter(6);
  const d0 = m.destroyed();
  let during;
  onHook = () => {
    c.free();
    assert.throws(() => c.get(), /used after free/); // detached at once
    during = m.destroyed() - d0;
  };
  assert.equal(c.callOut(0), 6, 'the method read a live object');
  assert.equal(during, 0, 'not destroyed during the call');
  assertIntact({ alive: 0, destroyed: 1, from: d0 });

  const a = new Counter(7);
  onHook = () => a[Symbol.dispose] ? a[Symbol.dispose]() : a.free();
  assert.equal(m.callWith(a, 0), 7, 'a borrowed argument stays alive');
  assertIntact({ alive: 0, destroyed: 2, from: d0 });
});

test('an object stays in use through nested calls: neither handed over nor destroyed', () => {
  const c = new Counter(8);
  const d = new Counter(9);
  const d0 = m.destroyed();
  const caught = [];
  const attempt = (fn) => {
    try {
      fn();
    } catch (e) {
      caught.push(e);
    }
  };
  onHook = (n) => {
    if (n === 0) {
      // Inside c.callOut: d's method runs and returns, then d may go.
      attempt(() => m.sink(c));
      assert.equal(d.callOut(1), 9);
      assert.equal(m.sink(d), 9, 'd is in use by no running call');
      return;
    }
    // Inside d.callOut inside c.callOut: both are in use.
    attempt(() => m.sink(c));
    attempt(() => m.sink(d));
    c.free(); // waits for c.callOut
  };
  assert.equal(c.callOut(0), 8, 'the method read a live object');
  assert.equal(caught.length, 3, String(caught));
  for (const e of caught) {
    assert.ok(e instanceof TypeError, String(e));
    assert.match(e.message, /^sink: argument 'U' must be a Counter that no running call uses/);
  }
  assert.throws(() => c.get(), /used after free/);
  assert.throws(() => d.get(), /used after free/);
  assertIntact({ alive: 0, destroyed: 2, from: d0 });
});

test('built-ins replaced after load change nothing: queueMicrotask, Array.prototype, FinalizationRegistry', async () => {
  const d0 = m.destroyed();
  const saved = {
    queueMicrotask: globalThis.queueMicrotask,
    push: Array.prototype.push,
    splice: Array.prototype.splice,
    includes: Array.prototype.includes,
    register: FinalizationRegistry.prototype.register,
    unregister: FinalizationRegistry.prototype.unregister,
  };
  const hostile = () => {
    throw new Error('a replaced built-in ran');
  };
  let k0, k1, k2;
  try {
    globalThis.queueMicrotask = null;
    Array.prototype.push = hostile;
    Array.prototype.splice = hostile;
    Array.prototype.includes = hostile;
    FinalizationRegistry.prototype.register = hostile;
    FinalizationRegistry.prototype.unregister = hostile;
    // Index setters: an internal array that had holes would call them.
    for (let i = 0; i < 4; i++)
      Object.defineProperty(Array.prototype, i, { set: hostile, get: hostile, configurable: true });
    // New objects (registered with their finalizer at the end of the job),
    // objects freed at once, freed inside an import (later), handed over.
    k0 = new Counter(20);
    k1 = new Counter(21);
    k2 = new Counter(22);
    const freed = new Counter(30);
    freed.free();
    const later = new Counter(31);
    onHook = () => later.free();
    assert.equal(k0.callOut(0), 20);
    assert.equal(m.sink(new Counter(32)), 32);
    // Node's own streams and microtasks use these (the test runner's
    // output): restored before the job ends. queueMicrotask and the
    // registry's methods stay replaced while the deferred free() and the
    // registration of the new objects run.
    for (let i = 0; i < 4; i++) delete Array.prototype[i];
    Array.prototype.push = saved.push;
    Array.prototype.splice = saved.splice;
    Array.prototype.includes = saved.includes;
    await null; // the end of the job: new objects meet their finalizer
    await new Promise((resolve) => setImmediate(resolve));
    k1.free();
  } finally {
    for (let i = 0; i < 4; i++) delete Array.prototype[i];
    globalThis.queueMicrotask = saved.queueMicrotask;
    Array.prototype.push = saved.push;
    Array.prototype.splice = saved.splice;
    Array.prototype.includes = saved.includes;
    FinalizationRegistry.prototype.register = saved.register;
    FinalizationRegistry.prototype.unregister = saved.unregister;
  }
  assert.equal(k0.get() + k2.get(), 42);
  assertIntact({ alive: 2, destroyed: 4, from: d0 });
  k0.free();
  k2.free();
  assertIntact({ alive: 0, destroyed: 6, from: d0 });
});

test('a coroutine method keeps its object while suspended: dropped, freed or handed over', async () => {
  assert.equal(typeof globalThis.gc, 'function', 'run with --expose-gc');
  const d0 = m.destroyed();
  // Dropped: the FinalizationRegistry must not destroy it while suspended.
  const dropped = (() => new Counter(40).later(2))();
  await collect(10);
  assert.equal(m.destroyed() - d0, 0, 'finalized while suspended');
  resume();
  assert.equal(await dropped, 42);
  // Once its coroutine is done, it is finalized.
  for (let i = 0; i < 20 && m.destroyed() - d0 < 1; i++) await collect(1);
  assert.equal(m.destroyed() - d0, 1, 'finalized once done');
  const d1 = m.destroyed();
  // Freed while suspended: detached at once, destroyed once it has finished.
  const c = new Counter(50);
  const p = c.later(1);
  c.free();
  assert.throws(() => c.get(), /used after free/);
  await collect(3);
  assert.equal(m.destroyed() - d1, 0, 'destroyed while suspended');
  resume();
  assert.equal(await p, 51);
  assert.equal(m.destroyed() - d1, 1);
  // Handed over while suspended: a TypeError; afterwards it may be.
  const h = new Counter(60);
  const q = m.laterOf(h);
  assert.throws(() => m.sink(h), { name: 'TypeError', message: /^sink: argument 'U' must be a Counter that no running call uses/ });
  resume();
  assert.equal(await q, 60);
  assert.equal(m.sink(h), 60);
  assertIntact({ alive: 0, destroyed: 2, from: d1 });
});

/** A fresh instance (the web target's initSync): these tests terminate it. */
async function fresh(tag) {
  const bytes = readFileSync(modulePath('hostile_objects', 'web').replace(/\.js$/, '.wasm'));
  const f = await import(pathToFileURL(modulePath('hostile_objects', 'web')).href + '?' + tag);
  f.initSync(bytes);
  return f;
}

/** Calls fn with uncaughtException and unhandledRejection recorded. */
async function recordingUncaught(fn) {
  const seen = [];
  const record = (e) => seen.push(e);
  process.on('uncaughtException', record);
  process.on('unhandledRejection', record);
  try {
    await fn();
  } finally {
    process.off('uncaughtException', record);
    process.off('unhandledRejection', record);
  }
  return seen;
}

test('a destructor that traps in free() terminates the module', async () => {
  const f = await fresh('free');
  f.trapOn(13);
  const c = new f.Counter(13);
  assert.throws(() => c.free(), (e) => e instanceof WebAssembly.RuntimeError && e.message === 'unreachable');
  assert.throws(() => f.alive(), { message: 'wasm module terminated: unreachable' });
  assert.throws(() => new f.Counter(1), { message: 'wasm module terminated: unreachable' });
});

test('a trap terminates the module whatever WebAssembly.RuntimeError and Proxy were replaced with', async () => {
  const f = await fresh('replaced');
  f.trapOn(16);
  const c = new f.Counter(16);
  const saved = { RuntimeError: WebAssembly.RuntimeError, Proxy: globalThis.Proxy };
  let error;
  try {
    WebAssembly.RuntimeError = class NotATrap {};
    globalThis.Proxy = null;
    try {
      c.free();
    } catch (e) {
      error = e;
    }
  } finally {
    WebAssembly.RuntimeError = saved.RuntimeError;
    globalThis.Proxy = saved.Proxy;
  }
  assert.ok(error instanceof WebAssembly.RuntimeError, String(error));
  assert.throws(() => f.alive(), { message: 'wasm module terminated: unreachable' });
});

test('a destructor that traps in the finalizer terminates the module, no uncaughtException', async () => {
  const f = await fresh('finalizer');
  f.trapOn(14);
  const seen = await recordingUncaught(async () => {
    (() => new f.Counter(14))();
    for (let i = 0; i < 30; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      globalThis.gc();
      try {
        f.alive();
      } catch {
        break;
      }
    }
    await new Promise((resolve) => setImmediate(resolve));
  });
  assert.deepEqual(seen, []);
  assert.throws(() => f.alive(), { message: 'wasm module terminated: unreachable' });
});

test('a destructor that traps after a call (free() inside an import) terminates the module, no uncaughtException', async () => {
  const f = await fresh('deferred');
  f.trapOn(15);
  const doomed = new f.Counter(15);
  const c = new f.Counter(1);
  onHook = () => doomed.free();
  const seen = await recordingUncaught(async () => {
    assert.equal(c.callOut(0), 1);
    await new Promise((resolve) => setImmediate(resolve));
  });
  assert.deepEqual(seen, []);
  assert.throws(() => f.alive(), { message: 'wasm module terminated: unreachable' });
  assert.throws(() => c.get(), { message: 'wasm module terminated: unreachable' });
});
