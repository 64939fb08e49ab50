//@helper bad
// A failed slot check: path in the argument ('.x', '[3]'), expected, value.
function __wasmport_bad(path, expected, value) {
  return { path, expected, value, freed: false };
}
function __wasmport_nest(bad, prefix) {
  bad.path = prefix + bad.path;
  return bad;
}

//@helper field
// A value struct's field: an own property, else undefined (docs/Types.md).
const __wasmport_hasOwn = Object.prototype.hasOwnProperty;
function __wasmport_field(v, name) {
  return __wasmport_hasOwn.call(v, name) ? v[name] : undefined;
}

//@helper badArg requires bad describe
// The error for an argument whose check returned `bad`.
function __wasmport_badArg(fn, param, bad) {
  const at = `${fn}: argument '${param}${bad.path}'`;
  if (bad.freed) return new Error(`${at} is a ${bad.expected} object used after free()`);
  return new TypeError(`${at} must be ${bad.expected}, got ${__wasmport_describe(bad.value)}`);
}

//@helper passTyped requires getU8
// Copies a typed array's elements into memory from __wasmport_alloc, once.
function __wasmport_passTyped(v) {
  const bytes = v.byteLength;
  const ptr = __wasmport_wasm.__wasmport_alloc(bytes);
  __wasmport_getU8().set(new Uint8Array(v.buffer, v.byteOffset, bytes), ptr);
  return ptr;
}

//@helper passVector requires getU8 getU32
// A number vector argument, written into a C++ vector (docs/Types.md).
function __wasmport_passVector(v, make) {
  const owner = make(v.length);
  const ptr = __wasmport_getU32()[(__wasmport_retArea >>> 2) + WASMPORT_RET_DATA];
  __wasmport_getU8().set(new Uint8Array(v.buffer, v.byteOffset, v.byteLength), ptr);
  return owner;
}

//@helper spanBack requires terminate
// After a call taking std::span<T>: copies the elements back (docs/Types.md).
function __wasmport_spanBack(v, type, ptr) {
  if (__wasmport_terminated !== null) return;
  v.set(new type(__wasmport_wasm.memory.buffer, ptr, v.length));
  __wasmport_wasm.__wasmport_free(ptr);
}

//@helper takeTyped requires getU32
// A number vector result, copied once into a new typed array (docs/Types.md).
function __wasmport_takeTyped(type) {
  const u32 = __wasmport_getU32();
  const at = __wasmport_retArea >>> 2;
  const ptr = u32[at + WASMPORT_RET_DATA], len = u32[at + WASMPORT_RET_SIZE], owner = u32[at + WASMPORT_RET_OWNER];
  const out = new type(__wasmport_wasm.memory.buffer, ptr, len).slice();
  __wasmport_wasm.__wasmport_free_owned(owner);
  return out;
}

//@helper spanCopy requires getU32
// A std::span result: a copy of memory C++ owns.
function __wasmport_spanCopy(type) {
  const u32 = __wasmport_getU32();
  const at = __wasmport_retArea >>> 2;
  return new type(__wasmport_wasm.memory.buffer, u32[at + WASMPORT_RET_DATA], u32[at + WASMPORT_RET_SIZE]).slice();
}

//@helper spanView requires getU32
// A std::span result with --zero-copy-spans: a view of memory (docs/Types.md).
function __wasmport_spanView(type) {
  const u32 = __wasmport_getU32();
  const at = __wasmport_retArea >>> 2;
  return new type(__wasmport_wasm.memory.buffer, u32[at + WASMPORT_RET_DATA], u32[at + WASMPORT_RET_SIZE]);
}

//@helper writeTyped requires passTyped getDataView
// A number vector in a slot: (ptr, len).
function __wasmport_writeTyped(at, v) {
  const ptr = __wasmport_passTyped(v);
  const dv = __wasmport_getDataView();
  dv.setUint32(at + WASMPORT_BUFFER_DATA, ptr, true);
  dv.setUint32(at + WASMPORT_BUFFER_LENGTH, v.length, true);
}

//@helper readTyped requires getDataView
function __wasmport_readTyped(at, type) {
  const dv = __wasmport_getDataView();
  const ptr = dv.getUint32(at + WASMPORT_BUFFER_DATA, true), len = dv.getUint32(at + WASMPORT_BUFFER_LENGTH, true);
  const out = new type(__wasmport_wasm.memory.buffer, ptr, len).slice();
  __wasmport_wasm.__wasmport_free(ptr);
  return out;
}

//@helper writeString requires passString getDataView
// A std::string in a slot: (ptr, len).
function __wasmport_writeString(at, s) {
  const ptr = __wasmport_passString(s, 0);
  const dv = __wasmport_getDataView();
  dv.setUint32(at + WASMPORT_BUFFER_DATA, ptr, true);
  dv.setUint32(at + WASMPORT_BUFFER_LENGTH, __wasmport_passLen, true);
}

//@helper readString requires decodeString getDataView
function __wasmport_readString(at) {
  const dv = __wasmport_getDataView();
  const ptr = dv.getUint32(at + WASMPORT_BUFFER_DATA, true);
  const s = __wasmport_decodeString(ptr, dv.getUint32(at + WASMPORT_BUFFER_LENGTH, true));
  __wasmport_wasm.__wasmport_free(ptr);
  return s;
}

//@helper sharedOwner requires getU32
// The owner a std::shared_ptr result left in the return area.
function __wasmport_sharedOwner() {
  return __wasmport_getU32()[(__wasmport_retArea >>> 2) + WASMPORT_RET_OWNER];
}

//@helper enumFromWire
// A string-valued enum's string for C++'s value; unnamed values throw.
function __wasmport_enumFromWire(map, name, v) {
  const s = map.get(v);
  if (s === undefined) throw new Error(`C++ returned ${v}, which is not a ${name} value`);
  return s;
}
