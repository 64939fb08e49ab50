// Top-level optionals of JsValue and of imported classes cross as bare
// handles (docs/Types.md, "Optionals"): empty is undefined, JS undefined and
// null are empty, anything else is a value; no handle or block is left
// behind after each case.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { load } from './harness.mjs';

const host = {};
globalThis.host = host;
const m = await load('optional_handles');

function level() {
  return { blocks: m.liveBlocks(), jsValues: m.__wasmport.jsValues() };
}
let start;
beforeEach(() => {
  start = level();
});
afterEach(() => {
  for (const k of Object.keys(host)) delete host[k];
  assert.deepEqual(level(), start, 'something was left behind');
});

test('export arguments: undefined and null are empty, every other value is a value', () => {
  assert.equal(m.has(undefined), false);
  assert.equal(m.has(null), false);
  for (const v of [0, false, true, '', {}, [], 0n, Symbol('s'), () => 1])
    assert.equal(m.has(v), true, String(typeof v));
  const o = { x: 1 };
  assert.equal(m.echo(o), o, 'the same object comes back');
  assert.equal(m.echo('s'), 's');
  assert.equal(m.echo(false), false);
  assert.equal(m.echo(null), undefined, 'null is empty, and empty is undefined');
  assert.equal(m.echo(undefined), undefined);
});

test('export results: empty is undefined, an engaged null stays null', () => {
  assert.equal(m.pick(0), undefined);
  assert.equal(m.pick(1), null);
  assert.equal(m.pick(2), 7);
});

test('imported classes: optional dates both ways', () => {
  assert.equal(m.timeOf(new Date(42)), 42);
  assert.equal(m.timeOf(undefined), -1);
  assert.equal(m.timeOf(null), -1);
  const d = m.dateAt(5);
  assert.ok(d instanceof Date);
  assert.equal(d.getTime(), 5);
  assert.equal(m.dateAt(-1), undefined);
});

test('a value of the wrong kind is a TypeError, and the module keeps working', () => {
  // Not a Date: C++ holds it as one (not checked, as a top-level Date), and
  // its first call fails in JS; the thunk's argument is released.
  assert.throws(() => m.timeOf(3), { name: 'TypeError', message: /getTime/ });
  assert.throws(() => m.timeOf({}), { name: 'TypeError', message: /getTime/ });
  assert.equal(m.timeOf(new Date(8)), 8);
});

test('import arguments and results', () => {
  const seen = [];
  host.pass = (v) => {
    seen.push(v);
    return v;
  };
  assert.equal(m.viaHost(0), 'none');
  assert.equal(m.viaHost(1), 'none', 'null back from JS is empty');
  assert.equal(m.viaHost(2), 'number');
  assert.deepEqual(seen, [undefined, null, 7]);
  host.pass = () => ({});
  assert.equal(m.viaHost(0), 'object');
  host.see = (d) => (d === undefined ? 'none' : `date ${d.getTime()}`);
  assert.equal(m.seeHost(9), 'date 9');
  assert.equal(m.seeHost(-1), 'none');
  host.date = () => new Date(1234);
  assert.equal(m.hostTime(), 1234);
  host.date = () => undefined;
  assert.equal(m.hostTime(), -1);
  host.date = () => null;
  assert.equal(m.hostTime(), -1);
});
