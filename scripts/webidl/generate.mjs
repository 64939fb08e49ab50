// generate.mjs - wasmport's Web API headers from the platform's Web IDL.
//
// Reads every spec of @webref/idl (parsed by webidl2, both pinned in
// package.json), merges partial interfaces and mixins, and writes one header
// per interface and namespace to OUT/wasmport/web/<Name>.h (DESIGN.md 1.5):
// an imported class named as in IDL, deriving from its IDL parent, in
// namespace wasmport::web. Dictionaries become value structs and enums string-
// valued enum classes, each in a header of its own that the interfaces using it
// include (only those a program's signatures use reach its manifest). Members
// whose types wasmport's imports cannot carry yet are left out, each with its
// reason in OUT/wasmport/web/REPORT.md; a generated header always compiles.
// docs/WebAPIs.md is the guide.
//
// usage: node generate.mjs OUT_INCLUDE_DIR [--only Name,Name...]
import fs from 'node:fs';
import path from 'node:path';
import idl from '@webref/idl';

const args = process.argv.slice(2);
if (args.length < 1) {
  console.error('usage: node generate.mjs OUT_INCLUDE_DIR [--only A,B]');
  process.exit(2);
}
const outRoot = path.join(args[0], 'wasmport', 'web');
const onlyIdx = args.indexOf('--only');
const only = onlyIdx >= 0 ? new Set(args[onlyIdx + 1].split(',')) : null;
// --uses DIR: for each interface, DIR/<Name>.inc takes the address of every
// declared member (test/web/compile-all.mjs), so that the plugin checks each.
const usesIdx = args.indexOf('--uses');
const usesDir = usesIdx >= 0 ? args[usesIdx + 1] : null;

const specs = await idl.parseAll();
const specNames = Object.keys(specs).sort();

// --- Collect definitions -------------------------------------------------
const interfaces = new Map(); // name -> {name, kind, parent, members[], ctors[], extAttrs}
const mixins = new Map();
const includes = [];
const typedefs = new Map();
const enums = new Map();
const dictionaries = new Map();
const callbacks = new Map();
const callbackInterfaces = new Set();

function entry(map, d, kind) {
  let e = map.get(d.name);
  if (!e) {
    e = { name: d.name, kind, parent: null, members: [], extAttrs: [], spec: null };
    map.set(d.name, e);
  }
  if (!d.partial) {
    e.kind = kind;
    e.parent = d.inheritance || null;
    e.extAttrs = d.extAttrs || [];
  }
  e.members.push(...d.members);
  return e;
}

for (const spec of specNames) {
  for (const d of specs[spec]) {
    switch (d.type) {
    case 'interface': { const e = entry(interfaces, d, 'interface'); if (!d.partial) e.spec = spec; break; }
    case 'namespace': { const e = entry(interfaces, d, 'namespace'); if (!d.partial) e.spec = spec; break; }
    case 'interface mixin': entry(mixins, d, 'mixin'); break;
    case 'includes': includes.push(d); break;
    case 'typedef': typedefs.set(d.name, d.idlType); break;
    case 'enum': enums.set(d.name, d.values.map(v => v.value)); break;
    case 'dictionary': {
      // Partial dictionaries of other specs add members.
      let e = dictionaries.get(d.name);
      if (!e) dictionaries.set(d.name, e = { name: d.name, inheritance: null, members: [] });
      if (!d.partial) e.inheritance = d.inheritance || null;
      e.members.push(...d.members);
      break;
    }
    case 'callback': callbacks.set(d.name, d); break;
    case 'callback interface': callbackInterfaces.add(d.name); break;
    default: break;
    }
  }
}
for (const inc of includes) {
  const target = interfaces.get(inc.target);
  const mixin = mixins.get(inc.includes);
  if (target && mixin)
    target.members.push(...mixin.members);
}
// Partial definitions of something never defined are not interfaces.
for (const [name, e] of [...interfaces]) {
  if (!e.spec)
    interfaces.delete(name);
}

