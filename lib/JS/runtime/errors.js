//@helper describe requires intrinsics builtins
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

//@helper argError requires describe
function __wasmport_argError(fn, param, expected, v) {
  return new __wasmport_TypeError(`${fn}: argument '${param}' must be ${expected}, got ${__wasmport_describe(v)}`);
}

//@helper resultError requires describe
function __wasmport_resultError(fn, expected, v) {
  return new __wasmport_TypeError(`${fn} must return ${expected}, got ${__wasmport_describe(v)}`);
}

//@helper expected requires getU32
// Throws a std::expected result's error, if any (docs/Errors.md).
function __wasmport_expected(r, error) {
  const u32 = __wasmport_u32;
  if (u32 !== null && u32[(__wasmport_retArea >>> 2) + WASMPORT_RET_ERROR] === 0) return r;
  return __wasmport_unexpected(r, error);
}
function __wasmport_unexpected(r, error) {
  const u32 = __wasmport_getU32();
  const at = (__wasmport_retArea >>> 2) + WASMPORT_RET_ERROR;
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

//@helper valueError requires builtins
// A std::expected error as an Error: `message`, and the error as `value`.
function __wasmport_valueError(message, value) {
  const error = new __wasmport_Error(message);
  __wasmport_setOwn(error, 'value', value);
  return error;
}

//@helper enumName requires intrinsics
// The name of the enumerator of `e` with value v, else "Enum v" (own keys
// only: an enumerable Object.prototype property is no enumerator).
function __wasmport_enumName(e, name, v) {
  for (const k in e) if (__wasmport_hasOwn(e, k) && e[k] === v) return k;
  return `${name} ${v}`;
}
