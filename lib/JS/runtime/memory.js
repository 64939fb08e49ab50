//@helper views
// Built-ins the memory views use, captured at load: page code that patches
// them later changes nothing here (docs/Reliability.md#hostile-js-values).
const __wasmport_call = Function.prototype.call;
const __wasmport_taByteLengthOf = __wasmport_call.bind(
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), 'byteLength').get);
const __wasmport_subarray = __wasmport_call.bind(Object.getPrototypeOf(Uint8Array.prototype).subarray);
const __wasmport_U8 = Uint8Array, __wasmport_U32 = Uint32Array, __wasmport_DV = DataView;
const __wasmport_dvBuffer = __wasmport_call.bind(
    Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get);
const __wasmport_memBuffer = __wasmport_call.bind(
    Object.getOwnPropertyDescriptor(WebAssembly.Memory.prototype, 'buffer').get);

//@helper getU8 requires views
// Cached views of memory, re-created after it grows (detached: length 0).
let __wasmport_u8 = null;
function __wasmport_getU8() {
  if (__wasmport_u8 === null || __wasmport_taByteLengthOf(__wasmport_u8) === 0)
    __wasmport_u8 = new __wasmport_U8(__wasmport_memBuffer(__wasmport_wasm.memory));
  return __wasmport_u8;
}

//@helper getU32 requires views
let __wasmport_u32 = null;
function __wasmport_getU32() {
  if (__wasmport_u32 === null || __wasmport_taByteLengthOf(__wasmport_u32) === 0)
    __wasmport_u32 = new __wasmport_U32(__wasmport_memBuffer(__wasmport_wasm.memory));
  return __wasmport_u32;
}

//@helper getDataView requires views
let __wasmport_dv = null;
function __wasmport_getDataView() {
  if (__wasmport_dv === null || __wasmport_dvBuffer(__wasmport_dv) !== __wasmport_memBuffer(__wasmport_wasm.memory))
    __wasmport_dv = new __wasmport_DV(__wasmport_memBuffer(__wasmport_wasm.memory));
  return __wasmport_dv;
}