// --- C++ names ------------------------------------------------------------
const cxxKeywords = new Set(`alignas alignof and and_eq asm auto bitand bitor bool break case catch char
char8_t char16_t char32_t class compl concept const consteval constexpr constinit const_cast continue
co_await co_return co_yield decltype default delete do double dynamic_cast else enum explicit export
extern false float for friend goto if inline int long mutable namespace new noexcept not not_eq nullptr
operator or or_eq private protected public register reinterpret_cast requires return short signed sizeof
static static_assert static_cast struct switch template this thread_local throw true try typedef typeid
typename union unsigned using virtual void volatile wchar_t while xor xor_eq final override
assert errno NULL EOF stdin stdout stderr`.split(/\s+/).filter(Boolean));
// Names the generated classes rely on, and JsValue's own members that a
// derived member must not hide with a different meaning.
const reserved = new Set(['wasmportJsName']);

function cxxName(name) {
  return cxxKeywords.has(name) || reserved.has(name) ? name + '_' : name;
}
function upperFirst(s) { return s.charAt(0).toUpperCase() + s.slice(1); }

// --- Types ------------------------------------------------------------------
class Unmappable extends Error {}

const numeric = {
  'byte': 'int8_t', 'octet': 'uint8_t', 'short': 'int16_t', 'unsigned short': 'uint16_t',
  'long': 'int32_t', 'unsigned long': 'uint32_t', 'long long': 'int64_t',
  'unsigned long long': 'uint64_t', 'float': 'float', 'unrestricted float': 'float',
  'double': 'double', 'unrestricted double': 'double',
};
const stringTypes = new Set(['DOMString', 'USVString', 'ByteString']);
const typedArrays = new Set(['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
  'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array',
  'BigUint64Array', 'Float16Array', 'ArrayBuffer', 'SharedArrayBuffer', 'DataView',
  'ArrayBufferView', 'BufferSource', 'AllowSharedBufferSource']);

// webidl2's nodes keep some fields in getters: copy them into plain objects.
function plain(t, nullable) {
  return { generic: t.generic, union: t.union, idlType: t.idlType, nullable };
}
function resolve(t) {
  t = plain(t, t.nullable);
  let seen = 0;
  while (!t.union && !t.generic && typeof t.idlType === 'string' && typedefs.has(t.idlType) && seen++ < 20) {
    const target = typedefs.get(t.idlType);
    t = plain(target, t.nullable || target.nullable);
  }
  return t;
}

