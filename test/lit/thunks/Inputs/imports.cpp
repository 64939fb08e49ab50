// JS imports: a global, a dotted path, an ES-module export; numbers and
// strings both ways; noexcept; a namespace-scope declaration.
#include <wasmport/wasmport.h>

#include <string>
#include <string_view>

[[wasmport::import]] void alert(const std::string &message);
[[wasmport::import("console.log")]] void log(std::string_view text) noexcept;
[[wasmport::import("Math.random")]] double random01();
[[wasmport::import("prompt")]] std::string ask(const char *question, std::string fallback);
namespace ext {
[[wasmport::import("add", "./math.js")]] long long add(long long a, int b) noexcept;
[[wasmport::import("flag", "some-package")]] bool flag(unsigned char which);
}

[[wasmport::export]] int run() {
  alert("hi");
  log("log");
  std::string answer = ask("name?", "nobody");
  return static_cast<int>(ext::add(1, 2) + random01() + ext::flag(1) + answer.size());
}
