// The generated Web API headers in Node (web_node.cpp).
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const build = process.env.WASMPORT_WEB_BUILD ??
    path.join(path.dirname(new URL(import.meta.url).pathname), '../../build/test/web');
const m = await import(pathToFileURL(path.join(build, 'web_node/node/web_node.js')).href);

test('URL: constructor overloads, getters, setters, a static', () => {
  assert.equal(m.url_host('https://a.example:8080/x'), 'a.example:8080');
  assert.equal(m.url_set_host('https://a.example/x?y', 'b.c'), 'https://b.c/x?y');
  assert.equal(m.url_relative('../z', 'https://e.com/a/b/c'), 'https://e.com/a/z');
  assert.equal(m.url_can_parse('nope'), false);
  assert.equal(m.url_can_parse('https://x'), true);
});

test('URL: an invalid URL is the TypeError JS threw', () => {
  assert.throws(() => m.url_host('not a url'), TypeError);
  assert.equal(m.url_host('https://still.works/'), 'still.works');
});

test('URLSearchParams: get as std::optional, delete_, append, size', () => {
  assert.equal(m.params_roundtrip('q=hello&drop=1&k=v'), 'q=hello&k=v&added=hello|absent|3');
  assert.equal(m.params_roundtrip('drop=x'), 'added=none|absent|1');
});

test('TextEncoder, AbortController', () => {
  assert.equal(m.encoder_encoding(), 'utf-8');
  assert.equal(m.abort_reason(), 'live->aborted:stop');
});

test('dyn_cast: instanceof decides', () => {
  assert.equal(m.cast_signal(new AbortController().signal), 'signal:live');
  assert.equal(m.cast_signal(AbortSignal.abort()), 'signal:aborted');
  assert.equal(m.cast_signal(new URL('https://x')), 'url');
  assert.equal(m.cast_signal(5), 'other');
  assert.equal(m.cast_signal({}), 'other');
});

test('document() in an engine without one: an Error naming the global; the module goes on', () => {
  assert.throws(() => m.title_of_document(), {
    name: 'Error',
    message: 'wasmport::web::document(): globalThis.document is not defined in this JavaScript engine',
  });
  assert.equal(m.url_host('https://after.error/'), 'after.error');
});

test('only the members used are imports', async () => {
  const fs = await import('node:fs');
  const js = fs.readFileSync(path.join(build, 'web_node/node/web_node.js'), 'utf8');
  const imports = new Set(js.match(/__wasmport_import__\w+/g));
  assert.ok(imports.size > 5 && imports.size < 40, `${imports.size} imports`);
  assert.ok(![...imports].some(n => n.includes('createElement')));
});

test('events: a wasmport::Closure as the listener of an EventTarget', () => {
  assert.equal(m.events_delivered(3), 3);
  assert.equal(m.events_delivered(0), -1);
});

test('TextEncoder.encode: a Uint8Array result as a std::vector<uint8_t>', () => {
  assert.equal(m.encode_bytes('hé'), '3:104,195,169,');
  assert.equal(m.encode_bytes(''), '0:');
});

test('a dictionary result (TextEncoderEncodeIntoResult) and a typed-array parameter', () => {
  assert.equal(m.encode_into('abc', 8), '3/3');
  assert.equal(m.encode_into('abcdef', 2), '2/2');
});

test('a dictionary parameter: TextDecoderOptions', () => {
  assert.equal(m.decoder_options(true), 'utf-8:fatal:dropbom');
  assert.equal(m.decoder_options(false), 'utf-8:lenient:dropbom');
});

test('enums both ways: RequestInit.mode and cache, Request.mode(), cache(), redirect()', () => {
  assert.equal(m.request_enums(), 'POST:same-origin:no-store:follow');
});

test('only the dictionaries and enums used reach the module', async () => {
  const fs = await import('node:fs');
  const js = fs.readFileSync(path.join(build, 'web_node/node/web_node.js'), 'utf8');
  // Used: RequestInit's enums, and what a used dictionary holds.
  assert.equal(m.RequestMode.same_origin, 'same-origin');
  assert.equal(m.RequestCache.no_store, 'no-store');
  // Declared by the included headers, used by no member this module calls.
  for (const unused of ['CanvasFillRule', 'RequestDestination', 'ScrollBehavior', 'ElementCreationOptions'])
    assert.ok(!js.includes(unused), `${unused} is in the module`);
  assert.ok(!js.includes('__wasmport_check_value_TextDecodeOptions'));
});