// A mapped type: {cxx: the C++ type by value, param: how a parameter is
// written, js: true when it is wasmport::JsValue, deps: interfaces named}.
function mapType(t0, where, deps) {
  const t = resolve(t0);
  const jsv = { cxx: '::wasmport::JsValue', param: 'const ::wasmport::JsValue &', js: true };
  if (t.union)
    return jsv;
  if (t.generic) {
    if (t.generic === 'Promise') {
      const inner = resolve(t.idlType[0]);
      let v;
      if (!inner.union && !inner.generic && inner.idlType === 'undefined')
        v = 'void';
      else
        v = mapElement(inner, deps);
      const cxx = `::wasmport::Promise<${v}>`;
      return { cxx, param: `const ${cxx} &` };
    }
    if (t.generic === 'sequence' || t.generic === 'FrozenArray' || t.generic === 'ObservableArray') {
      const v = vectorOf(t, deps);
      return t.nullable ? optionalOf(v) : v;
    }
    throw new Unmappable(`${t.generic}<…> (a record) is not supported by imports yet`);
  }
  const n = t.idlType;
  if (n === 'any' || n === 'object')
    return jsv;
  if (t.nullable && callbackInterfaces.has(n))
    return jsv;
  if (t.nullable && (enums.has(n) || dictionaries.has(n) || vectorTypedArrays[n]))
    return optionalOf(mapType(plain(t, false), where, deps));
  if (t.nullable) {
    // An import type: std::optional of an interface, a string, a number or
    // bool crosses as it is (docs/Types.md), empty as null or undefined.
    if (callbacks.has(n))
      throw new Unmappable(`nullable callback ${n}? (std::optional of a std::function) crosses from JS to C++ only`);
    if (n === 'bigint') throw new Unmappable('bigint is not supported by imports yet');
    if (n === 'undefined') throw new Unmappable('undefined?');
    // An interface may be only forward-declared here: a `std::nullopt`
    // default would need it complete (`incomplete`), so it gets none.
    return { ...optionalOf(mapType(plain(t, false), where, deps)), incomplete: interfaces.has(n) };
  }
  if (n === 'undefined') {
    if (where !== 'result') throw new Unmappable('undefined as a parameter');
    return { cxx: 'void', param: 'void' };
  }
  if (n === 'boolean') return { cxx: 'bool', param: 'bool' };
  if (numeric[n]) return { cxx: numeric[n], param: numeric[n] };
  if (n === 'bigint') throw new Unmappable('bigint is not supported by imports yet');
  if (stringTypes.has(n)) return { cxx: 'std::string', param: 'const std::string &' };
  if (callbackInterfaces.has(n)) return jsv;
  if (interfaces.has(n) && interfaces.get(n).kind === 'interface') {
    deps.add(n);
    const cxx = `::wasmport::web::${n}`;
    return { cxx, param: `const ${cxx} &` };
  }
  if (callbacks.has(n)) {
    const cb = callbacks.get(n);
    const r = resolve(cb.idlType);
    const ret = (!r.union && !r.generic && r.idlType === 'undefined') ? 'void' : mapElement(r, deps);
    if (cb.arguments.some(a => a.variadic || a.optional))
      throw new Unmappable(`callback ${n} has optional or variadic arguments`);
    const as = cb.arguments.map(a => mapElement(resolve(a.idlType), deps));
    const cxx = `std::function<${ret}(${as.join(', ')})>`;
    return { cxx, param: `const ${cxx} &` };
  }
  if (enums.has(n)) {
    const e = webEnum(n);
    deps.types.add(n);
    return { cxx: e, param: e, enumName: n };
  }
  if (dictionaries.has(n)) {
    const d = webDictionary(n);
    deps.types.add(n);
    return { cxx: d, param: `const ${d} &` };
  }
  if (vectorTypedArrays[n]) {
    const cxx = `std::vector<${vectorTypedArrays[n]}>`;
    return { cxx, param: `const ${cxx} &` };
  }
  if (typedArrays.has(n)) throw new Unmappable(`${n} has no std::vector of its elements that crosses as it`);
  if (interfaces.has(n)) throw new Unmappable(`${n} is a namespace`);
  throw new Unmappable(`${n} is not defined by @webref/idl`);
}

// Typed arrays that cross as a std::vector of their element (a copy): those
// whose element kind's vector is that very typed array in JS.
const vectorTypedArrays = {
  Int8Array: 'int8_t', Uint8Array: 'uint8_t', Int16Array: 'int16_t', Uint16Array: 'uint16_t',
  Int32Array: 'int32_t', Uint32Array: 'uint32_t', Float32Array: 'float', Float64Array: 'double',
  BigInt64Array: 'int64_t', BigUint64Array: 'uint64_t',
};

function optionalOf(m) {
  const cxx = `std::optional<${m.cxx}>`;
  return { cxx, param: `const ${cxx} &` };
}

// sequence<T> and FrozenArray<T>: a std::vector of an element kind; in a
// member's signature its elements may be interfaces too.
function vectorOf(t, deps) {
  const e = fieldType(resolve(t.idlType[0]), deps, /*inMember=*/true);
  const cxx = `std::vector<${e}>`;
  return { cxx, param: `const ${cxx} &` };
}

// A type inside a vector, an optional or a value struct (docs/Types.md):
// numbers, bool, strings, enums, dictionaries, vectors and optionals of
// those, and any, object and unions as wasmport::JsValue. Interfaces only in
// a member's vectors (`inMember`): a dictionary holding one would include
// the interface's header from its own, which may include the dictionary's.
function fieldType(t, deps, inMember = false) {
  if (t.union) return t.nullable ? 'std::optional<::wasmport::JsValue>' : '::wasmport::JsValue';
  if (t.generic === 'sequence' || t.generic === 'FrozenArray') {
    const inner = `std::vector<${fieldType(resolve(t.idlType[0]), deps, inMember)}>`;
    return t.nullable ? `std::optional<${inner}>` : inner;
  }
  if (t.generic) throw new Unmappable(`${t.generic}<…> inside a sequence or dictionary`);
  const n = t.idlType;
  let cxx;
  if (n === 'boolean') cxx = 'bool';
  // An IDL long long is a JS number, not a bigint.
  else if (n.includes('long long')) cxx = 'double';
  else if (numeric[n]) cxx = numeric[n];
  else if (stringTypes.has(n)) cxx = 'std::string';
  else if (enums.has(n)) { cxx = webEnum(n); deps.types.add(n); }
  else if (dictionaries.has(n)) { cxx = webDictionary(n); deps.types.add(n); }
  else if (vectorTypedArrays[n]) cxx = `std::vector<${vectorTypedArrays[n]}>`;
  else if (n === 'any' || n === 'object') cxx = '::wasmport::JsValue';
  else if (inMember && interfaces.has(n) && interfaces.get(n).kind === 'interface') {
    deps.add(n);
    cxx = `::wasmport::web::${n}`;
  } else throw new Unmappable(`${n} inside a sequence or dictionary (numbers, strings, enums, dictionaries, any and object cross there${inMember ? ', and interfaces' : ''})`);
  return t.nullable ? `std::optional<${cxx}>` : cxx;
}

