//@helper terminate
// After a C++ exception, exit() or a trap, every later call throws.
let __wasmport_terminated = null;
function __wasmport_terminate(error) {
  if (__wasmport_terminated === null) {
    __wasmport_terminated = error;
    __wasmport_wasm = new Proxy(Object.create(null), {
      get() {
        throw new Error(`wasm module terminated: ${error.message}`);
      },
    });
  }
  throw error;
}

//@helper trapped requires terminate
// A trap terminates the module; a JS exception from an import passes.
function __wasmport_trapped(e) {
  if (e instanceof WebAssembly.RuntimeError) __wasmport_terminate(e);
  return e;
}

//@helper importDepth
// How many imports are running (a property: no TDZ check as for a `let`).
const __wasmport_importState = { depth: 0 };

//@helper importGuard requires terminate importDepth
// A JS exception leaving the outermost import resets the shadow stack.
let __wasmport_stackTop = 0;
function __wasmport_importThrew(e) {
  if (--__wasmport_importState.depth === 0 && __wasmport_terminated === null)
    __wasmport_wasm.__wasmport_stack_set(__wasmport_stackTop);
  return e;
}

//@helper freeLater requires importDepth terminate
// free() inside an import: the C++ object is destroyed after the call.
const __wasmport_later = [];
function __wasmport_freeLater(symbol, ptr) {
  if (__wasmport_later.length === 0) queueMicrotask(__wasmport_freeDeferred);
  __wasmport_later.push(symbol, ptr);
}
function __wasmport_freeDeferred() {
  const later = __wasmport_later.splice(0);
  if (__wasmport_terminated !== null) return;
  for (let i = 0; i < later.length; i += 2) __wasmport_wasm[later[i]](later[i + 1]);
}

//@helper cppThrow requires terminate decodeString
// A C++ exception escaped: `what()` becomes the Error's message.
function __wasmport_cppThrow(ptr, len) {
  const error = new Error(__wasmport_decodeString(ptr, len));
  error.cppException = true;
  __wasmport_terminate(error);
}

//@helper live
// Objects JS owns and has not freed, for leak checks (see track).
const __wasmport_counts = { live: 0, pending: 0 };

//@helper finalizer requires live terminate
// Frees what JS forgot (not in a terminated module).
function __wasmport_finalizer(deleteSymbol) {
  if (typeof FinalizationRegistry === 'undefined')
    return { register() {}, unregister() {} };
  return new FinalizationRegistry((ptr) => {
    __wasmport_counts.live--;
    if (__wasmport_terminated === null) __wasmport_wasm[deleteSymbol](ptr);
  });
}

//@helper self
// The C++ object behind `this` (`name`: minifiers rename classes).
function __wasmport_self(obj, cls, name, where) {
  if (!(obj instanceof cls))
    throw new TypeError(`${where}: 'this' is not a ${name}`);
  const ptr = obj.__wasmport_ptr;
  if (!ptr) throw new Error(`${where}: ${name} object used after free()`);
  return ptr;
}

//@helper objectArg requires argError
// The C++ object behind an argument; nullable for pointers (null → 0).
function __wasmport_objectArg(obj, cls, name, where, param, nullable) {
  if (nullable && (obj === null || obj === undefined)) return 0;
  if (!(obj instanceof cls))
    throw __wasmport_argError(where, param, nullable ? `a ${name} or null` : `a ${name}`, obj);
  const ptr = obj.__wasmport_ptr;
  if (!ptr)
    throw new Error(`${where}: argument '${param}' is a ${name} object used after free()`);
  return ptr;
}

//@helper owners requires finalizer
// Objects JS holds through an owner that __wasmport_free_owned deletes.
const __wasmport_owners = __wasmport_finalizer('__wasmport_free_owned');

//@helper wrapOrNull
// A std::unique_ptr result: JS owns the object; null stays null.
function __wasmport_wrapOrNull(cls, ptr) {
  return ptr === 0 ? null : cls.__wasmport_wrap(ptr);
}

//@helper wrapShared requires owners
// A std::shared_ptr result: `owner` holds one reference.
function __wasmport_wrapShared(cls, ptr, owner) {
  if (ptr === 0) return null;
  const obj = Object.create(cls.prototype);
  obj.__wasmport_ptr = ptr;
  obj.__wasmport_owner = owner;
  __wasmport_counts.live++;
  __wasmport_owners.register(obj, owner, obj);
  return obj;
}

//@helper wrapBorrowed
// A T& or T* result: C++ keeps owning the object.
function __wasmport_wrapBorrowed(cls, ptr) {
  if (ptr === 0) return null;
  const obj = Object.create(cls.prototype);
  obj.__wasmport_ptr = ptr;
  obj.__wasmport_owner = -1;
  return obj;
}
//@helper derived
// A subclass's constructor tells its base's to make no C++ object.
const __wasmport_derived = Symbol('wasmport.derived');
