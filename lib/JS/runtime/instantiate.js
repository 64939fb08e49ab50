//@helper instantiate
// From a URL, Request, Response, bytes or Module; Node reads file: URLs.
async function __wasmport_instantiate(input) {
  input = await input;
  if (typeof input === 'string')
    input = new URL(input, globalThis.location ? globalThis.location.href : import.meta.url);
  if (input instanceof URL && input.protocol === 'file:' &&
      typeof process === 'object' && process.versions && process.versions.node) {
    const fs = 'node:fs/promises';
    input = await (await import(/* @vite-ignore */ /* webpackIgnore: true */ fs)).readFile(input);
  } else if (input instanceof URL || (typeof Request === 'function' && input instanceof Request)) {
    input = await fetch(input);
  }
  const imports = __wasmport_imports();
  if (typeof Response === 'function' && input instanceof Response) {
    if (typeof WebAssembly.instantiateStreaming === 'function' &&
        /^\s*application\/wasm\s*(;|$)/i.test(input.headers.get('Content-Type')))
      return (await WebAssembly.instantiateStreaming(input, imports)).instance;
    input = await input.arrayBuffer();
  }
  if (input instanceof WebAssembly.Module)
    return WebAssembly.instantiate(input, imports);
  return (await WebAssembly.instantiate(input, imports)).instance;
}
