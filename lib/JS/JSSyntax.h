//===- JSSyntax.h - Small pieces of JS syntax the printers share -*- C++ -*-===//
//
// String literals, `$` patterns, the checks of number and string values,
// typed array names, the wire values of smart-pointer arguments and the
// names of an enum's tables: the vocabulary the JS printer, the .d.ts
// printer and the slot codecs write with. No state.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_JS_JSSYNTAX_H
#define WASMPORT_JS_JSSYNTAX_H

#include "Manifest/Manifest.h"

#include "llvm/ADT/StringRef.h"

#include <string>

namespace wasmport::js {

/// A JS string literal for Text, safe in any JS or TS context.
std::string quote(llvm::StringRef Text);

/// How a leaf value is checked when it enters wasm from JS: BadIf is a JS
/// condition with `$` for the value, Expected finishes "must be ...".
struct LeafCheck {
  std::string BadIf;
  std::string Expected;
};

/// Checks for number and string kinds.
LeafCheck numberOrStringCheck(manifest::TypeKind K);

/// Replaces every `$` in Pattern with Value.
std::string substitute(llvm::StringRef Pattern, llvm::StringRef Value);

/// The JS typed array class for a number kind with one.
llvm::StringRef typedArrayName(manifest::TypeKind K);

/// The module-private descriptor of exported class Class
/// (`__wasmport_kind`): what the object helpers check objects against.
std::string kindName(llvm::StringRef Class);

/// The wire value of a std::unique_ptr argument V of class Class (C++ takes
/// the object over, so the JS object lets go of it: __wasmport_disown, a
/// TypeError naming Where and Param if it is not JS's alone, or in use) and
/// of a std::shared_ptr one (its owner). Where is empty inside slots.
std::string uniquePtrToWire(llvm::StringRef V, llvm::StringRef Class,
                            llvm::StringRef Where = "",
                            llvm::StringRef Param = "");
std::string sharedOwnerToWire(llvm::StringRef V);

/// The JS names the module gives an exported enum's tables.
std::string enumValuesName(llvm::StringRef Enum);   ///< Whether a number is a value.
std::string enumToWireName(llvm::StringRef Enum);   ///< string → number.
std::string enumFromWireName(llvm::StringRef Enum); ///< number → string.

} // namespace wasmport::js

#endif // WASMPORT_JS_JSSYNTAX_H
