//@helper track requires live
// A new object JS owns: counted as live now, registered with its class's
// FinalizationRegistry at the end of the job (docs/Runtime.md). Until then
// its owner is -2 and a fixed ring keeps it; a full ring registers at once.
// One microtask per job, not per object: queued ones pile up in long jobs.
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
