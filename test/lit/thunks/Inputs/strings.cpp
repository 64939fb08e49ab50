// Strings in and out: std::string by value and const&, std::string_view,
// const char*.
#include <wasmport/wasmport.h>

#include <string>
#include <string_view>

[[wasmport::export]] std::string greet(const std::string &name) { return "Hello, " + name; }
[[wasmport::export]] std::string_view trim(std::string_view s) { return s.substr(1); }
[[wasmport::export]] const char *version() { return "1.0"; }
[[wasmport::export]] std::size_t length(const char *s, std::string owned) {
  return (s ? std::string_view(s).size() : 0) + owned.size();
}
