// An alias-declaration with [[wasmport::export]] names a class, struct or enum
// declared elsewhere; with [[wasmport::value]] a struct. Anything else, and
// class template specialisations, are one error at the attribute. A
// using-declaration in an exported namespace names functions, classes or enums.
//
// RUN: %verify %s

#include <vector>

namespace lib {
struct S { int a; };
union U { int i; float f; };
class Incomplete;
enum E { e0 };
int variable = 0;
template <typename T> struct Box { T t; };
} // namespace lib

using Int [[wasmport::export]] = int; // expected-error {{'wasmport::export' on alias 'Int' names 'int', which is not a class, struct or enum with a definition; an alias-declaration can export a class, struct or enum, or (with 'wasmport::value') make a struct a value struct}}
using Un [[wasmport::export]] = lib::U; // expected-error {{'wasmport::export' on alias 'Un' names 'lib::U', which is not a class, struct or enum with a definition; an alias-declaration can export a class, struct or enum, or (with 'wasmport::value') make a struct a value struct}}
using Inc [[wasmport::export]] = lib::Incomplete; // expected-error {{'wasmport::export' on alias 'Inc' names 'lib::Incomplete', which is not a class, struct or enum with a definition; an alias-declaration can export a class, struct or enum, or (with 'wasmport::value') make a struct a value struct}}
using EV [[wasmport::value]] = lib::E; // expected-error {{'wasmport::value' on alias 'EV' names 'lib::E', which is not a struct with a definition; an alias-declaration can export a class, struct or enum, or (with 'wasmport::value') make a struct a value struct}}
using Ints [[wasmport::export]] = std::vector<int>; // expected-error {{'wasmport::export' on alias 'Ints' names 'std::vector<int>', a class template specialisation; an alias-declaration can export a class, struct or enum that is not a template: export a class that uses the template instead}}
using IntBox [[wasmport::export]] = lib::Box<int>; // expected-error {{'wasmport::export' on alias 'IntBox' names 'lib::Box<int>', a class template specialisation; an alias-declaration can export a class, struct or enum that is not a template: export a class that uses the template instead}}
using Both [[wasmport::export, wasmport::value]] = lib::S; // expected-error {{'wasmport::value' cannot be combined with 'wasmport::export'}}

namespace [[wasmport::export]] ns {
using lib::variable; // expected-error {{using-declaration of 'variable' in an exported namespace names no function, class or enum; it can export functions (every overload), classes and enums}}
}
