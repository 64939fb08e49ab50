// JS values, imported classes (Date), functions and promises inside vectors,
// optionals and value structs (docs/Types.md, "JS values inside
// containers"), as export arguments and results and as import parameters
// and results. Every handle C++ takes is released with the value it sits in
// and every handle C++ gives is taken over by JS: the JsValue handles,
// operator new blocks and live objects are back to their level after each
// test, also when a check fails half way through an array.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { load } from './harness.mjs';

const host = {};
globalThis.host = host;
const m = await load('values_in_containers');

function level() {
  return {
    blocks: m.liveBlocks(),
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

test('JS values cross in arrays both ways', () => {
  assert.equal(m.typesOf([1, 'a', {}, null]), 'number,string,other,other');
  assert.equal(m.typesOf([]), '');
  assert.deepEqual(m.makeValues(4), [0, '1', 2, '3']);
  const o = { x: 1 };
  const back = m.reversed([o, 'b', undefined, 7n]);
  assert.deepEqual(back, [7n, undefined, 'b', o]);
  assert.equal(back[3], o, 'the same object comes back');
});

test('an optional JS value is undefined when empty', () => {
  assert.equal(m.maybe(true), 'here');
  assert.equal(m.maybe(false), undefined);
});

test('imported classes cross in arrays and optionals', () => {
  assert.equal(m.latest([new Date(5), new Date(50), new Date(7)]), 50);
  assert.equal(m.latest([]), -1);
  const ds = m.datesAt(new Float64Array([1, 2000]));
  assert.ok(ds.every((d) => d instanceof Date));
  assert.deepEqual(ds.map((d) => d.getTime()), [1, 2000]);
  const d = new Date(3);
  assert.equal(m.dateOrNot(d), d);
  assert.equal(m.dateOrNot(undefined), undefined);
});

test('a value struct holds JS values and an optional Date', () => {
  const value = { deep: true };
  const t = m.retag({ tag: 'abc', value, when: undefined });
  assert.equal(t.tag, 'ABC');
  assert.equal(t.value, value);
  assert.ok(t.when instanceof Date);
  assert.equal(t.when.getTime(), 0);
  const when = new Date(99);
  assert.equal(m.retag({ tag: 'x', value: 1, when }).when, when);
});

test('functions in arrays, optionals and value structs are callable from C++', () => {
  assert.equal(m.callAll([(x) => x + 1, (x) => x * 10], 2), 23);
  assert.equal(m.callAll([], 2), 0);
  assert.equal(m.callMaybe((x) => x * 3, 4), 12);
  assert.equal(m.callMaybe(undefined, 4), -1);
  assert.equal(m.runHandlers([{ name: 'a', run: (x) => x }, { name: 'b', run: (x) => -x }]),
    'a=7,b=-7');
});

test('a wrong element is a TypeError naming it, and leaks no handle', () => {
  // The first two elements pass their check; the third fails before any
  // handle is made.
  assert.throws(() => m.callAll([(x) => x, (x) => x, 1], 0), {
    name: 'TypeError', message: "callAll: argument 'fs[2]' must be a function, got 1",
  });
  assert.throws(() => m.runHandlers([{ name: 'a', run: (x) => x }, { name: 'b', run: 'no' }]), {
    name: 'TypeError', message: "runHandlers: argument 'hs[1].run' must be a function, got \"no\"",
  });
  assert.throws(() => m.callMaybe(5, 0), {
    name: 'TypeError', message: "callMaybe: argument 'f' must be a function, got 5",
  });
  assert.throws(() => m.retag({ tag: 1, value: {}, when: undefined }), TypeError);
});

test('a function from JS that returns the wrong type throws', () => {
  assert.throws(() => m.callAll([() => 'x'], 0), TypeError);
});

test('promises cross in arrays both ways', async () => {
  const ps = m.makePromises(3);
  assert.ok(ps.every((p) => p instanceof Promise));
  assert.deepEqual(await Promise.all(ps), [0, 10, 20]);
  assert.equal(await m.sumOf([Promise.resolve(1), 2, Promise.resolve(3)]), 6);
});

test('imports return arrays of JS values, Dates, functions and promises', async () => {
  host.values = () => [1, 'two', {}];
  assert.equal(m.fromHost(), 'number,string,other');
  host.date = () => new Date(1234);
  assert.equal(m.hostDateTime(), 1234);
  host.date = () => undefined;
  assert.equal(m.hostDateTime(), -1);
  host.callbacks = () => [(x) => x, (x) => 2 * x];
  assert.equal(m.hostCallAll(5), 15);
  host.handler = () => ({ name: 'h', run: (x) => x + 100 });
  assert.equal(m.hostRunHandler(), 103);
  host.handler = () => undefined;
  assert.equal(m.hostRunHandler(), -1);
  host.promises = () => [Promise.resolve(4), 5];
  assert.equal(await m.hostSum(), 9);
});

test('imports take arrays and structs of JS values', async () => {
  host.takeValues = (xs) => {
    assert.equal(xs.length, 3);
    assert.equal(xs[0], 1);
    assert.equal(xs[1], 'two');
    assert.ok(xs[2] instanceof Date);
    return xs.length;
  };
  assert.equal(m.toHost(), 3);
  host.tagged = (t) => {
    assert.equal(t.tag, 'cpp');
    assert.equal(t.value, 42);
    assert.equal(t.when.getTime(), 9);
    return { tag: 'js', value: t.value + 1, when: undefined };
  };
  assert.equal(m.hostRetag(), 'js:43.000000:-1.000000');
  let given;
  host.settle = (ps) => {
    given = ps;
    return ps.length;
  };
  assert.equal(m.toHostPromises(), 3);
  assert.deepEqual(await Promise.all(given), [0, 10, 20]);
});

test('a wrong element in an import result is a TypeError naming the import', () => {
  host.callbacks = () => [(x) => x, 'f'];
  assert.throws(() => m.hostCallAll(1), {
    name: 'TypeError', message: /^host\.callbacks: its result\[1\] must be a function, got "f"/,
  });
  host.handler = () => ({ name: 'h' });
  assert.throws(() => m.hostRunHandler(), {
    name: 'TypeError', message: /^host\.handler: its result\.run /,
  });
});
