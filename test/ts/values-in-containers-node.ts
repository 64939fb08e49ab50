// Consumer of the values_in_containers e2e case's generated .d.ts (--target
// node): JS values, Dates, functions and promises inside arrays, optionals
// and value structs. Every `@ts-expect-error` line must fail to type-check.
import {
  makeValues,
  maybe,
  latest,
  datesAt,
  dateOrNot,
  retag,
  callAll,
  callMaybe,
  runHandlers,
  makePromises,
  sumOf,
  type Tagged,
  type Handler,
} from '@e2e/values_in_containers/node/values_in_containers.js';

async function consume(): Promise<void> {
  const values: any[] = makeValues(3);
  const one: any = maybe(true);
  const newest: number = latest([new Date(1), new Date(2)]);
  const dates: Date[] = datesAt(new Float64Array([1]));
  const date: Date | undefined = dateOrNot(undefined);
  const tagged: Tagged = retag({ tag: 't', value: {}, when: new Date(0) });
  const when: Date | undefined = tagged.when;
  const sum: number = callAll([(x: number) => x + 1], 2);
  const maybeSum: number = callMaybe(undefined, 2);
  const handler: Handler = { name: 'h', run: (x: number) => x };
  const text: string = runHandlers([handler]);
  const promises: Promise<number>[] = makePromises(2);
  const total: number = await sumOf(promises);
  void [values, one, newest, dates, date, when, sum, maybeSum, text, total];

  // @ts-expect-error the elements are Dates
  latest([1, 2]);
  // @ts-expect-error the elements are functions of a number
  callAll([(x: string) => x.length], 2);
  // @ts-expect-error a Handler's run takes a number and returns one
  const bad: Handler = { name: 'h', run: () => 'x' };
  // @ts-expect-error the elements are promises of numbers
  const strings: Promise<string>[] = makePromises(2);
  void [bad, strings];
}
void consume;
