//===- CollectorInternal.h - Helpers of the Collector's files -*- C++ -*-===//
//
// The Collector (Collector.h) is one class implemented over several files,
// one concern each (Collector.cpp lists them); these free helpers serve more
// than one of them. Not part of the Frontend's interface.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_FRONTEND_COLLECTORINTERNAL_H
#define WASMPORT_FRONTEND_COLLECTORINTERNAL_H

#include "Frontend/Attributes.h"
#include "Frontend/Diagnostics.h"
#include "Frontend/TypeClassifier.h"

#include "clang/AST/Type.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace clang {
class Decl;
class DeclaratorDecl;
class FunctionDecl;
class NamedDecl;
class ParmVarDecl;
} // namespace clang

namespace wasmport::frontend {

// Names.cpp

/// "::ns::Name", skipping inline and anonymous namespaces, usable at global
/// scope (names in an anonymous namespace are found through it).
std::string qualifiedName(const clang::NamedDecl *D);
/// FD's mangled name (its plain name for extern "C" functions).
std::string mangledName(const clang::FunctionDecl *FD);
/// Where to report about attribute A on D: the attribute, else D.
clang::SourceLocation attrLoc(const Annotation *A, const clang::Decl *D);

// Signatures.cpp

/// The type of a parameter or data member as written, else the whole
/// declaration.
clang::SourceRange typeRange(const clang::DeclaratorDecl *D);
/// The written result type. FunctionDecl::getReturnTypeSourceRange gives up
/// on trailing return types and on declarators that wrap the name
/// (`void (*f())(int)`); the type is still written, so point there.
clang::SourceRange resultRange(const clang::FunctionDecl *FD);
/// How messages name a parameter: 'name', or #N when it has none.
std::string paramLabel(const clang::ParmVarDecl *P);
/// The note on a result (or property) type that cannot cross at Pos.
Diag resultNote(clang::QualType T, Position Pos, EntityLookup Lookup);

// Functions.cpp

/// FD exists, is not deleted, and is neither private nor protected: the
/// thunks may call it (a copy or move constructor, a destructor, an
/// assignment).
bool isPubliclyUsable(const clang::FunctionDecl *FD);

// Properties.cpp

/// The property an accessor method names by default: `value()`, `getValue()`
/// and `get_value()` read `value`; `setValue(v)`, `set_value(v)` and
/// `value(v)` assign it.
std::string defaultPropertyName(llvm::StringRef Method, bool IsSetter);

} // namespace wasmport::frontend

#endif // WASMPORT_FRONTEND_COLLECTORINTERNAL_H
