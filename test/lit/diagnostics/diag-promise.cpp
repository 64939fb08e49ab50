// wasmport::Promise<V>: V must be something JsTraits converts; coroutine
// exports must not keep references to their arguments.
//
// RUN: %verify -std=c++20 %s
// RUN: %not %diagnose -std=c++20 %s 2>&1 | %FileCheck %s

#include <wasmport/wasmport.h>

#if __clang_major__ < 17
// Emscripten 3.1.6's Clang 14 (the emscripten-plugin test runs this file with
// it) warns at each coroutine that the Coroutines TS library is deprecated.
#pragma clang diagnostic ignored "-Wdeprecated-experimental-coroutine"
#endif

#include <span>
#include <string>
#include <string_view>
#include <vector>

using wasmport::JsValue;
using wasmport::Promise;

class [[wasmport::export]] Widget {};
struct [[wasmport::value]] Point { int x, y; };

// The caret is on the argument of Promise.
[[wasmport::export]] Promise<Widget> widget(); // expected-error {{a wasmport::Promise cannot settle with 'Widget'; use void, bool, a number type, std::string, wasmport::JsValue, or std::optional of a number type or std::string}}
// CHECK: diag-promise.cpp:[[@LINE-1]]:30:{[[@LINE-1]]:30-[[@LINE-1]]:36}: error: a wasmport::Promise cannot settle with 'Widget'
[[wasmport::export]] void point(Promise<Point> p); // expected-error {{a wasmport::Promise cannot settle with 'Point'}}
// CHECK: diag-promise.cpp:[[@LINE-1]]:41:{[[@LINE-1]]:41-[[@LINE-1]]:46}: error: a wasmport::Promise cannot settle with 'Point'
[[wasmport::export]] Promise<std::string_view> view(); // expected-error {{a wasmport::Promise cannot settle with 'std::string_view' (aka 'basic_string_view<char>')}}
[[wasmport::export]] Promise<std::vector<int>> many(); // expected-error {{a wasmport::Promise cannot settle with 'std::vector<int>'}}
[[wasmport::export]] Promise<std::optional<JsValue>> maybe(); // expected-error {{a wasmport::Promise cannot settle with 'std::optional<JsValue>'}}
[[wasmport::export]] Promise<const int> constant(); // expected-error {{a wasmport::Promise cannot settle with 'const int'}}
[[wasmport::import]] Promise<Widget *> fetchWidget(); // expected-error {{a wasmport::Promise cannot settle with 'Widget *'}}
[[wasmport::export]] Promise<Promise<int>> twice(); // expected-error {{a wasmport::Promise cannot settle with 'Promise<int>'}}

// A good value in a wrong place is the usual error.
[[wasmport::export]] void mutate(Promise<int> &p); // expected-error {{parameter 'p' of 'mutate' has type 'Promise<int> &', which wasmport cannot pass between C++ and JavaScript}} expected-note {{supported:}}
[[wasmport::export]] std::vector<Promise<int> *> promises(); // expected-error {{'promises' returns 'std::vector<Promise<int> *>', which wasmport cannot pass between C++ and JavaScript}} expected-note {{supported:}}

// Coroutines keep their parameters past the call: references and views of
// the arguments dangle once they suspend.
[[wasmport::export]] Promise<int> lengths(std::string_view name, // expected-warning {{parameter 'name' of coroutine 'lengths' refers to an argument that is released when 'lengths' first suspends; take it by value}}
                                          const std::string &title, // expected-warning {{parameter 'title' of coroutine 'lengths'}}
                                          std::span<const int> values, // expected-warning {{parameter 'values' of coroutine 'lengths'}}
                                          const JsValue &options, // expected-warning {{parameter 'options' of coroutine 'lengths'}}
                                          const char *label, // expected-warning {{parameter 'label' of coroutine 'lengths'}}
                                          Widget &widget, std::string owned,
                                          Promise<int> later) {
  // CHECK: diag-promise.cpp:[[@LINE-7]]:43:{[[@LINE-7]]:43-[[@LINE-7]]:59}: warning: parameter 'name' of coroutine 'lengths'
  co_return static_cast<int>(name.size() + title.size() + values.size() +
                             owned.size()) + co_await later;
}

// Not coroutines: nothing is kept.
[[wasmport::export]] Promise<int> length(std::string_view name) {
  return Promise<int>::resolve(static_cast<int>(name.size()));
}

// Accepted values.
[[wasmport::export]] Promise<> nothing();
[[wasmport::export]] Promise<bool> yes();
[[wasmport::export]] Promise<unsigned long long> big();
[[wasmport::export]] Promise<std::optional<std::string>> text();
[[wasmport::import]] Promise<JsValue> fetchAny(Promise<double> input, const Promise<int> &other);
