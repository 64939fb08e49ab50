//===- wasmport/wasmport.h - Include in code annotated for wasmport -------===//
//
// Annotated code includes this header. Compiled with the wasmport plugin (or
// the rewrite tool's output), it costs nothing; a translation unit compiled
// without gets a warning and fails to link on an undefined symbol whose name
// says what is missing, instead of silently producing a module without its
// bindings.
//
// The attributes themselves ([[wasmport::export]], [[wasmport::import(...)]],
// ...) are described in docs/Attributes.md.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_WASMPORT_H
#define WASMPORT_WASMPORT_H

#include <wasmport/config.h>
#if WASMPORT_SUPPORTED_STANDARD

#include <wasmport/function.h>
#include <wasmport/jsvalue.h>
#include <wasmport/wire.h>
#if defined(__cpp_impl_coroutine)
#include <wasmport/promise.h>
#endif

#if defined(__wasm__) && !defined(WASMPORT_NO_PLUGIN_CHECK)
// Declared here with internal linkage and defined only by the code the
// plugin (or wasmport-rewrite) adds to this translation unit: every TU that
// includes this header without the plugin fails to link, naming this.
static void __wasmport_compiled_without_the_wasmport_plugin();
[[gnu::used]] static void (*const __wasmport_plugin_check)() =
    &__wasmport_compiled_without_the_wasmport_plugin;
#endif

#endif // WASMPORT_SUPPORTED_STANDARD
#endif // WASMPORT_WASMPORT_H
