//@helper stressMemory
// --stress-memory: each export followed by a memory.grow (docs/Runtime.md).
function __wasmport_stressMemory(exports) {
  const memory = exports.memory;
  const stressed = Object.create(null);
  for (const [name, value] of Object.entries(exports)) {
    if (typeof value !== 'function') {
      stressed[name] = value;
      continue;
    }
    stressed[name] = (...args) => {
      const result = value(...args);
      memory.grow(memory.buffer.byteLength < 256 * 65536 ? 1 : 0);
      return result;
    };
  }
  return stressed;
}
