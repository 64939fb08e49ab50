//===- Input.h - What wasmport-js reads --------------------------*- C++
//-*-===//
//
// The first stage of wasmport-js: a linked module (its "wasmport" section
// merged into one manifest, its imports and exports, its bytes without that
// section) or a manifest side file. Everything after this reads only the
// Input. Input may be anything (a truncated module, a hostile section): every
// problem is an llvm::Error with a one-line message, never a crash; the
// fuzzers under fuzz/ hold the readers to that.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_JS_INPUT_H
#define WASMPORT_JS_INPUT_H

#include "JS/Plan.h"
#include "Manifest/Manifest.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBufferRef.h"

#include <string>
#include <vector>

namespace wasmport::js {

/// Everything wasmport-js reads from its input.
struct Input {
  manifest::Manifest Manifest;
  ModuleInfo Info;
  /// The module without its "wasmport" sections; empty for a manifest.
  std::string StrippedWasm;
  /// What the reader found suspicious without being wrong (a module with
  /// wasmport's section that binds nothing), for the tool to print.
  std::vector<std::string> Warnings;
};

/// Reads a linked WebAssembly module: its section framing, imports, exports
/// and "wasmport" sections (the other sections are copied unread). Path is
/// how messages call the input (its path). Fails when Buffer is not a
/// well-framed version 1 module, has no "wasmport" section, holds a malformed,
/// conflicting or invalid (manifest::verify) manifest, or is a command module
/// (exports _start).
llvm::Expected<Input> readModule(llvm::StringRef Path,
                                 llvm::MemoryBufferRef Buffer);

/// Reads a manifest side file: one manifest object, or fragment lines as in
/// the section; the manifest must pass manifest::verify. There is no module to check against, so Info lists every
/// export the manifest's functions, classes and vector parameters need, the
/// wasmport runtime's exports and the usual WASI imports.
llvm::Expected<Input> readManifestFile(llvm::StringRef Path,
                                       llvm::StringRef Text);

} // namespace wasmport::js

#endif // WASMPORT_JS_INPUT_H
