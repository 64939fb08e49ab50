import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { load, assertNoLiveObjects, assertMemoryStable } from './harness.mjs';

let kept = null;
globalThis.hostMap = (array, f) => array.map((x, i) => f(x, i));
globalThis.hostKeep = (f) => {
  kept = f;
  return f(21);
};
globalThis.hostSame = (f) => f === kept;
globalThis.hostIsNull = (f) => f === null;
globalThis.hostMakeAdder = (base) => (x) => base + x;

const m = await load('callbacks');
let start;
beforeEach(() => {
  start = m.__wasmport.jsValues();
});
afterEach(() => {
  assertNoLiveObjects(m);
  assert.equal(m.__wasmport.jsValues(), start, 'JS values left in the heap');
});

const intRange = 'an integer from -2147483648 to 2147483647';

test('a JS function called at once, with numbers and strings, returning values', () => {
  assert.equal(m.apply_twice((x) => x * 3, 2), 18);
  const seen = [];
  assert.equal(m.join_with((s, i) => {
    seen.push([s, i]);
    return `${s}${i};`;
  }, 3), 'item0;item1;item2;');
  assert.deepEqual(seen, [['item', 0], ['item', 1], ['item', 2]]);
});

test('every argument kind arrives converted; `this` is undefined', () => {
  let self = null;
  const args = m.kinds(function (...a) {
    self = this;
    return a;
  });
  assert.equal(self, undefined);
  assert.deepEqual(args, [true, 2.5, -3n, 'view', 'cstr', 'ü', undefined, 7, null]);
});

test('results of every kind are converted back', () => {
  const calls = [];
  assert.equal(m.results(() => true, () => 2n ** 64n - 1n,
                         (i) => (i === 0 ? undefined : 'yes'),
                         (x) => { calls.push(x); return 'ignored'; }),
               'true 18446744073709551615 none yes');
  assert.deepEqual(calls, [1]);
});

test('a result of the wrong type is a TypeError naming the callback', () => {
  assert.throws(() => m.apply_twice(() => 'x', 1), {
    name: 'TypeError',
    message: `callback 'f' of apply_twice must return ${intRange}, got "x"`,
  });
  assert.throws(() => m.apply_twice(() => 1.5, 1), {
    name: 'TypeError',
    message: `callback 'f' of apply_twice must return ${intRange}, got 1.5`,
  });
  assert.throws(() => m.results(() => 1, () => 1n, () => undefined, () => {}), {
    name: 'TypeError',
    message: "callback 'b' of results must return a boolean, got 1",
  });
  assert.throws(() => m.results(() => true, () => 1n, () => 5, () => {}), {
    name: 'TypeError',
    message: "callback 'opt' of results must return a string or undefined, got 5",
  });
  // The module works on; the abandoned frames' handles are the documented
  // cost of running without C++ exceptions.
  start = m.__wasmport.jsValues();
  assert.equal(m.apply_twice((x) => x + 1, 1), 3);
});

test('numbers and booleans: arguments and results cross unchanged, and are checked', () => {
  let args = null;
  assert.equal(m.numbers_in(function (...a) { args = [this, ...a]; return 0.25; }), 0.25);
  assert.deepEqual(args, [undefined, true, 0.5, 4000000000, -7]);
  assert.equal(m.five_numbers((...a) => { args = a; return a.length; }), 5);
  assert.deepEqual(args, [1, 2, 3, 4, false]);
  assert.ok(Number.isNaN(m.double_result(() => NaN)));
  assert.equal(m.double_result(() => -Infinity), -Infinity);
  assert.equal(m.byte_result((x) => 255), 255);
  for (const [bad, got] of [[256, '256'], [-1, '-1'], [NaN, 'NaN'], [0.5, '0.5'], ['1', '"1"'],
                            [undefined, 'undefined'], [null, 'null'], [1n, '1n'], [true, 'true']])
    assert.throws(() => m.byte_result(() => bad), {
      name: 'TypeError', message: `callback 'f' of byte_result must return an integer from 0 to 255, got ${got}`,
    });
  // valueOf/toString of a result object never run: it is not a number.
  const sly = { valueOf() { throw new Error('valueOf ran'); }, toString() { throw new Error('toString ran'); } };
  assert.throws(() => m.double_result(() => sly), { name: 'TypeError', message: /must return a number, got an object/ });
  assert.throws(() => m.call_bool(() => 0), { name: 'TypeError', message: "callback 'f' of call_bool must return a boolean, got 0" });
  assert.equal(m.call_bool(() => false), false);
  // An inner call whose result was not a number (a boolean) before the
  // outer one returns NaN, then a number.
  assert.ok(Number.isNaN(m.nested((x) => (x === 1 ? NaN : 0), () => true)));
  assert.equal(m.nested((x) => x + 0.5, () => false), 0.5);
  // Calls from inside a call, each with its own result.
  assert.equal(m.double_result(() => m.double_result(() => 2) + m.byte_result(() => 3)), 5);
  start = m.__wasmport.jsValues();
});

