//===- CollectorInternal.h - Helpers of the Collector's files -*- C++ -*-===//
//
// The Collector is split over Collector.cpp (exports, function imports) and
// ImportedClasses.cpp (classes marked [[wasmport::import]]); these helpers
// serve both. Not part of the Frontend's interface.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_FRONTEND_COLLECTORINTERNAL_H
#define WASMPORT_FRONTEND_COLLECTORINTERNAL_H

#include "Frontend/Attributes.h"

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace clang {
class Decl;
class FunctionDecl;
class NamedDecl;
} // namespace clang

namespace wasmport::frontend {

/// "::ns::Name", skipping inline and anonymous namespaces, usable at global
/// scope (names in an anonymous namespace are found through it).
std::string qualifiedName(const clang::NamedDecl *D);
/// FD's mangled name (its plain name for extern "C" functions).
std::string mangledName(const clang::FunctionDecl *FD);
/// Where to report about attribute A on D: the attribute, else D.
clang::SourceLocation attrLoc(const Annotation *A, const clang::Decl *D);
/// The property an accessor method names by default: `value()`, `getValue()`
/// and `get_value()` read `value`; `setValue(v)`, `set_value(v)` and
/// `value(v)` assign it.
std::string defaultPropertyName(llvm::StringRef Method, bool IsSetter);

} // namespace wasmport::frontend

#endif // WASMPORT_FRONTEND_COLLECTORINTERNAL_H
