//@helper instantiate
// From a URL, Request, Response, bytes or Module; Node reads file: URLs.
async function __wasmport_instantiate(input) {
  input = await input;
  if (typeof input === 'string')
    input = new URL(input, globalThis.location ? globalThis.location.href : import.meta.url);
  if (input instanceof URL && input.protocol === 'file:' &&
      typeof process === 'object' && process.versions && process.versions.node) {
    const fs = 'node:fs/promises';
    const { readFile } = await import(/* @vite-ignore */ /* webpackIgnore: true */ fs);
    input = await readFile(input);
  } else if (input instanceof URL ||
             (typeof Request === 'function' && input instanceof Request)) {
    input = await fetch(input);
  }
  const imports = __wasmport_imports();
  if (input instanceof WebAssembly.Module)
    return WebAssembly.instantiate(input, imports);
  if (typeof Response === 'function' && input instanceof Response) {
    const type = (input.headers.get('Content-Type') || '').split(';')[0].trim();
    if (typeof WebAssembly.instantiateStreaming === 'function' &&
        type.toLowerCase() === 'application/wasm')
      return (await WebAssembly.instantiateStreaming(input, imports)).instance;
    input = await input.arrayBuffer();
  }
  return (await WebAssembly.instantiate(input, imports)).instance;
}
