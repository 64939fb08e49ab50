// Consumers of the --target web .d.ts (the default init() export, initSync,
// then the same API as the node target) and of the --target bundler one
// (ready after import, like node).
import init, { initSync, Counter, make_counter, __wasmport } from '@e2e/classes/web/classes.js';
import { Counter as BundlerCounter } from '@e2e/classes/bundler/classes.js';
// @ts-expect-error the bundler target has no init(): it is ready after import
import bundlerInit from '@e2e/classes/bundler/classes.js';
import initRuntime, { initSync as initRuntimeSync, say, type InitInput } from '@e2e/runtime/web/runtime.js';

// init() takes nothing, a URL or string, a Request, a Response, bytes or a
// WebAssembly.Module, or a promise of one.
await init();
await init(new URL('./classes.wasm', import.meta.url));
await init('./classes.wasm');
await init(fetch('./classes.wasm'));
await init(await fetch('./classes.wasm'));
await init(new Uint8Array(8));
const input: InitInput = new ArrayBuffer(8);
await initRuntime(input);
const done: Promise<void> = initRuntime();
await done;
// @ts-expect-error null is no input (TS's WebAssembly.Module is an empty
// interface, so any other non-nullish value would be accepted)
await init(null);
// @ts-expect-error init() resolves to nothing
const instance: WebAssembly.Instance = await init();

// initSync() takes bytes or a compiled module.
const bytes = new Uint8Array(8);
initSync(bytes);
initSync(new WebAssembly.Module(bytes));
initRuntimeSync(bytes.buffer);
// @ts-expect-error initSync() needs the module
initSync();
// @ts-expect-error initSync() needs bytes or a module
initSync(null);

// The bindings themselves.
const c = new Counter(1);
c.increment();
const v: number = c.value() + make_counter(2).value();
c[Symbol.dispose]();
say('from TypeScript');
const live: number = __wasmport.liveObjects();
// @ts-expect-error say takes a string
say(1);

// The bundler target's classes are its own.
const fromBundler: number = new BundlerCounter(3).value();

export const used = [instance, v, live, fromBundler, bundlerInit];
