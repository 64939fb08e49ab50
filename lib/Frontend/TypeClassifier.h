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
} // namespace clang

namespace wasmport::frontend {

/// Where a type occurs; what is accepted depends on it.
enum class Position {
  ExportParam,  ///< JS → C++ argument of an export.
  ExportResult, ///< C++ → JS result of an export.
  ImportParam,  ///< C++ → JS argument of an import.
  ImportResult, ///< JS → C++ result of an import.
};

/// Returns the JS name of an exported class, or "" when RD is not exported.
using ClassLookup = llvm::function_ref<std::string(const clang::CXXRecordDecl *)>;

/// The manifest type for T at Pos, or nullopt when it cannot cross there.
/// Type::Cpp is the fully qualified spelling, valid at global scope.
std::optional<manifest::Type> classifyType(clang::QualType T, Position Pos,
                                           const clang::ASTContext &Ctx,
                                           ClassLookup LookupClass);

/// The fully qualified spelling of T, valid at global scope.
std::string spellType(clang::QualType T, const clang::ASTContext &Ctx);

} // namespace wasmport::frontend

#endif // WASMPORT_FRONTEND_TYPECLASSIFIER_H
