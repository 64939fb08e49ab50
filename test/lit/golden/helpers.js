//@helper builtins
// The built-ins the generated calls and the helpers use at call time,
// captured when the module loads (docs/Reliability.md#hostile-js-values):
// page code that replaces `TypeError`, `BigInt.asIntN`, `Promise.reject`,
// `queueMicrotask` or `Object.defineProperty` later changes nothing here, and
// its errors are still real TypeErrors. Each built-in has this one name in
// every module.
const __wasmport_TypeError = TypeError, __wasmport_RangeError = RangeError, __wasmport_Error = Error;
const __wasmport_asIntN = BigInt.asIntN, __wasmport_asUintN = BigInt.asUintN;
const __wasmport_reject = Promise.reject.bind(Promise);
const __wasmport_queueMicrotask = queueMicrotask;
const __wasmport_defineProperty = Object.defineProperty;
// Map.prototype.set, called as mapSet(map, key, value): the C++ functions'
// states (cppFunction) and the Maps made for std::map (collections).
const __wasmport_mapSet = Function.prototype.call.bind(Map.prototype.set);
// Makes o[k] an own data property (an Error's `value`, `cppException`): an
// assignment would run a setter a page defined on Object.prototype or
// Error.prototype instead. The descriptor has no prototype, so no `get` or
// `set` on Object.prototype turns it into an accessor.
function __wasmport_setOwn(o, k, value) {
  __wasmport_defineProperty(o, k, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
}

//@helper describe
// A short description of a value for error messages. Runs no code of the
// value's: no getters, no `constructor` read through the prototype's
// accessors, no toString (a Proxy's getPrototypeOf trap is the exception).
function __wasmport_describe(v) {
  const type = typeof v;
  if (type === 'string')
    return __wasmport_stringify(v.length > 32 ? __wasmport_strSlice(v, 0, 32) + '…' : v);
  if (type === 'bigint') return v + 'n';
  if (type === 'function' || type === 'symbol') return 'a ' + type;
  if (type !== 'object') return '' + v;
  if (v === null) return 'null';
  const tag = __wasmport_taTag(v);
  if (tag !== undefined) {
    const problem = __wasmport_bufferProblem(__wasmport_taBuffer(v));
    return problem === '' ? __wasmport_article(tag) : __wasmport_article(problem) + ' ' + tag;
  }
  try {
    if (__wasmport_isArray(v)) return 'an array';
  } catch {
    return 'a revoked Proxy';
  }
  let name = '';
  try {
    const proto = __wasmport_getPrototypeOf(v);
    const c = proto === null ? undefined : __wasmport_ownDescriptor(proto, 'constructor');
    if (c !== undefined && __wasmport_hasOwn(c, 'value') && typeof c.value === 'function') {
      const n = __wasmport_ownDescriptor(c.value, 'name');
      if (n !== undefined && __wasmport_hasOwn(n, 'value') && typeof n.value === 'string')
        name = n.value;
    }
  } catch {
    // A Proxy whose trap threw.
  }
  if (name === '' || name === 'Object') return 'an object';
  return __wasmport_article(name);
}
// 'a Word', 'an Apple', 'a Uint8Array'.
function __wasmport_article(word) {
  const c = word[0];
  // 'U' as in Uint8Array takes 'a'.
  const vowel = c === 'A' || c === 'E' || c === 'I' || c === 'O' ||
                c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
  return (vowel ? 'an ' : 'a ') + word;
}

//@helper argError
function __wasmport_argError(fn, param, expected, v) {
  return new __wasmport_TypeError(`${fn}: argument '${param}' must be ${expected}, got ${__wasmport_describe(v)}`);
}

//@helper resultError
function __wasmport_resultError(fn, expected, v) {
  return new __wasmport_TypeError(`${fn} must return ${expected}, got ${__wasmport_describe(v)}`);
}

//@helper expected
// Throws a std::expected result's error, if any (docs/Errors.md).
function __wasmport_expected(r, error) {
  const u32 = __wasmport_u32;
  if (u32 !== null && u32[(__wasmport_retArea >>> 2) + 4] === 0) return r;
  return __wasmport_unexpected(r, error);
}
function __wasmport_unexpected(r, error) {
  const u32 = __wasmport_getU32();
  const at = (__wasmport_retArea >>> 2) + 4;
  const ptr = u32[at];
  if (ptr === 0) return r;
  u32[at] = 0;
  let e;
  try {
    e = error(ptr);
  } finally {
    __wasmport_wasm.__wasmport_free(ptr);
  }
  throw e;
}

//@helper valueError
// A std::expected error as an Error: `message`, and the error as `value`.
function __wasmport_valueError(message, value) {
  const error = new __wasmport_Error(message);
  __wasmport_setOwn(error, 'value', value);
  return error;
}

//@helper enumName
// The name of the enumerator of `e` with value v, else "Enum v" (own keys
// only: an enumerable Object.prototype property is no enumerator).
function __wasmport_enumName(e, name, v) {
  for (const k in e) if (__wasmport_hasOwn(e, k) && e[k] === v) return k;
  return `${name} ${v}`;
}

//@helper cppFunction
// JS functions that call C++ functions (docs/Callbacks.md#how-it-works).
const __wasmport_cppStates = new Map(); // By handle, through captured methods.
const __wasmport_mapGet = Function.prototype.call.bind(Map.prototype.get);
const __wasmport_mapDelete = Function.prototype.call.bind(Map.prototype.delete);
let __wasmport_argBuf = 0;
class __wasmport_CppArgFailure {
  index; expected; value; // Own fields: no Object.prototype setter runs.
  constructor(index, expected, value) {
    this.index = index;
    this.expected = expected;
    this.value = value;
  }
}
function __wasmport_cppWhere(s) {
  if (s.where === null) s.where = __wasmport_decodeString(s.wherePtr, s.whereLen);
  return s.where;
}
function __wasmport_callCpp(s, args) {
  if (s.data === 0)
    throw new __wasmport_Error(s.owned
      ? `${__wasmport_cppWhere(s)} called after its wasmport::Closure was destroyed`
      : `${__wasmport_cppWhere(s)} called after the call it was passed to returned; ` +
        'use wasmport::Closure to keep it');
  const n = s.arity;
  let buf = 0;
  if (n !== 0) {
    if (n > 8) buf = __wasmport_allocBytes(4 * n);
    else if (__wasmport_argBuf === 0) buf = __wasmport_argBuf = __wasmport_allocBytes(32);
    else buf = __wasmport_argBuf;
    const u32 = __wasmport_getU32();
    for (let i = 0; i < n; i++) u32[(buf >>> 2) + i] = __wasmport_addHeap(args[i]);
  }
  const sp = __wasmport_importState.depth !== 0 && __wasmport_wasm.__wasmport_stack_get
    ? __wasmport_wasm.__wasmport_stack_get() : -1;
  let r;
  try {
    r = __wasmport_wasm.__wasmport_closure_call(s.invoker, s.data, buf);
  } catch (e) {
    if (sp !== -1 && __wasmport_terminated === null) __wasmport_wasm.__wasmport_stack_set(sp);
    throw __wasmport_trapped(e);
  } finally {
    if (n > 8 && __wasmport_terminated === null) __wasmport_wasm.__wasmport_free(buf);
  }
  if (r === -1) {
    const e = __wasmport_takeThrown();
    if (e instanceof __wasmport_CppArgFailure)
      throw __wasmport_argError(__wasmport_cppWhere(s), `a${e.index}`, e.expected, e.value);
    throw e;
  }
  return __wasmport_takeObject(r);
}

//@helper js_closure
function __wasmport_js_closure(invoker, data, arity, wherePtr, whereLen, owned) {
  const s = {
    invoker, data, arity, owned: owned !== 0, wherePtr, whereLen,
    where: owned !== 0 ? __wasmport_decodeString(wherePtr, whereLen) : null,
  };
  const h = __wasmport_addHeapSlot((...args) => __wasmport_callCpp(s, args));
  __wasmport_mapSet(__wasmport_cppStates, h, s);
  return h;
}

//@helper js_closure_end
function __wasmport_js_closure_end(h) {
  __wasmport_mapGet(__wasmport_cppStates, h).data = 0;
  __wasmport_mapDelete(__wasmport_cppStates, h);
  __wasmport_dropObject(h);
}

//@helper js_arg_failure
function __wasmport_js_arg_failure(index, ptr, len, v) {
  return __wasmport_addHeapSlot(new __wasmport_CppArgFailure(
      index, __wasmport_decodeString(ptr, len), __wasmport_heap[v]));
}

//@helper js_result_error
function __wasmport_js_result_error(wherePtr, whereLen, expectedPtr, expectedLen, v) {
  return __wasmport_addHeapSlot(__wasmport_resultError(
      __wasmport_decodeString(wherePtr, whereLen),
      __wasmport_decodeString(expectedPtr, expectedLen), __wasmport_heap[v]));
}

//@helper heap
// JS values C++ holds (wasmport::JsValue), by handle (docs/JsValue.md).
// The tables grow and shrink by index, never through Array.prototype
// methods, which page code could patch. The free list is a stack of its
// first __wasmport_heapFreeCount entries: V8 makes `length--` a slow generic
// store (about 8x an indexed one), so it is not shortened per pop.
const __wasmport_heap = [undefined, null, true, false];
let __wasmport_heapFree = [];
let __wasmport_heapFreeCount = 0;
const __wasmport_heapFreed = Symbol('released JsValue');
function __wasmport_addHeap(v) {
  if (v === undefined) return 0;
  if (v === null) return 1;
  if (v === true) return 2;
  if (v === false) return 3;
  return __wasmport_addHeapSlot(v);
}
function __wasmport_addHeapSlot(v) {
  if (__wasmport_heapFreeCount !== 0) {
    const h = __wasmport_heapFree[--__wasmport_heapFreeCount];
    __wasmport_heap[h] = v;
    return h;
  }
  const h = __wasmport_heap.length;
  __wasmport_heap[h] = v;
  return h;
}
function __wasmport_dropObject(h) {
  if (h < 4) return;
  if (h >= __wasmport_heap.length || __wasmport_heap[h] === __wasmport_heapFreed)
    throw new __wasmport_Error(`wasmport: JsValue handle ${h} released twice`);
  __wasmport_heap[h] = __wasmport_heapFreed;
  __wasmport_heapFree[__wasmport_heapFreeCount++] = h;
  if (__wasmport_heapFreeCount >= __wasmport_heapShrinkAt) __wasmport_heapShrink();
}
// When most of the table is free: cuts the released handles off its end and
// rebuilds the free list without them, so the memory returns after a peak.
// The next try waits until the free list doubles again (amortized O(1)).
let __wasmport_heapShrinkAt = 4096;
function __wasmport_heapShrink() {
  const heap = __wasmport_heap, old = __wasmport_heapFree, count = __wasmport_heapFreeCount;
  if (count * 2 < heap.length) {
    __wasmport_heapShrinkAt = count + (heap.length >>> 1);
    return;
  }
  let n = heap.length;
  while (n > 4 && heap[n - 1] === __wasmport_heapFreed) n--;
  heap.length = n;
  const free = [];
  let kept = 0;
  for (let i = 0; i < count; i++) if (old[i] < n) free[kept++] = old[i];
  __wasmport_heapFree = free;
  __wasmport_heapFreeCount = kept;
  __wasmport_heapShrinkAt = kept * 2 > 4096 ? kept * 2 : 4096;
}
function __wasmport_takeObject(h) {
  const v = __wasmport_heap[h];
  __wasmport_dropObject(h);
  return v;
}
function __wasmport_heapLive() {
  return __wasmport_heap.length - 4 - __wasmport_heapFreeCount;
}

//@helper jsThrew
// Stores a JS exception for C++ in the return area (docs/JsValue.md).
function __wasmport_jsThrew(e) {
  __wasmport_getU32()[(__wasmport_retArea >>> 2) + 3] = __wasmport_addHeapSlot(e);
  return 0;
}

//@helper takeThrown
// Takes the exception C++ left for JS in the return area's Exception field.
function __wasmport_takeThrown() {
  const u32 = __wasmport_getU32();
  const at = (__wasmport_retArea >>> 2) + 3;
  const e = __wasmport_takeObject(u32[at]);
  u32[at] = 0;
  return e;
}

//@helper jsArgs
// The arguments C++ passes, as an array for the captured Reflect.apply and
// Reflect.construct (no spread: Array.prototype[Symbol.iterator] is page
// code's to patch).
const __wasmport_apply = Reflect.apply, __wasmport_construct = Reflect.construct;
function __wasmport_jsArgs(ptr, n) {
  const u32 = __wasmport_getU32();
  const args = new __wasmport_Array(n);
  for (let i = 0; i < n; i++) args[i] = __wasmport_heap[u32[(ptr >>> 2) + i]];
  return args;
}

//@helper js_clone
function __wasmport_js_clone(h) {
  return __wasmport_addHeap(__wasmport_heap[h]);
}

//@helper js_drop
const __wasmport_js_drop = __wasmport_dropObject;

//@helper js_number
const __wasmport_js_number = __wasmport_addHeap;

//@helper js_bigint
const __wasmport_js_bigint = __wasmport_addHeap;

//@helper js_string
function __wasmport_js_string(ptr, len) {
  return __wasmport_addHeap(__wasmport_decodeString(ptr, len));
}

//@helper js_global
function __wasmport_js_global(ptr, len) {
  return __wasmport_addHeap(globalThis[__wasmport_decodeString(ptr, len)]);
}

//@helper js_object
function __wasmport_js_object() {
  return __wasmport_addHeap({});
}

//@helper js_array
function __wasmport_js_array() {
  return __wasmport_addHeap([]);
}

//@helper js_type
// wasmport::JsType.
const __wasmport_jsTypes = {
  undefined: 0, boolean: 2, number: 3, string: 4, bigint: 5, symbol: 6, function: 7, object: 8,
};
function __wasmport_js_type(h) {
  const v = __wasmport_heap[h];
  return v === null ? 1 : __wasmport_jsTypes[typeof v];
}

//@helper js_number_of
function __wasmport_js_number_of(h) {
  return __wasmport_heap[h];
}

//@helper js_bigint_of
function __wasmport_js_bigint_of(h) {
  return __wasmport_asIntN(64, __wasmport_heap[h]);
}

//@helper js_string_of
function __wasmport_js_string_of(h) {
  __wasmport_returnString(__wasmport_heap[h]);
}

//@helper js_message
// A wasmport::JsError's what(): an Error's message, else the value as a string.
const __wasmport_String = String;
const __wasmport_objectTag = Function.prototype.call.bind(Object.prototype.toString);
function __wasmport_js_message(h) {
  const v = __wasmport_heap[h];
  let s;
  try {
    s = v instanceof __wasmport_Error ? __wasmport_String(v.message) : __wasmport_String(v);
  } catch {
    s = __wasmport_objectTag(v);
  }
  __wasmport_returnString(s);
}

//@helper js_get
function __wasmport_js_get(h, key) {
  __wasmport_importState.depth++;
  try {
    return __wasmport_addHeap(__wasmport_heap[h][__wasmport_heap[key]]);
  } catch (e) {
    return __wasmport_jsThrew(e);
  } finally {
    __wasmport_importState.depth--;
  }
}

//@helper js_set
function __wasmport_js_set(h, key, v) {
  __wasmport_importState.depth++;
  try {
    __wasmport_heap[h][__wasmport_heap[key]] = __wasmport_heap[v];
  } catch (e) {
    return __wasmport_jsThrew(e);
  } finally {
    __wasmport_importState.depth--;
  }
}

//@helper js_call
function __wasmport_js_call(f, self, ptr, n) {
  __wasmport_importState.depth++;
  try {
    return __wasmport_addHeap(__wasmport_apply(
        __wasmport_heap[f], __wasmport_heap[self], __wasmport_jsArgs(ptr, n)));
  } catch (e) {
    return __wasmport_jsThrew(e);
  } finally {
    __wasmport_importState.depth--;
  }
}

//@helper js_call_numbers
// A JS function C++ calls with numbers and booleans (function.h,
// JsCallback): no handle for the arguments, none for a number result.
// Another result goes to the heap, its handle to *other, and NaN back.
function __wasmport_js_call_numbers(f, n, flags, a0, a1, a2, a3, other) {
  const fn = __wasmport_heap[f];
  if ((flags & 15) !== 0) {
    if ((flags & 1) !== 0) a0 = a0 !== 0;
    if ((flags & 2) !== 0) a1 = a1 !== 0;
    if ((flags & 4) !== 0) a2 = a2 !== 0;
    if ((flags & 8) !== 0) a3 = a3 !== 0;
  }
  let r;
  __wasmport_importState.depth++;
  try {
    r = n === 0 ? fn() : n === 1 ? fn(a0) : n === 2 ? fn(a0, a1) : n === 3 ? fn(a0, a1, a2) : fn(a0, a1, a2, a3);
  } catch (e) {
    return __wasmport_jsThrew(e);
  } finally {
    __wasmport_importState.depth--;
  }
  if ((flags & 16) === 0) return 0;
  if (typeof r === 'number') return r;
  __wasmport_getU32()[other >>> 2] = __wasmport_addHeap(r);
  return NaN;
}

//@helper js_call_method
function __wasmport_js_call_method(h, name, ptr, n) {
  __wasmport_importState.depth++;
  try {
    const self = __wasmport_heap[h];
    return __wasmport_addHeap(__wasmport_apply(self[__wasmport_heap[name]], self, __wasmport_jsArgs(ptr, n)));
  } catch (e) {
    return __wasmport_jsThrew(e);
  } finally {
    __wasmport_importState.depth--;
  }
}

//@helper js_new
function __wasmport_js_new(c, ptr, n) {
  __wasmport_importState.depth++;
  try {
    return __wasmport_addHeap(
        __wasmport_construct(__wasmport_heap[c], __wasmport_jsArgs(ptr, n)));
  } catch (e) {
    return __wasmport_jsThrew(e);
  } finally {
    __wasmport_importState.depth--;
  }
}

//@helper js_instanceof
function __wasmport_js_instanceof(h, c) {
  __wasmport_importState.depth++;
  try {
    return __wasmport_heap[h] instanceof __wasmport_heap[c] ? 1 : 0;
  } catch (e) {
    return __wasmport_jsThrew(e);
  } finally {
    __wasmport_importState.depth--;
  }
}

//@helper js_equals
function __wasmport_js_equals(a, b) {
  return __wasmport_heap[a] === __wasmport_heap[b] ? 1 : 0;
}

//@helper js_error
function __wasmport_js_error(ptr, len) {
  return __wasmport_addHeap(new __wasmport_Error(__wasmport_decodeString(ptr, len)));
}

//@helper js_rethrow
// Throws h's value out of wasm into its JS caller (docs/Exceptions.md).
// The parameters of the C++ frames it leaves are destroyed first.
function __wasmport_js_rethrow(h) {
  const e = __wasmport_takeObject(h);
  if (__wasmport_wasm.__wasmport_unwind)
    __wasmport_wasm.__wasmport_unwind(__wasmport_importState.depth);
  if (__wasmport_importState.depth === 0 && __wasmport_wasm.__wasmport_stack_set)
    __wasmport_wasm.__wasmport_stack_set(__wasmport_stackTop);
  throw e;
}

//@helper js_exception
// A wasmport::JsError leaving an export: its value, as a new handle.
function __wasmport_js_exception(h) {
  return __wasmport_addHeapSlot(__wasmport_heap[h]);
}

//@helper js_cpp_error
// Another C++ exception leaving an export: an Error as cppThrow makes.
function __wasmport_js_cpp_error(ptr, len) {
  const error = new __wasmport_Error(__wasmport_decodeString(ptr, len));
  __wasmport_setOwn(error, 'cppException', true);
  return __wasmport_addHeapSlot(error);
}

//@helper instantiate
// From a Module, bytes, a string or URL (Node reads file: URLs), a Request or
// a Response, tested in that order: each test does only what its kind needs,
// and Request/Response/fetch are only touched for a Request, a Response or a
// URL to fetch (their first use makes Node load its fetch implementation).
async function __wasmport_instantiate(input) {
  input = await input;
  const imports = __wasmport_imports();
  if (input instanceof WebAssembly.Module)
    return WebAssembly.instantiate(input, imports);
  if (input instanceof ArrayBuffer || ArrayBuffer.isView(input))
    return (await WebAssembly.instantiate(input, imports)).instance;
  if (typeof input === 'string')
    input = new URL(input, globalThis.location ? globalThis.location.href : import.meta.url);
  if (input instanceof URL) {
    if (input.protocol === 'file:' &&
        typeof process === 'object' && process.versions && process.versions.node) {
      const fs = 'node:fs/promises';
      const bytes = await (await import(/* @vite-ignore */ /* webpackIgnore: true */ fs)).readFile(input);
      return (await WebAssembly.instantiate(bytes, imports)).instance;
    }
    input = await fetch(input);
  } else if (typeof Request === 'function' && input instanceof Request) {
    input = await fetch(input);
  }
  if (typeof Response === 'function' && input instanceof Response) {
    if (typeof WebAssembly.instantiateStreaming === 'function' &&
        /^\s*application\/wasm\s*(;|$)/i.test(input.headers.get('Content-Type')))
      return (await WebAssembly.instantiateStreaming(input, imports)).instance;
    input = await input.arrayBuffer();
  }
  return (await WebAssembly.instantiate(input, imports)).instance;
}

//@helper views
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

//@helper getU8
// Cached views of memory, re-created after it grows (detached: length 0).
let __wasmport_u8 = null;
function __wasmport_getU8() {
  if (__wasmport_u8 === null || __wasmport_taByteLengthOf(__wasmport_u8) === 0)
    __wasmport_u8 = new __wasmport_U8(__wasmport_memBuffer(__wasmport_wasm.memory));
  return __wasmport_u8;
}

//@helper getU32
let __wasmport_u32 = null;
function __wasmport_getU32() {
  if (__wasmport_u32 === null || __wasmport_taByteLengthOf(__wasmport_u32) === 0)
    __wasmport_u32 = new __wasmport_U32(__wasmport_memBuffer(__wasmport_wasm.memory));
  return __wasmport_u32;
}

//@helper getDataView
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

//@helper terminate
// After a C++ exception, exit() or a trap, every later call throws.
let __wasmport_terminated = null;
const __wasmport_TerminatedProxy = Proxy; // Captured at load.
function __wasmport_terminate(error) {
  if (__wasmport_terminated === null) {
    __wasmport_terminated = error;
    __wasmport_wasm = new __wasmport_TerminatedProxy({ __proto__: null }, {
      get() {
        throw new __wasmport_Error(`wasm module terminated: ${error.message}`);
      },
    });
  }
  throw error;
}

//@helper trapped
// A trap terminates the module; a JS exception from an import passes. The
// class is the one at load: a page that replaces WebAssembly.RuntimeError
// cannot make a trap pass for a JS exception.
const __wasmport_trapClass = WebAssembly.RuntimeError;
function __wasmport_trapped(e) {
  if (e instanceof __wasmport_trapClass) __wasmport_terminate(e);
  return e;
}

//@helper importDepth
// How many imports are running (a property: no TDZ check as for a `let`).
const __wasmport_importState = { depth: 0 };

//@helper importGuard
// A JS exception leaving an import destroys the parameters of the C++
// frames it is about to leave (wire::unwindTo); leaving the outermost import
// it also resets the shadow stack.
let __wasmport_stackTop = 0;
function __wasmport_importThrew(e) {
  // em++ modules have no stack accessors: their stack is emscripten's own.
  const depth = --__wasmport_importState.depth;
  if (__wasmport_terminated === null && __wasmport_wasm.__wasmport_stack_set) {
    if (__wasmport_wasm.__wasmport_unwind) __wasmport_wasm.__wasmport_unwind(depth);
    if (depth === 0) __wasmport_wasm.__wasmport_stack_set(__wasmport_stackTop);
  }
  return e;
}

//@helper freeLater
// free() inside an import: the C++ object is destroyed after the call. A
// destructor that fails there terminates the module (no uncaughtException).
// The queue is an object without prototype, written by index, and the
// microtask function is the one at load: a page that replaces
// queueMicrotask or Array.prototype methods afterwards changes nothing.
const __wasmport_later = { n: 0, items: { __proto__: null } };
function __wasmport_freeLater(symbol, arg) {
  const later = __wasmport_later;
  if (later.n === 0) __wasmport_queueMicrotask(__wasmport_freeDeferred);
  later.items[later.n] = symbol;
  later.items[later.n + 1] = arg;
  later.n += 2;
}
function __wasmport_freeDeferred() {
  const later = __wasmport_later, items = later.items, n = later.n;
  later.items = { __proto__: null };
  later.n = 0;
  for (let i = 0; i < n && __wasmport_terminated === null; i += 2) {
    try {
      __wasmport_wasm[items[i]](items[i + 1]);
    } catch (e) {
      __wasmport_terminateQuietly(e);
    }
  }
}
// Terminates the module with e where no caller could take it (a microtask,
// a finalizer): a destructor must not fail.
function __wasmport_terminateQuietly(e) {
  try {
    __wasmport_terminate(e);
  } catch {}
}

//@helper destroy
// Runs a destructor (symbol: the class's delete, or __wasmport_free_owned of
// a std::shared_ptr owner): later inside an import, never after termination;
// a trap in it terminates the module.
function __wasmport_destroy(symbol, arg) {
  if (__wasmport_importState.depth !== 0) __wasmport_freeLater(symbol, arg);
  else if (__wasmport_terminated === null) {
    try {
      __wasmport_wasm[symbol](arg);
    } catch (e) {
      throw __wasmport_trapped(e);
    }
  }
}

// __wasmport_destroy of an object JS owns alone: its class's destructor,
// looked up once (a lookup by name on the exports cost a third of free()).
function __wasmport_destroyOwn(kind, ptr) {
  if (__wasmport_importState.depth !== 0) __wasmport_freeLater(kind.del, ptr);
  else if (__wasmport_terminated === null) {
    let del = kind.wasmDel;
    if (del === null) del = kind.wasmDel = __wasmport_wasm[kind.del];
    try {
      del(ptr);
    } catch (e) {
      throw __wasmport_trapped(e);
    }
  }
}

//@helper cppThrow
// A C++ exception escaped: `what()` becomes the Error's message.
function __wasmport_cppThrow(ptr, len) {
  const error = new __wasmport_Error(__wasmport_decodeString(ptr, len));
  __wasmport_setOwn(error, 'cppException', true);
  __wasmport_terminate(error);
}

//@helper live
// Objects JS owns and has not freed, for leak checks (see track).
const __wasmport_counts = { live: 0, pending: 0 };

//@helper finalizer
// Frees what JS forgot (not in a terminated module); a destructor that
// fails terminates the module instead of raising an uncaughtException.
// The class and its methods are the ones at load, and the methods are own
// properties of each registry (which no export exposes): a page that
// patches FinalizationRegistry.prototype afterwards changes nothing.
const __wasmport_Registry =
  typeof FinalizationRegistry === 'undefined' ? null : FinalizationRegistry;
const __wasmport_registryMethods = __wasmport_Registry === null ? null : {
  register: __wasmport_Registry.prototype.register,
  unregister: __wasmport_Registry.prototype.unregister,
};
function __wasmport_finalizer(deleteSymbol) {
  if (__wasmport_Registry === null)
    return { register() {}, unregister() {} };
  const registry = new __wasmport_Registry((ptr) => {
    __wasmport_counts.live--;
    if (__wasmport_terminated !== null) return;
    try {
      __wasmport_wasm[deleteSymbol](ptr);
    } catch (e) {
      __wasmport_terminateQuietly(e);
    }
  });
  registry.register = __wasmport_registryMethods.register;
  registry.unregister = __wasmport_registryMethods.unregister;
  return registry;
}

//@helper object
// The state of every object of an exported class (docs/Reliability.md,
// "Hostile JS: objects") is held in private fields of __wasmport_Object, a
// class no export and no prototype exposes: JS can neither read nor forge
// it, and the functions its static block defines are the only way in. The
// brand test (`#ptr in o`) runs no user code (a Proxy has no private fields).
//   ptr      the C++ object; 0 once freed or handed over to C++.
//   owner    -1 borrowed (a T& or T* result, C++ owns it), -2 new and not yet
//            registered with its finalizer (see track), 0 registered, > 0 the
//            handle of the std::shared_ptr that owns it.
//   kind     its class (__wasmport_kind): name, destructor, finalizer, bases.
//   borrows  how many running calls use it (as `this`, a borrowed argument,
//            or for a suspended coroutine), + DOOMED once free() waits for
//            them; `doomed` is then the destructor to run.
let __wasmport_stamp, __wasmport_self, __wasmport_objectArg, __wasmport_release,
  __wasmport_free, __wasmport_disown, __wasmport_inspect, __wasmport_ptrOf,
  __wasmport_ownerOf, __wasmport_registerNew;
const __wasmport_owners = __wasmport_finalizer('__wasmport_free_owned');
class __wasmport_Stamp {
  constructor(o) {
    return o;
  }
}
class __wasmport_Object extends __wasmport_Stamp {
  // Written out: the default one (`super(...args)`) iterates its arguments
  // through Array.prototype[Symbol.iterator], which a page can replace.
  constructor(o) {
    super(o);
  }
  #ptr;
  #owner;
  #kind;
  #borrows;
  #doomed;
  static {
    const DOOMED = 0x40000000;
    // o is an object of kind or of a subclass. Calls no built-in JS could
    // patch (Array.prototype.includes would let any class pass for kind).
    const isA = (o, kind) => {
      if (typeof o !== 'object' || o === null || !(#ptr in o)) return false;
      const own = o.#kind;
      if (own === kind) return true;
      const bases = own.bases;
      for (let i = 0; i < bases.length; i++)
        if (bases[i] === kind) return true;
      return false;
    };
    // Makes o a wrapper of ptr; false if it is one already. Tested first,
    // not caught: a try around the `new` keeps V8 from inlining it, which
    // cost a third of `new` + free().
    __wasmport_stamp = (o, ptr, owner, kind) => {
      if (typeof o !== 'object' || o === null || #ptr in o) return false;
      new __wasmport_Object(o);
      o.#ptr = ptr;
      o.#owner = owner;
      o.#kind = kind;
      o.#borrows = 0;
      o.#doomed = null;
      return true;
    };
    // The C++ object behind `this`, borrowed until __wasmport_release.
    __wasmport_self = (o, kind, where) => {
      if (!isA(o, kind)) throw new __wasmport_TypeError(`${where}: 'this' is not a ${kind.name}`);
      const ptr = o.#ptr;
      if (ptr === 0) throw new __wasmport_Error(`${where}: ${kind.name} object used after free()`);
      o.#borrows++;
      return ptr;
    };
    // The C++ object behind an argument, borrowed (unless null: 0, for
    // pointers) until __wasmport_release.
    __wasmport_objectArg = (o, kind, where, param, nullable) => {
      if (nullable && (o === null || o === undefined)) return 0;
      if (!isA(o, kind))
        throw __wasmport_argError(where, param, nullable ? `a ${kind.name} or null` : `a ${kind.name}`, o);
      const ptr = o.#ptr;
      if (ptr === 0)
        throw new __wasmport_Error(`${where}: argument '${param}' is a ${kind.name} object used after free()`);
      o.#borrows++;
      return ptr;
    };
    // The call that borrowed o returned: a free() it deferred happens now.
    __wasmport_release = (o) => {
      if (--o.#borrows === DOOMED) {
        o.#borrows = 0;
        const doomed = o.#doomed;
        o.#doomed = null;
        __wasmport_destroy(doomed[0], doomed[1]);
      }
    };
    // free() and [Symbol.dispose]() of any object of kind (or of a subclass:
    // the object's own class's destructor runs).
    __wasmport_free = (o, kind) => {
      if (!isA(o, kind)) throw new __wasmport_TypeError(`${kind.name}.free: 'this' is not a ${kind.name}`);
      const ptr = o.#ptr;
      if (ptr === 0) return;
      o.#ptr = 0;
      const owner = o.#owner;
      if (owner === -1) return; // borrowed: only detached
      const own = o.#kind;
      let symbol = own.del, arg = ptr;
      if (owner === -2) __wasmport_counts.pending--;
      else __wasmport_counts.live--;
      if (owner === 0) own.registry.unregister(o);
      else if (owner > 0) {
        __wasmport_owners.unregister(o);
        symbol = '__wasmport_free_owned';
        arg = owner;
      }
      if (o.#borrows !== 0) {
        o.#borrows += DOOMED;
        o.#doomed = [symbol, arg];
        return;
      }
      if (owner > 0) __wasmport_destroy(symbol, arg);
      else __wasmport_destroyOwn(own, ptr);
    };
    // What a check says of o as a kind: 'foreign' (not one), 'freed',
    // 'borrowed' (C++ owns it), 'shared', 'inUse' (JS owns it alone, but a
    // running call uses it), 'owned' (JS owns it alone).
    __wasmport_inspect = (o, kind) => {
      if (!isA(o, kind)) return 'foreign';
      if (o.#ptr === 0) return 'freed';
      const owner = o.#owner;
      if (owner === -1) return 'borrowed';
      if (owner > 0) return 'shared';
      return o.#borrows !== 0 ? 'inUse' : 'owned';
    };
    // A std::unique_ptr argument: C++ takes the object over, JS lets go of it.
    __wasmport_disown = (o, kind, where, param) => {
      const state = __wasmport_inspect(o, kind);
      if (state !== 'owned') {
        const expected = __wasmport_consumable(kind.name, state);
        if (where === null)
          throw new __wasmport_TypeError(`a std::unique_ptr<${kind.name}> must be ${expected}, got ${__wasmport_describe(o)}`);
        throw __wasmport_argError(where, param, expected, o);
      }
      const ptr = o.#ptr;
      o.#ptr = 0;
      const owner = o.#owner;
      if (owner === -2) __wasmport_counts.pending--;
      else {
        __wasmport_counts.live--;
        o.#kind.registry.unregister(o);
      }
      return ptr;
    };
    // The address of an object a check accepted (a value struct's field).
    __wasmport_ptrOf = (o) => o.#ptr;
    // The std::shared_ptr owner of an object a check accepted.
    __wasmport_ownerOf = (o) => o.#owner;
    // The end of a new object's job: its finalizer takes it (see track).
    __wasmport_registerNew = (o) => {
      if (o.#owner === -2 && o.#ptr !== 0) {
        o.#owner = 0;
        o.#kind.registry.register(o, o.#ptr, o);
      }
    };
  }
}
// What a std::unique_ptr argument must be, for the state a check found.
function __wasmport_consumable(name, state) {
  if (state === 'inUse') return `a ${name} that no running call uses (it is 'this' or an argument of one)`;
  if (state === 'foreign') return `a ${name} or null`;
  return `a ${name} that JavaScript owns alone (not shared or borrowed)`;
}

//@helper kind
// An exported class for the checks: its name (minifiers rename classes),
// prototype, destructor, finalizer and exported bases.
function __wasmport_kind(cls, name, del, base) {
  return {
    name,
    proto: cls.prototype,
    del,
    registry: __wasmport_finalizer(del),
    wasmDel: null, // the export `del`, once destroyOwn has looked it up
    bases: base === null ? [] : [base, ...base.bases],
  };
}

//@helper init
// A constructor's new object. Only a base class replaced by
// Object.setPrototypeOf can hand it an object that is one already.
function __wasmport_init(obj, ptr, kind) {
  if (!__wasmport_stamp(obj, ptr, -2, kind)) {
    __wasmport_destroy(kind.del, ptr);
    throw new __wasmport_TypeError(`new ${kind.name}: its base class constructor returned an object that is not new`);
  }
  __wasmport_track(obj);
}

//@helper wrap
// A result JS owns (by value, std::unique_ptr).
function __wasmport_wrap(kind, ptr) {
  const obj = __wasmport_create(kind.proto);
  __wasmport_stamp(obj, ptr, -2, kind);
  __wasmport_track(obj);
  return obj;
}
const __wasmport_create = Object.create;

//@helper wrapOrNull
// A std::unique_ptr result: JS owns the object; null stays null.
function __wasmport_wrapOrNull(kind, ptr) {
  return ptr === 0 ? null : __wasmport_wrap(kind, ptr);
}

//@helper wrapShared
// A std::shared_ptr result: `owner` holds one reference.
function __wasmport_wrapShared(kind, ptr, owner) {
  if (ptr === 0) return null;
  const obj = __wasmport_create(kind.proto);
  __wasmport_stamp(obj, ptr, owner, kind);
  __wasmport_counts.live++;
  __wasmport_owners.register(obj, owner, obj);
  return obj;
}

//@helper wrapBorrowed
// A T& or T* result: C++ keeps owning the object.
function __wasmport_wrapBorrowed(kind, ptr) {
  if (ptr === 0) return null;
  const obj = __wasmport_create(kind.proto);
  __wasmport_stamp(obj, ptr, -1, kind);
  return obj;
}

//@helper objectBad
// Checks an exported-class object in a slot (docs/Types.md#ownership).
function __wasmport_objectBad(v, kind, nullable, owned) {
  if (nullable && (v === null || v === undefined)) return undefined;
  const state = __wasmport_inspect(v, kind);
  if (state === 'foreign')
    return __wasmport_bad('', nullable ? `a ${kind.name} or null` : `a ${kind.name}`, v);
  if (state === 'freed') {
    const bad = __wasmport_bad('', kind.name, v);
    bad.freed = true;
    return bad;
  }
  if (owned && state !== 'owned') return __wasmport_bad('', __wasmport_consumable(kind.name, state), v);
  return undefined;
}

//@helper sharedBad
// A std::shared_ptr argument must come from C++ as a std::shared_ptr.
function __wasmport_sharedBad(v, kind) {
  const bad = __wasmport_objectBad(v, kind, true, false);
  if (bad !== undefined || v === null || v === undefined) return bad;
  if (__wasmport_inspect(v, kind) !== 'shared')
    return __wasmport_bad('', `a ${kind.name} received from C++ as a std::shared_ptr`, v);
  return undefined;
}

//@helper derived
// A subclass's constructor tells its base's to make no C++ object.
const __wasmport_derived = Symbol('wasmport.derived');

//@helper argCount
// How many arguments a call passes: trailing undefined ones are left out
// (a default argument's parameter, omitted or undefined).
function __wasmport_argCount(args) {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  return n;
}

//@helper noOverload
// A call that no overload accepts: the TypeError lists the overloads.
function __wasmport_noOverload(fn, overloads, args) {
  let got = '', list = '';
  for (let i = 0; i < args.length; i++)
    got += (i === 0 ? '' : ', ') + __wasmport_describe(args[i]);
  for (let i = 0; i < overloads.length; i++)
    list += (i === 0 ? '' : '; ') + overloads[i];
  return new __wasmport_TypeError(`${fn}: no overload accepts the arguments (${got}); the overloads are: ${list}`);
}

//@helper promises
// Resolvers of the promises C++ coroutines settle (docs/Async.md), through
// built-ins captured at load (docs/Reliability.md#hostile-js-values).
const __wasmport_resolvers = new WeakMap();
const __wasmport_wmGet = Function.prototype.call.bind(WeakMap.prototype.get);
const __wasmport_wmSet = Function.prototype.call.bind(WeakMap.prototype.set);
const __wasmport_wmDelete = Function.prototype.call.bind(WeakMap.prototype.delete);
const __wasmport_Promise = Promise;
const __wasmport_resolve = Promise.resolve.bind(Promise);
const __wasmport_then = Function.prototype.call.bind(Promise.prototype.then);
function __wasmport_promiseThrew(own, e) {
  if (e instanceof __wasmport_trapClass) {
    try {
      __wasmport_terminate(e);
    } catch {}
  }
  const r = __wasmport_wmGet(__wasmport_resolvers, own);
  if (r === undefined) throw e;
  __wasmport_wmDelete(__wasmport_resolvers, own);
  r[1](e);
}

//@helper js_promise_new
function __wasmport_js_promise_new() {
  let resolvers;
  const promise = new __wasmport_Promise((resolve, reject) => {
    resolvers = [resolve, reject];
  });
  __wasmport_wmSet(__wasmport_resolvers, promise, resolvers);
  return __wasmport_addHeap(promise);
}

//@helper js_promise_settle
// Resolves (rejected 0) or rejects (1) promise h with v, taking v's handle.
function __wasmport_js_promise_settle(h, v, rejected) {
  const promise = __wasmport_heap[h];
  const value = __wasmport_takeObject(v);
  const r = __wasmport_wmGet(__wasmport_resolvers, promise);
  if (r === undefined) return;
  __wasmport_wmDelete(__wasmport_resolvers, promise);
  // What the coroutine's call borrowed (hold) is released after the
  // coroutine has finished, before the code awaiting the promise runs.
  for (let i = 2; i < r.length; i++) __wasmport_queueMicrotask(r[i]);
  r[rejected](value);
}

//@helper js_promise_then
// co_await: resumes the waiter once h settles (docs/Async.md#how-it-works).
function __wasmport_js_promise_then(h, waiter, own) {
  const ownPromise = __wasmport_heap[own];
  const resume = (v, rejected) => {
    try {
      __wasmport_wasm.__wasmport_promise_resume(waiter, __wasmport_addHeap(v), rejected);
    } catch (e) {
      __wasmport_promiseThrew(ownPromise, e);
    }
  };
  __wasmport_then(__wasmport_resolve(__wasmport_heap[h]), (v) => resume(v, 0), (e) => resume(e, 1));
}

//@helper js_describe
// How error messages show the value h.
function __wasmport_js_describe(h) {
  __wasmport_returnString(__wasmport_describe(__wasmport_heap[h]));
}

//@helper hold
// A call returning a promise keeps the objects it borrowed (`this`, borrowed
// arguments; null for a null pointer) while the coroutine it started is
// suspended: they cannot be handed to C++, destroyed or finalized until it
// settles (js_promise_settle). Released at once if it settled already.
function __wasmport_hold(promise, objects) {
  const r = promise === undefined ? undefined : __wasmport_wmGet(__wasmport_resolvers, promise);
  const release = () => {
    for (let i = 0; i < objects.length; i++) if (objects[i] !== null) __wasmport_release(objects[i]);
  };
  if (r === undefined) release();
  else r[r.length] = release;
}

//@helper stressMemory
// --stress-memory: each export followed by a memory.grow (docs/Runtime.md),
// through built-ins captured at load, as the rest of the glue.
const __wasmport_stressApply = Reflect.apply;
const __wasmport_stressGrow = Function.prototype.call.bind(WebAssembly.Memory.prototype.grow);
const __wasmport_stressBytes = Function.prototype.call.bind(
    Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get);
const __wasmport_stressBuffer = Function.prototype.call.bind(
    Object.getOwnPropertyDescriptor(WebAssembly.Memory.prototype, 'buffer').get);
function __wasmport_stressMemory(exports) {
  const memory = exports.memory;
  const stressed = Object.create(null);
  for (const [name, value] of Object.entries(exports)) {
    if (typeof value !== 'function') {
      stressed[name] = value;
      continue;
    }
    stressed[name] = (...args) => {
      const result = __wasmport_stressApply(value, undefined, args);
      __wasmport_stressGrow(memory,
          __wasmport_stressBytes(__wasmport_stressBuffer(memory)) < 256 * 65536 ? 1 : 0);
      return result;
    };
  }
  return stressed;
}

//@helper decodeString
const __wasmport_decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const __wasmport_decode = __wasmport_call.bind(TextDecoder.prototype.decode);
// UTF-8 bytes in memory to a JS string; invalid sequences become U+FFFD.
function __wasmport_decodeString(ptr, len) {
  return __wasmport_decode(__wasmport_decoder, __wasmport_subarray(__wasmport_getU8(), ptr, ptr + len));
}

//@helper passString
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

//@helper takeString
// Reads the string a thunk described in the return area and frees its owner.
function __wasmport_takeString() {
  const u32 = __wasmport_getU32();
  const at = __wasmport_retArea >>> 2;
  const ptr = u32[at], len = u32[at + 1], owner = u32[at + 2];
  const s = __wasmport_decodeString(ptr, len);
  if (owner !== 0) __wasmport_wasm.__wasmport_free_string(owner);
  return s;
}

//@helper takeCString
// Like takeString for const char*: a null pointer is null.
function __wasmport_takeCString() {
  const u32 = __wasmport_getU32();
  const at = __wasmport_retArea >>> 2;
  const ptr = u32[at];
  return ptr === 0 ? null : __wasmport_decodeString(ptr, u32[at + 1]);
}

//@helper returnString
// Stores a string returned by a JS import for the C++ side to take.
function __wasmport_returnString(s) {
  const ptr = __wasmport_passString(s, 0);
  __wasmport_argsPassed(); // C++'s now, not an argument's copy.
  const u32 = __wasmport_getU32();
  const at = __wasmport_retArea >>> 2;
  u32[at] = ptr;
  u32[at + 1] = __wasmport_passLen;
  u32[at + 2] = 0;
}

//@helper overrides
// JS subclasses of exported classes (docs/Subclasses.md). Whether the JS
// object `h` (a heap handle) defines `name` on its prototype chain below the
// prototype of the exported class `base`: the base's own methods call C++.
function __wasmport_overrides(h, base, name) {
  const stop = base.prototype;
  for (let p = __wasmport_getPrototypeOf(__wasmport_heap[h]); p !== null && p !== stop;
       p = __wasmport_getPrototypeOf(p))
    if (__wasmport_hasOwn(p, name)) return 1;
  return 0;
}
// C++ called the pure virtual function `name` of `base` on an object whose JS
// class does not define it.
function __wasmport_pureVirtual(h, base, name) {
  const cls = __wasmport_getPrototypeOf(__wasmport_heap[h]).constructor;
  const which = typeof cls === 'function' && cls.name ? ` ${cls.name}` : '';
  __wasmport_importState.depth++;
  throw __wasmport_importThrew(new __wasmport_Error(
    `${base.name}.${name} is a pure virtual function: the JavaScript class${which} extending ${base.name} must define ${name}()`));
}

//@helper endLoan
// An object C++ passed by pointer or reference to a JS function (an import,
// a JS override) is lent for the call: when it returns, the wrapper is
// detached as by free() (C++ keeps owning the object), so a JS object that
// kept it throws "used after free()" instead of reaching freed memory.
function __wasmport_endLoan(o, kind) {
  if (o !== null) __wasmport_free(o, kind);
}

//@helper track
// New objects meet their finalizer in batches (docs/Runtime.md).
// The slots are own data properties from the start (no holes), so writing
// one reaches no setter a page could define on Array.prototype.
const __wasmport_ring = { n: 0, queued: false, slots: new Array(128).fill(undefined) };
function __wasmport_track(obj) {
  const ring = __wasmport_ring;
  let n = ring.n;
  if (n === 128) {
    __wasmport_registerPending();
    n = 0;
  }
  ring.slots[n] = obj;
  ring.n = n + 1;
  __wasmport_counts.pending++;
  if (!ring.queued) {
    ring.queued = true;
    __wasmport_queueMicrotask(__wasmport_endOfJob);
  }
}
function __wasmport_endOfJob() {
  __wasmport_ring.queued = false;
  __wasmport_registerPending();
}
function __wasmport_registerPending() {
  const ring = __wasmport_ring, counts = __wasmport_counts;
  if (counts.pending !== 0) {
    const slots = ring.slots;
    for (let i = 0; i < ring.n; i++) {
      __wasmport_registerNew(slots[i]);
      slots[i] = undefined;
    }
    counts.live += counts.pending;
    counts.pending = 0;
  } else {
    for (let i = 0; i < ring.n; i++) ring.slots[i] = undefined;
  }
  ring.n = 0;
}

//@helper intrinsics
// Built-ins captured when the module loads, so that code patching globals or
// prototypes later (or a subclass's getters, or a Proxy) cannot change what
// the glue reads from a value (docs/Reliability.md#hostile-js-values).
const __wasmport_uncurry = Function.prototype.bind.bind(Function.prototype.call);
const __wasmport_ownDescriptor = Object.getOwnPropertyDescriptor;
function __wasmport_getter(o, k) {
  return __wasmport_uncurry(__wasmport_ownDescriptor(o, k).get);
}
const __wasmport_TypedArray = Object.getPrototypeOf(Uint8Array.prototype);
const __wasmport_taTag = __wasmport_getter(__wasmport_TypedArray, Symbol.toStringTag);
const __wasmport_taLength = __wasmport_getter(__wasmport_TypedArray, 'length');
const __wasmport_taBuffer = __wasmport_getter(__wasmport_TypedArray, 'buffer');
const __wasmport_taByteOffset = __wasmport_getter(__wasmport_TypedArray, 'byteOffset');
const __wasmport_taSet = __wasmport_uncurry(__wasmport_TypedArray.set);
const __wasmport_abByteLength = __wasmport_getter(ArrayBuffer.prototype, 'byteLength');
const __wasmport_abResizable = __wasmport_ownDescriptor(ArrayBuffer.prototype, 'resizable')
    ? __wasmport_getter(ArrayBuffer.prototype, 'resizable') : () => false;
const __wasmport_Uint8Array = Uint8Array;
const __wasmport_Array = Array, __wasmport_isArray = Array.isArray;
const __wasmport_setPrototypeOf = Object.setPrototypeOf, __wasmport_ArrayPrototype = Array.prototype;
const __wasmport_getPrototypeOf = Object.getPrototypeOf;
const __wasmport_hasOwn = __wasmport_uncurry(Object.prototype.hasOwnProperty);
const __wasmport_stringify = JSON.stringify;
const __wasmport_strSlice = __wasmport_uncurry(String.prototype.slice);
// What makes a typed array's buffer unfit to copy: '' (nothing), 'shared',
// 'resizable' (its length could change during the call) or 'detached'.
function __wasmport_bufferProblem(buf) {
  let bytes;
  try {
    bytes = __wasmport_abByteLength(buf); // Throws for a SharedArrayBuffer.
  } catch {
    return 'shared';
  }
  if (__wasmport_abResizable(buf)) return 'resizable';
  if (bytes === 0) {
    try {
      new __wasmport_Uint8Array(buf); // Throws for a detached buffer.
    } catch {
      return 'detached';
    }
  }
  return '';
}

// An array of n elements that the glue fills by index: it has no prototype,
// so no setter a page defines on Array.prototype or Object.prototype (an
// index accessor) sees a store or makes it fail. A checked copy stays so;
// arrayDone gives a result its prototype once it is filled.
function __wasmport_newArray(n) {
  const out = new __wasmport_Array(n);
  __wasmport_setPrototypeOf(out, null);
  return out;
}
function __wasmport_arrayDone(out) {
  __wasmport_setPrototypeOf(out, __wasmport_ArrayPrototype);
  return out;
}

//@helper argCopies
// The wasm memory the call being lowered has allocated for its arguments'
// copies so far (docs/Reliability.md#hostile-js-values): an address from
// __wasmport_alloc, or the negated owner of a number vector. The lowering
// forgets them (argsPassed) when the call takes them over; until then, an
// error copying the next argument, or the next element, frees them all
// (freeArgCopies). Only the glue runs between the first copy and the call
// (no user code, no import), so the list holds one call's copies at most.
// A typed array, so that no patched Array.prototype setter sees a store.
const __wasmport_F64 = Float64Array;
let __wasmport_argCopies = new __wasmport_F64(16), __wasmport_argCopyN = 0;
function __wasmport_argCopy(ptr) {
  if (__wasmport_argCopyN === __wasmport_argCopies.length) {
    const more = new __wasmport_F64(2 * __wasmport_argCopyN);
    for (let i = 0; i < __wasmport_argCopyN; i++) more[i] = __wasmport_argCopies[i];
    __wasmport_argCopies = more;
  }
  __wasmport_argCopies[__wasmport_argCopyN++] = ptr;
  return ptr;
}
function __wasmport_argsPassed() {
  __wasmport_argCopyN = 0;
}
function __wasmport_freeArgCopies() {
  while (__wasmport_argCopyN !== 0) {
    const p = __wasmport_argCopies[--__wasmport_argCopyN];
    if (p < 0) __wasmport_wasm.__wasmport_free_owned(-p);
    else __wasmport_wasm.__wasmport_free(p);
  }
}

//@helper outOfMemory
// The error for memory that does not fit: the call fails, the module works.
// The copies already made for the call's arguments are freed.
function __wasmport_outOfMemory(bytes) {
  __wasmport_freeArgCopies();
  return new __wasmport_RangeError(`wasmport: out of memory: cannot copy ${bytes} bytes of arguments into wasm memory`);
}

//@helper allocArg
// Memory for an argument's copy from __wasmport_alloc (0 when malloc fails),
// freed by the thunk once the call has it (argCopies); allocBytes is the same
// for memory that is not an argument's copy (freed by its caller).
function __wasmport_allocBytes(bytes) {
  if (!(bytes <= 0xffffffff)) throw __wasmport_outOfMemory(bytes); // wasm would wrap it
  const ptr = __wasmport_wasm.__wasmport_alloc(bytes);
  if (ptr === 0) throw __wasmport_outOfMemory(bytes);
  return ptr;
}
function __wasmport_allocArg(bytes) {
  return __wasmport_argCopy(__wasmport_allocBytes(bytes));
}

//@helper bad
// A failed slot check: check functions return __wasmport_BAD, which no JS
// value is, and leave the record (path in the argument ('.x', '[3]'),
// expected, value) in __wasmport_lastBad.
const __wasmport_BAD = Symbol('wasmport: bad value');
let __wasmport_lastBad = null;
function __wasmport_bad(path, expected, value) {
  return { path, expected, value, freed: false, range: false, threw: false };
}
function __wasmport_fail(bad) {
  __wasmport_lastBad = bad;
  return __wasmport_BAD;
}
function __wasmport_nest(prefix) {
  __wasmport_lastBad.path = prefix + __wasmport_lastBad.path;
  return __wasmport_BAD;
}
// Reading v threw e (a revoked Proxy, a throwing trap or getter).
function __wasmport_threw(path, e) {
  const bad = __wasmport_bad(path, '', e);
  bad.threw = true;
  return __wasmport_fail(bad);
}

//@helper field
// A value struct's field, read once: an own data property's value, else
// undefined (docs/Types.md); an own getter is not run.
function __wasmport_field(v, name) {
  let d;
  try {
    d = __wasmport_ownDescriptor(v, name);
  } catch (e) {
    return __wasmport_threw('.' + name, e);
  }
  if (d === undefined) return undefined;
  if (__wasmport_hasOwn(d, 'value')) return d.value;
  return __wasmport_fail(__wasmport_bad('.' + name, 'an own data property (not a getter)',
                                        __wasmport_hasOwn(d, 'get') ? d.get : undefined));
}

//@helper arrayLength
// An array's length, read once (a Proxy's trap runs once), or BAD; `stride`
// bytes an element must fit in memory.
function __wasmport_arrayLength(v, stride, expected) {
  let n;
  try {
    if (!__wasmport_isArray(v)) return __wasmport_fail(__wasmport_bad('', expected, v));
    n = v.length;
  } catch (e) {
    return __wasmport_threw('', e);
  }
  if (typeof n !== 'number' || (n >>> 0) !== n)
    return __wasmport_fail(__wasmport_bad('', expected + ' with a valid length', v));
  if (n * stride > 0xffffffff) { // More than wasm32's memory can hold.
    const bad = __wasmport_bad('', `an array of at most ${(0xffffffff - 0xffffffff % stride) / stride} elements`, v);
    bad.range = true;
    return __wasmport_fail(bad);
  }
  return n;
}
// Element i, read once.
function __wasmport_element(v, i) {
  try {
    return v[i];
  } catch (e) {
    return __wasmport_threw(`[${i}]`, e);
  }
}

//@helper typedLength
// A typed array's length through the intrinsic getters (a subclass's `length`
// is not read), or -1: not a `tag` array, or a buffer unfit to copy.
function __wasmport_typedLength(v, tag) {
  if (__wasmport_taTag(v) !== tag || __wasmport_bufferProblem(__wasmport_taBuffer(v)) !== '')
    return -1;
  return __wasmport_taLength(v);
}

//@helper typedCopy
// A typed array in a slot, checked and copied once (its bytes), or BAD.
function __wasmport_typedCopy(v, tag, bpe, expected) {
  const n = __wasmport_typedLength(v, tag);
  if (n < 0) return __wasmport_fail(__wasmport_bad('', expected, v));
  const out = new __wasmport_Uint8Array(n * bpe);
  if (n !== 0)
    __wasmport_taSet(out, new __wasmport_Uint8Array(__wasmport_taBuffer(v), __wasmport_taByteOffset(v), n * bpe));
  return out;
}

//@helper badArg
// The error for an argument whose check failed with `bad`.
function __wasmport_badArg(fn, param, bad) {
  // A map's or set's position (' key 3') follows the quoted path.
  const p = bad.path;
  let q = 0;
  while (q < p.length && p[q] !== ' ') q++;
  const at = `${fn}: argument '${param}${__wasmport_strSlice(p, 0, q)}'${__wasmport_strSlice(p, q)}`;
  if (bad.freed) return new __wasmport_Error(`${at} is a ${bad.expected} object used after free()`);
  if (bad.threw)
    return new __wasmport_TypeError(`${at} could not be read: reading it threw ${__wasmport_describe(bad.value)}`,
                         { cause: bad.value });
  const type = bad.range ? __wasmport_RangeError : __wasmport_TypeError;
  return new type(`${at} must be ${bad.expected}, got ${__wasmport_describe(bad.value)}`);
}

//@helper badResult
// The error for an import's result whose check failed with `bad`: as
// badArg's, naming the import and the place inside the result.
function __wasmport_badResult(fn, bad) {
  if (bad.freed) return new __wasmport_Error(`${fn}: its result${bad.path} is a ${bad.expected} object used after free()`);
  if (bad.threw)
    return new __wasmport_TypeError(`${fn}: its result${bad.path} could not be read: reading it threw ${__wasmport_describe(bad.value)}`,
                         { cause: bad.value });
  const type = bad.range ? __wasmport_RangeError : __wasmport_TypeError;
  if (bad.path === '') return new type(`${fn} must return ${bad.expected}, got ${__wasmport_describe(bad.value)}`);
  return new type(`${fn}: its result${bad.path} must be ${bad.expected}, got ${__wasmport_describe(bad.value)}`);
}

//@helper takeSlot
// An import's argument in the slot C++ made for it (wire::give): read, then
// the slot freed.
function __wasmport_takeSlot(read, at) {
  const v = read(at);
  __wasmport_wasm.__wasmport_free(at);
  return v;
}

//@helper passTyped
// Copies `bytes` bytes of a checked typed array (typedLength) into memory
// from __wasmport_alloc, once, through the intrinsics.
function __wasmport_passTyped(v, bytes) {
  const ptr = __wasmport_allocArg(bytes);
  if (bytes !== 0) __wasmport_copyIn(v, bytes, ptr);
  return ptr;
}
function __wasmport_copyIn(v, bytes, ptr) {
  try {
    __wasmport_taSet(__wasmport_getU8(), new __wasmport_Uint8Array(
        __wasmport_taBuffer(v), __wasmport_taByteOffset(v), bytes), ptr);
  } catch (e) {
    // A view of wasm memory itself, detached when the allocation grew it:
    // this copy (ptr) and the call's earlier ones are freed.
    __wasmport_freeArgCopies();
    throw new __wasmport_TypeError('wasmport: a typed array argument was detached while it was copied');
  }
}

//@helper passVector
// A number vector argument of n elements (`bytes` bytes), written into a C++
// vector (docs/Types.md); 0 from `make` is out of memory.
function __wasmport_passVector(v, n, bytes, make) {
  if (!(bytes <= 0xffffffff)) throw __wasmport_outOfMemory(bytes);
  const owner = make(n);
  if (owner === 0) throw __wasmport_outOfMemory(bytes);
  __wasmport_argCopy(-owner);
  if (bytes !== 0) {
    const ptr = __wasmport_getU32()[(__wasmport_retArea >>> 2)];
    try {
      __wasmport_taSet(__wasmport_getU8(), new __wasmport_Uint8Array(
          __wasmport_taBuffer(v), __wasmport_taByteOffset(v), bytes), ptr);
    } catch (e) {
      __wasmport_freeArgCopies();
      throw new __wasmport_TypeError('wasmport: a typed array argument was detached while it was copied');
    }
  }
  return owner;
}

//@helper spanBack
// After a call taking std::span<T>: copies the `bytes` bytes copied in back
// into the JS array (docs/Types.md), none if it was detached meanwhile.
function __wasmport_spanBack(v, ptr, bytes) {
  if (__wasmport_terminated !== null) return;
  try {
    if (bytes !== 0 && __wasmport_taLength(v) !== 0)
      __wasmport_taSet(
          new __wasmport_Uint8Array(__wasmport_taBuffer(v), __wasmport_taByteOffset(v), bytes),
          new __wasmport_Uint8Array(__wasmport_memBuffer(__wasmport_wasm.memory), ptr, bytes));
  } finally {
    __wasmport_wasm.__wasmport_free(ptr);
  }
}

//@helper copyOut
// len elements of `type` (a captured constructor: __wasmport_Int32Array) at
// ptr, copied into a new array through the intrinsic `set` (a patched
// %TypedArray%.prototype.slice or species would be handed memory).
function __wasmport_copyOut(type, ptr, len) {
  const out = new type(len);
  if (len !== 0) __wasmport_taSet(out, new type(__wasmport_memBuffer(__wasmport_wasm.memory), ptr, len));
  return out;
}

//@helper takeTyped
// A number vector result, copied once into a new typed array (docs/Types.md).
function __wasmport_takeTyped(type) {
  const u32 = __wasmport_getU32();
  const at = __wasmport_retArea >>> 2;
  const ptr = u32[at], len = u32[at + 1], owner = u32[at + 2];
  const out = __wasmport_copyOut(type, ptr, len);
  __wasmport_wasm.__wasmport_free_owned(owner);
  return out;
}

//@helper spanCopy
// A std::span result: a copy of memory C++ owns.
function __wasmport_spanCopy(type) {
  const u32 = __wasmport_getU32();
  const at = __wasmport_retArea >>> 2;
  return __wasmport_copyOut(type, u32[at], u32[at + 1]);
}

//@helper spanView
// A std::span result with --zero-copy-spans: a view of memory (docs/Types.md).
function __wasmport_spanView(type) {
  const u32 = __wasmport_getU32();
  const at = __wasmport_retArea >>> 2;
  return new type(__wasmport_memBuffer(__wasmport_wasm.memory), u32[at], u32[at + 1]);
}

//@helper writeTyped
// A number vector in a slot, from its checked copy (typedCopy): (ptr, len).
function __wasmport_writeTyped(at, bytes, bpe) {
  const n = __wasmport_taLength(bytes);
  const ptr = __wasmport_allocArg(n);
  __wasmport_taSet(__wasmport_getU8(), bytes, ptr);
  const dv = __wasmport_getDataView();
  __wasmport_dvSetUint32(dv, at, ptr, true);
  __wasmport_dvSetUint32(dv, at + 4, n / bpe, true);
}

//@helper readTyped
function __wasmport_readTyped(at, type) {
  const dv = __wasmport_getDataView();
  const ptr = __wasmport_dvGetUint32(dv, at, true), len = __wasmport_dvGetUint32(dv, at + 4, true);
  const out = __wasmport_copyOut(type, ptr, len);
  __wasmport_wasm.__wasmport_free(ptr);
  return out;
}

//@helper writeString
// A std::string in a slot: (ptr, len).
function __wasmport_writeString(at, s) {
  const ptr = __wasmport_passString(s, 0);
  const dv = __wasmport_getDataView();
  __wasmport_dvSetUint32(dv, at, ptr, true);
  __wasmport_dvSetUint32(dv, at + 4, __wasmport_passLen, true);
}

//@helper readString
function __wasmport_readString(at) {
  const dv = __wasmport_getDataView();
  const ptr = __wasmport_dvGetUint32(dv, at, true);
  const s = __wasmport_decodeString(ptr, __wasmport_dvGetUint32(dv, at + 4, true));
  __wasmport_wasm.__wasmport_free(ptr);
  return s;
}

//@helper sharedOwner
// The owner a std::shared_ptr result left in the return area.
function __wasmport_sharedOwner() {
  return __wasmport_getU32()[(__wasmport_retArea >>> 2) + 2];
}

//@helper enumFromWire
// A string-valued enum's string for C++'s value; unnamed values throw.
function __wasmport_enumFromWire(fromWire, name, v) {
  const s = fromWire(v);
  if (s === undefined) throw new __wasmport_Error(`C++ returned ${v}, which is not a ${name} value`);
  return s;
}

//@helper collections
// Maps and sets (docs/Types.md "Maps and sets"): read through the built-ins
// captured here, so that a patched Map.prototype or a subclass cannot change
// what the glue reads or makes.
const __wasmport_Map = Map, __wasmport_Set = Set;
const __wasmport_mapSize = __wasmport_getter(Map.prototype, 'size');
const __wasmport_mapForEach = __wasmport_uncurry(Map.prototype.forEach);
const __wasmport_setSize = __wasmport_getter(Set.prototype, 'size');
const __wasmport_setForEach = __wasmport_uncurry(Set.prototype.forEach);
const __wasmport_setAdd = __wasmport_uncurry(Set.prototype.add);
const __wasmport_keys = Object.keys, __wasmport_ObjectPrototype = Object.prototype;
// The size of the Map (or Set: `size` is its getter) v, or -1 when v is none.
function __wasmport_sizeOf(size, v) {
  try {
    return size(v);
  } catch {
    return -1;
  }
}
// Whether n entries of `stride` bytes fit wasm32's memory; else BAD.
function __wasmport_fitCount(n, stride, v) {
  if (n * stride <= 0xffffffff) return n;
  const bad = __wasmport_bad('', `at most ${(0xffffffff - 0xffffffff % stride) / stride} entries`, v);
  bad.range = true;
  return __wasmport_fail(bad);
}
// A Map's entries as [key0, value0, key1, value1, ...], read once; with
// `objects`, also a plain object's (prototype Object.prototype or null) own
// enumerable string-keyed data properties. Else BAD.
function __wasmport_mapEntries(v, stride, expected, objects) {
  try {
    const size = __wasmport_sizeOf(__wasmport_mapSize, v);
    if (size >= 0) {
      if (__wasmport_fitCount(size, stride, v) === __wasmport_BAD) return __wasmport_BAD;
      const out = __wasmport_newArray(2 * size);
      let n = 0;
      __wasmport_mapForEach(v, (x, k) => {
        out[n++] = k;
        out[n++] = x;
      });
      return out;
    }
    if (objects && v !== null && typeof v === 'object' && !__wasmport_isArray(v)) {
      const proto = __wasmport_getPrototypeOf(v);
      if (proto === __wasmport_ObjectPrototype || proto === null) {
        const keys = __wasmport_keys(v), m = keys.length;
        if (__wasmport_fitCount(m, stride, v) === __wasmport_BAD) return __wasmport_BAD;
        const out = __wasmport_newArray(2 * m);
        for (let i = 0; i < m; i++) {
          const d = __wasmport_ownDescriptor(v, keys[i]);
          if (d !== undefined && !__wasmport_hasOwn(d, 'value'))
            return __wasmport_fail(__wasmport_bad(` value ${i}`, 'an own data property (not a getter)',
                                                  __wasmport_hasOwn(d, 'get') ? d.get : undefined));
          out[2 * i] = keys[i];
          out[2 * i + 1] = d === undefined ? undefined : d.value;
        }
        return out;
      }
    }
  } catch (e) {
    return __wasmport_threw('', e);
  }
  return __wasmport_fail(__wasmport_bad('', expected, v));
}
// A Set's or an array's elements, read once, or BAD.
function __wasmport_setElements(v, stride, expected) {
  try {
    const size = __wasmport_sizeOf(__wasmport_setSize, v);
    if (size >= 0) {
      if (__wasmport_fitCount(size, stride, v) === __wasmport_BAD) return __wasmport_BAD;
      const out = __wasmport_newArray(size);
      let n = 0;
      __wasmport_setForEach(v, (x) => {
        out[n++] = x;
      });
      return out;
    }
    if (__wasmport_isArray(v)) {
      const m = v.length;
      if (typeof m !== 'number' || (m >>> 0) !== m)
        return __wasmport_fail(__wasmport_bad('', expected, v));
      if (__wasmport_fitCount(m, stride, v) === __wasmport_BAD) return __wasmport_BAD;
      const out = __wasmport_newArray(m);
      for (let i = 0; i < m; i++) out[i] = v[i];
      return out;
    }
  } catch (e) {
    return __wasmport_threw('', e);
  }
  return __wasmport_fail(__wasmport_bad('', expected, v));
}

//@helper wasi_fd_write
// stdout and stderr reach console.log and console.error a line at a time.
const __wasmport_stdio = [, { decoder: new TextDecoder(), line: '' }, { decoder: new TextDecoder(), line: '' }];
function __wasmport_wasi_fd_write(fd, iovs, iovsLen, nwritten) {
  if (fd !== 1 && fd !== 2) return 8; // EBADF
  const u8 = __wasmport_getU8(), u32 = __wasmport_getU32(), out = __wasmport_stdio[fd];
  let total = 0;
  for (let i = iovs >>> 2, end = i + 2 * iovsLen; i < end; i += 2) {
    const ptr = u32[i], len = u32[i + 1];
    out.line += out.decoder.decode(u8.subarray(ptr, ptr + len), { stream: true });
    total += len;
  }
  u32[nwritten >>> 2] = total;
  const lines = out.line.split('\n');
  out.line = lines.pop();
  for (const line of lines) fd === 1 ? console.log(line) : console.error(line);
  return 0;
}

//@helper wasi_fd_read
// Standard input is empty.
function __wasmport_wasi_fd_read(fd, iovs, iovsLen, nread) {
  if (fd !== 0) return 8; // EBADF
  __wasmport_dvSetUint32(__wasmport_getDataView(), nread, 0, true);
  return 0;
}

//@helper wasi_fd_fdstat_get
function __wasmport_wasi_fd_fdstat_get(fd, stat) {
  if (fd > 2) return 8; // EBADF
  const dv = __wasmport_getDataView();
  __wasmport_dvSetUint8(dv, stat, 2); // CHARACTER_DEVICE
  __wasmport_dvSetUint16(dv, stat + 2, 0, true);
  __wasmport_dvSetBigUint64(dv, stat + 8, 0n, true); // no seek/tell: a terminal
  __wasmport_dvSetBigUint64(dv, stat + 16, 0n, true);
  return 0;
}

//@helper wasi_fd_close
function __wasmport_wasi_fd_close(fd) {
  return fd <= 2 ? 0 : 8;
}

//@helper wasi_fd_seek
function __wasmport_wasi_fd_seek(fd, offset, whence, newOffset) {
  return fd <= 2 ? 70 : 8; // ESPIPE, EBADF
}

//@helper wasi_fd_prestat_get
function __wasmport_wasi_fd_prestat_get(fd, prestat) {
  return 8; // EBADF: no preopened directories
}

//@helper wasi_proc_exit
// exit() terminates the module.
function __wasmport_wasi_proc_exit(code) {
  const e = new __wasmport_Error(`wasm module called exit(${code})`);
  e.exitCode = code;
  __wasmport_terminate(e);
}

//@helper wasi_clock_time_get
function __wasmport_wasi_clock_time_get(id, precision, time) {
  let ns;
  if (id === 0) ns = BigInt(Date.now()) * 1000000n;
  else if (id === 1 || id === 2 || id === 3)
    ns = BigInt(Math.round(performance.now() * 1e6));
  else return 28; // EINVAL
  __wasmport_dvSetBigUint64(__wasmport_getDataView(), time, ns, true);
  return 0;
}

//@helper wasi_clock_res_get
function __wasmport_wasi_clock_res_get(id, res) {
  __wasmport_dvSetBigUint64(__wasmport_getDataView(), res, 1000n, true);
  return 0;
}

//@helper wasi_random_get
function __wasmport_wasi_random_get(buf, len) {
  const u8 = __wasmport_getU8();
  for (let at = 0; at < len; at += 65536)
    globalThis.crypto.getRandomValues(u8.subarray(buf + at, buf + Math.min(len, at + 65536)));
  return 0;
}

//@helper wasi_sizes_get
// No environment variables and no arguments.
function __wasmport_wasi_sizes_get(count, size) {
  const dv = __wasmport_getDataView();
  __wasmport_dvSetUint32(dv, count, 0, true);
  __wasmport_dvSetUint32(dv, size, 0, true);
  return 0;
}

//@helper wasi_get
function __wasmport_wasi_get(list, buf) {
  return 0;
}

//@helper wasi_sched_yield
function __wasmport_wasi_sched_yield() {
  return 0;
}

//@helper wasi_nosys
function __wasmport_wasi_nosys() {
  return 52; // ENOSYS
}

