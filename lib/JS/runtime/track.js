//@helper track requires live
// A new object: registered with its class's finalizer at the end of the
// job (owner -2 until then), so one freed sooner never is. A full batch is
// registered when the next object arrives, by when the usual new...free()
// has freed them all (counts.pending 0: no scan). A new array per batch:
// stores into a young one are cheaper.
const __wasmport_ring = { n: 0, queued: false, slots: new Array(128) };
function __wasmport_track(obj) {
  const ring = __wasmport_ring;
  let n = ring.n;
  if (n === 128) {
    __wasmport_registerPending();
    n = 0;
  }
  ring.slots[n] = obj;
  ring.n = n + 1;
  __wasmport_counts.pending++;
  if (!ring.queued) {
    ring.queued = true;
    queueMicrotask(__wasmport_endOfJob);
  }
}
function __wasmport_endOfJob() {
  __wasmport_ring.queued = false;
  __wasmport_registerPending();
}
function __wasmport_registerPending() {
  const ring = __wasmport_ring, counts = __wasmport_counts;
  if (counts.pending !== 0) {
    const slots = ring.slots;
    for (let i = 0; i < ring.n; i++) {
      const obj = slots[i];
      // Freed or handed to C++ (pointer 0) meanwhile: nothing to register.
      if (obj.__wasmport_owner === -2 && obj.__wasmport_ptr !== 0) {
        obj.__wasmport_owner = 0;
        obj.__wasmport_registry.register(obj, obj.__wasmport_ptr, obj);
      }
    }
    counts.live += counts.pending;
    counts.pending = 0;
  }
  ring.slots = new Array(128);
  ring.n = 0;
}
