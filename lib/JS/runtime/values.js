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

//@helper outOfMemory requires argCopies builtins
// The error for memory that does not fit: the call fails, the module works.
// The copies already made for the call's arguments are freed.
function __wasmport_outOfMemory(bytes) {
  __wasmport_freeArgCopies();
  return new __wasmport_RangeError(`wasmport: out of memory: cannot copy ${bytes} bytes of arguments into wasm memory`);
}

//@helper allocArg requires outOfMemory
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

//@helper bad requires builtins
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

//@helper field requires intrinsics bad
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

//@helper arrayLength requires intrinsics bad
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

//@helper typedLength requires intrinsics
// A typed array's length through the intrinsic getters (a subclass's `length`
// is not read), or -1: not a `tag` array, or a buffer unfit to copy.
function __wasmport_typedLength(v, tag) {
  if (__wasmport_taTag(v) !== tag || __wasmport_bufferProblem(__wasmport_taBuffer(v)) !== '')
    return -1;
  return __wasmport_taLength(v);
}

//@helper typedCopy requires typedLength bad
// A typed array in a slot, checked and copied once (its bytes), or BAD.
function __wasmport_typedCopy(v, tag, bpe, expected) {
  const n = __wasmport_typedLength(v, tag);
  if (n < 0) return __wasmport_fail(__wasmport_bad('', expected, v));
  const out = new __wasmport_Uint8Array(n * bpe);
  if (n !== 0)
    __wasmport_taSet(out, new __wasmport_Uint8Array(__wasmport_taBuffer(v), __wasmport_taByteOffset(v), n * bpe));
  return out;
}

//@helper badArg requires bad describe
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

//@helper badResult requires bad describe
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

//@helper passTyped requires getU8 allocArg intrinsics
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

//@helper passVector requires getU8 getU32 outOfMemory intrinsics passTyped
// A number vector argument of n elements (`bytes` bytes), written into a C++
// vector (docs/Types.md); 0 from `make` is out of memory.
function __wasmport_passVector(v, n, bytes, make) {
  if (!(bytes <= 0xffffffff)) throw __wasmport_outOfMemory(bytes);
  const owner = make(n);
  if (owner === 0) throw __wasmport_outOfMemory(bytes);
  __wasmport_argCopy(-owner);
  if (bytes !== 0) {
    const ptr = __wasmport_getU32()[(__wasmport_retArea >>> 2) + WASMPORT_RET_DATA];
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

//@helper spanBack requires terminate intrinsics views
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

//@helper copyOut requires views intrinsics
// len elements of `type` (a captured constructor: __wasmport_Int32Array) at
// ptr, copied into a new array through the intrinsic `set` (a patched
// %TypedArray%.prototype.slice or species would be handed memory).
function __wasmport_copyOut(type, ptr, len) {
  const out = new type(len);
  if (len !== 0) __wasmport_taSet(out, new type(__wasmport_memBuffer(__wasmport_wasm.memory), ptr, len));
  return out;
}

//@helper takeTyped requires getU32 copyOut
// A number vector result, copied once into a new typed array (docs/Types.md).
function __wasmport_takeTyped(type) {
  const u32 = __wasmport_getU32();
  const at = __wasmport_retArea >>> 2;
  const ptr = u32[at + WASMPORT_RET_DATA], len = u32[at + WASMPORT_RET_SIZE], owner = u32[at + WASMPORT_RET_OWNER];
  const out = __wasmport_copyOut(type, ptr, len);
  __wasmport_wasm.__wasmport_free_owned(owner);
  return out;
}

//@helper spanCopy requires getU32 copyOut
// A std::span result: a copy of memory C++ owns.
function __wasmport_spanCopy(type) {
  const u32 = __wasmport_getU32();
  const at = __wasmport_retArea >>> 2;
  return __wasmport_copyOut(type, u32[at + WASMPORT_RET_DATA], u32[at + WASMPORT_RET_SIZE]);
}

//@helper spanView requires getU32
// A std::span result with --zero-copy-spans: a view of memory (docs/Types.md).
function __wasmport_spanView(type) {
  const u32 = __wasmport_getU32();
  const at = __wasmport_retArea >>> 2;
  return new type(__wasmport_memBuffer(__wasmport_wasm.memory), u32[at + WASMPORT_RET_DATA], u32[at + WASMPORT_RET_SIZE]);
}

//@helper writeTyped requires allocArg intrinsics getU8 getDataView
// A number vector in a slot, from its checked copy (typedCopy): (ptr, len).
function __wasmport_writeTyped(at, bytes, bpe) {
  const n = __wasmport_taLength(bytes);
  const ptr = __wasmport_allocArg(n);
  __wasmport_taSet(__wasmport_getU8(), bytes, ptr);
  const dv = __wasmport_getDataView();
  __wasmport_dvSetUint32(dv, at + WASMPORT_BUFFER_DATA, ptr, true);
  __wasmport_dvSetUint32(dv, at + WASMPORT_BUFFER_LENGTH, n / bpe, true);
}

//@helper readTyped requires getDataView copyOut
function __wasmport_readTyped(at, type) {
  const dv = __wasmport_getDataView();
  const ptr = __wasmport_dvGetUint32(dv, at + WASMPORT_BUFFER_DATA, true), len = __wasmport_dvGetUint32(dv, at + WASMPORT_BUFFER_LENGTH, true);
  const out = __wasmport_copyOut(type, ptr, len);
  __wasmport_wasm.__wasmport_free(ptr);
  return out;
}

//@helper writeString requires passString getDataView
// A std::string in a slot: (ptr, len).
function __wasmport_writeString(at, s) {
  const ptr = __wasmport_passString(s, 0);
  const dv = __wasmport_getDataView();
  __wasmport_dvSetUint32(dv, at + WASMPORT_BUFFER_DATA, ptr, true);
  __wasmport_dvSetUint32(dv, at + WASMPORT_BUFFER_LENGTH, __wasmport_passLen, true);
}

//@helper readString requires decodeString getDataView
function __wasmport_readString(at) {
  const dv = __wasmport_getDataView();
  const ptr = __wasmport_dvGetUint32(dv, at + WASMPORT_BUFFER_DATA, true);
  const s = __wasmport_decodeString(ptr, __wasmport_dvGetUint32(dv, at + WASMPORT_BUFFER_LENGTH, true));
  __wasmport_wasm.__wasmport_free(ptr);
  return s;
}

//@helper sharedOwner requires getU32
// The owner a std::shared_ptr result left in the return area.
function __wasmport_sharedOwner() {
  return __wasmport_getU32()[(__wasmport_retArea >>> 2) + WASMPORT_RET_OWNER];
}

//@helper enumFromWire requires builtins
// A string-valued enum's string for C++'s value; unnamed values throw.
function __wasmport_enumFromWire(fromWire, name, v) {
  const s = fromWire(v);
  if (s === undefined) throw new __wasmport_Error(`C++ returned ${v}, which is not a ${name} value`);
  return s;
}

//@helper collections requires builtins intrinsics bad
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
