// Test eh-callbacks: eh_callbacks.cpp through the plugin and
// wasmport_add_module(... EXCEPTIONS): exceptions cross callbacks both ways,
// destructors run, and nothing leaks.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { pathToFileURL } from 'node:url';

const m = await import(pathToFileURL(process.env.WASMPORT_EH_CALLBACKS).href);
const start = m.__wasmport.jsValues();
afterEach(() => assert.equal(m.__wasmport.jsValues(), start, 'JS values left'));

test('a JS function that throws: wasmport::JsError in C++, destructors run', () => {
  assert.equal(m.call_caught((x) => x + 41), '42');
  assert.equal(m.call_caught(() => { throw new Error('no'); }), 'caught: no (1 destroyed)');
  assert.equal(m.call_caught(() => 'x'),
    'caught: callback \'f\' of call_caught must return an integer from -2147483648 to ' +
    '2147483647, got "x" (1 destroyed)');
});

test('a C++ exception leaving a C++ function JS called is an Error for its caller', () => {
  const parse = m.parser();
  assert.equal(parse('42'), 42);
  assert.throws(() => parse('forty-two'), (e) =>
    e instanceof Error && e.cppException === true && e.message === 'stoi: no conversion');
  assert.equal(parse('7'), 7);
  m.drop();
});

test('a JS exception inside a C++ function JS called reaches its caller unchanged', () => {
  const get = m.getter();
  assert.equal(get({ value: 2.5 }), 2.5);
  const boom = new Error('getter threw');
  assert.throws(() => get({ get value() { throw boom; } }), (e) => e === boom);
  assert.equal(get({}), -1);
  m.drop();
});
