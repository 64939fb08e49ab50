// A C++ static library with exports: they reach a module only when the
// library is linked whole (wasmport_add_module's LINK_LIBRARIES,
// wasmport_package, or $<LINK_LIBRARY:WHOLE_ARCHIVE,shapes>).
#include <wasmport/wasmport.h>

#include <cstdint>

[[wasmport::export]] int32_t square_area(int32_t side) { return side * side; }
