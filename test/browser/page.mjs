// Loads the `--target web` package of browser.cpp the way the contract shows
// (`import init, {...} from './pkg/browser.js'; await init();`), calls it, and
// writes a JSON summary into <pre id="result"> for run.mjs to check, with
// "finished": true once it is complete. The page never throws: whatever goes
// wrong ends up in the summary.
import init, { __wasmport, Counter, greet, report } from './pkg/browser.js';

const results = { done: false };
const resultElement = document.getElementById('result');
const statusElement = document.getElementById('status');
function publish() {
  resultElement.textContent = JSON.stringify(results);
}
const pageErrors = [];
window.addEventListener('error', (e) => {
  pageErrors.push(String(e.message));
  results.pageErrors = pageErrors;
  publish();
});
window.addEventListener('unhandledrejection', (e) => {
  pageErrors.push(`unhandled rejection: ${e.reason && e.reason.stack || e.reason}`);
  results.pageErrors = pageErrors;
  publish();
});
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`);
});

// C++ printf reaches console.log: capture it before init() (the glue looks
// console.log up at each line, so wrapping it here is enough).
const logs = [];
const realLog = console.log;
console.log = (...args) => {
  logs.push(args.map(String).join(' '));
  realLog.apply(console, args);
};

// Which loads go through WebAssembly.instantiateStreaming, and with what.
const streaming = [];
const realInstantiateStreaming = WebAssembly.instantiateStreaming;
WebAssembly.instantiateStreaming = async function (source, imports) {
  const response = await source;
  streaming.push({
    path: new URL(response.url).pathname,
    contentType: response.headers.get('Content-Type'),
  });
  return realInstantiateStreaming.call(WebAssembly, response, imports);
};

/** What fn throws, as plain data (null when it does not throw). */
function thrown(fn) {
  try {
    fn();
    return null;
  } catch (e) {
    return {
      name: e.name,
      isTypeError: e instanceof TypeError,
      isError: e instanceof Error,
      message: e.message,
    };
  }
}

try {
  // 1. The default form: fetches browser.wasm next to browser.js.
  await init();
  results.greet = greet('Ada');
  results.greetNonAscii = greet('Zoë, 日本語 🎉');
  results.greetEmpty = greet('');

  const counter = new Counter(41);
  counter.increment();
  results.counterValue = counter.value();
  counter.increment();
  results.counterValueAgain = counter.value();
  counter.free();
  counter.free(); // harmless
  results.freedError = thrown(() => counter.value());

  const disposed = new Counter(1);
  disposed[Symbol.dispose]();
  results.disposedError = thrown(() => disposed.increment());

  results.wrongArgumentError = thrown(() => greet(42));
  results.wrongConstructorArgumentError = thrown(() => new Counter('seven'));
  results.wrongThisError = thrown(() => Counter.prototype.value.call({}));

  // C++ calls setStatus from ./page-helpers.js, which writes into the DOM,
  // and printf reaches console.log.
  results.statusBefore = statusElement.textContent;
  report('café ✓');
  results.statusAfter = statusElement.textContent;
  results.liveObjects = __wasmport.liveObjects();

  // 2. The other forms init() takes, each on a fresh instance of the module
  //    (another URL of the same file is another module instance).
  const wasmUrl = new URL('./pkg/browser.wasm', import.meta.url);
  const fresh = (form) => import(`./pkg/browser.js?init=${form}`);
  const forms = {};
  {
    const m = await fresh('fetch-promise');
    await m.default(fetch(wasmUrl));
    forms.fetchPromise = m.greet('fetch promise');
  }
  {
    const m = await fresh('response');
    await m.default(await fetch(wasmUrl));
    forms.response = m.greet('Response');
  }
  {
    const m = await fresh('url-string');
    await m.default({ module_or_path: './pkg/browser.wasm' });
    forms.urlString = m.greet('URL string');
  }
  {
    const m = await fresh('module');
    await m.default(await WebAssembly.compileStreaming(fetch(wasmUrl)));
    forms.module = m.greet('WebAssembly.Module');
  }
  {
    const m = await fresh('init-sync');
    m.initSync(new Uint8Array(await (await fetch(wasmUrl)).arrayBuffer()));
    const c = new m.Counter(-1);
    c.increment();
    forms.initSync = `${m.greet('initSync')} ${c.value()}`;
    c.free();
  }
  results.initForms = forms;
  // The first instance is unaffected by the others.
  results.greetAfterForms = greet('again');

  results.streaming = streaming;
  results.logs = logs;
  results.done = true;
} catch (e) {
  results.exception = String(e && e.stack || e);
}
results.violations = violations;
results.pageErrors = pageErrors;
results.finished = true; // run.mjs waits for this
publish();
