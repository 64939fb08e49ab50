//@helper heap requires builtins
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

//@helper jsThrew requires heap getU32 importDepth
// Stores a JS exception for C++ in the return area (docs/JsValue.md).
function __wasmport_jsThrew(e) {
  __wasmport_getU32()[(__wasmport_retArea >>> 2) + WASMPORT_RET_EXCEPTION] = __wasmport_addHeapSlot(e);
  return 0;
}

//@helper takeThrown requires heap getU32
// Takes the exception C++ left for JS in the return area's Exception field.
function __wasmport_takeThrown() {
  const u32 = __wasmport_getU32();
  const at = (__wasmport_retArea >>> 2) + WASMPORT_RET_EXCEPTION;
  const e = __wasmport_takeObject(u32[at]);
  u32[at] = 0;
  return e;
}

//@helper jsArgs requires heap getU32
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

//@helper js_clone requires heap
function __wasmport_js_clone(h) {
  return __wasmport_addHeap(__wasmport_heap[h]);
}

//@helper js_drop requires heap
const __wasmport_js_drop = __wasmport_dropObject;

//@helper js_number requires heap
const __wasmport_js_number = __wasmport_addHeap;

//@helper js_bigint requires heap
const __wasmport_js_bigint = __wasmport_addHeap;

//@helper js_string requires heap decodeString
function __wasmport_js_string(ptr, len) {
  return __wasmport_addHeap(__wasmport_decodeString(ptr, len));
}

//@helper js_global requires heap decodeString
function __wasmport_js_global(ptr, len) {
  return __wasmport_addHeap(globalThis[__wasmport_decodeString(ptr, len)]);
}

//@helper js_object requires heap
function __wasmport_js_object() {
  return __wasmport_addHeap({});
}

//@helper js_array requires heap
function __wasmport_js_array() {
  return __wasmport_addHeap([]);
}

//@helper js_type requires heap
// wasmport::JsType.
const __wasmport_jsTypes = {
  undefined: 0, boolean: 2, number: 3, string: 4, bigint: 5, symbol: 6, function: 7, object: 8,
};
function __wasmport_js_type(h) {
  const v = __wasmport_heap[h];
  return v === null ? 1 : __wasmport_jsTypes[typeof v];
}

//@helper js_number_of requires heap
function __wasmport_js_number_of(h) {
  return __wasmport_heap[h];
}

//@helper js_bigint_of requires heap builtins
function __wasmport_js_bigint_of(h) {
  return __wasmport_asIntN(64, __wasmport_heap[h]);
}

//@helper js_string_of requires heap returnString
function __wasmport_js_string_of(h) {
  __wasmport_returnString(__wasmport_heap[h]);
}

//@helper js_message requires heap returnString builtins
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

//@helper js_get requires jsThrew
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

//@helper js_set requires jsThrew
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

//@helper js_call requires jsThrew jsArgs
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

//@helper js_call_numbers requires heap jsThrew getU32 importDepth
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

//@helper js_call_method requires jsThrew jsArgs
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

//@helper js_new requires jsThrew jsArgs
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

//@helper js_instanceof requires jsThrew
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

//@helper js_equals requires heap
function __wasmport_js_equals(a, b) {
  return __wasmport_heap[a] === __wasmport_heap[b] ? 1 : 0;
}

//@helper js_error requires heap decodeString builtins
function __wasmport_js_error(ptr, len) {
  return __wasmport_addHeap(new __wasmport_Error(__wasmport_decodeString(ptr, len)));
}

//@helper js_rethrow requires heap importGuard
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

//@helper js_exception requires heap
// A wasmport::JsError leaving an export: its value, as a new handle.
function __wasmport_js_exception(h) {
  return __wasmport_addHeapSlot(__wasmport_heap[h]);
}

//@helper js_cpp_error requires heap decodeString builtins
// Another C++ exception leaving an export: an Error as cppThrow makes.
function __wasmport_js_cpp_error(ptr, len) {
  const error = new __wasmport_Error(__wasmport_decodeString(ptr, len));
  __wasmport_setOwn(error, 'cppException', true);
  return __wasmport_addHeapSlot(error);
}
