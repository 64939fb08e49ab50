// Consumer of the constants_methods e2e case's generated .d.ts (--target
// node): class constants as static readonly properties, module constants as
// exported consts, toString() and equals(). Every `@ts-expect-error` line
// must fail to type-check.
import {
  Point,
  Tag,
  Size,
  Level,
  Shape,
  VERSION,
  ANSWER,
  NEG,
  LEVEL,
} from '@e2e/constants_methods/node/constants_methods.js';

const max: number = Point.MAX;
const big: bigint = Point.BIG;
const name: string = Point.NAME;
const unit: string = Point.UNIT; // a const char * constant is never null
const level: Level = Point.DEFAULT_LEVEL;
const shape: Shape = Point.DEFAULT_SHAPE;
const on: boolean = Point.ORIGIN_IS_ZERO;
// @ts-expect-error a constant is read-only
Point.MAX = 1;
// @ts-expect-error a 64-bit constant is a bigint
const notNumber: number = Point.UBIG;

const version: string = VERSION;
const answer: number = ANSWER;
const neg: bigint = NEG;
const lvl: Level = LEVEL;

const p = new Point(1, 2);
const text: string = p.toString();
const same: boolean = p.equals(new Point(1, 2));
// @ts-expect-error equals takes the same class
p.equals(new Tag('x'));
const sized: string | null = new Size(1, 2).toString(); // a const char * result
const tagText: string = `${new Tag('t')}`;

export { max, big, name, unit, level, shape, on, notNumber, version, answer, neg, lvl, text, same, sized, tagText };
