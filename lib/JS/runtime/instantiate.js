//@helper instantiate
// Instantiates the module from a URL, a Request, a Response, bytes or a
// WebAssembly.Module (or a promise of one). file: URLs are read from disk
// when running in Node, whose fetch does not read files; bundlers leave that
// import alone (its specifier is not a literal), so a browser build has no
// stub of node:fs.
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
