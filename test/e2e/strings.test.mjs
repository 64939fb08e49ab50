import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { load, assertNoLiveObjects, assertMemoryStable } from './harness.mjs';

globalThis.strings = {
  upper: (s) => s.toUpperCase(),
  join: (a, b) => `${a}+${b === null ? 'null' : b}`,
  size: (s) => s.length,
};
const m = await load('strings');
afterEach(() => assertNoLiveObjects(m));
const utf8 = (s) => new TextEncoder().encode(s).length;

test('greet: the contract example', () => {
  assert.equal(m.greet('Ada'), 'Hello, Ada!');
});

test('empty, ASCII and non-ASCII strings round-trip', () => {
  for (const s of ['', 'a', 'plain ascii', 'héllo wörld', '日本語テキスト', '🎉 emoji 👍🏽', 'x'.repeat(64), 'é'.repeat(65)]) {
    assert.equal(m.echo(s), s);
    assert.equal(m.echo_value(s), s);
    assert.equal(m.byte_length(s), utf8(s));
  }
});

test('a 1 MiB string round-trips, ASCII and not', () => {
  const ascii = 'abcdefgh'.repeat(131072);
  assert.equal(ascii.length, 1 << 20);
  assert.equal(m.echo(ascii), ascii);
  const wide = 'ü€😀'.repeat(100000);
  assert.equal(m.echo(wide), wide);
  assert.equal(m.byte_length(wide), utf8(wide));
  assert.equal(m.repeat('ab', 1 << 19).length, 1 << 20);
});

test('embedded NUL survives in std::string, both ways', () => {
  assert.equal(m.count_nul('a\0b\0c'), 2);
  assert.equal(m.echo('a\0b'), 'a\0b');
  assert.equal(m.with_nul(), 'a\0b');
});

test('lone surrogates become U+FFFD; invalid UTF-8 from C++ too', () => {
  assert.equal(m.echo('a\uD800b'), 'a\uFFFDb');
  assert.equal(m.echo('\uDC00'), '\uFFFD');
  assert.equal(m.invalid_utf8(), 'ok\uFFFD\uFFFD');
});

test('string_view and const char* results and parameters', () => {
  assert.equal(m.static_view(), 'a view of static memory');
  assert.equal(m.static_cstr(), 'from const char*');
  assert.equal(m.null_cstr(), null);
  assert.equal(m.c_length('héllo'), utf8('héllo'));
  assert.equal(m.c_length(''), 0);
  assert.equal(m.is_null(null), true);
  assert.equal(m.is_null(''), false);
  assert.equal(m.concat('a', 'b', 'c'), 'a|b|c');
  assert.equal(m.concat('', 'ü', null), '|ü|(null)');
});

test('imports take and return strings', () => {
  assert.equal(m.call_upper('abc é'), 'ABC É');
  assert.equal(m.call_join('x', 'y'), 'x+y');
  assert.equal(m.call_join_null('x'), 'x+null');
  assert.equal(m.call_size('four'), 4);
  const big = 'z'.repeat(1 << 20);
  assert.equal(m.call_upper(big), big.toUpperCase());
});

test('wrong argument types throw TypeError naming function and parameter', () => {
  assert.throws(() => m.greet(42), { name: 'TypeError', message: /greet: argument 'name' must be a string, got 42/ });
  assert.throws(() => m.greet(), { name: 'TypeError', message: /got undefined/ });
  assert.throws(() => m.echo(null), TypeError);
  assert.throws(() => m.c_length(1), { name: 'TypeError', message: /must be a string or null/ });
  assert.throws(() => m.concat('a', 'b', 3), { name: 'TypeError', message: /concat: argument 'c'/ });
});

test('string calls keep memory flat', () => {
  assertMemoryStable(m, (i) => m.greet('name ' + i) + m.echo('é' + i) + m.call_upper('x'));
  assertNoLiveObjects(m);
});

test('10^6 string round trips keep memory flat', () => {
  assertMemoryStable(m, (i) => {
    const s = (i & 1 ? 'ü' : 'u') + i;
    assert.equal(m.echo(s), s);
  }, 1_000_000);
});
