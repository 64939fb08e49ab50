// Consumers of the numbers and strings e2e cases' generated .d.ts (--target
// node): number, bigint, boolean, string and string | null, both ways.
import * as num from '@e2e/numbers/node/numbers.js';
import {
  greet,
  echo,
  c_length,
  is_null,
  static_view,
  static_cstr,
  null_cstr,
  concat,
  repeat,
} from '@e2e/strings/node/strings.js';
// @ts-expect-error the node target has no init(): it is ready after import
import init from '@e2e/numbers/node/numbers.js';

// 8/16/32-bit integers, float and double are numbers.
const i8: number = num.echo_i8(-128);
const u32: number = num.echo_u32(4294967295);
const f: number = num.echo_f32(0.5) + num.echo_f64(0.25);
const long: number = num.echo_long(1);
const sum: number = num.add(1, 2);
// @ts-expect-error missing argument
num.add(1);
// @ts-expect-error too many arguments
num.add(1, 2, 3);
// @ts-expect-error a string where a number is expected
num.echo_i32('1');
// @ts-expect-error a bigint where a 32-bit integer is expected
num.echo_i32(1n);

// 64-bit integers are bigints, both ways.
const i64: bigint = num.echo_i64(-(2n ** 63n));
const u64: bigint = num.echo_u64(2n ** 64n - 1n) + num.echo_ull(1n);
const total: bigint = num.sumTo(10);
const mixed: number = num.mix(1, 2, 3n, 4.5, true);
// @ts-expect-error a number where a 64-bit integer (bigint) is expected
num.echo_i64(1);
// @ts-expect-error uint64_t results are bigints
const notNumber: number = num.sumTo(3);
// @ts-expect-error the int64_t parameter of mix takes a bigint
num.mix(1, 2, 3, 4.5, true);

// bool is boolean; void is void.
const neg: boolean = num.negate(false);
const even: boolean = num.call_is_even(2);
num.nothing();
// @ts-expect-error a number where a boolean is expected
num.negate(0);
// @ts-expect-error void results are not values to use as numbers
const nothing: number = num.nothing();

// Strings; const char* is string | null both ways.
const hello: string = greet('Ada');
const same: string = echo('a\0b');
const n: number = c_length(null) + c_length('héllo');
const isNull: boolean = is_null(null);
const view: string = static_view();
const cstr: string | null = static_cstr();
const nul: string | null = null_cstr();
const joined: string = concat('a', 'b', null);
const many: string = repeat('ab', 3);
// @ts-expect-error a number where a string is expected
greet(42);
// @ts-expect-error only const char* parameters accept null
echo(null);
// @ts-expect-error missing argument
concat('a', 'b');
// @ts-expect-error const char* results may be null
const notNull: string = static_cstr();

export const used = [i8, u32, f, long, sum, i64, u64, total, mixed, notNumber, neg, even, nothing,
  hello, same, n, isNull, view, cstr, nul, joined, many, notNull, init];
