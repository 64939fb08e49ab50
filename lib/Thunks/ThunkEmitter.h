//===- ThunkEmitter.h - Manifest to C++ export/import thunks ---*- C++ -*-===//
//
// Prints the C++ that makes a manifest real inside a translation unit: one
// exported extern "C" thunk per exported function, constructor, method and
// start function; a definition for every imported function that forwards to
// a wasm import; the runtime exports; and the manifest itself as a fragment
// of the "wasmport" custom section. It reads only the manifest.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_THUNKS_THUNKEMITTER_H
#define WASMPORT_THUNKS_THUNKEMITTER_H

#include "Manifest/Manifest.h"

#include "llvm/Support/raw_ostream.h"

namespace wasmport::thunks {

/// Writes the thunks for M to OS. The output is deterministic and compiles
/// at the end of the translation unit that declared M's entities (the
/// plugin) or appended to a copy of its source (the rewrite tool); it
/// reports no warnings. An empty M gets only the plugin marker and its
/// section line. Includes: false for a preprocessed translation unit, which
/// already has the headers' declarations and no include path.
void emitThunks(const manifest::Manifest &M, llvm::raw_ostream &OS,
                bool Includes = true);

/// Defines the function <wasmport/wasmport.h> refers to in this TU.
void emitPluginMarker(llvm::raw_ostream &OS);

/// The manifest as a file-scope asm statement that adds one line to the
/// "wasmport" custom section.
void emitManifestSection(const manifest::Manifest &M, llvm::raw_ostream &OS);

} // namespace wasmport::thunks

#endif // WASMPORT_THUNKS_THUNKEMITTER_H
