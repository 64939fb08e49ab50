//===- Runtime.h - The JS helpers embedded in wasmport-js ------*- C++ -*-===//
//
// lib/JS/runtime/*.js hold the helper functions of the generated glue, each
// introduced by a `//@helper NAME [requires DEP...]` line. They are embedded
// at build time (cmake/EmbedFiles.cmake), which also makes `enum class
// Helper` from those lines, so a misspelt helper does not compile. A
// generated module contains only the helpers it uses and their
// dependencies, in the order they appear in those files. The wasm imports
// that helpers implement (JsValue operations, WASI) map to them through
// closed tables here.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_JS_RUNTIME_H
#define WASMPORT_JS_RUNTIME_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <bitset>
#include <optional>

namespace wasmport::js {

/// One JS helper: lib/JS/runtime's `//@helper js_closure` is
/// Helper::JsClosure.
enum class Helper : unsigned char {
#define WASMPORT_HELPER(Id, Name, File, ...) Id,
#include "RuntimeHelpers.inc"
#undef WASMPORT_HELPER
};

/// How many helpers there are.
inline constexpr unsigned NumHelpers = 0
#define WASMPORT_HELPER(Id, Name, File, ...) +1
#include "RuntimeHelpers.inc"
#undef WASMPORT_HELPER
    ;

/// The name of H in its `//@helper` line.
llvm::StringRef helperName(Helper H);

/// The helper implementing the wasm import `wasmport.Field` of the JS
/// runtime (naming::RuntimeJSImportPrefix), if the runtime has one.
std::optional<Helper> runtimeImportHelper(llvm::StringRef Field);

/// The helper implementing the WASI import `wasi_snapshot_preview1.Field`:
/// Helper::WasiNosys (ENOSYS) for the functions wasmport does not implement.
Helper wasiHelper(llvm::StringRef Field);

/// Prints H's body as a generated module holds it: the lines after its
/// `//@helper` line, trailing blank lines dropped, then one blank line.
void printHelper(Helper H, llvm::raw_ostream &OS);

/// The helpers one generated module needs.
class HelperSet {
public:
  /// Adds H and what it requires.
  void require(Helper H);
  /// True when H was required.
  bool has(Helper H) const { return Required.test(unsigned(H)); }
  /// True when nothing was required.
  bool empty() const { return Required.none(); }
  /// Prints the required helpers in their fixed order.
  void print(llvm::raw_ostream &OS) const;

private:
  std::bitset<NumHelpers> Required;
};

} // namespace wasmport::js

#endif // WASMPORT_JS_RUNTIME_H
