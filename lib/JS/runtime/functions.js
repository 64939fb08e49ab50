//@helper cppFunction requires builtins heap getU32 takeThrown argError trapped importDepth decodeString allocArg
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

//@helper js_closure requires cppFunction
function __wasmport_js_closure(invoker, data, arity, wherePtr, whereLen, owned) {
  const s = {
    invoker, data, arity, owned: owned !== 0, wherePtr, whereLen,
    where: owned !== 0 ? __wasmport_decodeString(wherePtr, whereLen) : null,
  };
  const h = __wasmport_addHeapSlot((...args) => __wasmport_callCpp(s, args));
  __wasmport_mapSet(__wasmport_cppStates, h, s);
  return h;
}

//@helper js_closure_end requires cppFunction
function __wasmport_js_closure_end(h) {
  __wasmport_mapGet(__wasmport_cppStates, h).data = 0;
  __wasmport_mapDelete(__wasmport_cppStates, h);
  __wasmport_dropObject(h);
}

//@helper js_arg_failure requires cppFunction
function __wasmport_js_arg_failure(index, ptr, len, v) {
  return __wasmport_addHeapSlot(new __wasmport_CppArgFailure(
      index, __wasmport_decodeString(ptr, len), __wasmport_heap[v]));
}

//@helper js_result_error requires heap decodeString resultError
function __wasmport_js_result_error(wherePtr, whereLen, expectedPtr, expectedLen, v) {
  return __wasmport_addHeapSlot(__wasmport_resultError(
      __wasmport_decodeString(wherePtr, whereLen),
      __wasmport_decodeString(expectedPtr, expectedLen), __wasmport_heap[v]));
}
