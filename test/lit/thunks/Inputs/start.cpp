// Start functions run once at initialisation.
#include <wasmport/wasmport.h>

static int counter = 0;

[[wasmport::start]] void setup() { counter = 1; }

namespace plugins {
[[wasmport::start]] void setup() noexcept { counter += 1; }
}

[[wasmport::export]] int started() { return counter; }
