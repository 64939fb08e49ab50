//===- Attributes.h - The [[wasmport::...]] attributes ---------*- C++ -*-===//
//
// Registers the attributes with Clang (ParsedAttrInfo) and lowers each to an
// AnnotateAttr whose text carries the kind and the string arguments, so
// -ast-dump shows them and the Collector reads them back with
// decodeAnnotation. Spelling checks happen here, at the attribute; checks
// that need the whole declaration happen in the Collector.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_FRONTEND_ATTRIBUTES_H
#define WASMPORT_FRONTEND_ATTRIBUTES_H

#include "clang/AST/Attr.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <vector>

namespace wasmport::frontend {

enum class AttrKind {
  Export,
  Import,
  Skip,
  Start,
  Value,
  Getter,
  Setter,
  Constructor,
  Rename,
  Test,
};

/// "export", "import", ...: the name after `wasmport::`.
llvm::StringRef attrName(AttrKind K);
/// "'wasmport::export'", ...: an attribute as diagnostics name it.
std::string quotedAttrName(AttrKind K);

/// One wasmport attribute as found on a declaration.
struct Annotation {
  AttrKind Kind;
  std::vector<std::string> Args;
  clang::SourceRange Range;
};

/// Prefix of the AnnotateAttr text of every wasmport attribute.
inline constexpr llvm::StringLiteral AnnotationPrefix = "wasmport.";

/// The annotation text for an attribute: `wasmport.export ["name"]`.
std::string encodeAnnotation(AttrKind K, llvm::ArrayRef<std::string> Args);

/// Reads back an AnnotateAttr made by encodeAnnotation; nullopt for any
/// other annotation.
std::optional<Annotation> decodeAnnotation(const clang::AnnotateAttr &A);

/// Makes sure the attributes are registered with Clang's ParsedAttrInfo
/// registry. Registration happens when the library is loaded; calling this
/// keeps the linker from dropping it from static builds.
void registerAttributes();

} // namespace wasmport::frontend

#endif // WASMPORT_FRONTEND_ATTRIBUTES_H
