// Consumer of the promises e2e case's generated .d.ts (--target node):
// exports returning and taking promises. Every `@ts-expect-error` line must
// fail to type-check.
import {
  add_later,
  tick_twice,
  greet,
  big,
  half,
  plus_one,
  any,
  pass_promise,
} from '@e2e/promises/node/promises.js';

async function consume(): Promise<void> {
  const sum: number = await add_later(1, 2);
  const nothing: void = await tick_twice();
  const text: string = await greet('Ada');
  const doubled: bigint = await big(2n);
  const maybe: number | undefined = await half(3);
  const next: number = await plus_one(Promise.resolve(1));
  const value: any = await any();
  const same: Promise<any> = pass_promise(Promise.resolve({}));
  void [sum, nothing, text, doubled, maybe, next, value, same];

  // @ts-expect-error the result is a promise, not a number
  const notAwaited: number = add_later(1, 2);
  // @ts-expect-error a promise of a string is not a promise of a number
  const wrong: Promise<number> = greet('Ada');
  // @ts-expect-error the parameter is a Promise<number>
  plus_one(Promise.resolve('1'));
  void [notAwaited, wrong];
}
void consume;
