// The example's generated .d.ts under `tsc --strict` (test web-example-tsc):
// main.mjs's two lines, typed, and what the declarations must refuse: the
// line after each ts-expect-error directive must fail to type-check.
import init, { initSync, start, __wasmport } from '@web-example/chart.js';

await init();
await init(new URL('./pkg/chart.wasm', import.meta.url));
const loaded: Promise<void> = start('items.json');
await loaded;
const handles: number = __wasmport.jsValues();
initSync(new Uint8Array(8));

// @ts-expect-error the URL is a string
await start(new URL('items.json', import.meta.url));
// @ts-expect-error start takes the URL
await start();
// @ts-expect-error start resolves to nothing
const count: number = await start('items.json');
// @ts-expect-error the page's C++ exports nothing else
await load('items.json');

export { handles, count };