// --- Enums and dictionaries --------------------------------------------------
// Each is generated once, into wasmport/web/<Name>.h, when some member uses
// it; an unmappable one is Unmappable for every member using it.
const typeHeaders = new Map(); // name -> {text} or {error}

// An IDL enum value as a C++ identifier: "2d" -> _2d, "same-origin" ->
// same_origin, a keyword gets a trailing underscore.
function enumeratorName(v) {
  let id = v.replace(/[^A-Za-z0-9_]/g, '_');
  if (/^[0-9]/.test(id)) id = '_' + id;
  if (cxxKeywords.has(id) || /^_[A-Z]|__/.test(id)) id += '_';
  return id;
}

function webEnum(n) {
  let h = typeHeaders.get(n);
  if (!h) {
    h = {};
    typeHeaders.set(n, h);
    const values = enums.get(n);
    const ids = values.map(enumeratorName);
    if (values.includes(''))
      h.error = `enum ${n} has the empty string as a value, which no enumerator can be exported as`;
    else if (new Set(ids).size !== ids.length)
      h.error = `enum ${n} has values that make the same C++ identifier`;
    else
      h.text = typeHeader(n, 'enum', [], [
        `enum class [[wasmport::export("${n}")]] ${n} {`,
        ...values.map((v, i) => `  ${ids[i]} [[wasmport::export(${JSON.stringify(v)})]],`),
        '};',
      ]);
  }
  if (h.error) throw new Unmappable(h.error);
  return `::wasmport::web::${n}`;
}

// The members of dictionary n and of those it inherits, parents first.
function dictionaryMembers(n) {
  const chain = [];
  for (let d = dictionaries.get(n); d; d = d.inheritance ? dictionaries.get(d.inheritance) : null) {
    if (chain.includes(d)) break;
    chain.unshift(d);
  }
  return chain.flatMap(d => d.members);
}

function webDictionary(n) {
  let h = typeHeaders.get(n);
  if (!h) {
    h = { pending: true };
    typeHeaders.set(n, h);
    const deps = new Set();
    deps.types = new Set();
    const fields = [];
    const skipped = [];
    try {
      for (const m of dictionaryMembers(n)) {
        const what = `dictionary ${n} member ${m.name}`;
        if (cxxKeywords.has(m.name) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(m.name)) {
          if (m.required) throw new Unmappable(`${what}: its name is not a C++ identifier`);
          skipped.push([what, 'its name is not a C++ identifier']);
          continue;
        }
        let t;
        try {
          t = fieldType(resolve(m.idlType), deps);
        } catch (e) {
          if (!(e instanceof Unmappable) || m.required) throw e;
          skipped.push([what, e.message]);
          continue;
        }
        // A member JS may leave out is an optional (its IDL default is
        // the engine's to apply).
        if (!m.required && !t.startsWith('std::optional<')) t = `std::optional<${t}>`;
        fields.push(`  ${t} ${m.name};`);
      }
      if (fields.length === 0) throw new Unmappable(`dictionary ${n} has no member that crosses`);
      // A dictionary holding itself would be an incomplete type.
      if (deps.types.has(n) || [...deps.types].some(d => typeHeaders.get(d) && typeHeaders.get(d).pending))
        throw new Unmappable(`dictionary ${n} holds itself`);
      const inc = [...deps.types].sort();
      h.text = typeHeader(n, 'dictionary', inc, [
        `struct [[wasmport::value]] ${n} {`,
        ...fields,
        '};',
      ]);
      h.skipped = skipped;
    } catch (e) {
      if (!(e instanceof Unmappable)) throw e;
      h.error = e.message;
    }
    delete h.pending;
  }
  if (h.pending) throw new Unmappable(`dictionary ${n} holds itself`);
  if (h.error) throw new Unmappable(h.error);
  return `::wasmport::web::${n}`;
}

