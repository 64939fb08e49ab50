// Strings both ways: std::string, std::string_view and const char* as
// parameters and results of exports and imports.
#include <wasmport/wasmport.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

[[wasmport::export]] std::string greet(std::string_view name) {
  return "Hello, " + std::string(name) + "!";
}
[[wasmport::export]] std::string echo(const std::string &s) { return s; }
[[wasmport::export]] std::string echo_value(std::string s) { return s; }
[[wasmport::export]] uint32_t byte_length(std::string_view s) { return s.size(); }
[[wasmport::export]] uint32_t c_length(const char *s) { return s ? std::strlen(s) : 0; }
[[wasmport::export]] bool is_null(const char *s) { return s == nullptr; }
[[wasmport::export]] uint32_t count_nul(const std::string &s) {
  uint32_t n = 0;
  for (char c : s)
    n += c == '\0';
  return n;
}
[[wasmport::export]] std::string repeat(std::string_view s, uint32_t times) {
  std::string out;
  out.reserve(s.size() * times);
  for (uint32_t i = 0; i < times; ++i)
    out += s;
  return out;
}
[[wasmport::export]] std::string with_nul() { return std::string("a\0b", 3); }
[[wasmport::export]] std::string_view static_view() { return "a view of static memory"; }
[[wasmport::export]] const char *static_cstr() { return "from const char*"; }
[[wasmport::export]] const char *null_cstr() { return nullptr; }
[[wasmport::export]] std::string invalid_utf8() { return std::string("ok\xff\xfe", 4); }
[[wasmport::export]] std::string concat(std::string_view a, const std::string &b, const char *c) {
  return std::string(a) + "|" + b + "|" + (c ? c : "(null)");
}

// Imports: JS receives strings and returns them.
[[wasmport::import("strings.upper")]] std::string upper(std::string_view);
[[wasmport::import("strings.join")]] std::string join(const std::string &, const char *);
[[wasmport::import("strings.size")]] int32_t js_size(std::string);

[[wasmport::export]] std::string call_upper(std::string_view s) { return upper(s); }
[[wasmport::export]] std::string call_join(std::string a, const char *b) { return join(a, b); }
[[wasmport::export]] std::string call_join_null(std::string a) { return join(a, nullptr); }
[[wasmport::export]] int32_t call_size(std::string s) { return js_size(s); }
