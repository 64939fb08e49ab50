// Test eh-runtime: eh_runtime.cpp, compiled without the plugin with
// -fwasm-exceptions and linked against the runtime from scripts/eh-runtime.sh,
// prints exactly eh_runtime.expected.txt. Every line there needs a C++
// exception to unwind and be caught: with a runtime built without
// exceptions the module would not link, and a throw that is not caught
// traps, failing run().
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { instantiate, sectionIds } from './wasi.mjs';

const wasmPath = process.env.WASMPORT_EH_WASM;
const TAG_SECTION = 13;

test('the module uses wasm exception handling (it has a tag section)', () => {
  assert.ok(sectionIds(readFileSync(wasmPath)).includes(TAG_SECTION));
});

test('exceptions from user code and from libc++ unwind, run destructors and are caught', () => {
  const { instance, stdout, stderr } = instantiate(readFileSync(wasmPath));
  assert.equal(instance.exports.run(), 0);
  const expected = readFileSync(new URL('./eh_runtime.expected.txt', import.meta.url), 'utf8');
  assert.equal(stdout(), expected);
  assert.equal(stderr(), '');
});
