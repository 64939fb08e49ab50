import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { load, assertNoLiveObjects, assertMemoryStable } from './harness.mjs';

// The JS functions the C++ imports call; `which` picks a result or a throw.
const thrown = { number: new RangeError('no such number'), text: 'a plain string', check: undefined };
globalThis.hostNumber = (which) => {
  if (which === 0) return 7;
  if (which === 1) throw thrown.number;
  return 'seven'; // not a number: a TypeError, which C++ gets as the error
};
globalThis.hostText = (which) => {
  if (which === 0) return 'text';
  throw thrown.text;
};
globalThis.hostCheck = (which) => {
  if (which !== 0) throw thrown.check;
};
globalThis.hostBig = (which) => {
  if (which === 0) return -(2n ** 40n);
  throw new Error('no bigint');
};

const m = await load('expected');
let handles;
beforeEach(() => { handles = m.__wasmport.jsValues(); });
afterEach(() => {
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

test('a std::string error becomes an Error with the string as message and value', () => {
  assert.equal(m.parse_int('42'), 42);
  assert.equal(m.parse_int('-7'), -7);
  for (const [text, message] of [
    ['', 'empty input'],
    ['4x2', "'4x2' is not a number"],
    ['99999999999', "'99999999999' is out of range"],
  ]) {
    const e = thrownBy(() => m.parse_int(text));
    assert.ok(e instanceof Error);
    assert.equal(e.constructor, Error);
    assert.equal(e.message, message);
    assert.equal(e.value, message);
    assert.equal(e.cppException, undefined, 'an error value is not a C++ exception');
  }
});

test('string, string_view and const char* errors, with string results', () => {
  assert.equal(m.repeat('ab', 3), 'ababab');
  assert.equal(m.repeat('ab', 0), '');
  assert.throws(() => m.repeat('ab', -1), { message: 'times must not be negative', value: 'times must not be negative' });
  assert.equal(m.pick(true), 'first');
  assert.throws(() => m.pick(false), { message: 'no second', value: 'no second' });
  assert.throws(() => m.null_error(), { message: '', value: '' });
  // A failed call leaves no result behind for the next one to read.
  assert.equal(m.repeat('x', 2), 'xx');
});

test('an enum error: the enumerator name is the message, the enum value is `value`', () => {
  assert.equal(m.validate('123'), undefined);
  assert.throws(() => m.validate(''), { message: 'Empty', value: m.ParseError.Empty });
  assert.throws(() => m.validate('12a'), { message: 'NotANumber', value: 2 });
  assert.throws(() => m.validate('1234567890'), { message: 'TooBig', value: m.ParseError.TooBig });
  assert.throws(() => m.odd_error(), { message: 'ParseError 42', value: 42 });
});

test('a string-valued enum error: the string is message and value', () => {
  assert.equal(m.lookup('pi'), 3.25);
  assert.throws(() => m.lookup('secret'), { message: 'forbidden', value: m.Status.Forbidden });
  assert.throws(() => m.lookup('tau'), { message: 'not-found', value: 'not-found' });
});

test('a value struct error: its `message` field, else its name; the struct is `value`', () => {
  assert.deepEqual(m.split_words(' to be  or '), ['to', 'be', 'or']);
  const e = thrownBy(() => m.split_words('hey you!'));
  assert.equal(e.message, "unexpected '!'");
  assert.deepEqual(e.value, { message: "unexpected '!'", line: 1, column: 8 });

  assert.deepEqual(m.halves(new Float64Array([2, 5])), new Float64Array([1, 2.5]));
  const p = thrownBy(() => m.halves(new Float64Array([2, -4, 6])));
  assert.equal(p.message, 'Position');
  assert.deepEqual(p.value, { line: 0, column: 1 });
});

test('an optional value struct result', () => {
  assert.deepEqual(m.find_char('hello', 'l'), { line: 1, column: 3 });
  assert.equal(m.find_char('hello', 'z'), undefined);
  assert.throws(() => m.find_char('hello', 'll'), { message: 'find_char looks for one character, not 2' });
});

test('classes: a static returning the class or an error, a method returning a bigint or an error', () => {
  const a = m.Account.open(100n);
  assert.ok(a instanceof m.Account);
  assert.equal(a.withdraw(30n), 70n);
  assert.throws(() => a.withdraw(500n), { message: 'cannot withdraw 500 from a balance of 70', value: 'cannot withdraw 500 from a balance of 70' });
  assert.equal(a.balance, 70n, 'the object is unchanged and usable after the error');
  assert.equal(a.withdraw(70n), 0n);
  assert.throws(() => a.owner, { message: 'the account has no owner', value: 'the account has no owner' });
  a.owner = 'Ada';
  assert.equal(a.owner, 'Ada');
  a.free();
  assert.throws(() => m.Account.open(0n), { message: 'a new account needs a positive deposit, got 0' });
  assert.equal(m.__wasmport.liveObjects(), 0, 'no object was made for the error');
});

test('an import returning std::expected<T, JsValue> catches what the JS function throws', () => {
  assert.equal(m.host_results(0), 'number=7; text=text; check=ok; big=-1099511627776; ');
  assert.equal(m.host_results(1),
               'number threw no such number; text threw a plain string; check threw undefined; big threw no bigint; ');
  assert.equal(m.host_results(2),
               "number threw hostNumber must return an integer from -2147483648 to 2147483647, got \"seven\"; " +
               'text threw a plain string; check threw undefined; big threw no bigint; ');
});

test('C++ looks at a caught exception and carries on', () => {
  assert.equal(m.try_parse('12'), 'number 12');
  assert.equal(m.try_parse('"a"'), 'not a number');
  assert.match(m.try_parse('{'), /^failed: .*JSON/);
});

test('a JsValue error is thrown as it is: JS gets back the very exception', () => {
  assert.deepEqual(m.parse_json('{"a": [1]}'), { a: [1] });
  const e = thrownBy(() => m.parse_json('{'));
  assert.ok(e instanceof SyntaxError);
  assert.equal(e.value, undefined);
  assert.equal(m.host_number(0), 7);
  assert.equal(thrownBy(() => m.host_number(1)), thrown.number);
  const t = thrownBy(() => m.host_number(2));
  assert.ok(t instanceof TypeError);
  assert.equal(t.message, 'hostNumber must return an integer from -2147483648 to 2147483647, got "seven"');
});

test('errors leak nothing: memory stays flat over many failed calls', () => {
  assertMemoryStable(m, (i) => {
    try {
      m.split_words(`word ${i}!`);
    } catch {}
    try {
      m.host_number(1);
    } catch {}
    try {
      m.repeat('', -i - 1);
    } catch {}
    assert.equal(m.host_results(i % 2), i % 2 ? 'number threw no such number; text threw a plain string; check threw undefined; big threw no bigint; '
                                           : 'number=7; text=text; check=ok; big=-1099511627776; ');
  }, 20_000);
});
