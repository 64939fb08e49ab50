// Run inside the consumer project, which installed the packed tarball:
// imports the package by its name, as any npm dependency.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { Counter, greet } from '@wasmport-test/greeter';

assert.equal(greet('npm'), '«Hello, npm!»');
assert.equal(greet('Zoë 🎉'), '«Hello, Zoë 🎉!»');
const counter = new Counter(41);
counter.increment();
assert.equal(counter.value(), 42);
counter.free();
assert.throws(() => counter.value(), { name: 'Error', message: 'Counter.value: Counter object used after free()' });

// The files the package exports besides its entry point.
const wasmUrl = import.meta.resolve('@wasmport-test/greeter/greeter.wasm');
assert.ok(WebAssembly.validate(readFileSync(new URL(wasmUrl))), `${wasmUrl} is not a wasm module`);
const require = createRequire(import.meta.url);
const manifest = require('@wasmport-test/greeter/package.json');
assert.equal(manifest.version, '1.2.3');
// Everything else is private to the package.
assert.throws(() => import.meta.resolve('@wasmport-test/greeter/greeter-helper.js'),
              { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
console.log('consumer: ok');
