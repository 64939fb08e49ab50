//===- ClangCompat.h - Clang API differences between majors -----*- C++ -*-===//
//
// The Clang side of LLVMCompat.h: the plugin is built against Clang 19 and 14
// (em++'s clang). Code that differs between the two goes through these
// helpers, nowhere else.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_SUPPORT_CLANGCOMPAT_H
#define WASMPORT_SUPPORT_CLANGCOMPAT_H

#include "Support/LLVMCompat.h"

#include "clang/AST/Expr.h"
#include "clang/AST/Type.h"
#include "clang/Basic/DiagnosticSema.h"
#include "clang/Basic/Version.h"
#include "clang/Lex/Token.h"
#include "clang/Sema/ParsedAttr.h"
#include "clang/Sema/Sema.h"
#include "llvm/ADT/SmallVector.h"

#include <vector>

namespace wasmport::compat {

/// An ordinary "..." literal (no prefix): isAscii() before Clang 15.
inline bool isOrdinary(const clang::StringLiteral &Lit) {
#if CLANG_VERSION_MAJOR >= 15
  return Lit.isOrdinary();
#else
  return Lit.isAscii();
#endif
}

/// A pure virtual function: isPure() before Clang 18.
inline bool isPureVirtual(const clang::CXXMethodDecl &MD) {
#if CLANG_VERSION_MAJOR >= 18
  return MD.isPureVirtual();
#else
  return MD.isPure();
#endif
}

/// "'A' attribute only applies to Subjects". Clang 17 added a %select for
/// keyword attributes to err_attribute_wrong_decl_type_str.
inline void diagWrongDeclType(clang::Sema &S, const clang::ParsedAttr &A,
                              const char *Subjects) {
#if CLANG_VERSION_MAJOR >= 17
  S.Diag(A.getLoc(), clang::diag::err_attribute_wrong_decl_type_str)
      << A << A.isRegularKeywordAttribute() << Subjects << A.getRange();
#else
  S.Diag(A.getLoc(), clang::diag::err_attribute_wrong_decl_type_str)
      << A << Subjects << A.getRange();
#endif
}

/// TypeName::getFullyQualifiedName, as Clang 19 spells. Clang 14's does not
/// look through a type named by a using-declaration: `std::size_t` (libc++
/// says `using ::size_t;`) comes out as `size_t` where 19 says `::size_t`.
/// Before 19 such UsingTypes are looked through first (at the top, and under
/// pointers and references), which changes nothing where Clang does it too.
std::string getFullyQualifiedName(clang::QualType T,
                                  const clang::ASTContext &Ctx,
                                  const clang::PrintingPolicy &Policy,
                                  bool WithGlobalNsPrefix);

/// Before Clang 17 the parser skips the arguments of a plugin's C++11
/// attribute (clang::hasAttribute knows no plugin attribute, and arguments
/// are parsed only for attributes it knows), so `[[wasmport::export("name")]]`
/// reaches the plugin without "name". There, this watches the tokens the
/// parser reads (Preprocessor::setTokenWatcher) and keeps the argument tokens
/// of `wasmport::NAME(...)` inside `[[...]]`, by the location of NAME (where
/// the ParsedAttr's range ends when its arguments were skipped). From Clang 17
/// on it does nothing.
void watchAttributeArguments(clang::Preprocessor &PP);

/// The arguments of one attribute, each as its tokens (split at top-level
/// commas; `()` gives none), and where its `)` is.
struct KeptAttributeArgs {
  std::vector<llvm::SmallVector<clang::Token, 1>> Args;
  clang::SourceLocation RParenLoc;
};

/// The arguments kept for the attribute named at NameLoc, or nullptr when it
/// had no parentheses or Clang parsed them itself (17 and later).
const KeptAttributeArgs *keptAttributeArguments(const clang::Preprocessor &PP,
                                                clang::SourceLocation NameLoc);

} // namespace wasmport::compat

#endif // WASMPORT_SUPPORT_CLANGCOMPAT_H
