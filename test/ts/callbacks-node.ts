// Consumer of the callbacks e2e case's generated .d.ts (--target node):
// std::function parameters are typed JS functions. Every `@ts-expect-error`
// line must fail to type-check.
import {
  Emitter,
  apply_twice,
  join_with,
  results,
  with_doubler,
  make_adder,
} from '@e2e/callbacks/node/callbacks.js';

const n: number = apply_twice((x: number) => x + 1, 2);
const s: string = join_with((item, i) => `${item.toUpperCase()}${i.toFixed(0)}`, 3);
const r: string = results(() => true, () => 1n, (i) => (i > 0 ? 'x' : undefined), () => {});
const d: number = with_doubler((f) => f(21));
const e = new Emitter();
e.on('tick', (name: string, value: number) => console.log(name, value));
// A JsValue result is `any`: a Closure's function is called as one.
const sum: number = make_adder(1)(2, 3);
// @ts-expect-error the callback must return a number
apply_twice((x: number) => `${x}`, 2);
// @ts-expect-error the callback gets a number, not a string
apply_twice((x: string) => x.length, 2);
// @ts-expect-error a function is needed
apply_twice(42, 2);
// @ts-expect-error an optional string result, not a number
results(() => true, () => 1n, () => 1, () => {});
// @ts-expect-error the handler's first argument is a string
e.on('tick', (name: number) => name);
e.free();
export { n, s, r, d, sum };
