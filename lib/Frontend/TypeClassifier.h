//===- TypeClassifier.h - C++ types to manifest type kinds -----*- C++ -*-===//
//
// Decides how a C++ type crosses the boundary, or that it cannot. The only
// place that maps Clang types to manifest::TypeKind; the Collector reports
// the diagnostics, since it knows the declaration.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_FRONTEND_TYPECLASSIFIER_H
#define WASMPORT_FRONTEND_TYPECLASSIFIER_H

#include "Manifest/Manifest.h"

#include "clang/AST/Type.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <optional>

namespace clang {
class ASTContext;
class CXXRecordDecl;
class Decl;
} // namespace clang

namespace wasmport::frontend {

/// Where a type occurs; what is accepted depends on it.
enum class Position {
  ExportParam,  ///< JS → C++ argument of an export.
  ExportResult, ///< C++ → JS result of an export.
  ImportParam,  ///< C++ → JS argument of an import.
  ImportResult, ///< JS → C++ result of an import.
  /// An element of a vector or optional, or a field of a value struct: a
  /// value that crosses in linear memory, in either direction.
  Element,
};

/// What a declaration is to wasmport.
struct Entity {
  /// ImportedClass: a class marked [[wasmport::import]]; JsName is its
  /// global path ("Date"), "" for a class from an ES module.
  enum Kind { None, Class, Value, Enum, ImportedClass } K = None;
  std::string JsName;
};

/// The exported class, value struct, enum or imported class that D (a
/// canonical CXXRecordDecl or EnumDecl) is, if any.
using EntityLookup = llvm::function_ref<Entity(const clang::Decl *)>;

/// The manifest type for T at Pos, or nullopt when it cannot cross there.
/// Type::Cpp is the fully qualified spelling, valid at global scope; for
/// the Memory and Enum groups it is the value type, without references or
/// cv-qualifiers.
std::optional<manifest::Type> classifyType(clang::QualType T, Position Pos,
                                           const clang::ASTContext &Ctx,
                                           EntityLookup Lookup);

/// True when T holds a std::function inside a vector, an optional or a
/// value struct's field (at any depth): such a type crosses from JS to C++
/// only (export parameters, import results), and classifyType rejects it
/// elsewhere.
bool holdsFunctionInside(clang::QualType T, EntityLookup Lookup);

/// True for wasmport::JsValue (<wasmport/jsvalue.h>) itself.
bool isJsValueClass(const clang::CXXRecordDecl *RD);

/// When T is a wasmport::Promise<V>, or a reference to one, and V cannot be
/// the value of a promise (manifest::isPromiseValue): V. Null otherwise.
clang::QualType unsupportedPromiseValue(clang::QualType T,
                                        const clang::ASTContext &Ctx,
                                        EntityLookup Lookup);

/// The error type E when T (or the type T refers to) is std::expected<V, E>.
std::optional<clang::QualType> stdExpectedErrorType(clang::QualType T);

/// True when E may be the error type of a std::expected result at Pos (an
/// export's or an import's result): for exports std::string,
/// std::string_view, const char*, an exported enum, a [[wasmport::value]]
/// struct or wasmport::JsValue; for imports wasmport::JsValue only (the
/// exception the JS code threw).
bool isExpectedErrorType(clang::QualType E, Position Pos,
                         const clang::ASTContext &Ctx, EntityLookup Lookup);

/// The fully qualified spelling of T, valid at global scope.
std::string spellType(clang::QualType T, const clang::ASTContext &Ctx);

/// True when T, without references and cv-qualifiers, is a std::function:
/// its diagnostics name what a callback's signature accepts.
bool isStdFunction(clang::QualType T);

} // namespace wasmport::frontend

#endif // WASMPORT_FRONTEND_TYPECLASSIFIER_H
