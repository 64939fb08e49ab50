//@helper terminate
// After an uncaught C++ exception or exit() the module's state cannot be
// trusted: the call that got there throws `error`, and every later call
// throws "wasm module terminated".
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
// A trap (abort(), __builtin_trap(), an out-of-bounds access, an integer
// division by zero) stops C++ half-way through whatever it was changing: the
// call throws the WebAssembly.RuntimeError and terminates the module, so
// every later call throws "wasm module terminated". Anything else (a JS
// exception an import threw) passes through unchanged.
function __wasmport_trapped(e) {
  if (e instanceof WebAssembly.RuntimeError) __wasmport_terminate(e);
  return e;
}

//@helper importDepth
// How many imports are running: above 0, C++ frames are below the JS code.
// A property of a constant object because V8 checks a module-level `let`
// for its temporal dead zone at every access, which made the count a fifth
// of an int import's cost.
const __wasmport_importState = { depth: 0 };

//@helper importGuard requires terminate importDepth
// A JS exception leaving an import abandons the C++ frames below it without
// running their epilogues, which would have restored wasm's shadow stack
// pointer. When it leaves the outermost import, no C++ frame survives it:
// the pointer goes back to where it starts. (An exception caught by JS in an
// outer import still leaks the inner frames' stack.)
let __wasmport_stackTop = 0;
// Called once per import an exception leaves, innermost first.
function __wasmport_importThrew(e) {
  if (--__wasmport_importState.depth === 0 && __wasmport_terminated === null)
    __wasmport_wasm.__wasmport_stack_set(__wasmport_stackTop);
  return e;
}

//@helper freeLater requires importDepth terminate
// free() inside an import: the method running on the object, or a C++ frame
// holding a reference to it, may still use the C++ object. The JS object is
// detached at once (later use throws); the C++ object is destroyed from a
// microtask, which runs only after the call into wasm has returned.
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
// Objects JS owns that are not freed yet, for leak checks (a property: a
// module-level `let` costs a temporal-dead-zone check at every access).
const __wasmport_counts = { live: 0 };

//@helper finalizer requires live terminate
// Frees what JS forgot; without FinalizationRegistry, only free() does.
// Nothing is freed in a terminated module.
function __wasmport_finalizer(deleteSymbol) {
  if (typeof FinalizationRegistry === 'undefined')
    return { register() {}, unregister() {} };
  return new FinalizationRegistry((ptr) => {
    __wasmport_counts.live--;
    if (__wasmport_terminated === null) __wasmport_wasm[deleteSymbol](ptr);
  });
}

//@helper self
// The C++ object behind `this` of a method. Messages name the class by
// `name`, not `cls.name`, which a minifier may have renamed.
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

//@helper owners requires live terminate
// Objects JS holds through a std::shared_ptr (or a std::vector it owns):
// the owner is a wire::Owned that __wasmport_free_owned deletes.
const __wasmport_owners = typeof FinalizationRegistry === 'undefined'
  ? { register() {}, unregister() {} }
  : new FinalizationRegistry((owner) => {
      __wasmport_counts.live--;
      if (__wasmport_terminated === null) __wasmport_wasm.__wasmport_free_owned(owner);
    });

//@helper wrapOrNull
// A std::unique_ptr result: JS owns the object; null stays null.
function __wasmport_wrapOrNull(cls, ptr) {
  return ptr === 0 ? null : cls.__wasmport_wrap(ptr);
}

//@helper wrapShared requires owners
// A std::shared_ptr result: the JS object holds one reference, `owner`,
// which free() or the finalizer drops.
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
// A T& or T* result: C++ keeps owning the object. free() only detaches the
// wrapper; using it after C++ destroyed the object is undefined behaviour.
function __wasmport_wrapBorrowed(cls, ptr) {
  if (ptr === 0) return null;
  const obj = Object.create(cls.prototype);
  obj.__wasmport_ptr = ptr;
  obj.__wasmport_owner = -1;
  return obj;
}
//@helper derived
// Passed by a subclass's constructor to its base's: the base makes no C++
// object, the subclass's thunk made one already.
const __wasmport_derived = Symbol('wasmport.derived');
