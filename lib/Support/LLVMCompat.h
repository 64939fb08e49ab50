//===- LLVMCompat.h - LLVM API differences between majors -------*- C++ -*-===//
//
// wasmport is built against LLVM/Clang 19; the plugin is also built against 14,
// the clang that Debian's em++ runs (-DWASMPORT_LLVM_MAJOR=14,
// docs/Emscripten.md). Code that differs between the two goes through these
// helpers (LLVM only, for lib/Manifest and lib/Thunks) and ClangCompat.h.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_SUPPORT_LLVMCOMPAT_H
#define WASMPORT_SUPPORT_LLVMCOMPAT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Config/llvm-config.h"

namespace wasmport::compat {

// StringRef::starts_with/ends_with arrived in LLVM 16; startswith/endswith
// are gone in 19.
inline bool startsWith(llvm::StringRef S, llvm::StringRef Prefix) {
#if LLVM_VERSION_MAJOR >= 16
  return S.starts_with(Prefix);
#else
  return S.startswith(Prefix);
#endif
}
inline bool endsWith(llvm::StringRef S, llvm::StringRef Suffix) {
#if LLVM_VERSION_MAJOR >= 16
  return S.ends_with(Suffix);
#else
  return S.endswith(Suffix);
#endif
}

} // namespace wasmport::compat

#endif // WASMPORT_SUPPORT_LLVMCOMPAT_H
