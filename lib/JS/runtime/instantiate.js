//@helper instantiate
// From a Module, bytes, a string or URL (Node reads file: URLs), a Request or
// a Response, tested in that order: each test does only what its kind needs,
// and Request/Response/fetch are only touched for a Request, a Response or a
// URL to fetch (their first use makes Node load its fetch implementation).
async function __wasmport_instantiate(input) {
  input = await input;
  const imports = __wasmport_imports();
  if (input instanceof WebAssembly.Module)
    return WebAssembly.instantiate(input, imports);
  if (input instanceof ArrayBuffer || ArrayBuffer.isView(input))
    return (await WebAssembly.instantiate(input, imports)).instance;
  if (typeof input === 'string')
    input = new URL(input, globalThis.location ? globalThis.location.href : import.meta.url);
  if (input instanceof URL) {
    if (input.protocol === 'file:' &&
        typeof process === 'object' && process.versions && process.versions.node) {
      const fs = 'node:fs/promises';
      const bytes = await (await import(/* @vite-ignore */ /* webpackIgnore: true */ fs)).readFile(input);
      return (await WebAssembly.instantiate(bytes, imports)).instance;
    }
    input = await fetch(input);
  } else if (typeof Request === 'function' && input instanceof Request) {
    input = await fetch(input);
  }
  if (typeof Response === 'function' && input instanceof Response) {
    if (typeof WebAssembly.instantiateStreaming === 'function' &&
        /^\s*application\/wasm\s*(;|$)/i.test(input.headers.get('Content-Type')))
      return (await WebAssembly.instantiateStreaming(input, imports)).instance;
    input = await input.arrayBuffer();
  }
  return (await WebAssembly.instantiate(input, imports)).instance;
}
