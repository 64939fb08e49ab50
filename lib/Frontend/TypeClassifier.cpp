//===- TypeClassifier.cpp - C++ types to manifest type kinds --------------===//
#include "Frontend/TypeClassifier.h"

#include "Support/ClangCompat.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/QualTypeNames.h"

using namespace clang;
using namespace wasmport::manifest;

namespace wasmport::frontend {

std::string spellType(QualType T, const ASTContext &Ctx) {
  PrintingPolicy Policy = Ctx.getPrintingPolicy();
  Policy.SuppressScope = false;
  Policy.SuppressUnwrittenScope = true;
  Policy.SuppressInlineNamespace = true;
  Policy.FullyQualifiedName = true;
  return compat::getFullyQualifiedName(T, Ctx, Policy,
                                       /*WithGlobalNsPrefix=*/true);
}

/// Integer and floating-point kinds by size and signedness (wasm32: long is
/// 32 bits, long double is 128 bits and not supported).
static std::optional<TypeKind> arithmeticKind(const BuiltinType *BT,
                                              const ASTContext &Ctx) {
  if (BT->getKind() == BuiltinType::Bool)
    return TypeKind::Bool;
  if (BT->getKind() == BuiltinType::Float)
    return TypeKind::F32;
  if (BT->getKind() == BuiltinType::Double)
    return TypeKind::F64;
  if (!BT->isInteger())
    return std::nullopt;
  bool Signed = BT->isSignedInteger();
  switch (Ctx.getTypeSize(BT)) {
  case 8: return Signed ? TypeKind::I8 : TypeKind::U8;
  case 16: return Signed ? TypeKind::I16 : TypeKind::U16;
  case 32: return Signed ? TypeKind::I32 : TypeKind::U32;
  case 64: return Signed ? TypeKind::I64 : TypeKind::U64;
  default: return std::nullopt;
  }
}

/// std::basic_string<char> / std::basic_string_view<char>.
static std::optional<TypeKind> stdStringKind(QualType T) {
  const auto *RD = T->getAsCXXRecordDecl();
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(RD);
  if (!Spec || !Spec->isInStdNamespace())
    return std::nullopt;
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  if (Args.size() < 1 || Args[0].getKind() != TemplateArgument::Type ||
      !Args[0].getAsType()->isSpecificBuiltinType(BuiltinType::Char_S))
    return std::nullopt;
  StringRef Name = Spec->getName();
  if (Name == "basic_string")
    return TypeKind::String;
  if (Name == "basic_string_view")
    return TypeKind::StringView;
  return std::nullopt;
}

std::optional<manifest::Type> classifyType(QualType T, Position Pos,
                                 const ASTContext &Ctx,
                                 ClassLookup LookupClass) {
  manifest::Type Out;
  bool IsParam = Pos == Position::ExportParam || Pos == Position::ImportParam;
  bool IsImport = Pos == Position::ImportParam || Pos == Position::ImportResult;
  // By-value parameters: top-level const does not matter.
  QualType Value = T.getUnqualifiedType();
  Out.Cpp = spellType(Value, Ctx);
  QualType Canon = Value.getCanonicalType();

  if (Canon->isVoidType()) {
    if (IsParam)
      return std::nullopt;
    Out.Kind = TypeKind::Void;
    return Out;
  }
  if (const auto *BT = Canon->getAs<BuiltinType>()) {
    // Char_U does not occur on wasm32; char is signed there.
    std::optional<TypeKind> K = arithmeticKind(BT, Ctx);
    if (!K)
      return std::nullopt;
    Out.Kind = *K;
    return Out;
  }

  // Strings: by value, const&, views and const char*.
  if (const auto *PT = Canon->getAs<PointerType>()) {
    QualType Pointee = PT->getPointeeType();
    if (Pointee->isSpecificBuiltinType(BuiltinType::Char_S) &&
        Pointee.isConstQualified()) {
      if (Pos == Position::ImportResult)
        return std::nullopt; // Nobody would own the bytes.
      Out.Kind = TypeKind::CString;
      Out.Cpp = spellType(T, Ctx);
      return Out;
    }
  }
  QualType Referee = Canon;
  bool IsLRef = false, IsConstRef = false;
  if (const auto *RT = Canon->getAs<ReferenceType>()) {
    if (!isa<LValueReferenceType>(RT))
      return std::nullopt; // Rvalue references: nothing to move from in JS.
    IsLRef = true;
    Referee = RT->getPointeeType();
    IsConstRef = Referee.isConstQualified();
  }
  if (std::optional<TypeKind> K = stdStringKind(Referee)) {
    // A mutable std::string& would suggest changes flow back; they do not.
    if (IsLRef && (!IsConstRef || !IsParam))
      return std::nullopt;
    if (*K == TypeKind::StringView && Pos == Position::ImportResult)
      return std::nullopt;
    Out.Kind = *K;
    Out.Cpp = spellType(IsLRef ? T : Value, Ctx);
    return Out;
  }

  // Exported classes, in exports only in this version.
  if (IsImport)
    return std::nullopt;
  QualType Pointee = Referee;
  bool IsPtr = false;
  if (!IsLRef)
    if (const auto *PT = Canon->getAs<PointerType>()) {
      IsPtr = true;
      Pointee = PT->getPointeeType();
    }
  const CXXRecordDecl *RD = Pointee->getAsCXXRecordDecl();
  if (!RD)
    return std::nullopt;
  std::string JsName = LookupClass(RD->getCanonicalDecl());
  if (JsName.empty())
    return std::nullopt;
  Out.Class = JsName;
  Out.Cpp = spellType(IsLRef || IsPtr ? T : Value, Ctx);
  if (IsLRef || IsPtr) {
    if (!IsParam)
      return std::nullopt; // Borrowed results need a lifetime rule: later.
    Out.Kind = IsPtr ? TypeKind::ClassPtr : TypeKind::ClassRef;
    return Out;
  }
  Out.Kind = TypeKind::ClassValue;
  return Out;
}

} // namespace wasmport::frontend
