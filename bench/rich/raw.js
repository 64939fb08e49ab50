// Hand-written glue for rich/raw.cpp: the lower bound of the rich-type
// scenarios. JS values C++ holds are indices into one table (a free list
// reuses them); strings go through one scratch buffer reused while it fits;
// results are read from a static return area; no argument checks.
import { richNext, richText } from '../sink.js';

let wasm;
let u8, u32, f64;
let retArea = 0, retF64 = 0;
let scratch = 0, scratchSize = 0;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

function views() {
  if (u8.byteLength === 0) {
    u8 = new Uint8Array(wasm.memory.buffer);
    u32 = new Uint32Array(wasm.memory.buffer);
    f64 = new Float64Array(wasm.memory.buffer);
  }
}
function decode(ptr, len) {
  views();
  return decoder.decode(u8.subarray(ptr, ptr + len));
}
/** A scratch buffer of at least n bytes (8-aligned: malloc). */
function reserve(n) {
  if (n > scratchSize) {
    if (scratch !== 0) wasm.raw_free(scratch);
    scratchSize = Math.max(n, 256);
    scratch = wasm.raw_alloc(scratchSize);
  }
  views();
  return scratch;
}

// The table of JS values C++ refers to by index.
const table = [];
const freeSlots = [];
function hold(v) {
  if (freeSlots.length > 0) {
    const h = freeSlots.pop();
    table[h] = v;
    return h;
  }
  table.push(v);
  return table.length - 1;
}
function drop(h) {
  table[h] = undefined;
  freeSlots.push(h);
}

let callback = null;

export function initSync(bytes) {
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
    env: {
      call_cb: (i) => callback(i),
      rich_text: (i, buf, cap) => {
        views();
        return encoder.encodeInto(richText(i), u8.subarray(buf, buf + cap)).written;
      },
      date_get_time: (h) => table[h].getTime(),
      shape_area: (h) => table[h].area(),
    },
    wasi_snapshot_preview1: {
      fd_close: () => 8, fd_seek: () => 70,
      fd_write: () => 8, proc_exit: (code) => { throw new Error(`exit(${code})`); },
    },
  });
  wasm = instance.exports;
  wasm._initialize();
  u8 = new Uint8Array(0);
  views();
  retArea = wasm.raw_ret_area() >>> 2;
  retF64 = wasm.raw_ret_f64() >>> 3;
}

export function echo(v) {
  const h = hold(v);
  const r = table[wasm.echo(h)];
  drop(h);
  return r;
}

export function set_callback(f) {
  callback = f;
}
export function clear_callback() {
  callback = null;
}
export function run_callback(n) {
  return wasm.run_callback(n);
}

export function make_doubles(n) {
  wasm.make_doubles(n);
  views();
  const ptr = u32[retArea], len = u32[retArea + 1];
  const out = f64.slice(ptr >>> 3, (ptr >>> 3) + len);
  wasm.raw_free(ptr);
  return out;
}

export function move_rec(r) {
  const max = r.name.length * 3;
  const p = reserve(32 + max);
  f64[p >>> 3] = r.x;
  f64[(p >>> 3) + 1] = r.y;
  f64[(p >>> 3) + 2] = r.w;
  f64[(p >>> 3) + 3] = r.h;
  const len = encoder.encodeInto(r.name, u8.subarray(p + 32, p + 32 + max)).written;
  wasm.move_rec(p, p + 32, len);
  views();
  return { x: f64[retF64], y: f64[retF64 + 1], w: f64[retF64 + 2], h: f64[retF64 + 3],
           name: decode(u32[retArea], u32[retArea + 1]) };
}

export function reverse_strings(strings) {
  const count = strings.length;
  let max = 4 * count;
  for (let i = 0; i < count; i++) max += strings[i].length * 3;
  const p = reserve(max);
  let at = p + 4 * count;
  for (let i = 0; i < count; i++) {
    const n = encoder.encodeInto(strings[i], u8.subarray(at, p + max)).written;
    u32[(p >>> 2) + i] = n;
    at += n;
  }
  wasm.reverse_strings(p, p + 4 * count, count);
  views();
  const pairs = u32[retArea] >>> 2;
  const out = new Array(count);
  for (let i = 0; i < count; i++) out[i] = decoder.decode(u8.subarray(u32[pairs + 2 * i], u32[pairs + 2 * i] + u32[pairs + 2 * i + 1]));
  return out;
}

export function call_text_import(n) {
  return wasm.call_text_import(n);
}

export function async_step(i) {
  return richNext(wasm.async_begin(i)).then((v) => wasm.async_end(v));
}

export function sum_times(d, n) {
  const h = hold(d);
  try {
    return wasm.sum_times(h, n);
  } finally {
    drop(h);
  }
}

export function checked_div(a, b) {
  if (wasm.checked_div(a, b) !== 0) {
    views();
    throw new Error(decode(u32[retArea], u32[retArea + 1]));
  }
  views();
  return u32[retArea] | 0;
}

/** The counterpart of a JS subclass of Shape: any object with area(). */
export class Shape {}

export function total_area(s, n) {
  const h = hold(s);
  try {
    return wasm.total_area(h, n);
  } finally {
    drop(h);
  }
}
