// Classes C++ owns (docs/Types.md#classes-c-owns): JS gets their objects
// from C++ functions as borrowed wrappers and can neither construct nor free
// them; the C++ side destroys them, and nothing is left alive in JS.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { load, assertNoLiveObjects } from './harness.mjs';

const m = await load('foreign_owned');

afterEach(() => assertNoLiveObjects(m));

test('a foreign class C++ owns comes from functions, borrowed', () => {
  const world = new m.World();
  const a = world.createContact(1, 2);
  const b = world.createContact(3, 4);
  assert.equal(m.World.liveContacts(), 2);
  assert.equal(a.sum(), 3);
  assert.equal(world.contactList().sum(), 7);
  assert.equal(world.contactList().next().sum(), 3);
  assert.equal(b.next().next(), null);
  b.first = 10;
  assert.equal(b.sum(), 14);
  // Only the world's object counts: contacts are borrowed.
  assert.equal(m.__wasmport.liveObjects(), 1);
  world.destroyContact(a);
  assert.equal(m.World.liveContacts(), 1);
  world.free(); // ~world destroys the remaining contact.
  assert.equal(m.World.liveContacts(), 0);
});

test('new on a class C++ owns is a TypeError naming where objects come from', () => {
  assert.throws(() => new m.Contact(), {
    name: 'TypeError',
    message: 'new Contact: Contact has no constructor exported to JavaScript; Contact objects come from C++ functions',
  });
  // A public constructor does not help: JS could not free the object.
  assert.throws(() => new m.Node(), { name: 'TypeError', message: /Node objects come from C\+\+ functions/ });
  assert.throws(() => new m.Registry(), { name: 'TypeError', message: /Registry objects come from C\+\+ functions/ });
});

test('free() and [Symbol.dispose] of a class C++ owns throw and change nothing', () => {
  const world = new m.World();
  const c = world.createContact(5, 6);
  assert.throws(() => c.free(), {
    name: 'TypeError',
    message: 'Contact.free: C++ owns Contact objects; JavaScript cannot free them',
  });
  if (typeof Symbol.dispose === 'symbol')
    assert.throws(() => c[Symbol.dispose](), { name: 'TypeError', message: /C\+\+ owns Contact objects/ });
  assert.equal(c.sum(), 11); // Still usable: nothing was destroyed.
  assert.equal(m.World.liveContacts(), 1);
  const r = m.registry();
  r.add();
  r.add();
  assert.equal(m.registry().size(), 2);
  assert.throws(() => r.free(), { name: 'TypeError', message: /C\+\+ owns Registry objects/ });
  world.free();
  assert.equal(m.World.liveContacts(), 0);
});

test('a class JS owns derived from one C++ owns is constructed and freed', () => {
  const t = new m.Tree();
  assert.equal(m.Tree.trees(), 1);
  assert.ok(t instanceof m.Node);
  const root = t.root();
  root.setValue(4);
  assert.equal(t.value(), 4);
  const kid = t.grow(7);
  assert.equal(kid.value(), 7);
  assert.equal(t.child().value(), 7);
  assert.throws(() => kid.free(), { name: 'TypeError', message: /C\+\+ owns Node objects/ });
  assert.throws(() => root.free(), { name: 'TypeError', message: /C\+\+ owns Node objects/ });
  assert.equal(m.__wasmport.liveObjects(), 1);
  t.free(); // ~Tree, then ~Node deletes the child.
  assert.equal(m.Tree.trees(), 0);
  t.free(); // A second free() of what JS owned does nothing.
});
