// Stands for a library header the user cannot edit: overloads declared in a
// system header are foreign, kept in declaration order even when they could
// accept the same JS arguments.
#pragma clang system_header
#include <string>

namespace kv {
[[wasmport::export]] inline std::string set(const std::string &k, int v) {
  return k + "=int " + std::to_string(v);
}
[[wasmport::export]] inline std::string set(const std::string &k, double v) {
  return k + "=double " + std::to_string(v).substr(0, 3);
}
} // namespace kv
