// Linked into every module the Emscripten test builds. A standalone
// Emscripten module with -sALLOW_MEMORY_GROWTH imports
// env.emscripten_notify_memory_growth, which it calls after memory.grow so
// that Emscripten's own JS can refresh its views of memory. wasmport's glue
// checks its views on every access and provides no "env" imports, so the
// notification is defined here, in the module, as nothing.
#include <cstddef>

extern "C" void emscripten_notify_memory_growth(std::size_t) {}
