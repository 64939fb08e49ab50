#include "multi_tu.h"

[[wasmport::export]] Shape square() {
  log_line("square");
  return Shape(4);
}
[[wasmport::export]] int32_t sides_of(const Shape &S) { return S.sides(); }
