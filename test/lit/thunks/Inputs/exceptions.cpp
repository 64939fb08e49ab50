// Compiled with -fwasm-exceptions: export thunks catch C++ exceptions for JS
// (not those of noexcept functions), and imports throw what the JS function
// threw as wasmport::JsError (not noexcept ones).
#include <wasmport/wasmport.h>

#include <stdexcept>
#include <string>

[[wasmport::import]] std::string hostName(int id);
[[wasmport::import("console.log")]] void log(std::string_view text) noexcept;

[[wasmport::export]] int parse(std::string_view text) {
  if (text.empty())
    throw std::invalid_argument("empty");
  return static_cast<int>(text.size());
}

[[wasmport::export]] int twice(int x) noexcept { return 2 * x; }

class [[wasmport::export]] Greeter {
public:
  explicit Greeter(int id) : Name(hostName(id)) {}
  std::string greet() const { return "hello " + Name; }

private:
  std::string Name;
};

[[wasmport::start]] void setup() { log("ready"); }
