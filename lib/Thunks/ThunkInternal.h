//===- ThunkInternal.h - Shared by the thunk emitter's files ----*- C++ -*-===//
//
// What the thunk emitter's files share: ThunkEmitter.cpp (exported
// functions and classes, the runtime, the whole output's order), Imports.cpp
// (imported functions) and Codecs.cpp (Codec specialisations and layout
// checks). The spelling of wire's namespace and of C++ string literals, wire
// types, and the walk over a manifest's exports. Private to lib/Thunks.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_THUNKS_THUNKINTERNAL_H
#define WASMPORT_THUNKS_THUNKINTERNAL_H

#include "Manifest/Manifest.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace wasmport::thunks {

/// Where the templates the thunks call live (<wasmport/wire.h>).
inline constexpr llvm::StringLiteral Wire = "::wasmport::wire::";

/// Escapes Text for the body of a C++ string literal, or of an assembler
/// .ascii string written inside a C++ raw string literal: quotes and
/// backslashes get a backslash, other bytes outside printable ASCII become
/// octal escapes.
std::string asmEscape(llvm::StringRef Text);

/// Text as a C++ string literal.
std::string cppString(llvm::StringRef Text);

/// The C types of a number kind: its wire value's ("int32_t", "double"),
/// and the fixed-width element type of the std::vector a number vector
/// argument arrives in (wire::newVector; "" for bool, which has none).
struct NumberTypes {
  llvm::StringRef Wire;
  llvm::StringRef Element;
};
NumberTypes numberTypes(manifest::TypeKind K);

/// The wire parameters of a thunk or wasm import, and the C++ expressions
/// passed for them.
struct Signature {
  llvm::SmallVector<std::string, 8> WireParams; ///< "int32_t a0", ...
  llvm::SmallVector<std::string, 8> Args;       ///< C++ argument expressions.
  /// Statements that open the function body: the named texts of text().
  llvm::SmallVector<std::string, 2> Locals;

  /// An expression naming Text, a message string, for the body. A function
  /// local array, not a string literal: under -g Clang 19 describes string
  /// literals as variables of the file they are in, even in a nodebug
  /// function, and the thunks' buffer is no file.
  std::string text(llvm::StringRef Text);
};

/// How messages name a std::function parameter P (the I-th) of Where:
/// "callback 'onTick' of every", as an expression of S (Signature::text).
std::string callbackName(const manifest::Param &P, unsigned I,
                         llvm::StringRef Where, Signature &S);

/// The type a std::expected error crosses as (wire::returnError): the
/// string kinds as a std::string.
std::string errorSlotType(const manifest::Type &E);

/// Calls Visit with every exported function, constructor and member of M
/// (not start functions, which take nothing).
template <typename Fn>
void forEachExport(const manifest::Manifest &M, Fn Visit) {
  for (const manifest::Function &F : M.Functions)
    Visit(F);
  for (const manifest::Class &C : M.Classes) {
    for (const manifest::Function &F : C.Constructors)
      Visit(F);
    for (const manifest::Function &F : C.Methods)
      Visit(F);
  }
}

/// The Codec specialisations of the classes held in slots and of the value
/// structs M uses (the only templates the thunks define), then a
/// static_assert per type in a slot that wire's Codec has the layout the JS
/// glue reads and writes (lib/Manifest/Layout).
void emitSlotCodecs(const manifest::Manifest &M, llvm::raw_ostream &OS);

/// The wasm import Imp's JS code is reached through, and the definition of
/// its C++ declaration that calls it (Imports.cpp).
void emitImport(llvm::raw_ostream &OS, const manifest::Import &Imp);
/// The wasm import of Imp on Decl, and on Body the statements (indented by
/// two spaces) of a C++ function of parameters a0, a1, ... that calls it and
/// returns its result; Receiver is the handle passed first for the kinds with
/// a receiver (Imports.cpp).
void emitImportCall(llvm::raw_ostream &Decl, llvm::raw_ostream &Body,
                    const manifest::Import &Imp, llvm::StringRef Receiver);
/// The thunk of the exported function, constructor or member F of Owner
/// (ThunkEmitter.cpp).
void emitFunction(llvm::raw_ostream &OS, const manifest::Function &F,
                  const manifest::Class *Owner, const manifest::Manifest &M);
/// The C++ class derived from each exported class that JS can extend, with
/// the imports its overrides call (Subclasses.cpp).
void emitSubclasses(const manifest::Manifest &M, llvm::raw_ostream &OS);
/// The thunks of the constructors of those classes (Subclasses.cpp), inside
/// the extern "C" block.
void emitSubclassConstructors(const manifest::Class &C,
                              const manifest::Manifest &M,
                              llvm::raw_ostream &OS);

} // namespace wasmport::thunks

#endif // WASMPORT_THUNKS_THUNKINTERNAL_H
