// Imports accept fewer types than exports: numbers, bool, strings and
// exported classes by reference or pointer in, void, numbers or std::string
// out, and JsValue and imported classes both ways. The note says so.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

#include <string>
#include <string_view>

class [[wasmport::export]] Widget {};

[[wasmport::import]] void show(Widget w); // expected-error {{parameter 'w' of 'show' has type 'Widget', which wasmport cannot pass between C++ and JavaScript}} expected-note {{imports accept bool, 8/16/32/64-bit integers, float, double, std::string, const std::string&, std::string_view and const char* parameters, exported classes by reference or pointer (lent for the call) as parameters, and return void, those numbers or std::string; wasmport::JsValue, imported classes, std::function and wasmport::Promise cross both ways, by value or const& (parameters); a std::expected<T, wasmport::JsValue> result catches what JavaScript throws}}
// CHECK:      diag-unsupported-import-type.cpp:[[@LINE-1]]:32:{[[@LINE-1]]:32-[[@LINE-1]]:38}: error: parameter 'w' of 'show' has type 'Widget'
// CHECK-NEXT: diag-unsupported-import-type.cpp:[[@LINE-2]]:32: note: imports accept bool,
[[wasmport::import]] void append(std::string &out); // expected-error {{parameter 'out' of 'append' has type 'std::string &'}} expected-note {{imports accept}}
[[wasmport::import]] void later(void (*cb)()); // expected-error {{parameter 'cb' of 'later' has type 'void (*)()'}} expected-note {{imports accept}}
[[wasmport::import]] void precise(long double x); // expected-error {{parameter 'x' of 'precise' has type 'long double'}} expected-note {{imports accept}}

// A string_view or const char* result would point at bytes nobody owns.
[[wasmport::import]] std::string_view title(); // expected-error {{'title' returns 'std::string_view' (aka 'basic_string_view<char>'), which wasmport cannot pass between C++ and JavaScript}} expected-note {{imports accept}}
// CHECK: diag-unsupported-import-type.cpp:[[@LINE-1]]:22:{[[@LINE-1]]:22-[[@LINE-1]]:38}: error: 'title' returns 'std::string_view'
[[wasmport::import]] const char *label(); // expected-error {{'label' returns 'const char *'}} expected-note {{imports accept}}
[[wasmport::import]] Widget make(); // expected-error {{'make' returns 'Widget'}} expected-note {{imports accept}}
[[wasmport::import]] const std::string &name(); // expected-error {{'name' returns 'const std::string &'}} expected-note {{imports accept}}

// What is accepted.
[[wasmport::import]] void logAll(bool b, signed char i8, unsigned short u16,
                                 int i32, unsigned long long u64, float f,
                                 double d, std::string s, const std::string &cs,
                                 std::string_view sv, const char *cstr);
[[wasmport::import]] std::string prompt(std::string_view question);
[[wasmport::import]] double now();
[[wasmport::import]] long long ticks();
