// Hand-written glue for raw.cpp: the lower bound of the benchmark. What a
// careful programmer writes by hand for this API: cached memory views,
// strings written with TextEncoder.encodeInto into one scratch buffer that
// is reused while it fits, string results read from a static return area,
// no argument checks and no FinalizationRegistry.
import { sinkInt, sinkStr } from '../sink.js';

let wasm;
let u8 = null;
let u32 = null;
let retArea = 0;
let scratch = 0;
let scratchSize = 0;
const encoder = new TextEncoder();
// ignoreBOM: a leading U+FEFF in C++ bytes is text, and is kept.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

function getU8() {
  if (u8.byteLength === 0) u8 = new Uint8Array(wasm.memory.buffer);
  return u8;
}
function getU32() {
  if (u32.byteLength === 0) u32 = new Uint32Array(wasm.memory.buffer);
  return u32;
}

/** Writes s as UTF-8 into the scratch buffer; returns the byte count. */
function passString(s) {
  const max = s.length * 3;
  if (max > scratchSize) {
    if (scratch !== 0) wasm.raw_free(scratch);
    scratchSize = Math.max(max, 256);
    scratch = wasm.raw_alloc(scratchSize);
  }
  return encoder.encodeInto(s, getU8().subarray(scratch, scratch + max)).written;
}

/** The import object of raw.wasm. */
export function imports() {
  const env = {
    sink_int: sinkInt,
    sink_str: (ptr, len) => sinkStr(decoder.decode(getU8().subarray(ptr, ptr + len))),
  };
  return {
    env,
    wasi_snapshot_preview1: {
      fd_close: () => 8, fd_seek: () => 70,
      fd_write: () => 8, proc_exit: (code) => { throw new Error(`exit(${code})`); },
    },
  };
}

/** Makes an instance of raw.wasm (however it was made) the module's. */
export function finish(instance) {
  wasm = instance.exports;
  wasm._initialize();
  u8 = new Uint8Array(wasm.memory.buffer);
  u32 = new Uint32Array(wasm.memory.buffer);
  retArea = wasm.raw_ret_area() >>> 2;
}

export function initSync(bytes) {
  finish(new WebAssembly.Instance(new WebAssembly.Module(bytes), imports()));
}

export function add(a, b) {
  return wasm.add(a, b);
}

export function utf8_len(s) {
  const len = passString(s);
  return wasm.utf8_len(scratch, len);
}

export function greet(name) {
  const len = passString(name);
  wasm.greet(scratch, len);
  const mem = getU32();
  const ptr = mem[retArea];
  return decoder.decode(getU8().subarray(ptr, ptr + mem[retArea + 1]));
}

export function sum(xs) {
  const bytes = xs.byteLength;
  const ptr = wasm.raw_alloc(bytes);
  getU8().set(new Uint8Array(xs.buffer, xs.byteOffset, bytes), ptr);
  const s = wasm.sum(ptr, xs.length);
  wasm.raw_free(ptr);
  return s;
}

export class Counter {
  constructor(start) {
    this.ptr = wasm.counter_new(start);
  }
  free() {
    wasm.counter_delete(this.ptr);
    this.ptr = 0;
  }
  increment(by) {
    return wasm.counter_increment(this.ptr, by);
  }
}

export function call_int_import(n) {
  wasm.call_int_import(n);
}

export function call_str_import(n) {
  wasm.call_str_import(n);
}
