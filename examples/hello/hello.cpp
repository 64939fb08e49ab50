// examples/hello: C++ called from JS, and JS called from C++.
#include <wasmport/wasmport.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

// Implemented in JS (run.mjs sets globalThis.host.shout).
[[wasmport::import("host.shout")]] std::string shout(std::string_view text);

[[wasmport::export]] std::string greet(std::string_view name) {
  return "Hello, " + std::string(name) + "!";
}

[[wasmport::export]] std::string greet_loudly(std::string_view name) {
  return shout(greet(name)); // C++ calls JS
}

class [[wasmport::export]] Counter {
public:
  explicit Counter(int32_t start) : n_(start) {}
  void increment() { ++n_; }
  int32_t value() const { return n_; }
  void report() const { std::printf("Counter is at %d\n", n_); }

private:
  int32_t n_;
};
