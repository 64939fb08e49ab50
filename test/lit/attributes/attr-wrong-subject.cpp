// A wasmport attribute on something it cannot apply to is an error, worded as
// Clang words its own ("attribute only applies to ..."), with the caret on the
// attribute.
//
// RUN: rm -rf %t && %split-file --leading-lines %s %t
// RUN: %verify %t/variable.cpp
// RUN: %verify %t/statement.cpp
// RUN: %verify %t/member.cpp
// RUN: %verify %t/import.cpp
// RUN: %verify %t/others.cpp
// RUN: %not %wasmport_cxx -fsyntax-only %t/variable.cpp %t/statement.cpp 2>&1 \
// RUN:   | %FileCheck %s

//--- variable.cpp
// A variable takes the attribute, but only a constant is exported
// (diag-constants.cpp).
[[wasmport::export]] int counter = 0; // expected-error {{'counter' cannot be exported: only constants are, and it is not 'constexpr'; declare it 'constexpr', or remove [[wasmport::export]]}}
// CHECK: variable.cpp:[[@LINE-1]]:3: error: 'counter' cannot be exported: only constants are

int [[wasmport::export]] typed = 0; // expected-error {{'export' attribute cannot be applied to types}}

void params([[wasmport::export]] int p); // expected-error {{'export' attribute only applies to functions, classes, enums, enumerators, constants and namespaces}}

//--- statement.cpp
int f(int x) {
  [[wasmport::export]] return x; // expected-error {{'export' attribute only applies to functions, classes, enums, enumerators, constants and namespaces}}
  // CHECK: statement.cpp:[[@LINE-1]]:5: error: 'export' attribute only applies to functions, classes, enums, enumerators, constants and namespaces
}
void g() {
  [[wasmport::skip]] ; // expected-error {{'skip' attribute only applies to members of exported classes and declarations in exported namespaces}}
  [[wasmport::export]] int local = 1; // expected-error {{'export' attribute only applies to functions, classes, enums, enumerators, constants and namespaces}}
  (void)local;
}

//--- member.cpp
class [[wasmport::export]] Point {
public:
  [[wasmport::export]] int x = 0; // expected-error {{'export' attribute only applies to functions, classes, enums, enumerators, constants and namespaces}}
  [[wasmport::start]] static void init(); // expected-error {{'start' attribute only applies to functions}}
};

//--- import.cpp
// Imports are functions and classes (member functions: of imported classes,
// diag-imported-class-attributes.cpp).
[[wasmport::import]] int level; // expected-error {{'import' attribute only applies to functions declared without a body and classes}}
namespace [[wasmport::import]] js {} // expected-error {{'import' attribute only applies to functions declared without a body and classes}}

//--- others.cpp
[[wasmport::start]] int started; // expected-error {{'start' attribute only applies to functions}}
struct [[wasmport::start]] Boot {}; // expected-error {{'start' attribute only applies to functions}}
namespace [[wasmport::skip]] hidden {} // expected-error {{'skip' attribute only applies to members of exported classes and declarations in exported namespaces}}
// A variable takes 'skip' (a constant of an exported class), but here nothing
// is exported.
[[wasmport::skip]] int skipped; // expected-error {{'wasmport::skip' applies to members of a class and declarations in a namespace marked [[wasmport::export]]; here nothing is exported, so remove it}}
union [[wasmport::export]] U { int i; float f; }; // expected-error {{'export' attribute only applies to functions, classes, enums, enumerators, constants and namespaces}}
[[wasmport::value]] int valueFunction(); // expected-error {{'value' attribute only applies to structs and classes}}
enum class [[wasmport::value]] ValueEnum { A }; // expected-error {{'value' attribute only applies to structs and classes}}
[[wasmport::export]] typedef int Int; // expected-error {{'export' attribute only applies to functions, classes, enums, enumerators, constants and namespaces}}
// An alias-declaration takes the attribute; the Collector checks what it names
// (test/lit/diagnostics/diag-foreign-alias.cpp).
using Alias [[wasmport::export]] = int; // expected-error {{'wasmport::export' on alias 'Alias' names 'int', which is not a class, struct or enum with a definition; an alias-declaration can export a class, struct or enum, or (with 'wasmport::value') make a struct a value struct}}
template <typename T> using Vec [[wasmport::export]] = T *; // expected-error {{templates cannot be exported to JavaScript}} expected-note {{export a non-template function or class that uses the template instead}}
[[wasmport::constructor]] int makeThing(); // expected-error {{'constructor' attribute only applies to member functions}}
[[wasmport::setter]] int settable; // expected-error {{'setter' attribute only applies to member functions}}
struct Holder {
  [[wasmport::getter]] int field; // expected-error {{'getter' attribute only applies to member functions}}
};
