// Drives the exports of the hostile_values e2e module (test/e2e) with random
// JS values made from a seed: Proxies (lying, counting, revoked, freeing an
// object from a trap), getters, valueOf objects, subclasses of typed arrays,
// detached, shared and resizable buffers, freed objects. After every call it
// checks what docs/Reliability.md#hostile-js-values promises: the call
// returned the right value or threw wasmport's own TypeError/RangeError/Error
// (never a trap, never V8's message), no valueOf/toString/getter ran, the
// neighbouring objects are intact, liveObjects() counts what is alive, and
// memory returns to its level.
//   node --expose-gc test/fuzz/hostile_values.mjs [--seed N] [--runs N]
// WASMPORT_E2E_BUILD names the e2e build directory (default build/test/e2e).
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const seed = option('--seed', 1) >>> 0;
const runs = option('--runs', 2000);
const here = path.dirname(fileURLToPath(import.meta.url));
const buildDir = process.env.WASMPORT_E2E_BUILD ?? path.join(here, '../../build/test/e2e');
const m = await import(pathToFileURL(path.join(buildDir, 'hostile_values/node/hostile_values.js')).href);

// mulberry32: the same seed gives the same run.
let state = seed;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const pick = (xs) => xs[int(xs.length)];

/** User code that must never run; counted. */
let forbiddenStack = '';
const forbidden = {
  n: 0,
  get calls() { return this.n; },
  set calls(v) { this.n = v; forbiddenStack = new Error().stack; },
};
const neighbours = Array.from({ length: 8 }, (_, i) => new m.Cell(500 + i));
let extraCells = []; // Cells the run made and has not freed.

const typedArrays = [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array,
                     Float32Array, Float64Array, BigInt64Array, BigUint64Array];

const bufferOf = (xs) => Reflect.apply(
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Int8Array.prototype), 'buffer').get, xs, []);

function number() {
  return pick([0, -0, 1, -1, 7, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 32, 0.5, -2.25, 1e300,
               NaN, Infinity, -Infinity, int(1000) - 500]);
}
function string() {
  const n = int(40);
  let s = '';
  for (let i = 0; i < n; i++) s += pick(['a', 'b', 'é', '漢', '\u{1F600}', '\0', '\ud800']);
  return s;
}
function typedArray(depth) {
  const T = pick(typedArrays);
  const n = int(6);
  const fill = (xs) => {
    for (let i = 0; i < n; i++) xs[i] = T === BigInt64Array || T === BigUint64Array ? BigInt(i) : i;
    return xs;
  };
  switch (int(8)) {
  case 0: { // A subclass that lies.
    class Liar extends T {
      get length() { forbidden.calls++; return 1 << 20; }
      get byteLength() { forbidden.calls++; return 1 << 22; }
      get buffer() { forbidden.calls++; return new ArrayBuffer(1 << 22); }
    }
    return fill(new Liar(n));
  }
  case 1: { const xs = fill(new T(n)); structuredClone(xs.buffer, { transfer: [xs.buffer] }); return xs; }
  case 2: return new T(new SharedArrayBuffer(n * T.BYTES_PER_ELEMENT));
  case 3: return new T(new ArrayBuffer(n * T.BYTES_PER_ELEMENT, { maxByteLength: 256 }));
  case 4: return new Proxy(fill(new T(n)), {});
  case 5: return fill(new T(new ArrayBuffer(64), 8, Math.min(n, Math.floor(56 / T.BYTES_PER_ELEMENT))));
  default: return fill(new T(n));
  }
}
function cell() {
  const c = new m.Cell(int(100));
  if (random() < 0.3) c.free();
  else extraCells.push(c);
  return c;
}
function array(depth, element) {
  const xs = Array.from({ length: int(5) }, () => element(depth + 1));
  switch (int(6)) {
  case 0: {
    let reads = 0;
    return new Proxy(xs, { get: (t, k) => (k === 'length' ? (reads++ === 0 ? t.length : 2 ** 28 + 1) : t[k]) });
  }
  case 1: return new Proxy(xs, { get: (t, k) => (k === 'length' ? pick([-1, 1.5, '2', 2 ** 31, NaN]) : t[k]) });
  case 2: return new Proxy(xs, { get(t, k) { if (k === '1') throw new Error('trap'); return t[k]; } });
  case 3: {
    const ys = xs.slice();
    if (ys.length) Object.defineProperty(ys, 0, { get() { return element(depth + 1); } });
    return ys;
  }
  default: return xs;
  }
}
function struct(depth, fields) {
  const o = {};
  for (const [k, make] of Object.entries(fields)) if (random() < 0.9) o[k] = make(depth + 1);
  switch (int(7)) {
  case 0: {
    const k = pick(Object.keys(fields));
    Object.defineProperty(o, k, { get() { forbidden.calls++; return fields[k](depth + 1); }, enumerable: true });
    return o;
  }
  case 1: return new Proxy(o, {
    getOwnPropertyDescriptor(t, k) {
      if (random() < 0.3 && extraCells.length) extraCells.pop().free();
      return Reflect.getOwnPropertyDescriptor(t, k);
    },
  });
  case 2: { const { proxy, revoke } = Proxy.revocable(o, {}); revoke(); return proxy; }
  case 3: return Object.create(o);
  default: return o;
  }
}
function hostile(depth) {
  switch (int(12)) {
  case 0: return { valueOf() { forbidden.calls++; return 1; }, toString() { forbidden.calls++; return '1'; } };
  case 1: { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; }
  case 2: return { get constructor() { forbidden.calls++; return Object; } };
  case 3: return Object.create({ get constructor() { forbidden.calls++; return Object; } });
  case 4: return typedArray(depth);
  case 5: return depth < 2 ? array(depth, hostile) : [];
  case 6: return BigInt(int(100));
  case 7: return Symbol('s');
  case 8: return null;
  case 9: return undefined;
  case 10: return () => 1;
  default: return cell();
  }
}
const maybe = (good) => (depth) => (random() < 0.7 ? good(depth) : hostile(depth));
const entry = (depth) => struct(depth, { id: maybe(() => int(100)), weight: maybe(number), name: maybe(string) });

