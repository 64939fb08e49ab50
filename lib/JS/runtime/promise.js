//@helper promises requires terminate
// The resolvers of the JS promises C++ coroutines settle (wasmport::Promise),
// by promise, until they settle.
const __wasmport_resolvers = new WeakMap();
// C++ threw a JS exception (or trapped) after a coroutine resumed, with no
// C++ exceptions to catch it: the coroutine's promise `own` rejects.
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
// Resolves (rejected 0) or rejects (1) the promise with the value v, whose
// handle it takes over.
function __wasmport_js_promise_settle(h, v, rejected) {
  const promise = __wasmport_heap[h];
  const value = __wasmport_takeObject(v);
  const r = __wasmport_resolvers.get(promise);
  if (r === undefined) return;
  __wasmport_resolvers.delete(promise);
  r[rejected](value);
}

//@helper js_promise_then requires heap promises
// co_await: when the value h settles (at once for a non-promise, as with
// `await`), the module resumes the waiting coroutine through
// __wasmport_promise_resume(waiter, value, rejected).
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
