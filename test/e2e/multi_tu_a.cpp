#include "multi_tu.h"

[[wasmport::export]] Shape triangle() {
  log_line("triangle");
  return Shape(3);
}
