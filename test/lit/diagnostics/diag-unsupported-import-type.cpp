// Imports accept what exports do, mirrored, but no std::shared_ptr, no
// mutable span, and views and borrowed objects only as parameters. The note
// says so.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

#include <memory>
#include <string>
#include <string_view>

class [[wasmport::export]] Widget {};

[[wasmport::import]] void show(std::shared_ptr<Widget> w); // expected-error {{parameter 'w' of 'show' has type 'std::shared_ptr<Widget>', which wasmport cannot pass between C++ and JavaScript}} expected-note {{imports take and return what exports do (numbers, std::string, exported enums, [[wasmport::value]] structs, std::vector and std::optional, exported classes by value or std::unique_ptr, wasmport::JsValue and imported classes, std::function, wasmport::Promise) but std::shared_ptr; std::string_view, const char*, std::span<const T> and exported classes by reference or pointer (lent for the call) are parameters only; a std::expected<T, wasmport::JsValue> result catches what JavaScript throws}}
// CHECK:      diag-unsupported-import-type.cpp:[[@LINE-1]]:32:{[[@LINE-1]]:32-[[@LINE-1]]:55}: error: parameter 'w' of 'show' has type 'std::shared_ptr<Widget>'
// CHECK-NEXT: diag-unsupported-import-type.cpp:[[@LINE-2]]:32: note: imports take and return
[[wasmport::import]] void append(std::string &out); // expected-error {{parameter 'out' of 'append' has type 'std::string &'}} expected-note {{imports take}}
[[wasmport::import]] void later(void (*cb)()); // expected-error {{parameter 'cb' of 'later' has type 'void (*)()'}} expected-note {{imports take}}
[[wasmport::import]] void precise(long double x); // expected-error {{parameter 'x' of 'precise' has type 'long double'}} expected-note {{imports take}}

// A string_view or const char* result would point at bytes nobody owns.
[[wasmport::import]] std::string_view title(); // expected-error {{'title' returns 'std::string_view' (aka 'basic_string_view<char>'), which wasmport cannot pass between C++ and JavaScript}} expected-note {{imports take}}
// CHECK: diag-unsupported-import-type.cpp:[[@LINE-1]]:22:{[[@LINE-1]]:22-[[@LINE-1]]:38}: error: 'title' returns 'std::string_view'
[[wasmport::import]] const char *label(); // expected-error {{'label' returns 'const char *'}} expected-note {{imports take}}
[[wasmport::import]] Widget &make(); // expected-error {{'make' returns 'Widget &'}} expected-note {{imports take}}
[[wasmport::import]] std::shared_ptr<Widget> share(); // expected-error {{'share' returns 'std::shared_ptr<Widget>'}} expected-note {{imports take}}
[[wasmport::import]] const std::string &name(); // expected-error {{'name' returns 'const std::string &'}} expected-note {{imports take}}

// What is accepted.
[[wasmport::import]] void logAll(bool b, signed char i8, unsigned short u16,
                                 int i32, unsigned long long u64, float f,
                                 double d, std::string s, const std::string &cs,
                                 std::string_view sv, const char *cstr);
[[wasmport::import]] std::string prompt(std::string_view question);
[[wasmport::import]] double now();
[[wasmport::import]] long long ticks();
[[wasmport::import]] Widget give(Widget w, std::unique_ptr<Widget> p,
                                 const Widget &lent);
