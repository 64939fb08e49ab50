// Some names would break the generated JavaScript class: constructor,
// prototype, free (the generated destructor), __proto__, then (would make
// objects thenable) and the __wasmport_ prefix. Other reserved words are
// fine as member names.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

class [[wasmport::export]] Pledge {
public:
  void then(); // expected-error {{'then' cannot name a member of a JavaScript class; rename it with [[wasmport::export("otherName")]]}}
  // CHECK: diag-reserved-member-name.cpp:[[@LINE-1]]:8: error: 'then' cannot name a member of a JavaScript class
  void free(); // expected-error {{'free' cannot name a member of a JavaScript class}}
  static Pledge prototype(); // expected-error {{'prototype' cannot name a member of a JavaScript class}}
  [[wasmport::export("constructor")]] void init(); // expected-error {{'constructor' cannot name a member of a JavaScript class}}
  // CHECK: diag-reserved-member-name.cpp:[[@LINE-1]]:5: error: 'constructor' cannot name a member of a JavaScript class
  [[wasmport::export("__proto__")]] void proto(); // expected-error {{'__proto__' cannot name a member of a JavaScript class}}
  [[wasmport::export("__wasmport_ptr")]] int ptr(); // expected-error {{'__wasmport_ptr' cannot name a member of a JavaScript class}}

  // Renamed, skipped, or reserved only at the top level: accepted.
  [[wasmport::export("andThen")]] void then(int);
  [[wasmport::skip]] void free(int);
  void delete_();
  void eval();
  void init(int);
  static Pledge memory();
};
