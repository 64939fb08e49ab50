// The JS functions the benchmark's C++ loops call (import scenarios), shared
// by the three variants (and those of rich/): wasmport imports them as an ES module, raw.js
// passes them in its import object, embind calls them through
// emscripten::val (globalThis.benchSink). They fold what they receive into
// a checksum the runner compares across variants.
let acc = 0;

export function sinkInt(v) {
  acc = (acc + v) | 0;
}

export function sinkStr(s) {
  acc = (acc + s.length + s.charCodeAt(acc & 15)) | 0;
}

/** Returns the checksum so far and starts a new one. */
export function takeChecksum() {
  const r = acc;
  acc = 0;
  return r;
}

// The rich-type scenarios' imports (bench/rich): a 16-byte string, and a
// promise resolved with its argument doubled.
const texts = Array.from({ length: 16 }, (_, i) => 'rich-text-' + String(i).padStart(6, '0'));
export function richText(i) {
  return texts[i & 15];
}
export function richNext(i) {
  return Promise.resolve(i * 2);
}
globalThis.benchSink = { int: sinkInt, str: sinkStr, richText };