function typeHeader(n, kind, includes, body) {
  return [
    `//===- wasmport/web/${n}.h - Web IDL ${kind} ${n} -===//`,
    '//',
    `// Generated by scripts/webidl/generate.mjs from @webref/idl; do not edit.`,
    `// The ${kind} ${n} as a wasmport ${kind === 'enum' ? 'string-valued enum' : 'value struct'} (docs/WebAPIs.md).`,
    '//',
    '//===----------------------------------------------------------------------===//',
    '#pragma once',
    '',
    ...(kind === 'enum' ? [] : [
      ...(body.some(l => l.includes('::wasmport::JsValue')) ? ['#include <wasmport/jsvalue.h>', ''] : []),
      '#include <optional>', '#include <string>', '#include <vector>', '#include <cstdint>', '']),
    ...includes.map(i => `#include <wasmport/web/${i}.h>`),
    ...(includes.length ? [''] : []),
    'namespace wasmport::web {',
    '',
    ...body,
    '',
    '} // namespace wasmport::web',
    '',
  ].join('\n');
}

// Inside Promise<> and std::function<>: converted by wasmport::JsTraits.
function mapElement(t, deps) {
  if (t.union) return '::wasmport::JsValue';
  if (t.nullable) {
    if (!t.generic && (t.idlType === 'any' || t.idlType === 'object')) return '::wasmport::JsValue';
    throw new Unmappable(`nullable ${t.idlType}? inside a promise or callback`);
  }
  if (t.generic) throw new Unmappable(`${t.generic}<…> inside a promise or callback`);
  const n = t.idlType;
  if (n === 'any' || n === 'object' || callbackInterfaces.has(n)) return '::wasmport::JsValue';
  if (n === 'boolean') return 'bool';
  if (n === 'float' || n === 'unrestricted float' || n === 'double' || n === 'unrestricted double')
    return numeric[n];
  if (numeric[n] && !n.includes('long long')) return numeric[n];
  if (stringTypes.has(n)) return 'std::string';
  // Promises and std::function carry no imported classes: the object is a
  // JsValue, which wasmport::dyn_cast<T> turns into the class.
  if (interfaces.has(n) && interfaces.get(n).kind === 'interface')
    return '::wasmport::JsValue';
  throw new Unmappable(`${n} inside a promise or callback`);
}

function defaultValue(arg, mapped) {
  const d = arg.default;
  if (!d) return null;
  switch (d.type) {
  case 'boolean': return mapped.cxx === 'bool' ? String(d.value) : null;
  case 'number':
    if (mapped.cxx === 'float') return /[.eE]/.test(d.value) ? `${d.value}f` : `${d.value}.0f`;
    return mapped.js || mapped.cxx === 'std::string' ? null : d.value;
  case 'string':
    if (mapped.enumName) return `${mapped.cxx}::${enumeratorName(d.value)}`;
    return mapped.cxx === 'std::string' || mapped.js ? JSON.stringify(d.value) : null;
  case 'null':
    if (mapped.js) return '::wasmport::JsValue::null()';
    return mapped.cxx.startsWith('std::optional<') && !mapped.incomplete ? 'std::nullopt' : null;
  case 'Infinity': return mapped.cxx === 'double' ? `${d.negative ? '-' : ''}__builtin_inf()` : null;
  case 'NaN': return mapped.cxx === 'double' ? '__builtin_nan("")' : null;
  default: return null;
  }
}

