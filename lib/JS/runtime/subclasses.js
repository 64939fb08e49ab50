//@helper overrides requires heap importGuard intrinsics builtins
// JS subclasses of exported classes (docs/Subclasses.md). Whether the JS
// object `h` (a heap handle) defines `name` on its prototype chain below the
// prototype of the exported class `base`: the base's own methods call C++.
function __wasmport_overrides(h, base, name) {
  const stop = base.prototype;
  for (let p = __wasmport_getPrototypeOf(__wasmport_heap[h]); p !== null && p !== stop;
       p = __wasmport_getPrototypeOf(p))
    if (__wasmport_hasOwn(p, name)) return 1;
  return 0;
}
// C++ called the pure virtual function `name` of `base` on an object whose JS
// class does not define it.
function __wasmport_pureVirtual(h, base, name) {
  const cls = __wasmport_getPrototypeOf(__wasmport_heap[h]).constructor;
  const which = typeof cls === 'function' && cls.name ? ` ${cls.name}` : '';
  __wasmport_importState.depth++;
  throw __wasmport_importThrew(new __wasmport_Error(
    `${base.name}.${name} is a pure virtual function: the JavaScript class${which} extending ${base.name} must define ${name}()`));
}

//@helper endLoan requires object
// An object C++ passed by pointer or reference to a JS function (an import,
// a JS override) is lent for the call: when it returns, the wrapper is
// detached as by free() (C++ keeps owning the object), so a JS object that
// kept it throws "used after free()" instead of reaching freed memory.
function __wasmport_endLoan(o, kind) {
  if (o !== null) __wasmport_free(o, kind);
}
