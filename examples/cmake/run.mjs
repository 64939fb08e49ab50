// Runs the package that wasmport_add_module(counter ...) generated:
//   node run.mjs BUILD_DIR/counter
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const pkg = process.argv[2] ?? 'build/counter';
const { Counter, describe, step } = await import(
  pathToFileURL(path.resolve(pkg, 'counter.js')).href);

const counter = new Counter(1);
console.log(describe(counter.value()));
counter.increment();
counter.increment();
counter.increment();
console.log(describe(counter.value()));
console.log(`step ${step()}`);
counter.free();
