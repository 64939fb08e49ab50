// Loads the `--target web` package of web_dom.cpp, calls each export and
// writes a JSON summary into <pre id="result"> for run.mjs ("finished": true once
// complete). Whatever goes wrong ends up in the summary.
import init, * as m from './pkg/web_dom.js';

const results = { done: false };
const publish = () => { document.getElementById('result').textContent = JSON.stringify(results); };
try {
  await init();
  results.paragraph = m.build_paragraph('hello from C++');
  results.paragraphInDom = document.getElementById('from-cpp')?.outerHTML ?? null;
  results.casts = m.casts();
  results.redPixel = m.red_pixel();
  results.protocol = m.window_location();
  results.done = true;
} catch (e) {
  results.exception = `${e && e.stack || e}`;
}
results.finished = true;
publish();
