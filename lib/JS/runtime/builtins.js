//@helper builtins
// The built-ins the generated calls and the helpers use at call time,
// captured when the module loads (docs/Reliability.md#hostile-js-values):
// page code that replaces `TypeError`, `BigInt.asIntN`, `Promise.reject`,
// `queueMicrotask` or `Object.defineProperty` later changes nothing here, and
// its errors are still real TypeErrors. Each built-in has this one name in
// every module.
const __wasmport_TypeError = TypeError, __wasmport_RangeError = RangeError, __wasmport_Error = Error;
const __wasmport_asIntN = BigInt.asIntN, __wasmport_asUintN = BigInt.asUintN;
const __wasmport_reject = Promise.reject.bind(Promise);
const __wasmport_queueMicrotask = queueMicrotask;
const __wasmport_defineProperty = Object.defineProperty;
// Map.prototype.set, called as mapSet(map, key, value): the C++ functions'
// states (cppFunction) and the Maps made for std::map (collections).
const __wasmport_mapSet = Function.prototype.call.bind(Map.prototype.set);
// Makes o[k] an own data property (an Error's `value`, `cppException`): an
// assignment would run a setter a page defined on Object.prototype or
// Error.prototype instead. The descriptor has no prototype, so no `get` or
// `set` on Object.prototype turns it into an accessor.
function __wasmport_setOwn(o, k, value) {
  __wasmport_defineProperty(o, k, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
}
