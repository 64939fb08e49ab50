// golden.mjs - the generator's output for representative interfaces.
//
// Compares headers of --headers (build/include/wasmport/web) with
// --golden DIR/<Name>.h, and the REPORT.md sections of REPORT_SECTIONS with
// DIR/REPORT-<Name>.md; WASMPORT_BLESS=1 rewrites the goldens instead.
// Representative: URL and URLSearchParams (constructors, statics, setters,
// a keyword, a nullable result), Node and Element (inheritance, constants,
// nullable members as plain declarations), EventTarget (a callback interface, a union),
// AbortSignal (a Promise-free static, any), TextEncoder (a typed array
// result as a std::vector, a dictionary result), the dictionaries
// TextDecoderOptions and RequestInit (partial dictionaries merged, enums,
// members left out) and the enum CanvasLineCap as their headers, and for a
// callback the report sections and declarations that mention them.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const argv = process.argv.slice(2);
const opt = name => argv[argv.indexOf(name) + 1];
const headers = opt('--headers');
const golden = opt('--golden');
const bless = process.env.WASMPORT_BLESS === '1';

const HEADERS = ['URL', 'URLSearchParams', 'Node', 'Element', 'EventTarget', 'AbortSignal',
  'TextEncoder', 'HTMLCanvasElement', 'TextDecoderOptions', 'RequestInit', 'CanvasLineCap'];
// The report sections of an interface whose members take a union
// (TextDecoder.decode's input), of one that takes sequences, enums and
// dictionaries (CanvasRenderingContext2D: nothing is left out now) and of a
// dictionary with members left out (RequestInit), and the declaration of a
// callback (Window.requestAnimationFrame).
const REPORT_SECTIONS = ['TextDecoder', 'CanvasRenderingContext2D', 'RequestInit'];
const LINES = [['Window', /requestAnimationFrame|cancelAnimationFrame/]];

function reportSection(name) {
  const text = fs.readFileSync(path.join(headers, 'REPORT.md'), 'utf8');
  const start = text.indexOf(`\n## ${name}\n`);
  if (start < 0) return '';
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start + 1, end < 0 ? undefined : end + 1);
}

const cases = [];
for (const h of HEADERS)
  cases.push([`${h}.h`, fs.readFileSync(path.join(headers, `${h}.h`), 'utf8')]);
for (const r of REPORT_SECTIONS)
  cases.push([`REPORT-${r}.md`, reportSection(r)]);
for (const [h, re] of LINES) {
  const lines = fs.readFileSync(path.join(headers, `${h}.h`), 'utf8').split('\n').filter(l => re.test(l));
  cases.push([`${h}-lines.h`, lines.join('\n') + '\n']);
}
let failed = 0;
for (const [file, actual] of cases) {
  const g = path.join(golden, file);
  if (bless) {
    fs.mkdirSync(golden, { recursive: true });
    fs.writeFileSync(g, actual);
    continue;
  }
  const expected = fs.existsSync(g) ? fs.readFileSync(g, 'utf8') : null;
  try {
    assert.equal(actual, expected, `${file} differs from ${g} (WASMPORT_BLESS=1 to refresh)`);
  } catch (e) {
    console.error(e.message.split('\n').slice(0, 40).join('\n'));
    ++failed;
  }
}
console.log(bless ? `blessed ${cases.length} goldens` : `${cases.length - failed}/${cases.length} goldens match`);
process.exit(failed ? 1 : 0);
