// examples/errors: errors as values (std::expected, C++23) in both directions.
#include <wasmport/wasmport.h>

#include <charconv>
#include <expected>
#include <optional>
#include <string>
#include <string_view>

using wasmport::JsValue;

enum class [[wasmport::export]] PortError { Reserved = 1, OutOfRange };

/// A port number, or an error that JS receives as a thrown Error.
[[wasmport::export]] std::expected<int, std::string> parse_port(std::string_view text) {
  int Port = 0;
  auto [End, Ec] = std::from_chars(text.data(), text.data() + text.size(), Port);
  if (Ec != std::errc() || End != text.data() + text.size())
    return std::unexpected("'" + std::string(text) + "' is not a port number");
  return Port;
}

/// Nothing, or an enum error: the Error's message is the enumerator's name.
[[wasmport::export]] std::expected<void, PortError> check_port(int port) {
  if (port < 1 || port > 65535)
    return std::unexpected(PortError::OutOfRange);
  if (port < 1024)
    return std::unexpected(PortError::Reserved);
  return {};
}

// JSON.parse throws on bad text: declared with std::expected<T, JsValue>,
// the exception comes back to C++ as the error instead.
[[wasmport::import("JSON.parse")]] std::expected<JsValue, JsValue>
parseJson(std::string_view text);

/// The "port" of a JSON configuration.
[[wasmport::export]] std::expected<int, std::string> config_port(std::string_view json) {
  std::expected<JsValue, JsValue> Config = parseJson(json);
  if (!Config) {
    bool Syntax = Config.error().instanceOf(JsValue::global("SyntaxError"));
    return std::unexpected(Syntax ? "the configuration is not JSON"
                                  : "JSON.parse failed");
  }
  std::optional<double> Port = Config->get("port").asNumber();
  if (!Port)
    return std::unexpected("the configuration has no numeric \"port\"");
  return static_cast<int>(*Port);
}
