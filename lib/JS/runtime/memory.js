//@helper getU8
// Cached views of memory, re-created after it grows (detached: length 0).
let __wasmport_u8 = null;
function __wasmport_getU8() {
  if (__wasmport_u8 === null || __wasmport_u8.byteLength === 0)
    __wasmport_u8 = new Uint8Array(__wasmport_wasm.memory.buffer);
  return __wasmport_u8;
}

//@helper getU32
let __wasmport_u32 = null;
function __wasmport_getU32() {
  if (__wasmport_u32 === null || __wasmport_u32.byteLength === 0)
    __wasmport_u32 = new Uint32Array(__wasmport_wasm.memory.buffer);
  return __wasmport_u32;
}

//@helper getDataView
let __wasmport_dv = null;
function __wasmport_getDataView() {
  if (__wasmport_dv === null || __wasmport_dv.buffer !== __wasmport_wasm.memory.buffer)
    __wasmport_dv = new DataView(__wasmport_wasm.memory.buffer);
  return __wasmport_dv;
}
