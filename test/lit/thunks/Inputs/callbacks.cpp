// Callbacks: std::function parameters of exports (a JS function held by
// C++), of imports (a C++ function lent to JS for the call), an import
// returning a JS function, a nested function, and a wasmport::Closure
// returned as a JsValue.
#include <wasmport/wasmport.h>

#include <functional>
#include <optional>
#include <string>

[[wasmport::export]] int apply(const std::function<int(int, std::string)> &f) {
  return f(1, "one");
}

class [[wasmport::export]] Button {
public:
  void onClick(std::function<void(std::optional<double>)> handler) {
    Handler = std::move(handler);
  }
  void click() { Handler(2.5); }

private:
  std::function<void(std::optional<double>)> Handler;
};

[[wasmport::export]] bool twice(std::function<bool(std::function<bool(bool)>)> f) {
  return f([](bool B) { return !B; });
}

[[wasmport::import("forEach", "./list.js")]] void for_each(
    const std::function<void(const std::string &, int)> &visit);
[[wasmport::import("makeCounter")]] std::function<int()> make_counter();

[[wasmport::export]] int count() {
  int N = 0;
  for_each([&N](const std::string &, int I) { N += I; });
  return N + make_counter()();
}

[[wasmport::export]] wasmport::JsValue greeter() {
  static wasmport::Closure<std::string(std::string)> Greet(
      [](std::string Name) { return "hello " + Name; }, "greeter");
  return Greet.value();
}
