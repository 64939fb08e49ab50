// Imported by main.js before the generated module, so it runs first: it
// records what the page needs to report (errors, console.log, how the .wasm
// is instantiated) and defines the global app.cpp imports.
export const logs = [];
export const streaming = [];
export const pageErrors = [];
export const violations = [];

window.addEventListener('error', (e) => pageErrors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) =>
  pageErrors.push(`unhandled rejection: ${e.reason && e.reason.stack || e.reason}`));
document.addEventListener('securitypolicyviolation', (e) =>
  violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`));

// C++ printf reaches console.log (looked up at each line).
const realLog = console.log;
console.log = (...args) => {
  logs.push(args.map(String).join(' '));
  realLog.apply(console, args);
};

// The generated module instantiates itself at import, from the .wasm Vite
// emitted as an asset: record the URL and Content-Type it streams from.
const realInstantiateStreaming = WebAssembly.instantiateStreaming;
WebAssembly.instantiateStreaming = async function (source, imports) {
  const response = await source;
  streaming.push({
    path: new URL(response.url).pathname,
    contentType: response.headers.get('Content-Type'),
  });
  return realInstantiateStreaming.call(WebAssembly, response, imports);
};

// [[wasmport::import("viteHost.suffix")]], looked up when C++ calls it.
globalThis.viteHost = { suffix: () => ` (${document.title})` };
