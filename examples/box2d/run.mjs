// Runs a scene of scene.mjs in Node on the generated module and prints it as
// scene.cpp does:  node run.mjs PKG_DIR stack|tilted
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { format, simulate } from './scene.mjs';

const [pkgDir, kind = 'stack'] = process.argv.slice(2);
const pkg = path.resolve(pkgDir);
const m = await import(path.join(pkg, 'box2d_js.js'));
m.initSync(readFileSync(path.join(pkg, 'box2d_js.wasm')));
process.stdout.write(format(simulate(m, kind)));
