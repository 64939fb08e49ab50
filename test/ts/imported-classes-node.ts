// Consumer of the imported_classes e2e case's generated .d.ts (--target
// node): global JS classes are named as the instance types of the globals
// (`InstanceType<typeof Date>`), classes from ES modules are `any`. Every
// `@ts-expect-error` line must fail to type-check.
import {
  make_date,
  date_time,
  make_map,
  map_size,
  make_step_counter,
  hold_counter,
} from '@e2e/imported_classes/node/imported_classes.js';

const d: Date = make_date(0);
const year: number = d.getUTCFullYear() + date_time(new Date());
// @ts-expect-error: a Date parameter takes a Date.
date_time('2024-01-01');
// @ts-expect-error: the result is a Date, not a string.
const notString: string = make_date(0);

const m: Map<unknown, unknown> = make_map(1);
const n: number = map_size(m) + map_size(new Map<string, number>());
// @ts-expect-error: a Map parameter takes a Map.
map_size({ size: 1 });

// An ES-module class: TypeScript is not told its type.
const c = make_step_counter(1, 2);
const anything: string = c.whatever;
hold_counter({ not: 'a counter' });

export { year, notString, n, anything };
