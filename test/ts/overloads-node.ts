// Consumer of the overloads e2e case's generated .d.ts (--target node): one
// declaration per overload, `param?:` for default arguments; tsc --strict
// picks the overload from the arguments.
import { describe, add, greet, big, Point, Logger } from '@e2e/overloads/node/overloads.js';

// Overloads: each call type-checks against the overload it picks.
const a: string = describe(5);
const b: string = describe('k');
const c: string = describe(new Int32Array(2));
const d: string = describe(1, 2);
// @ts-expect-error no overload takes a boolean
describe(true);
// @ts-expect-error no overload takes a number and a string
describe(1, 'x');
// @ts-expect-error no overload takes three arguments
describe(1, 2, 3);

// Default arguments are optional parameters.
const e: number = add(1) + add(1, 2) + add(1, 2, 3) + add(1, undefined);
const f: string = greet() + greet('you') + greet('you', '?');
const g: bigint = big(1n) + big(1n, 2n);
// @ts-expect-error the first parameter has no default
add();
// @ts-expect-error a string where the parameter is a number
add(1, 'x');

// Constructors, methods and statics.
const p = new Point();
const q = new Point(1);
const r = new Point(1, 2);
const s = new Point('abc');
// @ts-expect-error no constructor takes a boolean
new Point(true);
p.move(1, 2);
p.move(q);
// @ts-expect-error move takes two numbers or a Point
p.move(1);
const n: string = p.name();
const x: number = p.scaled() + p.scaled(2);
const o: Point = Point.origin();
const o2: Point = Point.origin(3);
const l = new Logger();
const l2 = new Logger(2);
// @ts-expect-error the FILE* parameter is not part of the JS constructor
new Logger(1, null);
for (const obj of [p, q, r, s, o, o2, l, l2]) obj.free();
void [a, b, c, d, e, f, g, n, x];

// Foreign overloads: declared in order, the int one first.
import { set } from '@e2e/overloads/node/overloads.js';
const kv: string = set('k', 5) + set('k', 2.5);
// @ts-expect-error no overload takes a string value
set('k', 'v');
void kv;
