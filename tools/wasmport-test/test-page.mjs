// Runs one [[wasmport::test]] in this page: ?js=wasmportTestN&async=0|1&timeout=S.
// Writes {"finished": true, ...} into <pre id="result"> for wasmport-test,
// with the console output captured (C++ stdout reaches console.log, stderr
// console.error).
const params = new URLSearchParams(location.search);
const out = { finished: true, passed: false, stdout: [], stderr: [], errors: [], timedOut: false };
const log = console.log;
const error = console.error;
console.log = (...a) => { out.stdout.push(a.join(' ')); log(...a); };
console.error = (...a) => { out.stderr.push(a.join(' ')); error(...a); };
let done = false;
function finish() {
  if (done) return;
  done = true;
  document.getElementById('result').textContent = JSON.stringify(out);
}
addEventListener('error', (e) => { out.errors.push(String(e.message)); finish(); });
addEventListener('unhandledrejection', (e) => {
  out.errors.push('unhandled rejection: ' + String(e.reason)); finish();
});
setTimeout(() => { out.timedOut = true; finish(); }, Number(params.get('timeout')) * 1000);
try {
  const m = await import('./module.js');
  await m.default();
  const r = m[params.get('js')]();
  if (params.get('async') === '1') await r;
  out.passed = true;
} catch (e) {
  out.errors.push(e instanceof Error ? `${e.name}: ${e.message}` : 'uncaught ' + String(e));
}
finish();
