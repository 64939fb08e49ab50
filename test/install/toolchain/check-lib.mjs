// node check-lib.mjs PKG_DIR NAME: prints what the static library `shapes`
// exports through PKG_DIR/NAME.js (missing: its exports were dropped), and
// bonus() where the module has it.
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [dir, name] = process.argv.slice(2);
const m = await import(pathToFileURL(path.resolve(dir, `${name}.js`)).href);
const area = typeof m.square_area === 'function' ? m.square_area(7) : 'missing';
const bonus = typeof m.bonus === 'function' ? `, bonus() = ${m.bonus()}` : '';
console.log(`${name}: square_area(7) = ${area}${bonus}`);
