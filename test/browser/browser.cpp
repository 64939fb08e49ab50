// The browser case: a string function, a class, an import from an ES module
// that writes into the page's DOM, and printf reaching console.log, all run by
// headless Chromium from the `--target web` package (see run.mjs).
#include <wasmport/wasmport.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

// Implemented by page-helpers.js, next to the generated module: writes into
// <p id="status">.
[[wasmport::import("setStatus", "./page-helpers.js")]] void set_status(std::string_view text);

[[wasmport::export]] std::string greet(std::string_view name) {
  return "Hello, " + std::string(name) + "!";
}

[[wasmport::export]] void report(std::string_view text) {
  std::printf("report: %.*s\n", int(text.size()), text.data());
  set_status("status: " + std::string(text));
}

class [[wasmport::export]] Counter {
public:
  explicit Counter(int32_t Start) : N(Start) {}
  void increment() { ++N; }
  int32_t value() const { return N; }

private:
  int32_t N;
};
