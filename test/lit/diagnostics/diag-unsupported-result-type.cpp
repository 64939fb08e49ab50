// A result type that cannot cross to JavaScript is an error with the caret on
// the return type. Exported classes return by value only: a borrowed
// reference or pointer would need a lifetime rule.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

#include <list>
#include <string>
#include <vector>

union Number { int i; float f; };
class NotExported {};
class [[wasmport::export]] Node {
public:
  Node &self(); // Borrowed results are supported (docs/Types.md).
  Node *parent();
  Node **children(); // expected-error {{'children' returns 'Node **', which wasmport cannot pass between C++ and JavaScript}} expected-note {{supported:}}
  std::vector<Node *> siblings(); // expected-error {{'siblings' returns 'std::vector<Node *>'}} expected-note {{supported:}}
  Node copy() const;
};

[[wasmport::export]] long double precise(); // expected-error {{'precise' returns 'long double', which wasmport cannot pass between C++ and JavaScript}} expected-note {{supported: void (results), bool}}
// CHECK:      diag-unsupported-result-type.cpp:[[@LINE-1]]:22:{[[@LINE-1]]:22-[[@LINE-1]]:33}: error: 'precise' returns 'long double', which wasmport cannot pass between C++ and JavaScript
// CHECK-NEXT: diag-unsupported-result-type.cpp:[[@LINE-2]]:22: note: supported:
[[wasmport::export]] Number number(); // expected-error {{'number' returns 'Number'}} expected-note {{supported:}}
// CHECK: diag-unsupported-result-type.cpp:[[@LINE-1]]:22:{[[@LINE-1]]:22-[[@LINE-1]]:28}: error: 'number' returns 'Number'
[[wasmport::export]] __int128 wide(); // expected-error {{'wide' returns '__int128'}} expected-note {{supported:}}
[[wasmport::export]] std::list<int> table(); // expected-error {{'table' returns 'std::list<int>'}} expected-note {{supported:}}
// CHECK: diag-unsupported-result-type.cpp:[[@LINE-1]]:22:{[[@LINE-1]]:22-[[@LINE-1]]:36}: error: 'table' returns 'std::list<int>'
[[wasmport::export]] NotExported object(); // expected-error {{'object' returns 'NotExported'}} expected-note {{supported:}}
[[wasmport::export]] std::string &name(); // expected-error {{'name' returns 'std::string &'}} expected-note {{supported:}}
[[wasmport::export]] const std::string &constName(); // expected-error {{'constName' returns 'const std::string &'}} expected-note {{supported:}}
[[wasmport::export]] int *pointer(); // expected-error {{'pointer' returns 'int *'}} expected-note {{supported:}}
// A declarator wrapped around the name: the range covers the whole type.
[[wasmport::export]] void (*callback())(int); // expected-error {{'callback' returns 'void (*)(int)'}} expected-note {{supported:}}
// CHECK: diag-unsupported-result-type.cpp:[[@LINE-1]]:22:{[[@LINE-1]]:22-[[@LINE-1]]:45}: error: 'callback' returns 'void (*)(int)'
[[wasmport::export]] std::string &&moved(); // expected-error {{'moved' returns 'std::string &&'}} expected-note {{supported:}}
[[wasmport::export]] Node **root(); // expected-error {{'root' returns 'Node **'}} expected-note {{supported:}}
// CHECK: diag-unsupported-result-type.cpp:[[@LINE-1]]:22:{[[@LINE-1]]:22-[[@LINE-1]]:29}: error: 'root' returns 'Node **'

// Trailing return types: the caret is on the written type, after the arrow.
[[wasmport::export]] auto trailing() -> long double; // expected-error {{'trailing' returns 'long double'}} expected-note {{supported:}}
// CHECK: diag-unsupported-result-type.cpp:[[@LINE-1]]:41:{[[@LINE-1]]:41-[[@LINE-1]]:52}: error: 'trailing' returns 'long double'

// Classes are checked after free functions.
// CHECK: diag-unsupported-result-type.cpp:18:3:{18:3-18:10}: error: 'children' returns 'Node **'
// CHECK: diag-unsupported-result-type.cpp:19:3:{19:3-19:22}: error: 'siblings' returns 'std::vector<Node *>'
