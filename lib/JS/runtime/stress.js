//@helper stressMemory
// --stress-memory: each export followed by a memory.grow (docs/Runtime.md),
// through built-ins captured at load, as the rest of the glue.
const __wasmport_stressApply = Reflect.apply;
const __wasmport_stressGrow = Function.prototype.call.bind(WebAssembly.Memory.prototype.grow);
const __wasmport_stressBytes = Function.prototype.call.bind(
    Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get);
const __wasmport_stressBuffer = Function.prototype.call.bind(
    Object.getOwnPropertyDescriptor(WebAssembly.Memory.prototype, 'buffer').get);
function __wasmport_stressMemory(exports) {
  const memory = exports.memory;
  const stressed = Object.create(null);
  for (const [name, value] of Object.entries(exports)) {
    if (typeof value !== 'function') {
      stressed[name] = value;
      continue;
    }
    stressed[name] = (...args) => {
      const result = __wasmport_stressApply(value, undefined, args);
      __wasmport_stressGrow(memory,
          __wasmport_stressBytes(__wasmport_stressBuffer(memory)) < 256 * 65536 ? 1 : 0);
      return result;
    };
  }
  return stressed;
}
