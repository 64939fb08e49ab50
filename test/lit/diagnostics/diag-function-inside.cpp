// A std::function inside a vector, optional or value struct comes from JS
// only (export parameters, import results). Inside what C++ gives JS it is
// an error at the type with a note saying why and what to do instead; JS
// values, imported classes and promises cross inside containers both ways.
//
// RUN: %verify -std=c++20 %s
// RUN: %not %diagnose -std=c++20 %s 2>&1 | %FileCheck %s

#include <wasmport/wasmport.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

struct [[wasmport::value]] Handler {
  std::string name;
  std::function<void()> run;
};

struct [[wasmport::value]] Handlers {
  std::vector<Handler> all;
};

class [[wasmport::import("Date")]] Date : public wasmport::JsValue {};

// From JS: fine.
[[wasmport::export]] void take(std::vector<std::function<int(int)>> fs, std::optional<std::function<void()>> f, Handlers hs);
[[wasmport::import("host.give")]] std::vector<std::function<void()>> give();
// Both ways.
[[wasmport::export]] std::vector<wasmport::JsValue> values(std::optional<Date> d);
[[wasmport::import("host.dates")]] std::vector<Date> dates(const std::vector<wasmport::Promise<int>> &ps);

[[wasmport::export]] std::vector<std::function<int(int)>> handlers(); // expected-error {{'handlers' returns 'std::vector<std::function<int (int)>>', which wasmport cannot pass between C++ and JavaScript}} expected-note {{a std::function inside a vector, optional or value struct crosses from JavaScript to C++ only (export parameters, import results): JavaScript could not tell when to destroy a C++ function; hold wasmport::JsValue elements with the value() of wasmport::Closures that C++ keeps}}
// CHECK:      diag-function-inside.cpp:[[@LINE-1]]:22:{[[@LINE-1]]:22-[[@LINE-1]]:58}: error: 'handlers' returns
// CHECK-NEXT: diag-function-inside.cpp:[[@LINE-2]]:22: note: a std::function inside a vector, optional or value struct crosses from JavaScript to C++ only

// At any depth: a value struct's field, through a vector of them.
[[wasmport::export]] std::optional<Handlers> nested(); // expected-error {{'nested' returns 'std::optional<Handlers>'}} expected-note {{a std::function inside a vector, optional or value struct crosses from JavaScript to C++ only}}
[[wasmport::import("host.pass")]] void pass(const std::vector<Handler> &hs); // expected-error {{parameter 'hs' of 'pass' has type 'const std::vector<Handler> &'}} expected-note {{a std::function inside a vector, optional or value struct crosses from JavaScript to C++ only}}
// CHECK: diag-function-inside.cpp:[[@LINE-1]]:51:{[[@LINE-1]]:51-[[@LINE-1]]:73}: error: parameter 'hs' of 'pass'

// A data member of an exported class is read as a result.
class [[wasmport::export]] Panel {
public:
  std::vector<std::function<void()>> onClose; // expected-error {{'onClose' has type 'std::vector<std::function<void ()>>'}} expected-note {{a std::function inside a vector, optional or value struct crosses from JavaScript to C++ only}}
};
