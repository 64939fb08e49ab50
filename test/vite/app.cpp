// The Vite case: a string function, a class, an import from an ES module
// next to the generated one (it writes into the page's DOM), an import of a
// global the page defines, and printf reaching console.log. Its
// `--target bundler` package is built into a page by Vite (see vite.mjs).
#include <wasmport/wasmport.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

// Implemented by dom-helpers.js, copied next to the generated module: writes
// into <p id="status">.
[[wasmport::import("setStatus", "./dom-helpers.js")]] void set_status(std::string_view text);
// A global the page defines before calling in: globalThis.viteHost.suffix().
[[wasmport::import("viteHost.suffix")]] std::string host_suffix();

[[wasmport::export]] std::string greet(std::string_view name) {
  return "Hello, " + std::string(name) + "!";
}

[[wasmport::export]] void report(std::string_view text) {
  std::printf("report: %.*s\n", int(text.size()), text.data());
  set_status("status: " + std::string(text) + host_suffix());
}

class [[wasmport::export]] Counter {
public:
  explicit Counter(int32_t Start) : N(Start) {}
  void increment() { ++N; }
  int32_t value() const { return N; }

private:
  int32_t N;
};
