// A consumer of examples/hello's .d.ts, written the way its README uses it.
import { greet, greet_loudly, Counter } from '@e2e/hello/node/hello.js';

const hello: string = greet('Ada');
const loud: string = greet_loudly('Grace');
{
  using counter = new Counter(41);
  counter.increment();
  const value: number = counter.value();
  counter.report();
  void value;
}
const c = new Counter(0);
c.free();

// @ts-expect-error greet takes a string
greet(42);
// @ts-expect-error the constructor needs its start value
new Counter();
// @ts-expect-error value() returns a number, not a string
const wrong: string = c.value();
void hello, loud, wrong;
