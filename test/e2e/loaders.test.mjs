// Every target's loader does only what its input needs: given a Module,
// bytes, a string or a file: URL (or nothing, in Node) it never touches
// Request, Response or fetch, whose first use makes Node load its whole
// fetch implementation (tens of milliseconds of start-up). Each case runs
// in a fresh node process in which those three globals are getters that
// throw, defined before the glue is imported (docs/Performance.md, start-up).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { modulePath } from './harness.mjs';

const trap = `
for (const name of ['Request', 'Response', 'fetch'])
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() { throw new Error('the loader touched globalThis.' + name); },
  });
`;

/**
 * Runs `body` (an async ES module body; `m` is the imported glue of the
 * runtime case for `target`, `wasmURL` its .wasm, `bytes` read from it) in a
 * fresh node process, after `prelude`; returns what it printed.
 */
function runFresh(target, body, prelude = trap) {
  const glue = pathToFileURL(modulePath('runtime', target)).href;
  const wasmURL = glue.replace(/\.js$/, '.wasm');
  const script = `${prelude}
import { readFileSync } from 'node:fs';
const wasmURL = new URL(${JSON.stringify(wasmURL)});
const bytes = readFileSync(wasmURL);
const m = await import(${JSON.stringify(glue)});
${body}
console.log('start_runs=' + m.start_runs());
`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script],
                      { encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'pipe'] });
}

test('the node and bundler targets load without Request, Response or fetch', () => {
  for (const target of ['node', 'bundler'])
    assert.equal(runFresh(target, ''), 'start_runs=1\n', target);
});

const webInputs = {
  'initSync(bytes)': 'm.initSync(bytes);',
  'initSync(Module)': 'm.initSync(new WebAssembly.Module(bytes));',
  'initSync({ module: bytes })': 'm.initSync({ module: bytes });',
  'init(Buffer)': 'await m.default(bytes);',
  'init(ArrayBuffer)':
    'await m.default(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));',
  'init(Uint8Array)': 'await m.default(new Uint8Array(bytes));',
  'init(Module)': 'await m.default(new WebAssembly.Module(bytes));',
  'init(Promise of bytes)': 'await m.default(Promise.resolve(bytes));',
  'init({ module_or_path: bytes })': 'await m.default({ module_or_path: bytes });',
  'init(file: URL)': 'await m.default(wasmURL);',
  'init(string, relative to the glue)':
    'await m.default(wasmURL.pathname.slice(wasmURL.pathname.lastIndexOf("/") + 1));',
  'init() (the .wasm next to the glue)': 'await m.default();',
};

for (const [name, body] of Object.entries(webInputs)) {
  test(`the web target: ${name} touches none of Request, Response, fetch`, () => {
    assert.equal(runFresh('web', body), 'start_runs=1\n');
  });
}

test('the web target: a Response is still instantiated, streaming or not', () => {
  // No trap here: a Response is the one input that needs them.
  const streamed = `await m.default(new Response(bytes, { headers: { 'Content-Type': 'application/wasm' } }));`;
  assert.equal(runFresh('web', streamed, ''), 'start_runs=1\n');
  const buffered = `await m.default(Promise.resolve(new Response(bytes)));`;
  assert.equal(runFresh('web', buffered, ''), 'start_runs=1\n');
});

test('the web target: an input of no known kind is a TypeError from WebAssembly', () => {
  const body = `
try { await m.default(42); console.log('no error'); }
catch (e) { console.log(e.constructor.name); }
m.initSync(bytes);`;
  assert.equal(runFresh('web', body, ''), 'TypeError\nstart_runs=1\n');
});

test('the trap itself works: touching Response after it throws', () => {
  assert.throws(() => runFresh('web', 'typeof Response;'), /the loader touched globalThis.Response/);
});
