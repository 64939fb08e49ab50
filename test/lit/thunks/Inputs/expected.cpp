// std::expected results (C++23): an export's error thrown in JS as an Error
// made from a string, an enum or a value struct, or a JsValue thrown as it
// is; an import that returns what the JS function threw as its error.
#include <wasmport/wasmport.h>

#include <expected>
#include <string>

enum class [[wasmport::export]] Fault { Empty = 1, Bad };
struct [[wasmport::value]] Problem {
  std::string message;
  int column;
};

[[wasmport::export]] std::expected<int, std::string> parse(std::string_view text) {
  if (text.empty())
    return std::unexpected("empty");
  return static_cast<int>(text.size());
}
[[wasmport::export]] std::expected<void, Fault> check(int value) {
  if (value < 0)
    return std::unexpected(Fault::Bad);
  return {};
}
[[wasmport::export]] std::expected<std::string, Problem> render(int value) {
  if (value < 0)
    return std::unexpected(Problem{"negative", 1});
  return std::to_string(value);
}

class [[wasmport::export]] Meter {
public:
  static std::expected<Meter, const char *> make(double max) {
    if (max <= 0)
      return std::unexpected("max must be positive");
    return Meter(max);
  }
  std::expected<double, Fault> read() {
    if (Max < 1)
      return std::unexpected(Fault::Empty);
    return Max;
  }

private:
  explicit Meter(double max) : Max(max) {}
  double Max;
};

[[wasmport::import("JSON.parse")]] std::expected<wasmport::JsValue, wasmport::JsValue>
parseJson(std::string_view text);
[[wasmport::import]] std::expected<long long, wasmport::JsValue> ticks();

[[wasmport::export]] std::expected<wasmport::JsValue, wasmport::JsValue>
decode(std::string_view text) {
  if (!ticks())
    return std::unexpected(wasmport::JsValue::error("no clock"));
  return parseJson(text);
}
