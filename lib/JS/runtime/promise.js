//@helper promises requires terminate trapped builtins
// Resolvers of the promises C++ coroutines settle (docs/Async.md), through
// built-ins captured at load (docs/Reliability.md#hostile-js-values).
const __wasmport_resolvers = new WeakMap();
const __wasmport_wmGet = Function.prototype.call.bind(WeakMap.prototype.get);
const __wasmport_wmSet = Function.prototype.call.bind(WeakMap.prototype.set);
const __wasmport_wmDelete = Function.prototype.call.bind(WeakMap.prototype.delete);
const __wasmport_Promise = Promise;
const __wasmport_resolve = Promise.resolve.bind(Promise);
const __wasmport_then = Function.prototype.call.bind(Promise.prototype.then);
function __wasmport_promiseThrew(own, e) {
  if (e instanceof __wasmport_trapClass) {
    try {
      __wasmport_terminate(e);
    } catch {}
  }
  const r = __wasmport_wmGet(__wasmport_resolvers, own);
  if (r === undefined) throw e;
  __wasmport_wmDelete(__wasmport_resolvers, own);
  r[1](e);
}

//@helper js_promise_new requires heap promises
function __wasmport_js_promise_new() {
  let resolvers;
  const promise = new __wasmport_Promise((resolve, reject) => {
    resolvers = [resolve, reject];
  });
  __wasmport_wmSet(__wasmport_resolvers, promise, resolvers);
  return __wasmport_addHeap(promise);
}

//@helper js_promise_settle requires heap promises
// Resolves (rejected 0) or rejects (1) promise h with v, taking v's handle.
function __wasmport_js_promise_settle(h, v, rejected) {
  const promise = __wasmport_heap[h];
  const value = __wasmport_takeObject(v);
  const r = __wasmport_wmGet(__wasmport_resolvers, promise);
  if (r === undefined) return;
  __wasmport_wmDelete(__wasmport_resolvers, promise);
  // What the coroutine's call borrowed (hold) is released after the
  // coroutine has finished, before the code awaiting the promise runs.
  for (let i = 2; i < r.length; i++) __wasmport_queueMicrotask(r[i]);
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
  __wasmport_then(__wasmport_resolve(__wasmport_heap[h]), (v) => resume(v, 0), (e) => resume(e, 1));
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
  const r = promise === undefined ? undefined : __wasmport_wmGet(__wasmport_resolvers, promise);
  const release = () => {
    for (let i = 0; i < objects.length; i++) if (objects[i] !== null) __wasmport_release(objects[i]);
  };
  if (r === undefined) release();
  else r[r.length] = release;
}
