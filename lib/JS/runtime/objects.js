//@helper terminate requires builtins
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

//@helper trapped requires terminate
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

//@helper importGuard requires terminate importDepth
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

//@helper freeLater requires importDepth terminate builtins
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

//@helper destroy requires freeLater trapped
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

//@helper cppThrow requires terminate decodeString builtins
// A C++ exception escaped: `what()` becomes the Error's message.
function __wasmport_cppThrow(ptr, len) {
  const error = new __wasmport_Error(__wasmport_decodeString(ptr, len));
  __wasmport_setOwn(error, 'cppException', true);
  __wasmport_terminate(error);
}

//@helper live
// Objects JS owns and has not freed, for leak checks (see track).
const __wasmport_counts = { live: 0, pending: 0 };

//@helper finalizer requires live freeLater
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

//@helper object requires finalizer destroy argError
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

//@helper kind requires object
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

//@helper init requires object track
// A constructor's new object. Only a base class replaced by
// Object.setPrototypeOf can hand it an object that is one already.
function __wasmport_init(obj, ptr, kind) {
  if (!__wasmport_stamp(obj, ptr, -2, kind)) {
    __wasmport_destroy(kind.del, ptr);
    throw new __wasmport_TypeError(`new ${kind.name}: its base class constructor returned an object that is not new`);
  }
  __wasmport_track(obj);
}

//@helper wrap requires object track
// A result JS owns (by value, std::unique_ptr).
function __wasmport_wrap(kind, ptr) {
  const obj = __wasmport_create(kind.proto);
  __wasmport_stamp(obj, ptr, -2, kind);
  __wasmport_track(obj);
  return obj;
}
const __wasmport_create = Object.create;

//@helper wrapOrNull requires wrap
// A std::unique_ptr result: JS owns the object; null stays null.
function __wasmport_wrapOrNull(kind, ptr) {
  return ptr === 0 ? null : __wasmport_wrap(kind, ptr);
}

//@helper wrapShared requires wrap
// A std::shared_ptr result: `owner` holds one reference.
function __wasmport_wrapShared(kind, ptr, owner) {
  if (ptr === 0) return null;
  const obj = __wasmport_create(kind.proto);
  __wasmport_stamp(obj, ptr, owner, kind);
  __wasmport_counts.live++;
  __wasmport_owners.register(obj, owner, obj);
  return obj;
}

//@helper wrapBorrowed requires wrap
// A T& or T* result: C++ keeps owning the object.
function __wasmport_wrapBorrowed(kind, ptr) {
  if (ptr === 0) return null;
  const obj = __wasmport_create(kind.proto);
  __wasmport_stamp(obj, ptr, -1, kind);
  return obj;
}

//@helper objectBad requires bad object
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

//@helper sharedBad requires bad objectBad
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
