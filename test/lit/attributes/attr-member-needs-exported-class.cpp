// export and skip on members only mean something in an exported class.
//
// RUN: %verify %s
// RUN: %not %wasmport_cxx -fsyntax-only %s 2>&1 | %FileCheck %s

class Plain {
public:
  [[wasmport::export]] int value() const; // expected-error {{'wasmport::export' applies to members of a class marked [[wasmport::export]]; export the class}}
  // CHECK: attr-member-needs-exported-class.cpp:[[@LINE-1]]:5: error: 'wasmport::export' applies to members of a class marked {{\[\[}}wasmport::export{{\]\]}}; export the class
  [[wasmport::skip]] void hidden(); // expected-error {{'wasmport::skip' applies to members of a class marked [[wasmport::export]]; export the class}}
  [[wasmport::export("make")]] static Plain create(); // expected-error {{'wasmport::export' applies to members of a class marked [[wasmport::export]]}}
};

// A nested class is not exported because its enclosing class is.
class [[wasmport::export]] Outer {
public:
  struct Inner {
    [[wasmport::export]] void f(); // expected-error {{'wasmport::export' applies to members of a class marked [[wasmport::export]]}}
  };
};
