// Consumer of the class_features e2e case's generated .d.ts (--target node):
// properties (read-write, read-only, accessor methods), subclasses, overloads
// under distinct names. Every `@ts-expect-error` line must fail to
// type-check; tsc reports an unused directive (TS2578) when one becomes valid.
import {
  Counter,
  Shape,
  Rect,
  Square,
  area_of,
  area_or,
  grow,
  parseInt32,
  parseFloat64,
} from '@e2e/class_features/node/class_features.js';

// Data members: read-write, and read-only when const or borrowed.
const c = new Counter(1);
c.value = 2;
const v: number = c.value;
c.label = 'x';
const label: string = c.label;
c.big = 1n;
const big: bigint = c.big;
c.enabled = false;
const limit: number = c.limit;
const kind: string = c.kind;
// @ts-expect-error a const data member is read-only
c.limit = 1;
// @ts-expect-error a std::string_view member is read-only
c.kind = 'y';
// @ts-expect-error an int32_t member takes a number
c.value = '2';
// @ts-expect-error a uint64_t member takes a bigint
c.big = 1;
// @ts-expect-error [[wasmport::skip]] members are not exported
c.hidden;

// Accessor methods.
c.step = 3;
const step: number = c.step;
const twice: number = c.twice;
// @ts-expect-error a getter without a setter is read-only
c.twice = 4;
// @ts-expect-error the C++ methods behind a property are not methods in JS
c.setStep(1);

// Overloads under distinct names.
c.addInt(1);
c.addText('2');
const fromString: Counter = Counter.fromString('3');
const fromNumber: Counter = Counter.fromNumber(4);
const p: number = parseInt32('5') + parseFloat64(6);
// @ts-expect-error overloads have no shared name
c.add(1);
// @ts-expect-error addInt takes a number
c.addInt('1');

// Subclasses: base members on derived objects, derived objects for the base.
const r = new Rect(2, 3);
const s = new Square(4);
const asShape: Shape = s;
const asRect: Rect = s;
const a: number = s.area() + r.area();
const text: string = s.describe();
s.name = 'box';
s.w = 5;
s.side = 6;
const sides: number = s.sides;
const unit: Square = Square.unit();
const total: number = area_of(r) + area_of(s) + area_or(s, 0) + area_or(null, 0);
grow(s, 1);
// @ts-expect-error side is a Square property, not a Rect one
r.side;
// @ts-expect-error a Rect is not a Square
const notSquare: Square = r;
// @ts-expect-error sides has no setter
s.sides = 3;
// @ts-expect-error Shape has no exported constructor
new Shape();
// @ts-expect-error grow takes a Rect, and a Counter is not one
grow(c, 1);
// @ts-expect-error area_of takes a Shape&: no null
area_of(null);

for (const o of [c, fromString, fromNumber, r, s, unit]) o.free();

export const used = [v, label, big, limit, kind, step, twice, p, asShape, asRect, a, text, sides, total, notSquare];
