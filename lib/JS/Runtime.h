//===- Runtime.h - The JS helpers embedded in wasmport-js ------*- C++ -*-===//
//
// lib/JS/runtime/*.js hold the helper functions of the generated glue, each
// introduced by a `//@helper NAME [requires DEP...]` line. They are embedded
// at build time; a generated module contains only the helpers it uses and
// their dependencies, in the order they appear in those files.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_JS_RUNTIME_H
#define WASMPORT_JS_RUNTIME_H

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/raw_ostream.h"

namespace wasmport::js {

/// True when a helper called Name exists.
bool hasHelper(llvm::StringRef Name);

/// The helpers one generated module needs.
class HelperSet {
public:
  /// Adds Name and what it requires. Name must exist.
  void require(llvm::StringRef Name);
  /// True when Name was required.
  bool has(llvm::StringRef Name) const { return Names.contains(Name); }
  /// Prints the required helpers in their fixed order.
  void print(llvm::raw_ostream &OS) const;

  /// Class members a module prints only when its code uses them.
  enum class Member : char {
    Wrap = 'W',       ///< static __wasmport_wrap: results that JS owns.
    SharedFree = 'S', ///< free()'s branch for std::shared_ptr owners.
    Disown = 'D',     ///< __wasmport_disown: std::unique_ptr arguments.
  };
  /// Records that the printed code uses member M of class Class.
  void use(llvm::StringRef Class, Member M) {
    Members.insert((llvm::Twine(char(M)) + Class).str());
  }
  bool uses(llvm::StringRef Class, Member M) const {
    return Members.contains((llvm::Twine(char(M)) + Class).str());
  }

private:
  llvm::StringSet<> Names;
  llvm::StringSet<> Members;
};

} // namespace wasmport::js

#endif // WASMPORT_JS_RUNTIME_H
