// JS classes implementing C++ virtual interfaces (docs/Subclasses.md).
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { load, assertNoLiveObjects } from './harness.mjs';

let hostKept = null;
globalThis.subclassesHost = {
  inspect(c, d) {
    hostKept = d;
    d.touch();
    return (c === null ? -1 : c.id()) * 10 + d.id();
  },
};
const m = await load('subclasses');

// Every test frees what it made: no C++ object and no JsValue handle (the
// C++ object's hold on its JS object) is left behind.
let start;
beforeEach(() => { start = m.__wasmport.jsValues(); });
afterEach(() => {
  assertNoLiveObjects(m);
  assert.equal(m.__wasmport.jsValues(), start, 'JsValue handles left behind');
});

class Counter extends m.Listener {
  constructor(label) {
    super();
    this.label = label;
    this.hits = [];
  }
  onHit(damage) {
    this.hits.push(damage);
    return damage * 2;
  }
  name() { return `counter ${this.label} ✓`; }
}

test('C++ holding a Listener& and a Listener* calls the JS overrides', () => {
  const c = new Counter('a');
  assert.ok(c instanceof m.Listener);
  assert.equal(m.hit(c, 20), 41);
  assert.deepEqual(c.hits, [20]);
  assert.equal(m.nameOf(c), '<counter a ✓>');
  assert.equal(m.nameOf(null), 'none');
  // The base class's wrapper methods reach the JS ones through C++.
  assert.equal(c.onHit(3), 6);
  c.free();
});

test('C++ keeps a Listener* and calls it later', () => {
  const c = new Counter('w');
  const w = new m.World();
  w.setListener(c);
  assert.equal(w.step(4), (0 + 1 + 2 + 3) * 2);
  assert.deepEqual(c.hits, [0, 1, 2, 3]);
  assert.equal(w.step(2), 2);
  w.setListener(null);
  w.free();
  c.free();
});

test('an abstract class cannot be constructed from JS', () => {
  assert.throws(() => new m.Listener(), TypeError);
  assert.throws(() => new m.Shape(1), TypeError);
});

test('a pure virtual function the JS class does not define throws an Error naming it', () => {
  class Half extends m.Listener {
    onHit(d) { return d; }
  }
  const h = new Half();
  assert.equal(m.hit(h, 1), 2);
  assert.throws(() => m.nameOf(h), (e) => {
    assert.ok(e instanceof Error);
    assert.match(e.message, /Listener\.name/);
    assert.match(e.message, /Half/);
    return true;
  });
  h.free();
});

test('a virtual function the JS class does not define runs the C++ one', () => {
  class Square extends m.Shape {
    constructor(side) {
      super(2);
      this.side = side;
    }
    area() { return this.side * this.side; }
    hidden(x) { return x * 100; }
  }
  const s = new Square(3);
  assert.equal(s.scale(), 2);
  assert.equal(m.areaOf(s), 9);
  // describe is C++'s, and calls the JS area.
  assert.equal(m.describe(s, 'sq'), 'sq: a shape of area 18.000000');
  // A protected pure virtual one implemented in JS.
  assert.equal(m.secretOf(s), 700);
  s.free();

  const g = new m.Greeter();
  assert.equal(m.greetBoth(g, 'a', 'b'), 'hello a / hello b');
  g.free();
  class Loud extends m.Greeter {
    greet(who) { return `HI ${who.toUpperCase()}`; }
  }
  const l = new Loud();
  assert.equal(m.greetBoth(l, 'a', 'b'), 'HI A / HI B');
  l.free();
});

test('super calls of a JS override run the C++ implementation', () => {
  class Polite extends m.Greeter {
    greet(who) { return `${super.greet(who)}, please`; }
  }
  const p = new Polite();
  assert.equal(m.greetBoth(p, 'x', 'y'), 'hello x, please / hello y, please');
  p.free();
});

