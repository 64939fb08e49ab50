// node check.mjs PKG_DIR: prints value() of PKG_DIR/targets.js and
// square_area(7) of the static library linked by target_link_libraries.
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [dir] = process.argv.slice(2);
const m = await import(pathToFileURL(path.resolve(dir, 'targets.js')).href);
const area = typeof m.square_area === 'function' ? m.square_area(7) : 'missing';
console.log(`targets: value() = ${m.value()}, square_area(7) = ${area}`);
