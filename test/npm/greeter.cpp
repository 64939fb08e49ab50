// The npm case: a string function, a class, and an import from an ES module
// next to the generated one, which the package must therefore ship. Made
// into a package with `wasmport-js --pkg`, packed with `npm pack`, installed
// into another project and imported by name (see npm-pack.mjs).
#include <wasmport/wasmport.h>

#include <cstdint>
#include <string>
#include <string_view>

// Implemented by greeter-helper.js, copied next to the generated module.
[[wasmport::import("decorate", "./greeter-helper.js")]] std::string decorate(std::string_view text);

[[wasmport::export]] std::string greet(std::string_view name) {
  return decorate("Hello, " + std::string(name) + "!");
}

class [[wasmport::export]] Counter {
public:
  explicit Counter(int32_t Start) : N(Start) {}
  void increment() { ++N; }
  int32_t value() const { return N; }

private:
  int32_t N;
};
