// The minify-oracle test (CMakeLists.txt): esbuild judges wasmport's
// minifier. For every JS helper and every golden module, minify-file writes
// the minified form; esbuild must parse it, and esbuild's own normal form of
// it must equal the normal form of the original.
//
// The normal form: `esbuild --minify --format=esm`, once, then once more
// with a bias directive in front (taken out again). esbuild renames every
// module-local variable by scope, position and use count, so two programs
// that differ only in their variables' names print alike, but for one
// thing: it picks the letters of its short names by how often each letter
// occurs in the input outside the names it renames, and its counts of a
// name's uses leave some of the input's own names in (a declaration, a use
// that syntax minification folds away). So the first pass alone gives, for
// wasmport's output and for the original, the same program with different
// letters, and repeating it does not settle. The bias is a directive (a
// string statement at the start) that brings the count of every identifier character to a fixed ladder
// whose rungs are further apart than all the characters esbuild subtracts,
// so the second pass picks letters independently of the input's names.
// Equal normal forms mean the two programs have the same statements and
// expressions and the same bindings, as esbuild's parser resolves them.
//
//   node oracle.mjs --esbuild DIR --minify-file EXE --work-dir DIR FILE...
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  if (i < 0 || i + 1 >= args.length) throw new Error(`oracle: ${name} is missing`);
  return args.splice(i, 2)[1];
};
const esbuildDir = option('--esbuild');
const minifyFile = option('--minify-file');
const workDir = option('--work-dir');
const files = args;
const esbuild = createRequire(import.meta.url)(path.resolve(esbuildDir));

const transform = (code) =>
  esbuild.transformSync(code, { minify: true, format: 'esm', logLevel: 'silent' }).code;

// esbuild's identifier characters, in the order the bias ranks them.
const Alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$0123456789';
/// A directive (a string at the start of the module, which esbuild keeps
/// first and as it is) that makes the count of each identifier character in
/// CODE plus the directive a fixed ladder: M + rank * G, where the rungs
/// are further apart (G) than all the characters esbuild subtracts (those of
/// the names it renames), so its order of characters, and so its choice of
/// names, no longer depends on the names in CODE.
function bias(code) {
  const count = new Map([...Alphabet].map((c) => [c, 0]));
  for (const c of code) if (count.has(c)) count.set(c, count.get(c) + 1);
  const m = Math.max(...count.values());
  const g = 2 * m + 1;
  let text = '';
  [...Alphabet].forEach((c, i) => {
    text += c.repeat(m - count.get(c) + (Alphabet.length - i) * g);
  });
  return `"${text}";`;
}

/// esbuild's normal form of CODE: minified once, then minified again with
/// its choice of names pinned by bias(), the bias taken out.
function normalForm(code) {
  const once = transform(code);
  const cut = once.startsWith('#!') ? once.indexOf('\n') + 1 : 0;
  const directive = bias(once);
  const twice = transform(once.slice(0, cut) + directive + '\n' + once.slice(cut));
  const at = twice.indexOf(directive);
  if (at < 0)
    throw new Error('oracle: esbuild did not keep the bias directive as it is');
  return twice.slice(0, at) + twice.slice(at + directive.length);
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const at = (s) => JSON.stringify(s.slice(Math.max(0, i - 80), i + 80));
  return `at offset ${i}:\n    original: ${at(a)}\n    minified: ${at(b)}`;
}

fs.mkdirSync(workDir, { recursive: true });
let failures = 0;
const fail = (file, what) => {
  failures++;
  console.log(`FAIL ${file}: ${what}`);
};
if (files.length === 0) {
  console.log('FAIL: no files to check');
  process.exit(1);
}
for (const file of files) {
  const name = path.basename(path.dirname(file)) + '-' + path.basename(file);
  const out = path.join(workDir, name.replace(/\.js$/, '.wasmport-min.js'));
  const run = spawnSync(minifyFile, [file, out], { encoding: 'utf8' });
  if (run.status !== 0) {
    fail(file, `minify-file failed: ${(run.stderr || '').trim()}`);
    continue;
  }
  const original = fs.readFileSync(file, 'utf8');
  const minified = fs.readFileSync(out, 'utf8');
  try {
    esbuild.transformSync(original, { format: 'esm', logLevel: 'silent' });
  } catch (e) {
    fail(file, `esbuild cannot parse the original: ${e.message}`);
    continue;
  }
  try {
    esbuild.transformSync(minified, { format: 'esm', logLevel: 'silent' });
  } catch (e) {
    fail(file, `esbuild cannot parse the minified form ${out}: ${e.message}`);
    continue;
  }
  const a = normalForm(original), b = normalForm(minified);
  if (a !== b) {
    fail(file, `esbuild's normal forms differ ${firstDifference(a, b)}`);
    continue;
  }
  console.log(`ok   ${file} (${original.length} -> ${minified.length} bytes)`);
}
console.log(`${files.length - failures} of ${files.length} files minify to the same program`);
process.exit(failures ? 1 : 0);
