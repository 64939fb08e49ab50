// A JavaScript name must be an identifier: letters, digits, '_' and '$', not
// starting with a digit. Checked for export names and import paths.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

[[wasmport::export("1st")]] void first(); // expected-error {{'1st' is not a valid JavaScript identifier; use letters, digits, '_' and '$', not starting with a digit}}
// CHECK: diag-invalid-js-name.cpp:[[@LINE-1]]:3: error: '1st' is not a valid JavaScript identifier
[[wasmport::export("kebab-case")]] void kebab(); // expected-error {{'kebab-case' is not a valid JavaScript identifier}}
[[wasmport::export("")]] void empty(); // expected-error {{'' is not a valid JavaScript identifier}}
// CHECK: diag-invalid-js-name.cpp:[[@LINE-1]]:3:{[[@LINE-1]]:3-[[@LINE-1]]:23}: error: '' is not a valid JavaScript identifier
class [[wasmport::export("")]] Nameless {}; // expected-error {{'' is not a valid JavaScript identifier}}
[[wasmport::export("with space")]] void spaced(); // expected-error {{'with space' is not a valid JavaScript identifier}}
[[wasmport::export("a.b")]] void dotted(); // expected-error {{'a.b' is not a valid JavaScript identifier}}
[[wasmport::export("caf\u00e9")]] void accented(); // expected-error {{is not a valid JavaScript identifier}}

class [[wasmport::export("my-class")]] MyClass {}; // expected-error {{'my-class' is not a valid JavaScript identifier}}
// CHECK: diag-invalid-js-name.cpp:[[@LINE-1]]:9: error: 'my-class' is not a valid JavaScript identifier

class [[wasmport::export]] Box {
public:
  [[wasmport::export("get-value")]] int value() const; // expected-error {{'get-value' is not a valid JavaScript identifier}}
  // CHECK: diag-invalid-js-name.cpp:[[@LINE-1]]:5: error: 'get-value' is not a valid JavaScript identifier
  [[wasmport::export("")]] int size() const; // expected-error {{'' is not a valid JavaScript identifier}}
};

// Every segment of an import path is an identifier.
[[wasmport::import("console.1log")]] void badSegment(int); // expected-error {{'1log' is not a valid JavaScript identifier}}
// CHECK: diag-invalid-js-name.cpp:[[@LINE-1]]:3:{[[@LINE-1]]:3-[[@LINE-1]]:35}: error: '1log' is not a valid JavaScript identifier
[[wasmport::import("console..log")]] void emptySegment(int); // expected-error {{'' is not a valid JavaScript identifier}}
[[wasmport::import(".log")]] void leadingDot(int); // expected-error {{'' is not a valid JavaScript identifier}}
[[wasmport::import("console.")]] void trailingDot(int); // expected-error {{'' is not a valid JavaScript identifier}}
[[wasmport::import("")]] void nothing(int); // expected-error {{'' is not a valid JavaScript identifier}}
[[wasmport::import("my-global")]] void dashed(int); // expected-error {{'my-global' is not a valid JavaScript identifier}}
[[wasmport::import("f-g", "./m.js")]] void moduleExport(int); // expected-error {{'f-g' is not a valid JavaScript identifier}}

// Accepted: '$', '_', digits after the first character, deep paths.
[[wasmport::export("$el")]] void dollar();
[[wasmport::export("_private2")]] void underscore();
[[wasmport::import("globalThis.performance.now")]] double now();
