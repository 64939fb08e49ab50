// std::function crosses as a JS function, taken by value or const reference,
// with a signature JsTraits converts. A bad one is an error on the parameter
// (or result) followed by a note that says what signatures accept; a
// std::function result of an export is refused with a note that points to
// wasmport::Closure.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

#include <wasmport/wasmport.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

class [[wasmport::export]] Widget {};

[[wasmport::export]] std::function<int(int)> adder(); // expected-error {{'adder' returns 'std::function<int (int)>', which wasmport cannot pass between C++ and JavaScript}} expected-note {{JavaScript could not tell when to destroy a C++ function; keep a wasmport::Closure in C++ and return its value(), a wasmport::JsValue}}
// CHECK:      diag-unsupported-callback-type.cpp:[[@LINE-1]]:22:{[[@LINE-1]]:22-[[@LINE-1]]:45}: error: 'adder' returns 'std::function<int (int)>'
// CHECK-NEXT: diag-unsupported-callback-type.cpp:[[@LINE-2]]:22: note: JavaScript could not tell when to destroy a C++ function;

[[wasmport::export]] void onWidget(std::function<void(Widget &)> f); // expected-error {{parameter 'f' of 'onWidget' has type 'std::function<void (Widget &)>', which wasmport cannot pass between C++ and JavaScript}} expected-note {{std::function is taken by value or const reference; its signature's parameters and results can be bool, 8/16/32/64-bit integers, float, double, std::string, wasmport::JsValue, std::optional of those or std::function, parameters also by const reference, results also void; std::string_view and const char* only where C++ passes them to JavaScript}}
// CHECK:      diag-unsupported-callback-type.cpp:[[@LINE-1]]:36:{[[@LINE-1]]:36-[[@LINE-1]]:65}: error: parameter 'f' of 'onWidget'
// CHECK-NEXT: diag-unsupported-callback-type.cpp:[[@LINE-2]]:36: note: std::function is taken by value or const reference;

// A mutable reference would suggest C++ can replace JS's function.
[[wasmport::export]] void replace(std::function<void()> &f); // expected-error {{parameter 'f' of 'replace' has type 'std::function<void ()> &'}} expected-note {{std::function is taken by value}}
// Results of JS functions are owned values: no views, no references.
[[wasmport::export]] void view(std::function<std::string_view()> f); // expected-error {{parameter 'f' of 'view'}} expected-note {{std::function is taken by value}}
[[wasmport::export]] void cstr(std::function<const char *()> f); // expected-error {{parameter 'f' of 'cstr'}} expected-note {{std::function is taken by value}}
[[wasmport::export]] void ref(std::function<const std::string &()> f); // expected-error {{parameter 'f' of 'ref'}} expected-note {{std::function is taken by value}}
[[wasmport::export]] void mutate(std::function<void(std::string &)> f); // expected-error {{parameter 'f' of 'mutate'}} expected-note {{std::function is taken by value}}
[[wasmport::export]] void variadic(std::function<void(int, ...)> f); // expected-error {{parameter 'f' of 'variadic'}} expected-note {{std::function is taken by value}}
[[wasmport::export]] void maybe(std::function<std::optional<std::function<void()>>()> f); // expected-error {{parameter 'f' of 'maybe'}} expected-note {{std::function is taken by value}}
[[wasmport::export]] void voidArg(std::function<void(std::optional<Widget>)> f); // expected-error {{parameter 'f' of 'voidArg'}} expected-note {{std::function is taken by value}}

// C++ functions JS calls: their parameters come from JS as owned values, and
// they cannot hand out a C++ function.
[[wasmport::import]] void visit(std::function<void(std::string_view)> f); // expected-error {{parameter 'f' of 'visit'}} expected-note {{std::function is taken by value}}
[[wasmport::import]] void factory(std::function<std::function<void()>()> f); // expected-error {{parameter 'f' of 'factory'}} expected-note {{std::function is taken by value}}
// A JS function's C++ parameters that would need an owner are fine.
[[wasmport::import]] std::function<void(std::string_view)> sink();
[[wasmport::import]] std::function<void(Widget)> widgetSink(); // expected-error {{'widgetSink' returns 'std::function<void (Widget)>'}} expected-note {{std::function is taken by value}}

// A std::function member cannot be a property: reading it would return one.
class [[wasmport::export]] Button {
public:
  std::function<void()> onClick; // expected-error {{'onClick' has type 'std::function<void ()>'}} expected-note {{JavaScript could not tell when to destroy a C++ function}}
};

// What is accepted.
[[wasmport::export]] void all(
    std::function<wasmport::JsValue(bool, long long, std::string_view,
                                    const char *, const std::string &,
                                    std::optional<double>, wasmport::JsValue,
                                    std::function<int(int)>)> f,
    const std::function<std::optional<std::string>()> &g);
[[wasmport::import]] void lend(
    const std::function<std::string_view(const std::string &,
                                         std::optional<int>,
                                         const wasmport::JsValue &,
                                         std::function<void()>)> &f);
