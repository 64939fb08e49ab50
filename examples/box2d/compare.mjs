// Compares two scene outputs (scene.cpp's format: `body I X Y ANGLE` with the
// floats' bits in hex, then `contacts N`):
//   node compare.mjs exact A.txt B.txt       every bit equal
//   node compare.mjs 1e-4 A.txt B.txt        each value within 1e-4
// Prints one line saying what agreed; exit status 1 and the differences
// otherwise.
import { readFileSync } from 'node:fs';

const [mode, fileA, fileB] = process.argv.slice(2);
const tolerance = mode === 'exact' ? 0 : Number(mode);
if (!(tolerance >= 0) || !fileB) {
  console.error('usage: node compare.mjs exact|TOLERANCE A.txt B.txt');
  process.exit(2);
}

function parse(file) {
  const bodies = [];
  let contacts = null;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f[0] === 'body' && f.length === 5) {
      const values = f.slice(2).map((hex) => {
        const u = new Uint32Array([parseInt(hex, 16)]);
        return { hex, value: new Float32Array(u.buffer)[0] };
      });
      bodies.push(values);
    } else if (f[0] === 'contacts' && f.length === 2) {
      contacts = Number(f[1]);
    } else if (line.trim() !== '') {
      throw new Error(`${file}: not a scene line: ${line}`);
    }
  }
  if (contacts === null || bodies.length === 0) throw new Error(`${file}: no scene in it`);
  return { bodies, contacts };
}

const a = parse(fileA);
const b = parse(fileB);
const problems = [];
if (a.bodies.length !== b.bodies.length)
  problems.push(`${a.bodies.length} bodies and ${b.bodies.length}`);
let worst = 0;
const names = ['x', 'y', 'angle'];
for (let i = 0; i < Math.min(a.bodies.length, b.bodies.length); i++) {
  for (let k = 0; k < 3; k++) {
    const [va, vb] = [a.bodies[i][k], b.bodies[i][k]];
    const diff = Math.abs(va.value - vb.value);
    worst = Math.max(worst, diff);
    const bad = tolerance === 0 ? va.hex !== vb.hex : !(diff <= tolerance);
    if (bad) problems.push(`body ${i} ${names[k]}: ${va.value} (${va.hex}) and ${vb.value} (${vb.hex})`);
  }
}
if (tolerance === 0 && a.contacts !== b.contacts)
  problems.push(`contacts: ${a.contacts} and ${b.contacts}`);
if (problems.length) {
  console.error(`compare: ${fileA} and ${fileB} differ:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(tolerance === 0
  ? `${a.bodies.length} bodies, ${a.contacts} contacts: bit-identical`
  : `${a.bodies.length} bodies within ${tolerance} (largest difference ${worst.toExponential(2)})`);
