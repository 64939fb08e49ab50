//@helper track requires live object builtins
// New objects meet their finalizer in batches (docs/Runtime.md).
// The slots are own data properties from the start (no holes), so writing
// one reaches no setter a page could define on Array.prototype.
const __wasmport_ring = { n: 0, queued: false, slots: new Array(128).fill(undefined) };
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
    __wasmport_queueMicrotask(__wasmport_endOfJob);
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
      __wasmport_registerNew(slots[i]);
      slots[i] = undefined;
    }
    counts.live += counts.pending;
    counts.pending = 0;
  } else {
    for (let i = 0; i < ring.n; i++) ring.slots[i] = undefined;
  }
  ring.n = 0;
}
