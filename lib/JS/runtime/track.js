//@helper track requires live
// A new object: registered with its finalizer at the end of the job (owner
// -2 until then), so one freed sooner never is; one microtask per job.
const __wasmport_ring = { n: 0, queued: false, slots: new Array(256).fill(null) };
function __wasmport_track(obj, registry) {
  __wasmport_counts.live++;
  const ring = __wasmport_ring;
  const n = ring.n;
  ring.slots[n] = obj;
  ring.slots[n + 1] = registry;
  ring.n = n + 2;
  if (n === 254) __wasmport_registerPending();
  else if (!ring.queued) {
    ring.queued = true;
    queueMicrotask(__wasmport_endOfJob);
  }
}
function __wasmport_endOfJob() {
  __wasmport_ring.queued = false;
  __wasmport_registerPending();
}
function __wasmport_registerPending() {
  const ring = __wasmport_ring, slots = ring.slots;
  for (let i = 0; i < ring.n; i += 2) {
    const obj = slots[i];
    // Freed or handed to C++ (pointer 0) meanwhile: nothing to register.
    if (obj.__wasmport_owner === -2 && obj.__wasmport_ptr !== 0) {
      obj.__wasmport_owner = 0;
      slots[i + 1].register(obj, obj.__wasmport_ptr, obj);
    }
    slots[i] = slots[i + 1] = null;
  }
  ring.n = 0;
}
