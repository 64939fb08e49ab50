//===- wasmport/wasmport.h - Include in code annotated for wasmport -------===//
//
// Annotated code includes this header. Compiled with the wasmport plugin (or
// the rewrite tool's output), it costs nothing; compiled without, the link
// fails on an undefined symbol whose name says what is missing, instead of
// silently producing a module without bindings.
//
// The attributes themselves ([[wasmport::export]], [[wasmport::import(...)]],
// ...) are described in docs/Attributes.md.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_WASMPORT_H
#define WASMPORT_WASMPORT_H

#include <wasmport/wire.h>

#if defined(__wasm__) && !defined(WASMPORT_NO_PLUGIN_CHECK)
extern "C" void __wasmport_compiled_without_the_wasmport_plugin(void);
namespace wasmport::detail {
// Referenced from every TU that includes this header; defined only by code
// the plugin generates.
[[gnu::used]] static void (*const PluginCheck)(void) =
    &__wasmport_compiled_without_the_wasmport_plugin;
} // namespace wasmport::detail
#endif

#endif // WASMPORT_WASMPORT_H
