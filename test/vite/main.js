// The page Vite builds. The `--target bundler` package is ready after its
// import (top-level await inside it): no init(). Writes a JSON summary into
// <pre id="result"> for vite.mjs to check, with "finished": true once it is
// complete. Whatever goes wrong ends up in the summary.
import { logs, pageErrors, streaming, violations } from './probe.js';
import { __wasmport, Counter, greet, report } from './pkg/app.js';

const results = { done: false };

/** What fn throws, as plain data (null when it does not throw). */
function thrown(fn) {
  try {
    fn();
    return null;
  } catch (e) {
    return { name: e.name, isTypeError: e instanceof TypeError, message: e.message };
  }
}

try {
  results.greet = greet('Vite');
  results.greetNonAscii = greet('Zoë, 日本語 🎉');

  const counter = new Counter(41);
  counter.increment();
  results.counterValue = counter.value();
  counter.free();
  results.freedError = thrown(() => counter.value());
  results.wrongArgumentError = thrown(() => greet(42));

  // C++ calls setStatus from ./pkg/dom-helpers.js (bundled with the glue)
  // and the page's global viteHost.suffix; printf reaches console.log.
  const status = document.getElementById('status');
  results.statusBefore = status.textContent;
  report('café ✓');
  results.statusAfter = status.textContent;
  results.liveObjects = __wasmport.liveObjects();
  results.streaming = streaming;
  results.logs = logs;
  results.done = true;
} catch (e) {
  results.exception = String(e && e.stack || e);
}
results.violations = violations;
results.pageErrors = pageErrors;
results.finished = true;
document.getElementById('result').textContent = JSON.stringify(results);
