// Loads the C++ module and calls its one entry; the page is C++ from there.
import init, { start } from './pkg/chart.js';

await init();
await start('items.json');
