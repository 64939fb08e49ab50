// node check.mjs PKG_DIR NAME: prints sum_digits(1234) from PKG_DIR/NAME.js.
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [dir, name] = process.argv.slice(2);
const { sum_digits } = await import(pathToFileURL(path.resolve(dir, `${name}.js`)).href);
console.log(`${name}: sum_digits(1234) = ${sum_digits(1234)}`);
