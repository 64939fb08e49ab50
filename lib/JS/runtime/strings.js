//@helper decodeString requires getU8
const __wasmport_decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const __wasmport_decode = __wasmport_call.bind(TextDecoder.prototype.decode);
// UTF-8 bytes in memory to a JS string; invalid sequences become U+FFFD.
function __wasmport_decodeString(ptr, len) {
  return __wasmport_decode(__wasmport_decoder, __wasmport_subarray(__wasmport_getU8(), ptr, ptr + len));
}

//@helper passString requires getU8 allocArg
const __wasmport_encoder = new TextEncoder();
const __wasmport_encodeInto = __wasmport_call.bind(TextEncoder.prototype.encodeInto);
const __wasmport_charCodeAt = __wasmport_call.bind(String.prototype.charCodeAt);
let __wasmport_passLen = 0;
// s as UTF-8 in a buffer the callee frees (an argument's copy: argCopies);
// sets __wasmport_passLen. Out of memory is a RangeError (allocArg).
function __wasmport_passString(s, nul) {
  const len = s.length;
  if (len <= 64) {
    const ptr = __wasmport_wasm.__wasmport_alloc(len + nul);
    if (ptr === 0) throw __wasmport_outOfMemory(len + nul);
    __wasmport_argCopy(ptr);
    const mem = __wasmport_getU8();
    let i = 0;
    for (; i < len; i++) {
      const c = __wasmport_charCodeAt(s, i);
      if (c > 0x7f) break;
      mem[ptr + i] = c;
    }
    if (i === len) {
      if (nul) mem[ptr + len] = 0;
      __wasmport_passLen = len;
      return ptr;
    }
    __wasmport_argCopyN--; // ptr, the last copy
    __wasmport_wasm.__wasmport_free(ptr);
  }
  const cap = len * 3;
  const ptr = __wasmport_allocArg(cap + nul);
  const { written } = __wasmport_encodeInto(__wasmport_encoder,
      s, __wasmport_subarray(__wasmport_getU8(), ptr, ptr + cap));
  if (nul) __wasmport_getU8()[ptr + written] = 0;
  __wasmport_passLen = written;
  return ptr;
}

//@helper takeString requires decodeString getU32
// Reads the string a thunk described in the return area and frees its owner.
function __wasmport_takeString() {
  const u32 = __wasmport_getU32();
  const at = __wasmport_retArea >>> 2;
  const ptr = u32[at + WASMPORT_RET_DATA], len = u32[at + WASMPORT_RET_SIZE], owner = u32[at + WASMPORT_RET_OWNER];
  const s = __wasmport_decodeString(ptr, len);
  if (owner !== 0) __wasmport_wasm.__wasmport_free_string(owner);
  return s;
}

//@helper takeCString requires decodeString getU32
// Like takeString for const char*: a null pointer is null.
function __wasmport_takeCString() {
  const u32 = __wasmport_getU32();
  const at = __wasmport_retArea >>> 2;
  const ptr = u32[at + WASMPORT_RET_DATA];
  return ptr === 0 ? null : __wasmport_decodeString(ptr, u32[at + WASMPORT_RET_SIZE]);
}

//@helper returnString requires passString getU32
// Stores a string returned by a JS import for the C++ side to take.
function __wasmport_returnString(s) {
  const ptr = __wasmport_passString(s, 0);
  __wasmport_argsPassed(); // C++'s now, not an argument's copy.
  const u32 = __wasmport_getU32();
  const at = __wasmport_retArea >>> 2;
  u32[at + WASMPORT_RET_DATA] = ptr;
  u32[at + WASMPORT_RET_SIZE] = __wasmport_passLen;
  u32[at + WASMPORT_RET_OWNER] = 0;
}
