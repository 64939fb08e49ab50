// Consumer of the types e2e case's generated .d.ts (--target node): typed
// arrays, enums, value structs, optionals and smart pointers. Every
// `@ts-expect-error` line must fail to type-check.
import {
  Color,
  Shape,
  Item,
  type Point,
  type Polygon,
  reverseF64,
  reverseI64,
  reverseStrings,
  sum,
  scale,
  next,
  corners,
  midpoint,
  describe,
  half,
  shout,
  origin,
  maybeColor,
  evens,
  makeItem,
  consume,
  sharedItem,
  globalItem,
  items,
} from '@e2e/types/node/types.js';

const f: Float64Array = reverseF64(new Float64Array([1, 2]));
const big: BigInt64Array = reverseI64(new BigInt64Array(2));
const words: string[] = reverseStrings(['a', 'b']);
const total: number = sum(f);
scale(new Float32Array(3), 2);
// @ts-expect-error a plain array is not a Float64Array
reverseF64([1, 2]);
// @ts-expect-error the element type must match
scale(new Float64Array(3), 2);
// @ts-expect-error numbers are not strings
reverseStrings([1]);

const c: Color = next(Color.Red);
const n: 0 | 5 | 6 = c;
const s: Shape = 'square';
corners(s);
corners(Shape.Circle);
// @ts-expect-error 1 is not a Color
next(1);
// @ts-expect-error 'triangle' is not a Shape
corners('triangle');
// @ts-expect-error enums are read-only
Color.Red = 1;

const p: Point = midpoint({ x: 1, y: 2 }, { x: 3, y: 4 });
const poly: Polygon = describe({ name: 'n', points: [p], kind: 'circle', closed: true, id: 1n });
const fill: Color | undefined = poly.fill;
// @ts-expect-error y is missing
midpoint({ x: 1 }, p);
// @ts-expect-error id is a bigint
describe({ name: 'n', points: [], kind: 'circle', closed: true, id: 1 });

const h: number | undefined = half(undefined);
const sh: string | undefined = shout('x');
const o: Point | undefined = origin(true);
maybeColor(undefined);
const e: (bigint | undefined)[] = evens([1n, undefined]);
// @ts-expect-error the result may be undefined
const notUndefined: number = half(2);
// @ts-expect-error a string is not a number | undefined
half('2');

const item: Item | null = makeItem('x');
consume(item);
consume(null);
const shared: Item | null = sharedItem();
const borrowed: Item | null = globalItem();
const list: Item[] = items(['a']);
// @ts-expect-error a unique_ptr result may be null
const nonNull: Item = makeItem('y');

export { f, big, words, total, n, fill, h, sh, o, e, shared, borrowed, list, notUndefined, nonNull };
