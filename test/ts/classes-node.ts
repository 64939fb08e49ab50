// Consumer of the classes e2e case's generated .d.ts (--target node):
// constructors by arity, methods, statics, nullable pointers, ownership.
// Every `@ts-expect-error` line must fail to type-check; tsc reports an
// unused directive (TS2578) when one becomes valid.
import {
  Counter,
  Label,
  Token,
  total,
  value_or,
  bump,
  by_value,
  make_counter,
  alive_objects,
  __wasmport,
} from '@e2e/classes/node/classes.js';

// Constructors, one per exported arity.
const a: Counter = new Counter();
const b = new Counter(41);
const c = new Counter(10, 5);
// @ts-expect-error no constructor takes three arguments
new Counter(1, 2, 3);
// @ts-expect-error a string where the C++ constructor takes int32_t
new Counter('1');

// Methods and statics.
a.increment();
const v: number = b.value();
a.addTo(b);
const same: boolean = a.same(b);
const none: boolean = a.has(null);
const copy: Counter = c.copy();
const stepped: Counter = Counter.withStep(3);
const alive: number = Counter.alive();
// @ts-expect-error [[wasmport::skip]] methods are not exported
a.hidden();
// @ts-expect-error private C++ members are not exported
a.secret();
// @ts-expect-error the C++ name add_to is exported as addTo
a.add_to(b);
// @ts-expect-error withStep is static
a.withStep(1);
// @ts-expect-error value() is not static
Counter.value();
// @ts-expect-error value() returns a number
const notString: string = a.value();

// Free functions taking objects: T&, const T&, T*, T by value.
const t: number = total(a, b);
bump(a);
const fallback: number = value_or(null, -1);
const byValue: number = by_value(a);
const made: Counter = make_counter(9);
const count: number = alive_objects();
// @ts-expect-error a Label where a Counter is expected
total(a, new Label('x'));
// @ts-expect-error only pointer parameters accept null
total(null, b);
// @ts-expect-error bump takes a Counter&, not null
bump(null);
// @ts-expect-error missing argument
value_or(a);

// Strings in classes.
const label = new Label('héllo');
label.append(' wörld');
const text: string = label.text();
const joined: Label = label.joined(new Label('!'));
// @ts-expect-error Label's constructor takes a string
new Label(42);
// @ts-expect-error joined takes a Label
label.joined(a);

// A class without a public constructor: only statics create it.
const token: Token = Token.make();
const id: number = token.id();
// @ts-expect-error Token has no exported constructor
new Token();

// Ownership: free(), Symbol.dispose and `using`.
for (const o of [a, b, c, copy, stepped, made, label, joined]) o.free();
token[Symbol.dispose]();
{
  using scoped = new Counter(1);
  scoped.increment();
}
// @ts-expect-error free() returns nothing
const freed: boolean = token.free();

// Introspection.
const live: number = __wasmport.liveObjects();
const memory: WebAssembly.Memory = __wasmport.memory();
const bytes: number = memory.buffer.byteLength;
// @ts-expect-error __wasmport is read-only
__wasmport.liveObjects = () => 0;

export const used = [v, same, none, alive, notString, t, fallback, byValue, count, text, id, freed, live, bytes];