// Each export: its arguments, and what it returns for good ones (or
// undefined when the value is not modelled).
// Lone surrogates become U+FFFD (3 bytes), as TextEncoder makes them.
const utf8 = (s) => new TextEncoder().encode(s).length;
const exports = [
  ['sumSpan', () => [maybe(typedArray)(0)]],
  ['countSpan', () => [maybe(typedArray)(0)]],
  ['sumVector', () => [maybe(typedArray)(0)]],
  ['fillSpan', () => [maybe(typedArray)(0), maybe(() => int(9))(0)]],
  ['fillSpanAfter', () => {
    const xs = maybe(typedArray)(0);
    // Detaches its buffer during the call (read without the Liar's getters).
    return [xs, () => {
      if (random() < 0.5 && ArrayBuffer.isView(xs)) {
        const buffer = bufferOf(xs);
        try { structuredClone(buffer, { transfer: [buffer] }); } catch {}
      }
    }];
  }],
  ['totalLength', () => [maybe((d) => array(d, maybe(string)))(0)]],
  ['textLength', () => [maybe(string)(0)]],
  ['twice', () => [maybe(number)(0)]],
  ['half', () => [maybe(number)(0)]],
  ['big', () => [maybe(() => BigInt(int(1000)))(0)]],
  ['showEntry', () => [entry(0)]],
  ['countEntries', () => [maybe((d) => array(d, entry))(0)]],
  ['unbox', () => [struct(0, { cell: maybe(cell), n: maybe(() => int(10)) })]],
];

function checkError(name, e) {
  assert.ok(e instanceof TypeError || e instanceof RangeError || e instanceof Error,
            `${name} threw a non-Error: ${String(e)}`);
  assert.ok(!(e instanceof WebAssembly.RuntimeError), `${name} trapped: ${e.message}`);
  assert.match(e.message, new RegExp(`^(${name}: argument '|wasmport: )`),
               `${name} threw someone else's error: ${e.message}`);
}
function checkIntact() {
  neighbours.forEach((c, i) => assert.equal(c.value(), 500 + i, 'a neighbour changed'));
  extraCells = extraCells.filter((c) => {
    try { c.value(); return true; } catch { return false; }
  });
  assert.equal(m.Cell.alive(), neighbours.length + extraCells.length, 'C++ objects leaked or lost');
  assert.equal(m.__wasmport.liveObjects(), neighbours.length + extraCells.length);
  if (forbidden.calls !== 0) {
    console.error(forbiddenStack);
    assert.fail('user code (valueOf, toString, a getter) ran');
  }
}

let calls = 0, errors = 0, level = 0;
for (let run = 0; run < runs; run++) {
  const [name, makeArgs] = pick(exports);
  const argv = makeArgs();
  let r, threw = false;
  try {
    r = m[name](...argv);
  } catch (e) {
    threw = true;
    errors++;
    checkError(name, e);
  }
  if (!threw) {
    calls++;
    if (name === 'textLength') assert.equal(r, utf8(argv[0]));
    if (name === 'twice') assert.equal(r, (2 * argv[0]) | 0);
    if (name === 'half') assert.ok(Object.is(r, argv[0] / 2));
  }
  checkIntact();
  for (const c of extraCells.splice(0)) c.free();
  if (run === Math.floor(runs / 4)) level = m.__wasmport.memory().buffer.byteLength;
}
assert.equal(m.__wasmport.memory().buffer.byteLength, level, 'memory grew after the warm-up');
for (const c of neighbours) c.free();
assert.equal(m.__wasmport.liveObjects(), 0);
console.log(`hostile_values fuzz: seed ${seed}, ${runs} runs: ${calls} returned, ${errors} threw wasmport's errors`);