test('an exception thrown by a JS override reaches the JS caller', () => {
  class Failing extends m.Greeter {
    fail() { throw new RangeError('no luck'); }
  }
  const f = new Failing();
  assert.throws(() => m.failOf(f), { name: 'RangeError', message: 'no luck' });
  // The module goes on.
  assert.equal(m.greetBoth(f, 'a', 'b'), 'hello a / hello b');
  f.free();
});

test('wrong constructor arguments of a subclass are a TypeError', () => {
  class Bad extends m.Shape {
    constructor() { super(1, 2); }
    hidden() { return 0; }
  }
  assert.throws(() => new Bad(), TypeError);
});

test('free() releases the C++ object and the JS object it held; no leak', () => {
  for (let i = 0; i < 1000; i++) {
    const c = new Counter(i);
    assert.equal(m.hit(c, i), 2 * i + 1);
    c.free();
  }
  const c = new Counter('x');
  c.free();
  assert.throws(() => m.hit(c, 1), Error);
});

test('a JS override receives the C++ objects passed by pointer and reference, lent for the call', () => {
  const seen = [];
  let kept = null;
  class Counting extends m.ContactListener {
    beginContact(c) {
      if (c === null) { seen.push('null'); return; }
      assert.ok(c instanceof m.Contact);
      c.touch();
      seen.push(`begin ${c.id()}`);
      kept = c;
    }
    endContact(c) {
      c.touch();
      seen.push(`end ${c.id()} ${c.touches()}`);
    }
    weigh(c, w) { return c.id() * w; }
  }
  const l = new Counting();
  const a = new m.Arena();
  a.setListener(l);
  assert.equal(a.collide(3), (1 + 2 + 3) * 10);
  assert.deepEqual(seen, ['null', 'begin 1', 'end 1 2', 'begin 2', 'end 2 2', 'begin 3', 'end 3 2']);
  assert.equal(a.touched(), 6);
  // The wrapper kept past the call is detached: C++ destroyed the contact.
  assert.ok(kept instanceof m.Contact);
  assert.throws(() => kept.id(), { name: 'Error', message: /Contact object used after free\(\)/ });
  assert.throws(() => kept.touch(), /used after free\(\)/);
  kept.free(); // Harmless: it owns nothing.
  // postSolve (an unexported parameter type) stays C++'s: not called.
  a.setListener(null);
  a.free();
  l.free();
});

test('a JS override that does not define a method with object arguments runs the C++ one', () => {
  class Partial extends m.ContactListener {
    beginContact(c) { if (c) c.touch(); }
  }
  const l = new Partial();
  const a = new m.Arena();
  a.setListener(l);
  assert.equal(a.collide(2), (1 + 10) + (2 + 10));
  assert.equal(a.touched(), 2);
  a.setListener(null);
  a.free();
  l.free();
});

test('an exception thrown by an override with a lent object detaches it too', () => {
  let kept = null;
  class Throwing extends m.ContactListener {
    beginContact(c) {
      if (c === null) return;
      kept = c;
      throw new RangeError(`contact ${c.id()}`);
    }
  }
  const l = new Throwing();
  const a = new m.Arena();
  a.setListener(l);
  assert.throws(() => a.collide(1), { name: 'RangeError', message: 'contact 1' });
  assert.throws(() => kept.id(), /used after free\(\)/);
  a.setListener(null);
  a.free();
  l.free();
});

test('lending objects to JS overrides leaks nothing', () => {
  class Many extends m.ContactListener {
    beginContact(c) { if (c) c.touch(); }
    endContact(c) { c.touch(); }
  }
  const l = new Many();
  const a = new m.Arena();
  a.setListener(l);
  for (let i = 0; i < 200; i++) a.collide(5);
  assert.equal(a.touched(), 200 * 10);
  a.setListener(null);
  a.free();
  l.free();
});

test('an import receives exported objects by pointer and reference, lent for the call', () => {
  assert.equal(m.inspectBoth(4, 5, false), 45 + 1000);
  assert.ok(hostKept instanceof m.Contact);
  assert.throws(() => hostKept.id(), /Contact object used after free\(\)/);
  assert.equal(m.inspectBoth(4, 6, true), -10 + 6 + 1000);
  hostKept = null;
});
