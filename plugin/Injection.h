//===- Injection.h - Same-TU thunk injection -------------------*- C++ -*-===//
//
// Makes the thunks part of the translation unit being compiled (DESIGN.md 3):
// the main file's buffer gets a `#pragma wasmport sync` line appended; its
// handler enters a one-declaration buffer whose end is reached only after
// the parser has finished every user declaration; a second pragma there runs
// the Collector and enters the generated thunks as a new buffer. User line
// numbers and diagnostics are untouched.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_PLUGIN_INJECTION_H
#define WASMPORT_PLUGIN_INJECTION_H

#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"

#include <memory>
#include <string>

namespace wasmport::plugin {

struct Options {
  /// Where to write this TU's manifest as JSON ("" for nowhere). A directory
  /// gets <stem>.wasmport.json.
  std::string ManifestPath;
  /// Where to write the generated thunk source ("" for nowhere), for
  /// inspection and golden tests.
  std::string ThunksPath;
  /// Keep the [[wasmport::test]] functions (-fplugin-arg-wasmport-tests).
  bool KeepTests = false;
};

/// Prepares CI's translation unit for injection and returns the consumer
/// that must see every top-level declaration before code generation does.
std::unique_ptr<clang::ASTConsumer> installInjection(clang::CompilerInstance &CI,
                                                     const Options &Opts);

} // namespace wasmport::plugin

#endif // WASMPORT_PLUGIN_INJECTION_H