test('an argument that is not a function is a TypeError', () => {
  assert.throws(() => m.apply_twice(42, 1), {
    name: 'TypeError',
    message: "apply_twice: argument 'f' must be a function, got 42",
  });
  const e = new m.Emitter();
  assert.throws(() => e.on('x', null), {
    name: 'TypeError',
    message: "Emitter.on: argument 'handler' must be a function, got null",
  });
  e.free();
});

test('a callback that throws: the exception reaches the JS caller', () => {
  const boom = new Error('boom');
  assert.throws(() => m.add_to_result(() => { throw boom; }, 1), (e) => e === boom);
  start = m.__wasmport.jsValues();
  assert.equal(m.add_to_result(() => 41, 1), 42);
});

test('handlers stored in C++ are called by later calls, then released', () => {
  const e = new m.Emitter();
  const got = [];
  e.on('tick', (name, v) => got.push(`a:${name}:${v}`));
  e.on('tock', (name, v) => got.push(`b:${name}:${v}`));
  e.on('tick', (name, v) => got.push(`c:${name}:${v}`));
  assert.equal(m.__wasmport.jsValues(), start + 3);
  assert.equal(e.emit('tick', 1), 2);
  assert.equal(e.emit('tock', 2), 1);
  assert.equal(e.emit('none', 3), 0);
  assert.deepEqual(got, ['a:tick:1', 'c:tick:1', 'b:tock:2']);
  // A handler that registers another while it runs.
  e.on('grow', () => e.on('tick', () => got.push('d')));
  e.emit('grow', 0);
  assert.equal(e.size(), 5);
  e.clear();
  assert.equal(m.__wasmport.jsValues(), start);
  e.on('tick', () => {});
  e.free(); // The destructor releases the handlers still held.
});

test('a JS function gets a C++ function for the duration of the call', () => {
  let g;
  assert.equal(m.with_doubler((f) => { g = f; return f(21); }), 42);
  assert.throws(() => g(1), {
    name: 'Error',
    message: 'C++ callback called after the call it was passed to returned; ' +
             'use wasmport::Closure to keep it',
  });
});

test('JsValue::as<std::function>', () => {
  assert.equal(m.call_as((x) => x + 1), 6);
  assert.equal(m.call_as('not a function'), -1);
});

test('an import calls a C++ lambda while it runs', () => {
  assert.deepEqual(m.squares([1, 2, 3]), [1, 5, 11]);
  assert.equal(m.sum_array([1, 2, 3, 4]), 10);
});

test('a lent function called after its import returned throws', () => {
  assert.equal(m.lend(2), 42);
  assert.throws(() => kept(3), {
    name: 'Error',
    message: "callback 'f' of hostKeep called after the call it was passed to returned; " +
             'use wasmport::Closure to keep it',
  });
  kept = null;
});

test('arguments of the wrong type are a TypeError for the JS caller', () => {
  globalThis.hostKeep = (f) => {
    assert.throws(() => f('x'), {
      name: 'TypeError',
      message: `callback 'f' of hostKeep: argument 'a0' must be ${intRange}, got "x"`,
    });
    assert.throws(() => f(), {
      name: 'TypeError',
      message: `callback 'f' of hostKeep: argument 'a0' must be ${intRange}, got undefined`,
    });
    return f(5, 'extra arguments are ignored');
  };
  try {
    assert.equal(m.lend(3), 15);
  } finally {
    globalThis.hostKeep = (f) => { kept = f; return f(21); };
  }
});

// Without RTTI (the build-matrix test's -fno-rtti modes) it goes back
// as a new JS function wrapping it (docs/Callbacks.md).
const noRtti = process.env.WASMPORT_E2E_NO_RTTI === '1';
test('a std::function made from a JS function goes back as that function', () => {
  kept = (x) => x;
  assert.equal(m.round_trip(kept), !noRtti);
  kept = null;
  assert.equal(m.lend_empty(), true);
});

