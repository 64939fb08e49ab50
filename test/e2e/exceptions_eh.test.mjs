// C++ exceptions with -fwasm-exceptions (exceptions_eh.cpp). The case needs
// the C++ runtime of scripts/eh-runtime.sh; test/e2e/CMakeLists.txt builds it
// only when that runtime is configured and says so in WASMPORT_E2E_EH_RUNTIME.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { assertMemoryStable, assertNoLiveObjects, load, modulePath } from './harness.mjs';

const runtime = process.env.WASMPORT_E2E_EH_RUNTIME;
const skip = runtime === undefined || runtime === ''
  ? 'no C++ runtime with wasm exception handling (scripts/eh-runtime.sh; docs/Exceptions.md)'
  : false;
if (!skip && !existsSync(modulePath('exceptions_eh')))
  throw new Error(`the runtime is configured (${runtime}) but ${modulePath('exceptions_eh')} was not built`);

// The JS functions the C++ imports call: `what` picks a throw.
const thrown = { 1: new RangeError('step 1'), 2: 'a plain string', 3: undefined };
globalThis.hostStep = (what) => {
  if (what !== 0) throw thrown[what];
};
globalThis.hostBig = (what) => {
  if (what !== 0) throw new Error(`no bigint for ${what}`);
  return -(2n ** 40n);
};
globalThis.hostText = (what) => {
  if (what !== 0) throw new Error('no text');
  return 'text';
};
globalThis.hostQuiet = (what) => {
  if (what !== 0) throw new Error('quiet');
};

const m = skip ? null : await load('exceptions_eh');
let handles;
beforeEach(() => { if (m) handles = m.__wasmport.jsValues(); });
afterEach(() => {
  if (!m) return;
  assertNoLiveObjects(m);
  assert.equal(m.__wasmport.jsValues(), handles, 'JsValue handles left behind');
});

/** Calls fn, which must throw; returns what it threw. */
function thrownBy(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  assert.fail('did not throw');
}

/** A C++ exception as JS sees it: an Error with what() and cppException. */
function cppError(message) {
  return (e) => e instanceof Error && e.constructor === Error && e.message === message &&
                e.cppException === true;
}

test('a C++ exception leaving an export is an Error with what() and cppException: true', { skip }, () => {
  assert.throws(() => m.fail(0), cppError('runtime error: 0'));
  assert.throws(() => m.fail(1), cppError('bad argument'));
  assert.throws(() => m.fail(2), cppError('C++ exception of type 6NotStd'));
  assert.throws(() => m.fail(3), cppError('C++ exception of type i'));
  assert.equal(m.fail(9), 9, 'the module is not terminated');
  assert.throws(() => m.text_or_throw(false), cppError('no text'));
  assert.equal(m.text_or_throw(true), 'text', 'no stale result');
});

test("libc++'s exceptions: std::vector::at out of range, escaping or caught in C++", { skip }, () => {
  assert.equal(m.element(new Int32Array([4, 5]), 1), 5);
  assert.throws(() => m.element(new Int32Array([4, 5]), 2), cppError('vector'));
  assert.equal(m.element_or(new Int32Array([4, 5]), 2, -1), -1);
  assert.equal(m.element_or(new Int32Array([4, 5]), 0, -1), 4);
});

test('the object a method threw on stays usable; a constructor that throws makes no object', { skip }, () => {
  const a = new m.Account(10n);
  assert.throws(() => a.withdraw(20n), cppError('insufficient funds: balance 10, asked 20'));
  assert.equal(a.balance, 10n);
  assert.equal(a.withdraw(3n), 7n);
  assert.equal(m.__wasmport.liveObjects(), 1);
  a.free();
  assert.throws(() => new m.Account(-1n), cppError('an account cannot start below zero, got -1'));
  assert.equal(m.__wasmport.liveObjects(), 0);
});

test('a JS throw through three C++ frames is caught in C++ as JsError; every destructor runs', { skip }, () => {
  assert.equal(m.catch_js(0), 'no exception');
  assert.equal(m.record(), 'level3;level2;level1;');
  assert.equal(m.catch_js(1), 'caught: step 1 (an object)');
  assert.equal(m.record(), 'level3;level2;level1;');
  assert.equal(m.catch_js(2), 'caught: a plain string');
  assert.equal(m.record(), 'level3;level2;level1;');
  assert.equal(m.catch_js(3), 'caught: undefined');
  assert.equal(m.record(), 'level3;level2;level1;');
});

test('an uncaught JsError gives JS the value that was thrown, after the destructors ran', { skip }, () => {
  assert.equal(thrownBy(() => m.pass_js(1)), thrown[1]);
  assert.equal(m.record(), 'level3;level2;level1;');
  assert.equal(thrownBy(() => m.pass_js(2)), 'a plain string');
  assert.equal(thrownBy(() => m.pass_js(3)), undefined);
  assert.equal(m.record(), 'level3;level2;level1;');
  m.pass_js(0);
  assert.equal(m.record(), 'level3;level2;level1;');
});

test('imports returning bigints and strings throw JsError too', { skip }, () => {
  assert.equal(m.other_results(0), '-1099511627776 text');
  assert.equal(m.other_results(1), 'caught: no bigint for 1');
});

test('JsValue operations and JsErrors made in C++', { skip }, () => {
  assert.deepEqual(m.parse('{"a": 1}'), { a: 1 });
  const e = thrownBy(() => m.parse('{'));
  assert.ok(e instanceof SyntaxError);
  assert.equal(e.cppException, undefined);
  const made = thrownBy(() => m.throw_js_value(0));
  assert.ok(made instanceof Error);
  assert.equal(made.message, 'made in C++');
  assert.equal(made.cppException, undefined, 'a JsError carries a JS value, not a C++ error');
  assert.equal(thrownBy(() => m.throw_js_value(1)), undefined);
  assert.equal(thrownBy(() => m.throw_js_value(2)), 'a string');
});

test('exceptions leak nothing: memory stays flat over many throws', { skip }, () => {
  const a = new m.Account(5n);
  assertMemoryStable(m, (i) => {
    assert.throws(() => m.fail(i % 4));
    assert.equal(m.catch_js(1 + (i % 3)).startsWith('caught: '), true);
    assert.throws(() => m.pass_js(1));
    assert.throws(() => a.withdraw(6n));
    assert.throws(() => m.element(new Int32Array(2), 3));
  }, 20_000);
  a.free();
});

/** A fresh instance of the module (the web target's initSync). */
async function fresh(tag) {
  const bytes = readFileSync(modulePath('exceptions_eh', 'web').replace(/\.js$/, '.wasm'));
  const f = await import(pathToFileURL(modulePath('exceptions_eh', 'web')).href + '?' + tag);
  f.initSync(bytes);
  return f;
}

test('an exception escaping a noexcept export terminates the module (std::terminate)', { skip }, async () => {
  const f = await fresh('noexcept');
  assert.equal(f.fail(5), 5);
  assert.throws(() => f.fail_noexcept(), (e) => e instanceof WebAssembly.RuntimeError && e.message === 'unreachable');
  assert.throws(() => f.fail(5), { message: 'wasm module terminated: unreachable' });
});

test('a JS exception thrown by a noexcept import terminates the module (std::terminate)', { skip }, async () => {
  const f = await fresh('quiet');
  f.quiet(0);
  assert.throws(() => f.quiet(1), (e) => e instanceof WebAssembly.RuntimeError && e.message === 'unreachable');
  assert.throws(() => f.record(), { message: 'wasm module terminated: unreachable' });
});
