// Consumer of the maps_sets e2e case's generated .d.ts (--target node):
// std::map and std::unordered_map as Map (parameters also ReadonlyMap and,
// for string keys, Record), std::set and std::unordered_set as Set
// (parameters also ReadonlySet and readonly arrays). Every
// `@ts-expect-error` line must fail to type-check.
import {
  doubled,
  describe,
  scaled,
  names,
  sumColors,
  moods,
  split,
  nested,
  unique,
  evens,
  groups,
  maybeMap,
  restock,
  Color,
  Mood,
  type Inventory,
} from '@e2e/maps_sets/node/maps_sets.js';

const d: Map<string, number> = doubled(new Map([['a', 1]]));
const fromObject: Map<string, number> = doubled({ a: 1, b: 2 });
const text: string = describe(d);
const readonly: ReadonlyMap<string, number> = d;
const s: Map<string, number> = scaled(readonly, 2);
const n: Map<bigint, string> = names(new BigInt64Array([1n]));
const colors: number = sumColors(new Map([[Color.Red, 1]]));
const m: Map<Mood, boolean> = moods(true);
const parts: Map<boolean, string[]> = split(['a']);
const deep: Map<string, Map<string, number>> = nested({ k: new Map([['v', 1]]) });
const u: Set<string> = unique(['a', 'b']);
const fromSet: Set<string> = unique(new Set(['a']));
const e: Set<number> = evens(new Set([1, 2]));
const g: Set<number>[] = groups(2);
const maybe: Map<string, number> | undefined = maybeMap(undefined);
const inv: Inventory = restock({ owner: 'o', counts: new Map([['a', 1]]), ids: new Set([1n]) }, 2n);
const counts: Map<string, number> = inv.counts;
void [fromObject, text, s, n, colors, m, parts, deep, u, fromSet, e, g, maybe, counts];

// @ts-expect-error the values are numbers
doubled(new Map([['a', 'x']]));
// @ts-expect-error numeric keys take no plain object
sumColors({ 0: 1 });
// @ts-expect-error a result is a Map, not a plain object
const notRecord: Record<string, number> = doubled({});
// @ts-expect-error the elements are strings
unique([1]);
// @ts-expect-error 64-bit keys are bigints
const wrongKeys: Map<number, string> = names(new BigInt64Array([1n]));
void [notRecord, wrongKeys];
