// An import from a module outside the package directory: with --pkg,
// wasmport-js refuses it (the installed package could not load it).
#include <wasmport/wasmport.h>

[[wasmport::import("ping", "../outside.js")]] void ping();

[[wasmport::export]] void call_ping() { ping(); }
