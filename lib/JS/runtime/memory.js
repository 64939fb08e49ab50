//@helper views requires intrinsics
// Built-ins the memory views use, captured at load: page code that patches
// them later changes nothing here (docs/Reliability.md#hostile-js-values).
const __wasmport_call = Function.prototype.call;
const __wasmport_taByteLengthOf = __wasmport_call.bind(
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), 'byteLength').get);
const __wasmport_subarray = __wasmport_call.bind(Object.getPrototypeOf(Uint8Array.prototype).subarray);
const __wasmport_U8 = Uint8Array, __wasmport_U32 = Uint32Array, __wasmport_DV = DataView;
// The typed array kinds the glue makes from memory, under these names in
// generated code too (a page's own Int32Array would be handed the memory).
const __wasmport_Int8Array = Int8Array; // __wasmport_Uint8Array: intrinsics
const __wasmport_Int16Array = Int16Array, __wasmport_Uint16Array = Uint16Array;
const __wasmport_Int32Array = Int32Array, __wasmport_Uint32Array = Uint32Array;
const __wasmport_Float32Array = Float32Array, __wasmport_Float64Array = Float64Array;
const __wasmport_BigInt64Array = BigInt64Array, __wasmport_BigUint64Array = BigUint64Array;
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
// The view's methods, captured at load: the glue calls
// __wasmport_dvSetInt32(dv, at, v, true), never dv.setInt32 (a patched
// DataView.prototype method would be handed the view of all of memory).
const __wasmport_dvGetInt8 = __wasmport_call.bind(__wasmport_DV.prototype.getInt8);
const __wasmport_dvSetInt8 = __wasmport_call.bind(__wasmport_DV.prototype.setInt8);
const __wasmport_dvGetUint8 = __wasmport_call.bind(__wasmport_DV.prototype.getUint8);
const __wasmport_dvSetUint8 = __wasmport_call.bind(__wasmport_DV.prototype.setUint8);
const __wasmport_dvGetInt16 = __wasmport_call.bind(__wasmport_DV.prototype.getInt16);
const __wasmport_dvSetInt16 = __wasmport_call.bind(__wasmport_DV.prototype.setInt16);
const __wasmport_dvGetUint16 = __wasmport_call.bind(__wasmport_DV.prototype.getUint16);
const __wasmport_dvSetUint16 = __wasmport_call.bind(__wasmport_DV.prototype.setUint16);
const __wasmport_dvGetInt32 = __wasmport_call.bind(__wasmport_DV.prototype.getInt32);
const __wasmport_dvSetInt32 = __wasmport_call.bind(__wasmport_DV.prototype.setInt32);
const __wasmport_dvGetUint32 = __wasmport_call.bind(__wasmport_DV.prototype.getUint32);
const __wasmport_dvSetUint32 = __wasmport_call.bind(__wasmport_DV.prototype.setUint32);
const __wasmport_dvGetBigInt64 = __wasmport_call.bind(__wasmport_DV.prototype.getBigInt64);
const __wasmport_dvSetBigInt64 = __wasmport_call.bind(__wasmport_DV.prototype.setBigInt64);
const __wasmport_dvGetBigUint64 = __wasmport_call.bind(__wasmport_DV.prototype.getBigUint64);
const __wasmport_dvSetBigUint64 = __wasmport_call.bind(__wasmport_DV.prototype.setBigUint64);
const __wasmport_dvGetFloat32 = __wasmport_call.bind(__wasmport_DV.prototype.getFloat32);
const __wasmport_dvSetFloat32 = __wasmport_call.bind(__wasmport_DV.prototype.setFloat32);
const __wasmport_dvGetFloat64 = __wasmport_call.bind(__wasmport_DV.prototype.getFloat64);
const __wasmport_dvSetFloat64 = __wasmport_call.bind(__wasmport_DV.prototype.setFloat64);
// The DataView of memory, re-created after memory grows. Growing detaches the
// old buffer, which a one-byte view of it tells by its byteLength turning 0:
// a typed array getter V8 inlines, where comparing the buffers would call
// two API getters (DataView's and WebAssembly.Memory's buffer) per access.
let __wasmport_dv = null, __wasmport_dvProbe = null;
function __wasmport_getDataView() {
  if (__wasmport_dv === null || __wasmport_taByteLengthOf(__wasmport_dvProbe) === 0) {
    const buffer = __wasmport_memBuffer(__wasmport_wasm.memory);
    __wasmport_dv = new __wasmport_DV(buffer);
    __wasmport_dvProbe = new __wasmport_U8(buffer, 0, 1);
  }
  return __wasmport_dv;
}
