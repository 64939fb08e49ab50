import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { load, assertNoLiveObjects } from './harness.mjs';

const lines = [];
globalThis.multi = { log: (s) => lines.push(s) };
const m = await load('multi_tu');
afterEach(() => assertNoLiveObjects(m));

test('two translation units, one class from a shared header', () => {
  const t = m.triangle(), s = m.square();
  assert.ok(t instanceof m.Shape && s instanceof m.Shape);
  assert.equal(m.sides_of(t) + m.sides_of(s), 7);
  const h = new m.Shape(6);
  assert.equal(h.sides(), 6);
  for (const o of [t, s, h]) o.free();
  assert.deepEqual(lines, ['triangle', 'square']);
  assertNoLiveObjects(m);
});
