// Argument counts: export takes at most a name, import at most a name and a
// module, skip and start take none. Clang reports these with its own wording.
//
// RUN: %verify %s

[[wasmport::export("a", "b")]] void twoNames(); // expected-error {{'export' attribute takes no more than 1 argument}}
[[wasmport::import("f", "./m.js", "x")]] void threeArgs(); // expected-error {{'import' attribute takes no more than 2 arguments}}
[[wasmport::start("boot")]] void boot(); // expected-error {{'start' attribute takes no arguments}}

class [[wasmport::export]] Widget {
public:
  [[wasmport::skip("why")]] void internal(); // expected-error {{'wasmport::skip' selects a member of a foreign class: it applies to an alias-declaration with 'wasmport::export', written skip("member") or rename("member", "jsName")}}
};

// Empty parentheses are the same as no argument list.
[[wasmport::export()]] void emptyParens();
