//@helper describe
// A short description of a value for error messages.
function __wasmport_describe(v) {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string': return JSON.stringify(v.length > 32 ? v.slice(0, 32) + '…' : v);
    case 'bigint': return v + 'n';
    case 'object': {
      const name = v.constructor && v.constructor.name;
      if (!name || name === 'Object') return 'an object';
      if (name === 'Array') return 'an array';
      return (/^[AEIOU]/.test(name) ? 'an ' : 'a ') + name;
    }
    case 'function': return 'a function';
    case 'symbol': return 'a symbol';
    default: return String(v);
  }
}

//@helper argError requires describe
function __wasmport_argError(fn, param, expected, v) {
  return new TypeError(`${fn}: argument '${param}' must be ${expected}, got ${__wasmport_describe(v)}`);
}

//@helper resultError requires describe
function __wasmport_resultError(fn, expected, v) {
  return new TypeError(`${fn} must return ${expected}, got ${__wasmport_describe(v)}`);
}
