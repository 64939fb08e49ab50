// Consumer of the expected e2e case's generated .d.ts (--target node): a
// function returning std::expected<T, E> is typed as returning T (the error
// is thrown). Every `@ts-expect-error` line must fail to type-check.
import {
  Account,
  ParseError,
  Status,
  type SyntaxProblem,
  find_char,
  halves,
  host_number,
  lookup,
  parse_int,
  parse_json,
  repeat,
  split_words,
  validate,
} from '@e2e/expected/node/expected.js';

const n: number = parse_int('42');
const s: string = repeat('ab', 2);
const v: void = validate('1');
const d: number = lookup('pi');
const words: string[] = split_words('a b');
const h: Float64Array = halves(new Float64Array([2]));
const at: { line: number; column: number } | undefined = find_char('ab', 'b');
const parsed: any = parse_json('{}');
const k: number = host_number(0);
const a: Account = Account.open(10n);
const left: bigint = a.withdraw(1n);
const owner: string = a.owner;
a.owner = 'Ada';
a.free();

try {
  validate('');
} catch (e) {
  // The error is thrown: catch clauses see `unknown`.
  const err = e as Error & { value: ParseError };
  const code: ParseError = err.value;
  void code;
}
const problem: SyntaxProblem = { message: 'm', line: 1, column: 2 };
const status: Status = Status.Forbidden;

// @ts-expect-error: the result is the value type, not the std::expected
const wrong: string = parse_int('1');
// @ts-expect-error: a std::expected<void, E> returns nothing
const nothing: number = validate('1');

void [n, s, v, d, words, h, at, parsed, k, left, owner, problem, status, wrong, nothing];
