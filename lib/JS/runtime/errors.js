//@helper describe
// A short description of a value for error messages.
function __wasmport_describe(v) {
  const type = typeof v;
  if (type === 'string') return JSON.stringify(v.length > 32 ? v.slice(0, 32) + '…' : v);
  if (type === 'bigint') return v + 'n';
  if (type === 'function' || type === 'symbol') return 'a ' + type;
  if (type !== 'object' || v === null) return String(v);
  const name = v.constructor && v.constructor.name;
  if (!name || name === 'Object') return 'an object';
  return (/^[AEIOU]/.test(name) ? 'an ' : 'a ') + (name === 'Array' ? 'array' : name);
}

//@helper argError requires describe
function __wasmport_argError(fn, param, expected, v) {
  return new TypeError(`${fn}: argument '${param}' must be ${expected}, got ${__wasmport_describe(v)}`);
}

//@helper resultError requires describe
function __wasmport_resultError(fn, expected, v) {
  return new TypeError(`${fn} must return ${expected}, got ${__wasmport_describe(v)}`);
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

//@helper valueError
// A std::expected error as an Error: `message`, and the error as `value`.
function __wasmport_valueError(message, value) {
  const error = new Error(message);
  error.value = value;
  return error;
}

//@helper enumName
// The name of the enumerator of `e` with value v, else "Enum v".
function __wasmport_enumName(e, name, v) {
  for (const k in e) if (e[k] === v) return k;
  return `${name} ${v}`;
}
