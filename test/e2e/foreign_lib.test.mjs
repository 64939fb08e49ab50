// A foreign library bound from a binding file only (foreign_lib.cpp): alias
// exports with bases, value aliases, enum aliases, selection and renames,
// using-declarations of overloaded free functions, run-time overloads,
// default arguments, a class C++ owns and a JS subclass of a virtual class.
// The rewrite parity test runs these tests against the rewrite tool's build.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { load, assertNoLiveObjects } from './harness.mjs';

const m = await load('foreign_lib');

afterEach(() => assertNoLiveObjects(m));

test('enum aliases: unscoped and scoped, renamed by the attribute', () => {
  assert.deepEqual({ ...m.BodyType }, { static_body: 0, kinematic_body: 1, dynamic_body: 2 });
  assert.deepEqual({ ...m.Colour }, { red: 1, green: 2, blue: 4 });
  assert.equal(m.Color, undefined);
});

test('a foreign class with a foreign base: JS bases, overrides, selection and renames', () => {
  const c = new m.Circle(2);
  assert.ok(c instanceof m.Shape);
  assert.equal(c.area(), 12);
  assert.equal(c.get_color(), m.Colour.green);
  assert.equal(c.radius, 2);
  c.radius = 1;
  assert.equal(c.area(), 3);
  assert.equal(c.shapeId(), 7);
  assert.equal(c.id, undefined);
  assert.equal(c.secret, undefined);
  const s = new m.Shape(m.Colour.blue);
  assert.equal(s.area(), 0);
  assert.equal(s.tint, m.Colour.blue);
  c.free();
  s.free();
});

test('run-time overloads and a const/non-const pair of one method', () => {
  const s = new m.Circle(1, m.Colour.red);
  assert.equal(s.tag(5), 'int 5');
  assert.equal(s.tag('x'), 'string x');
  assert.throws(() => s.tag(true), { name: 'TypeError', message: /tag: no overload accepts the arguments/ });
  assert.equal(s.count(), 1);
  assert.equal(s.count(), 2);
  assert.equal(s.raw, undefined); // int * cannot cross: left out.
  s.free();
});

test('default arguments, and a defaulted tail that cannot cross', () => {
  const s = new m.Shape(m.Colour.red);
  assert.equal(s.sum(1), 321);
  assert.equal(s.sum(1, 2), 303);
  assert.equal(s.sum(1, 2, 3), 6);
  assert.equal(s.sum(1, 2, undefined), 303);
  // C++ defaults are trailing: one in the middle cannot be skipped.
  assert.throws(() => s.sum(1, undefined, 3), { name: 'TypeError', message: /argument 'b'/ });
  assert.throws(() => s.sum(), { name: 'TypeError' });
  s.free();
  const a = new m.Logger();
  assert.equal(a.level(), 1);
  assert.equal(a.indent(), 4);
  const b = new m.Logger(3);
  assert.equal(b.level(), 3);
  assert.equal(b.indent(), 4);
  a.free();
  b.free();
});

test('value aliases: an aggregate and a struct with constructors', () => {
  assert.equal(m.dot({ x: 1, y: 2 }, { x: 3, y: 4 }), 11);
  assert.deepEqual(m.extend({ x: 1, y: 2 }), { x: 1, y: 2, z: 1 });
  assert.deepEqual(m.extend({ x: 1, y: 2 }, 5), { x: 1, y: 2, z: 5 });
  assert.throws(() => m.dot(1, 2), { name: 'TypeError', message: /dot: no overload accepts the arguments/ });
  assert.throws(() => m.extend({ x: 1 }), { name: 'TypeError', message: /v\.y/ });
});

test('foreign overloads JS cannot tell apart are tried in declaration order', () => {
  // Both take two objects: dot(vec2, vec2), declared first, takes {x, y, z}.
  assert.equal(m.dot({ x: 1, y: 2, z: 3 }, { x: 1, y: 1, z: 1 }), 3);
});

test('using-declarations: every overload that can cross, defaults counted', () => {
  assert.equal(m.scale(3), 6);
  assert.equal(m.scale(3, 5), 15);
  assert.equal(m.scale('ab'), 'abab');
  assert.throws(() => m.scale(null), { name: 'TypeError' });
});

test('a class C++ owns: made by the world, borrowed, not constructible', () => {
  const w = new m.World();
  const b = w.create_body(m.BodyType.dynamic_body, { x: 1, y: 2 });
  w.create_body(m.BodyType.static_body, { x: 0, y: 0 });
  assert.equal(w.body_count(), 2);
  assert.equal(b.get_type(), m.BodyType.dynamic_body);
  b.move({ x: 0.5, y: -1 });
  assert.deepEqual(b.position(), { x: 1.5, y: 1 });
  assert.equal(w.body_list().next().get_type(), m.BodyType.dynamic_body);
  assert.equal(w.body_list().next().next(), null);
  assert.throws(() => new m.Body(), { name: 'TypeError', message: /Body objects come from C\+\+ functions/ });
  assert.throws(() => b.free(), { name: 'TypeError', message: /C\+\+ owns Body objects/ });
  w.free();
});

test('a JS subclass of a foreign virtual class, held and called by C++', () => {
  class Counter extends m.Listener {
    hits = 0;
    on_hit(damage) {
      this.hits += damage;
      return this.hits;
    }
  }
  assert.throws(() => new m.Listener(), { name: 'TypeError' });
  const w = new m.World();
  const l = new Counter();
  assert.equal(w.hit(1), -1);
  w.set_listener(l);
  assert.equal(w.hit(3), 3);
  assert.equal(w.hit(4), 7);
  assert.equal(l.hits, 7);
  // Not defined in JS: the C++ base's runs.
  assert.equal(w.listener_name(), 'C++ listener');
  class Named extends m.Listener {
    name() { return 'js'; }
  }
  const n = new Named();
  w.set_listener(n);
  assert.equal(w.listener_name(), 'js');
  // A pure virtual the JS class does not define: an Error naming it.
  assert.throws(() => w.hit(1), (e) => e instanceof Error && /on_hit/.test(e.message));
  w.set_listener(null);
  n.free();
  l.free();
  w.free();
});