// --- Members -------------------------------------------------------------------
// Each signature is one C++ declaration; `key` (name + parameter types)
// detects IDL overloads that become the same C++ function.
function signatures(args, deps, notes = []) {
  // Each optional argument without a usable default ends one overload.
  const out = [];
  const params = [];
  for (const a of args) {
    if (a.variadic && params.length === 0) throw new Unmappable(`variadic argument ${a.name}`);
    if (a.variadic) {
      // The overload without the variadic tail still exists.
      notes.push(`variadic argument ${a.name} left out`);
      out.push(params.slice());
      return fixDefaults(out);
    }
    let m;
    try {
      m = mapType(a.idlType, 'param', deps);
    } catch (e) {
      // An optional argument wasmport cannot pass yet ends the declarations:
      // the shorter ones are still correct calls.
      if (!(e instanceof Unmappable) || !a.optional) throw e;
      notes.push(`optional argument ${a.name} left out: ${e.message}`);
      out.push(params.slice());
      return fixDefaults(out);
    }
    const name = cxxName(a.name);
    if (a.optional) {
      const dv = defaultValue(a, m);
      if (dv === null) {
        out.push(params.slice());
        params.push({ type: m.param, name, def: null, key: m.param });
        continue;
      }
      params.push({ type: m.param, name, def: dv, key: m.param });
      continue;
    }
    params.push({ type: m.param, name, def: null, key: m.param });
  }
  out.push(params);
  return fixDefaults(out);
}

// A default may only precede defaults: drop defaults before a required one.
function fixDefaults(out) {
  return out.map(ps => {
    let seenRequired = false;
    for (let i = ps.length - 1; i >= 0; --i) {
      if (ps[i].def === null) seenRequired = true;
      else if (seenRequired) ps[i] = { ...ps[i], def: null };
    }
    return ps;
  });
}

function paramList(ps) {
  return ps.map(p => `${p.type} ${p.name}${p.def !== null ? ' = ' + p.def : ''}`).join(', ');
}

function jsPath(iface) {
  const ns = iface.extAttrs.find(a => a.name === 'LegacyNamespace');
  return ns ? `${ns.rhs.value}.${iface.name}` : iface.name;
}

