//===- VerifyInternal.h - What manifest::verify shares ----------*- C++ -*-===//
//
// Private to Verify.cpp (the entities), VerifyImports.cpp (the imports) and
// VerifyTypes.cpp (the types): how messages quote and count, the
// control-character rule every string follows, the type checker, which looks
// up the entities a type names in the manifest's tables, and the Verifier
// that walks the manifest.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_MANIFEST_VERIFYINTERNAL_H
#define WASMPORT_MANIFEST_VERIFYINTERNAL_H

#include "Manifest/Manifest.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FormatVariadic.h"

#include <string>

namespace wasmport::manifest::verifier {

/// Text quoted for a message: 'Text', escaped.
inline std::string q(llvm::StringRef Text) {
  return "'" + escapeForMessage(Text) + "'";
}

inline llvm::Error fail(const llvm::Twine &Msg) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Msg);
}

/// "a vector", "an i32".
inline std::string aKind(TypeKind K) {
  llvm::StringRef Name = typeKindName(K);
  bool Vowel = llvm::StringRef("aeio").contains(Name.front()) ||
               K == TypeKind::F32 || K == TypeKind::F64;
  return (Vowel ? "an " : "a ") + Name.str();
}

/// "no parameters", "1 parameter", "2 parameters".
inline std::string plural(size_t N, llvm::StringRef One) {
  if (N == 0)
    return "no " + One.str() + "s";
  return llvm::formatv("{0} {1}{2}", N, One, N == 1 ? "" : "s").str();
}

/// No control character in Text (U+0000 to U+001F, U+007F); a doc string
/// (Doc) may hold line breaks.
inline llvm::Error checkText(llvm::StringRef Text, const llvm::Twine &Entity,
                             const llvm::Twine &What, bool Doc = false) {
  for (unsigned char C : Text)
    if ((C < 0x20 && !(Doc && C == '\n')) || C == 0x7f)
      return fail(
          Entity + ": " + What + " holds the control character '" +
          escapeForMessage(llvm::StringRef(reinterpret_cast<char *>(&C), 1)) +
          "', which no manifest string may hold (a doc string may "
          "hold line breaks)");
  return llvm::Error::success();
}

/// True for Name made of JS identifiers joined by single dots.
bool isDottedPath(llvm::StringRef Name);
/// The strings a float constant's value may be (VerifyConstants.cpp).
bool isNonFiniteSpelling(llvm::StringRef S);

/// Where a type sits, which decides the kinds it may have.
enum class Position {
  ExportParam,     ///< A parameter of an exported function.
  ExportResult,    ///< The result of one.
  ImportParam,     ///< A parameter of an import.
  ImportResult,    ///< The result of one.
  Element,         ///< A vector's or optional's element, a field.
  SignatureParam,  ///< A parameter in a std::function's signature.
  SignatureResult, ///< The result in one.
  SignatureOption, ///< An optional's element in a signature.
  PromiseValue,    ///< What a wasmport::Promise settles with.
  ExportValue,     ///< The value type of an export's std::expected.
  ExportError,     ///< Its error type.
  ImportValue,     ///< The value type of an import's std::expected.
  ImportError,     ///< Its error type.
};

/// The manifest's classes, enums and value structs by JS name (the first of
/// each name).
struct Tables {
  llvm::StringMap<const Class *> Classes;
  llvm::StringMap<const Enum *> Enums;
  llvm::StringMap<const ValueStruct *> Values;
};

/// Checks types against the entities of a manifest.
class TypeChecker {
public:
  explicit TypeChecker(const Tables &T)
      : Classes(T.Classes), Enums(T.Enums), Values(T.Values) {}

  /// Checks T sitting at P, Where in Entity ("parameter 'x'" in "function
  /// 'f'"): its strings, type arguments, kinds and the entities it names.
  llvm::Error check(const Type &T, Position P, const llvm::Twine &Entity,
                    const std::string &Where) const {
    return type(T, P, Entity, Where, /*Nested=*/false);
  }

private:
  llvm::Error arity(const Type &T, const llvm::Twine &Entity,
                    const std::string &Where, bool Nested) const;
  llvm::Error type(const Type &T, Position P, const llvm::Twine &Entity,
                   const std::string &Where, bool Nested) const;
  /// Whether T holds a function in an element or field, at any depth; Seen
  /// holds the value structs already looked into.
  bool holdsFunction(const Type &T, llvm::StringSet<> &Seen) const;

  const llvm::StringMap<const Class *> &Classes;
  const llvm::StringMap<const Enum *> &Enums;
  const llvm::StringMap<const ValueStruct *> &Values;
};

/// "parameter 'x'", or "parameter 2" when unnamed.
inline std::string paramWhere(const Param &P, size_t Index) {
  if (P.Name.empty())
    return "parameter " + std::to_string(Index + 1);
  return "parameter " + q(P.Name);
}

/// One pass over a manifest (Verify.cpp; imports in VerifyImports.cpp, JS
/// subclasses in VerifySubclasses.cpp).
class Verifier {
public:
  explicit Verifier(const Manifest &M) : M(M), Types(Entities) {}
  llvm::Error run();

private:
  llvm::Error location(const Location &L, const llvm::Twine &Entity);
  llvm::Error bindingName(llvm::StringRef Name, const llvm::Twine &Entity);
  llvm::Error memberName(llvm::StringRef Name, const llvm::Twine &Entity);
  llvm::Error topLevel(llvm::StringRef Name, llvm::StringRef What,
                       const Location &L);
  llvm::Error exportSymbol(llvm::StringRef Symbol, const std::string &Entity);
  llvm::Error function(const Function &F, const std::string &Entity,
                       const Class *Owner);
  llvm::Error cppOwned(const Class &C, const std::string &Entity);
  llvm::Error members(const Class &C);
  /// Group: the overloads of one JS name, in declaration order (Overloads.h).
  llvm::Error overloads(llvm::ArrayRef<const Function *> Group,
                        const std::string &Entity);
  /// What a JS subclass of C implements (VerifySubclasses.cpp).
  llvm::Error subclassing(const Class &C);
  llvm::Error import(const Import &I);
  llvm::Error enumeration(const Enum &E);
  // VerifyConstants.cpp.
  llvm::Error constantValue(const Constant &K, const std::string &Entity);
  llvm::Error constant(const Constant &K, const std::string &Entity);
  /// C's constants, whose names are neither among Statics nor repeated.
  llvm::Error classConstants(const Class &C, const llvm::StringSet<> &Statics);
  llvm::Error moduleConstants();
  llvm::Error value(const ValueStruct &V);
  llvm::Error bases();
  llvm::Error valueCycles();

  const Manifest &M;
  Tables Entities;
  TypeChecker Types;
  const llvm::StringMap<const Class *> &Classes = Entities.Classes;
  const llvm::StringMap<const ValueStruct *> &Values = Entities.Values;
  struct Owner {
    std::string What;
    Location Loc;
  };
  llvm::StringMap<Owner> TopLevel;
  llvm::StringMap<std::string> Symbols; ///< Export symbol -> its entity.
};

} // namespace wasmport::manifest::verifier

#endif // WASMPORT_MANIFEST_VERIFYINTERNAL_H
