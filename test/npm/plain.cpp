// A module that imports no ES module: with --target web its package has no
// side effects at all ("sideEffects": false).
#include <wasmport/wasmport.h>

[[wasmport::export]] int twice(int x) { return 2 * x; }