function generateInterface(iface) {
  const deps = new Set();
  deps.types = new Set(); // Enums and dictionaries: headers to include.
  const lines = [];
  const uses = [];
  const skipped = [];
  const keys = new Set();
  const C = `::wasmport::web::${iface.name}`;
  const use = (isStatic, ret, name, ps, isConst) => {
    const types = ps.join(', ');
    const ptr = isStatic ? `${ret} (*)(${types})` : `${ret} (${C}::*)(${types})${isConst ? ' const' : ''}`;
    const u = `  (void)static_cast<${ptr}>(&${C}::${name});`;
    uses.push(u.includes('::wasmport::Promise<') ? `#ifdef __cpp_impl_coroutine\n${u}\n#endif` : u);
  };
  const isNs = iface.kind === 'namespace';
  const cls = iface.name;
  const claim = (key, what) => {
    if (keys.has(key)) {
      skipped.push([what, 'another IDL overload already has this C++ signature']);
      return false;
    }
    keys.add(key);
    return true;
  };
  const emitSigs = (label, sigs, fn) => {
    for (const ps of sigs) {
      // Overloads that differ only by a defaulted tail collide: drop defaults
      // whose prefix another overload declares.
      const key = `${label}(${ps.filter(p => p.def === null).map(p => p.key).join(',')})`;
      if (!claim(key, `${label}(${ps.map(p => p.type).join(', ')})`))
        continue;
      const full = `${label}(${ps.map(p => p.key).join(',')})`;
      if (full !== key) keys.add(full);
      // Every shorter call a default argument allows is taken too.
      for (let i = ps.length - 1; i >= 0 && ps[i].def !== null; --i)
        keys.add(`${label}(${ps.slice(0, i).map(p => p.key).join(',')})`);
      lines.push(fn(paramList(ps), ps));
    }
  };
  const guard = (what, f) => {
    try { f(); } catch (e) {
      if (!(e instanceof Unmappable)) throw e;
      skipped.push([what, e.message]);
    }
  };

  // Constants first: they are usable as default arguments below.
  for (const m of iface.members) {
    if (m.type !== 'const') continue;
    guard(`const ${m.name}`, () => {
      const t = mapType(m.idlType, 'result', deps);
      if (!claim(`const ${m.name}`, `const ${m.name}`)) return;
      let v = m.value.type === 'boolean' ? String(m.value.value) : m.value.value;
      if (m.value.type === 'Infinity' || m.value.type === 'NaN')
        throw new Unmappable(`constant value ${m.value.type}`);
      if (t.cxx === 'float' && !/[.eE]/.test(v) && !/^0x/i.test(v)) v += '.0f';
      if (t.cxx === 'uint64_t' || t.cxx === 'uint32_t') v += 'u';
      if (t.cxx === 'int64_t' || t.cxx === 'uint64_t') v += 'll';
      lines.push(`  static constexpr ${t.cxx} ${cxxName(m.name)} = ${v};`);
    });
  }
  for (const m of iface.members) {
    if (m.type !== 'constructor' || isNs) continue;
    guard(`constructor(${m.arguments.map(a => a.name).join(', ')})`, () => {
      const notes = [];
      const sigs = signatures(m.arguments, deps, notes);
      for (const n of notes) skipped.push([`constructor(${m.arguments.map(a => a.name).join(', ')})`, n]);
      emitSigs('create', sigs, (pl, ps) => {
        use(true, C, 'create', ps.map(p => p.type), false);
        return `  [[wasmport::constructor]] static ${cls} create(${pl});`;
      });
    });
  }
  for (const m of iface.members) {
    if (m.type === 'attribute') {
      guard(`attribute ${m.name}`, () => {
        if (m.special === 'static' || isNs)
          throw new Unmappable('static attributes are not supported by imports (no static accessors)');
        if (m.name === cls) throw new Unmappable('an attribute named as its interface');
        const t = mapType(m.idlType, 'result', deps);
        const get = cxxName(m.name);
        if (!claim(`${get}()`, `attribute ${m.name}`)) return;
        const attr = get === m.name ? '[[wasmport::getter]]' : `[[wasmport::getter("${m.name}")]]`;
        use(false, t.cxx, get, [], true);
        lines.push(`  ${attr} ${t.cxx} ${get}() const;`);
        const writable = !m.readonly;
        if (writable) {
          const p = mapType(m.idlType, 'param', deps);
          const set = 'set' + upperFirst(m.name);
          if (!claim(`${set}(${p.param})`, `setter of ${m.name}`)) return;
          use(false, 'void', set, [p.param], false);
          lines.push(`  [[wasmport::setter("${m.name}")]] void ${set}(${p.param} value);`);
        }
      });
      continue;
    }
    if (m.type !== 'operation') continue;
    if (!m.name) {
      if (m.special !== 'stringifier')
        skipped.push([`unnamed ${m.special || 'operation'}`, 'an unnamed special operation has no JS name']);
      continue;
    }
    const isStatic = m.special === 'static' || isNs;
    guard(`operation ${m.name}(${m.arguments.map(a => a.name).join(', ')})`, () => {
      if (m.name === cls) throw new Unmappable('an operation named as its interface');
      const r = mapType(m.idlType, 'result', deps);
      const notes = [];
      const sigs = signatures(m.arguments, deps, notes);
      for (const n of notes) skipped.push([`operation ${m.name}(${m.arguments.map(a => a.name).join(', ')})`, n]);
      const name = cxxName(m.name);
      const attr = name === m.name ? '' : `[[wasmport::import("${m.name}")]] `;
      const q = isStatic ? '' : ' const';
      emitSigs(name, sigs, (pl, ps) => {
        use(isStatic, r.cxx, name, ps.map(p => p.type), !isStatic);
        return `  ${attr}${isStatic ? 'static ' : ''}${r.cxx} ${name}(${pl})${q};`;
      });
    });
  }
  // A stringifier is toString().
  if (iface.members.some(m => m.special === 'stringifier') && !keys.has('toString()')) {
    use(false, 'std::string', 'toString', [], true, false);
    lines.push('  std::string toString() const;');
  }

  return { lines, skipped, deps, uses };
}

