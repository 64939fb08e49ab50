//@helper stressMemory
// wasmport-js --stress-memory: the module's exports, each followed by a
// memory.grow. Growing detaches the old ArrayBuffer, so a view of memory that
// the glue keeps across any call into the module (an allocation included)
// reads nothing and fails the tests that would otherwise pass by luck. Memory
// grows by a page while it is under 256 MiB; after that by zero pages, which
// detaches the buffer all the same.
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
