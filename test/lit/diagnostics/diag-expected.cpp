// std::expected results: an export's error type must become a JS Error
// (a string, an exported enum, a value struct or a JsValue), an import's
// must be wasmport::JsValue. The caret is on the error type as written.
// Other misuses (parameters, references, nested std::expected, an
// unsupported value type) are unsupported types like any other.
//
// REQUIRES: std-expected
// RUN: %verify -std=c++23 %s
// RUN: %not %diagnose -std=c++23 %s 2>&1 | %FileCheck %s

#include <wasmport/jsvalue.h>

#include <expected>
#include <string>
#include <system_error>

struct Plain { int x; };
class [[wasmport::export]] Widget {};
enum class [[wasmport::export]] Code { Bad = 1 };
struct [[wasmport::value]] Problem { std::string message; };

// Accepted.
[[wasmport::export]] std::expected<int, std::string> ok1();
[[wasmport::export]] std::expected<void, Code> ok2();
[[wasmport::export]] std::expected<Widget, Problem> ok3();
[[wasmport::export]] std::expected<std::string, wasmport::JsValue> ok4();
[[wasmport::import]] std::expected<std::string, wasmport::JsValue> ok5();

[[wasmport::export]] std::expected<int, std::error_code> parse(); // expected-error {{'parse' returns a std::expected whose error type 'std::error_code' cannot become a JavaScript Error; use std::string, an exported enum, a [[wasmport::value]] struct or wasmport::JsValue}}
// CHECK: diag-expected.cpp:[[@LINE-1]]:41:{[[@LINE-1]]:41-[[@LINE-1]]:56}: error: 'parse' returns a std::expected whose error type 'std::error_code'
[[wasmport::export]] std::expected<int, int> code(); // expected-error {{'code' returns a std::expected whose error type 'int' cannot become a JavaScript Error}}
[[wasmport::export]] std::expected<int, Widget> widget(); // expected-error {{'widget' returns a std::expected whose error type 'Widget' cannot become a JavaScript Error}}
using Result = std::expected<int, long double>;
[[wasmport::export]] Result aliased(); // expected-error {{'aliased' returns a std::expected whose error type 'long double' cannot become a JavaScript Error}}
// CHECK: diag-expected.cpp:[[@LINE-1]]:22:{[[@LINE-1]]:22-[[@LINE-1]]:28}: error: 'aliased' returns a std::expected

[[wasmport::import("JSON.parse")]] std::expected<wasmport::JsValue, std::string> parseJson(std::string_view text); // expected-error {{import 'parseJson' returns a std::expected whose error type is 'std::string'; an import's std::expected holds the exception the JavaScript function threw, so its error type must be wasmport::JsValue}}
// CHECK: diag-expected.cpp:[[@LINE-1]]:69:{[[@LINE-1]]:69-[[@LINE-1]]:80}: error: import 'parseJson' returns a std::expected whose error type is 'std::string'

[[wasmport::export]] std::expected<Plain, std::string> plain(); // expected-error {{'plain' returns 'std::expected<Plain, std::string>'}} expected-note {{supported:}}
[[wasmport::export]] std::expected<std::expected<int, std::string>, std::string> nested(); // expected-error {{'nested' returns}} expected-note {{supported:}}
[[wasmport::export]] const std::expected<int, std::string> &ref(); // expected-error {{'ref' returns}} expected-note {{supported:}}
[[wasmport::export]] void take(std::expected<int, std::string> e); // expected-error {{parameter 'e' of 'take' has type}} expected-note {{supported:}}
[[wasmport::import]] std::expected<std::string_view, wasmport::JsValue> view(); // expected-error {{'view' returns}} expected-note {{imports take}}

class [[wasmport::export]] Holder {
public:
  std::expected<int, std::string> result; // expected-error {{data member 'result' has type 'std::expected<int, std::string>'}} expected-note {{supported:}}
};
