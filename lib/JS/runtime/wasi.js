//@helper wasi_fd_write requires getU8 getU32
// stdout and stderr reach console.log and console.error a line at a time.
const __wasmport_stdio = [, { decoder: new TextDecoder(), line: '' }, { decoder: new TextDecoder(), line: '' }];
function __wasmport_wasi_fd_write(fd, iovs, iovsLen, nwritten) {
  if (fd !== 1 && fd !== 2) return 8; // EBADF
  const u8 = __wasmport_getU8(), u32 = __wasmport_getU32(), out = __wasmport_stdio[fd];
  let total = 0;
  for (let i = iovs >>> 2, end = i + 2 * iovsLen; i < end; i += 2) {
    const ptr = u32[i], len = u32[i + 1];
    out.line += out.decoder.decode(u8.subarray(ptr, ptr + len), { stream: true });
    total += len;
  }
  u32[nwritten >>> 2] = total;
  const lines = out.line.split('\n');
  out.line = lines.pop();
  for (const line of lines) fd === 1 ? console.log(line) : console.error(line);
  return 0;
}

//@helper wasi_fd_read requires getDataView
// Standard input is empty.
function __wasmport_wasi_fd_read(fd, iovs, iovsLen, nread) {
  if (fd !== 0) return 8; // EBADF
  __wasmport_dvSetUint32(__wasmport_getDataView(), nread, 0, true);
  return 0;
}

//@helper wasi_fd_fdstat_get requires getDataView
function __wasmport_wasi_fd_fdstat_get(fd, stat) {
  if (fd > 2) return 8; // EBADF
  const dv = __wasmport_getDataView();
  __wasmport_dvSetUint8(dv, stat, 2); // CHARACTER_DEVICE
  __wasmport_dvSetUint16(dv, stat + 2, 0, true);
  __wasmport_dvSetBigUint64(dv, stat + 8, 0n, true); // no seek/tell: a terminal
  __wasmport_dvSetBigUint64(dv, stat + 16, 0n, true);
  return 0;
}

//@helper wasi_fd_close
function __wasmport_wasi_fd_close(fd) {
  return fd <= 2 ? 0 : 8;
}

//@helper wasi_fd_seek
function __wasmport_wasi_fd_seek(fd, offset, whence, newOffset) {
  return fd <= 2 ? 70 : 8; // ESPIPE, EBADF
}

//@helper wasi_fd_prestat_get
function __wasmport_wasi_fd_prestat_get(fd, prestat) {
  return 8; // EBADF: no preopened directories
}

//@helper wasi_proc_exit requires terminate builtins
// exit() terminates the module.
function __wasmport_wasi_proc_exit(code) {
  const e = new __wasmport_Error(`wasm module called exit(${code})`);
  e.exitCode = code;
  __wasmport_terminate(e);
}

//@helper wasi_clock_time_get requires getDataView
function __wasmport_wasi_clock_time_get(id, precision, time) {
  let ns;
  if (id === 0) ns = BigInt(Date.now()) * 1000000n;
  else if (id === 1 || id === 2 || id === 3)
    ns = BigInt(Math.round(performance.now() * 1e6));
  else return 28; // EINVAL
  __wasmport_dvSetBigUint64(__wasmport_getDataView(), time, ns, true);
  return 0;
}

//@helper wasi_clock_res_get requires getDataView
function __wasmport_wasi_clock_res_get(id, res) {
  __wasmport_dvSetBigUint64(__wasmport_getDataView(), res, 1000n, true);
  return 0;
}

//@helper wasi_random_get requires getU8
function __wasmport_wasi_random_get(buf, len) {
  const u8 = __wasmport_getU8();
  for (let at = 0; at < len; at += 65536)
    globalThis.crypto.getRandomValues(u8.subarray(buf + at, buf + Math.min(len, at + 65536)));
  return 0;
}

//@helper wasi_sizes_get requires getDataView
// No environment variables and no arguments.
function __wasmport_wasi_sizes_get(count, size) {
  const dv = __wasmport_getDataView();
  __wasmport_dvSetUint32(dv, count, 0, true);
  __wasmport_dvSetUint32(dv, size, 0, true);
  return 0;
}

//@helper wasi_get
function __wasmport_wasi_get(list, buf) {
  return 0;
}

//@helper wasi_sched_yield
function __wasmport_wasi_sched_yield() {
  return 0;
}

//@helper wasi_nosys
function __wasmport_wasi_nosys() {
  return 52; // ENOSYS
}
