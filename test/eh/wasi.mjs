// The few WASI functions a wasm32-wasi reactor module built from
// eh_runtime.cpp imports, with stdout and stderr captured as text.
//
// Not node:wasi: it prints an ExperimentalWarning on Node 20. Only the
// functions below are provided; a module that imports anything else fails to
// instantiate, loudly.
const ERRNO_BADF = 8;

/** Instantiates `bytes`, runs `_initialize`; returns the instance and output. */
export function instantiate(bytes) {
  let memory;
  const out = { 1: [], 2: [] };
  const decoder = new TextDecoder();
  const wasi = {
    fd_write(fd, iovs, iovsLen, nwritten) {
      if (!(fd in out)) return ERRNO_BADF;
      const view = new DataView(memory.buffer);
      let total = 0;
      for (let i = 0; i < iovsLen; i++) {
        const ptr = view.getUint32(iovs + 8 * i, true);
        const len = view.getUint32(iovs + 8 * i + 4, true);
        out[fd].push(decoder.decode(new Uint8Array(memory.buffer, ptr, len)));
        total += len;
      }
      view.setUint32(nwritten, total, true);
      return 0;
    },
    // stdio asks whether stdout is a terminal and may seek or close it:
    // "bad descriptor" keeps it fully buffered, flushed by fflush().
    fd_fdstat_get: () => ERRNO_BADF,
    fd_seek: () => ERRNO_BADF,
    fd_close: () => 0,
    proc_exit(code) {
      throw new Error(`proc_exit(${code})`);
    },
  };
  const module = new WebAssembly.Module(bytes);
  const imports = { wasi_snapshot_preview1: {} };
  for (const imp of WebAssembly.Module.imports(module)) {
    if (imp.module !== 'wasi_snapshot_preview1' || !(imp.name in wasi))
      throw new Error(`unexpected import ${imp.module}.${imp.name}`);
    imports.wasi_snapshot_preview1[imp.name] = wasi[imp.name];
  }
  const instance = new WebAssembly.Instance(module, imports);
  memory = instance.exports.memory;
  instance.exports._initialize?.();
  return {
    instance,
    stdout: () => out[1].join(''),
    stderr: () => out[2].join(''),
  };
}

/** The ids of a wasm binary's sections, in order. */
export function sectionIds(bytes) {
  const ids = [];
  let at = 8; // magic and version
  while (at < bytes.length) {
    const id = bytes[at++];
    let size = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[at++];
      size |= (b & 0x7f) << shift;
      if (!(b & 0x80)) break;
    }
    ids.push(id);
    at += size;
  }
  return ids;
}