// --- Output ---------------------------------------------------------------
fs.mkdirSync(outRoot, { recursive: true });
const names = [...interfaces.keys()].sort().filter(n => !only || only.has(n));
// With --only, parents are generated too.
if (only) {
  for (let i = 0; i < names.length; ++i) {
    const p = interfaces.get(names[i]).parent;
    if (p && interfaces.has(p) && !names.includes(p)) names.push(p);
  }
  names.sort();
}
const report = [];
let written = 0;
let members = 0;
for (const name of names) {
  const iface = interfaces.get(name);
  if (iface.extAttrs.some(a => a.name === 'LegacyNoInterfaceObject') && iface.kind === 'interface') {
    // Still a class (other interfaces return it); it just has no global.
  }
  const parent = iface.parent && interfaces.has(iface.parent) ? iface.parent : null;
  const { lines, skipped, deps, uses } = generateInterface(iface);
  const typeIncludes = [...deps.types].sort().map(t => `#include <wasmport/web/${t}.h>`);
  if (usesDir) {
    fs.mkdirSync(usesDir, { recursive: true });
    fs.writeFileSync(path.join(usesDir, `${name}.inc`),
      `// Every member of wasmport/web/${name}.h, referenced.\n${uses.join('\n')}\n`);
  }
  members += lines.length;
  deps.delete(name);
  if (parent) deps.delete(parent);
  const fwd = [...deps].sort().map(d => `class ${d};`);
  const jsName = jsPath(iface);
  const entry = { Window: 'window', Document: 'document' }[name];
  const base = parent ? `::wasmport::web::${parent}` : '::wasmport::JsValue';
  const text = [
    `//===- wasmport/web/${name}.h - Web IDL ${iface.kind} ${name} -===//`,
    '//',
    `// Generated by scripts/webidl/generate.mjs from @webref/idl (${iface.spec}); do not edit.`,
    `// The ${iface.kind} ${name} as a wasmport imported class (docs/WebAPIs.md).`,
    '//',
    '//===----------------------------------------------------------------------===//',
    '#pragma once',
    '',
    '#include <wasmport/web/web.h>',
    ...(parent ? [`#include <wasmport/web/${parent}.h>`] : []),
    ...typeIncludes,
    '',
    'namespace wasmport::web {',
    '',
    ...(fwd.length ? [...fwd, ''] : []),
    `class [[wasmport::import("${jsName}")]] ${name} : public ${base} {`,
    'public:',
    `  static constexpr const char *wasmportJsName = "${jsName}";`,
    ...lines.map(l => l.includes('::wasmport::Promise<') ? `#ifdef __cpp_impl_coroutine\n${l}\n#endif` : l),
    '};',
    '',
    ...(entry ? [
      `/// JS's \`${entry}\`; a JS Error when the engine has none (Node).`,
      `inline ${name} ${entry}() {`,
      `  ${name} Out;`,
      `  static_cast<::wasmport::JsValue &>(Out) = detail::global("${entry}", "wasmport::web::${entry}()");`,
      '  return Out;',
      '}',
      ''] : []),
    '} // namespace wasmport::web',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(outRoot, `${name}.h`), text);
  ++written;
  if (skipped.length)
    report.push([name, skipped]);
}

let typeCount = 0;
for (const [name, h] of [...typeHeaders].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
  if (!h.text) continue;
  if (interfaces.has(name)) continue; // Never: IDL names are unique.
  fs.writeFileSync(path.join(outRoot, `${name}.h`), h.text);
  if (usesDir) // The members using it use it; this only names it.
    fs.writeFileSync(path.join(usesDir, `${name}.inc`),
      `// wasmport/web/${name}.h, named.\n  (void)sizeof(::wasmport::web::${name});\n`);
  ++typeCount;
  if (h.skipped && h.skipped.length)
    report.push([name, h.skipped]);
}
report.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const rep = [
  '# Web API headers: what was left out',
  '',
  `Generated by scripts/webidl/generate.mjs from @webref/idl: ${written} headers, ${members} members, ${typeCount} dictionaries and enums.`,
  'Each line below is an IDL construct with no header declaration, and why.',
  '',
];
for (const [name, skipped] of report) {
  rep.push(`## ${name}`, '');
  for (const [what, why] of skipped)
    rep.push(`- \`${what}\`: ${why}`);
  rep.push('');
}
fs.writeFileSync(path.join(outRoot, 'REPORT.md'), rep.join('\n'));
console.log(`wasmport-webidl: ${written} headers, ${members} members in ${outRoot}`);
