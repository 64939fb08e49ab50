// The second translation unit of the imported_classes case: it includes the
// same header and uses some of the same members, so both objects define
// their thunks (weak) and the link keeps one of each.
#include "imported_classes.h"

[[wasmport::export]] double years_between(double a_ms, double b_ms) {
  return Date::create(b_ms).getUTCFullYear() -
         Date::create(a_ms).getUTCFullYear();
}

[[wasmport::export]] bool map_has(const Map &m, std::string_view key) {
  return m.has(key);
}
