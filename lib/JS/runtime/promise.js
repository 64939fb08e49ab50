//@helper promises requires terminate
// Resolvers of the promises C++ coroutines settle (docs/Async.md).
const __wasmport_resolvers = new WeakMap();
function __wasmport_promiseThrew(own, e) {
  if (e instanceof WebAssembly.RuntimeError) {
    try {
      __wasmport_terminate(e);
    } catch {}
  }
  const r = __wasmport_resolvers.get(own);
  if (r === undefined) throw e;
  __wasmport_resolvers.delete(own);
  r[1](e);
}

//@helper js_promise_new requires heap promises
function __wasmport_js_promise_new() {
  let resolvers;
  const promise = new Promise((resolve, reject) => {
    resolvers = [resolve, reject];
  });
  __wasmport_resolvers.set(promise, resolvers);
  return __wasmport_addHeap(promise);
}

//@helper js_promise_settle requires heap promises
// Resolves (rejected 0) or rejects (1) promise h with v, taking v's handle.
function __wasmport_js_promise_settle(h, v, rejected) {
  const promise = __wasmport_heap[h];
  const value = __wasmport_takeObject(v);
  const r = __wasmport_resolvers.get(promise);
  if (r === undefined) return;
  __wasmport_resolvers.delete(promise);
  // What the coroutine's call borrowed (hold) is released after the
  // coroutine has finished, before the code awaiting the promise runs.
  for (let i = 2; i < r.length; i++) queueMicrotask(r[i]);
  r[rejected](value);
}

//@helper js_promise_then requires heap promises
// co_await: resumes the waiter once h settles (docs/Async.md#how-it-works).
function __wasmport_js_promise_then(h, waiter, own) {
  const ownPromise = __wasmport_heap[own];
  const resume = (v, rejected) => {
    try {
      __wasmport_wasm.__wasmport_promise_resume(waiter, __wasmport_addHeap(v), rejected);
    } catch (e) {
      __wasmport_promiseThrew(ownPromise, e);
    }
  };
  Promise.resolve(__wasmport_heap[h]).then((v) => resume(v, 0), (e) => resume(e, 1));
}

//@helper js_describe requires heap describe returnString
// How error messages show the value h.
function __wasmport_js_describe(h) {
  __wasmport_returnString(__wasmport_describe(__wasmport_heap[h]));
}

//@helper hold requires promises object
// A call returning a promise keeps the objects it borrowed (`this`, borrowed
// arguments; null for a null pointer) while the coroutine it started is
// suspended: they cannot be handed to C++, destroyed or finalized until it
// settles (js_promise_settle). Released at once if it settled already.
function __wasmport_hold(promise, objects) {
  const r = promise === undefined ? undefined : __wasmport_resolvers.get(promise);
  const release = () => {
    for (const obj of objects) if (obj !== null) __wasmport_release(obj);
  };
  if (r === undefined) release();
  else r.push(release);
}
