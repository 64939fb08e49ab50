//@helper track requires live
// A new object JS owns: counted as live now, registered with its class's
// FinalizationRegistry at the end of the current job. An object freed
// before then (`const t = new T(); ...; t.free()`) never pays for a
// registration, the most expensive part of a short-lived object. Until it
// is registered, __wasmport_owner is -2 instead of 0 and this list keeps
// the object alive, as the running code does anyway; past 128 waiting
// objects, they are registered at once.
const __wasmport_pending = [];
function __wasmport_track(obj, registry) {
  __wasmport_live++;
  const n = __wasmport_pending.push(obj, registry);
  if (n === 2) queueMicrotask(__wasmport_registerPending);
  else if (n >= 256) __wasmport_registerPending();
}
function __wasmport_registerPending() {
  const list = __wasmport_pending;
  for (let i = 0; i < list.length; i += 2) {
    const obj = list[i];
    // Freed or handed to C++ (pointer 0) meanwhile: nothing to register.
    if (obj.__wasmport_owner === -2 && obj.__wasmport_ptr !== 0) {
      obj.__wasmport_owner = 0;
      list[i + 1].register(obj, obj.__wasmport_ptr, obj);
    }
  }
  list.length = 0;
}
