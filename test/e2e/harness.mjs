// Shared helpers of the end-to-end tests: load a case's generated package
// and check that a test left nothing behind.
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const buildDir =
    process.env.WASMPORT_E2E_BUILD ?? path.join(here, '../../build/test/e2e');

/**
 * True under the e2e-stress test: 'node' modules are the ones generated with
 * --stress-memory, which grow memory after every call into wasm.
 */
export const stress = process.env.WASMPORT_E2E_STRESS === '1';

/** True under the e2e-minify test: every module is written with --minify. */
export const minify = process.env.WASMPORT_E2E_MINIFY === '1';

/** The generated module of case `name` for `target` ('node' or 'web'). */
export function modulePath(name, target = 'node') {
  let dir = target;
  if (target === 'node' && stress) dir = 'stress';
  else if (minify) dir = `minify-${target}`;
  return path.join(buildDir, name, dir, `${name}.js`);
}

export async function load(name, target = 'node') {
  return import(pathToFileURL(modulePath(name, target)).href);
}

/** Live objects JS owns are back to zero. */
export function assertNoLiveObjects(m) {
  assert.equal(m.__wasmport.liveObjects(), 0, 'objects left alive');
}

/**
 * Runs fn `count` times after a warm-up and asserts that linear memory did
 * not grow: nothing allocated per call is kept.
 */
export function assertMemoryStable(m, fn, count = 100_000) {
  for (let i = 0; i < 1000; i++) fn(i);
  // Under stress memory grows by design: the calls still run, with every
  // view detached after each, but growth says nothing about leaks.
  if (stress) {
    for (let i = 0; i < count / 10; i++) fn(i);
    return;
  }
  const before = m.__wasmport.memory().buffer.byteLength;
  for (let i = 0; i < count; i++) fn(i);
  assert.equal(m.__wasmport.memory().buffer.byteLength, before, 'memory grew');
}

/** Captures console.log/console.error output while fn runs. */
export function captureConsole(fn) {
  const out = { log: [], error: [] };
  const saved = { log: console.log, error: console.error };
  console.log = (...a) => out.log.push(a.join(' '));
  console.error = (...a) => out.error.push(a.join(' '));
  try {
    fn();
  } finally {
    console.log = saved.log;
    console.error = saved.error;
  }
  return out;
}