test('a JS function returned by an import', () => {
  assert.equal(m.use_adder(40, 2), 42);
  const saved = globalThis.hostMakeAdder;
  try {
    globalThis.hostMakeAdder = () => 1;
    assert.throws(() => m.use_adder(1, 2), {
      name: 'TypeError', message: 'hostMakeAdder must return a function, got 1',
    });
    globalThis.hostMakeAdder = () => () => 'x';
    assert.throws(() => m.use_adder(1, 2), {
      name: 'TypeError',
      message: `the function hostMakeAdder returned must return ${intRange}, got "x"`,
    });
  } finally {
    globalThis.hostMakeAdder = saved;
  }
  start = m.__wasmport.jsValues();
});

test('a Closure: its JS function works until the Closure is destroyed', () => {
  const add = m.make_adder(10);
  assert.equal(typeof add, 'function');
  assert.equal(m.__wasmport.jsValues(), start + 1);
  assert.equal(add(1, 2), 13);
  assert.equal([1, 2, 3].reduce(add), 26); // (10+1+2) then 10+13+3
  assert.throws(() => add('x', 1), {
    name: 'TypeError',
    message: `adder: argument 'a0' must be ${intRange}, got "x"`,
  });
  assert.throws(() => add(1), {
    name: 'TypeError',
    message: `adder: argument 'a1' must be ${intRange}, got undefined`,
  });
  m.drop_adder();
  assert.equal(m.__wasmport.jsValues(), start);
  assert.throws(() => add(1, 2), {
    name: 'Error', message: 'adder called after its wasmport::Closure was destroyed',
  });
});

test('a Closure replaced by another invalidates the first', () => {
  const first = m.make_adder(1);
  const second = m.make_adder(2);
  assert.equal(second(0, 0), 2);
  assert.throws(() => first(0, 0), {
    message: 'adder called after its wasmport::Closure was destroyed',
  });
  m.drop_adder();
});

test('a Closure with strings and optionals, default name', () => {
  const f = m.make_formatter('> ');
  assert.equal(f('a', 1.5), '> a=1.500000');
  assert.equal(f('b'), '> b');
  assert.throws(() => f(1), {
    name: 'TypeError', message: "C++ function: argument 'a0' must be a string, got 1",
  });
  assert.throws(() => f('c', 'd'), {
    name: 'TypeError',
    message: "C++ function: argument 'a1' must be a number or undefined, got \"d\"",
  });
  m.drop_formatter();
  assert.throws(() => f('a'), {
    message: 'C++ function called after its wasmport::Closure was destroyed',
  });
});

test('a Closure registered as a JS event listener, removed by the destructor', () => {
  const target = new EventTarget();
  const c = new m.Counter(target);
  target.dispatchEvent(new Event('tick'));
  target.dispatchEvent(new Event('tick'));
  target.dispatchEvent(new Event('other'));
  assert.equal(c.total(), 2);
  assert.equal(c.last(), 'tick');
  const listener = c.listener();
  c.free();
  target.dispatchEvent(new Event('tick')); // Removed: nothing runs.
  assert.throws(() => listener(new Event('tick')), {
    message: 'Counter listener called after its wasmport::Closure was destroyed',
  });
});

test('a JS exception inside a Closure reaches its JS caller', () => {
  const get = m.make_getter();
  start = m.__wasmport.jsValues();
  assert.equal(get({ value: 4 }), 4);
  const boom = new Error('getter threw');
  assert.throws(() => get({ get value() { throw boom; } }), (e) => e === boom);
  // Called from inside an import, the exception passes through it too.
  globalThis.hostKeep = () => { get({ get value() { throw boom; } }); };
  try {
    assert.throws(() => m.lend(1), (e) => e === boom);
  } finally {
    globalThis.hostKeep = (f) => { kept = f; return f(21); };
  }
  assert.equal(m.apply_twice((x) => get({ value: x }), 7), 7);
  start = m.__wasmport.jsValues();
});

test('100k calls each way: no memory growth, no handles kept', () => {
  const inc = (x) => x + 1;
  assertMemoryStable(m, (i) => m.apply_twice(inc, i & 0xffff), 100_000);
  const add = m.make_adder(0);
  assertMemoryStable(m, (i) => add(i & 0xffff, 1), 100_000);
  assertMemoryStable(m, () => m.lend(1), 100_000);
  kept = null;
  m.drop_adder();
});
