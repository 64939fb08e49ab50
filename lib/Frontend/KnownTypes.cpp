//===- KnownTypes.cpp - The C++ types wasmport knows by name --------------===//
//
// Recognises the types the TypeClassifier builds on: numbers by size and
// signedness on wasm32, the std templates (strings, containers, smart
// pointers, std::function, std::expected) by name in namespace std, and
// wasmport::JsValue and wasmport::Promise by name in namespace wasmport;
// and spells any type fully qualified, valid at global scope.
//
//===----------------------------------------------------------------------===//
#include "Frontend/KnownTypes.h"

#include "Frontend/TypeClassifier.h"
#include "Support/ClangCompat.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/QualTypeNames.h"

using namespace clang;
using namespace wasmport::manifest;

namespace wasmport::frontend {

static std::optional<std::string> spellStdFunction(QualType T,
                                                   const ASTContext &Ctx);

std::string spellType(QualType T, const ASTContext &Ctx) {
  if (const auto *RT = T->getAs<LValueReferenceType>())
    if (std::optional<std::string> F =
            spellStdFunction(RT->getPointeeType(), Ctx))
      return *F + " &";
  if (std::optional<std::string> F = spellStdFunction(T, Ctx))
    return *F;
  PrintingPolicy Policy = Ctx.getPrintingPolicy();
  Policy.SuppressScope = false;
  Policy.SuppressUnwrittenScope = true;
  Policy.SuppressInlineNamespace = true;
  Policy.FullyQualifiedName = true;
  return compat::getFullyQualifiedName(T, Ctx, Policy,
                                       /*WithGlobalNsPrefix=*/true);
}

std::optional<TypeKind> arithmeticKind(const BuiltinType *BT,
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
  }
  return std::nullopt; // __int128: no wire kind.
}

const ClassTemplateSpecializationDecl *stdTemplate(QualType T) {
  const auto *Spec =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl());
  return Spec && Spec->isInStdNamespace() ? Spec : nullptr;
}

QualType typeArg(const ClassTemplateSpecializationDecl *Spec, unsigned I) {
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  if (I >= Args.size() || Args[I].getKind() != TemplateArgument::Type)
    return QualType();
  return Args[I].getAsType();
}

const FunctionProtoType *
functionSignature(QualType T, const ClassTemplateSpecializationDecl *Spec) {
  QualType Sig = typeArg(Spec, 0);
  if (const auto *TST = T->getAs<TemplateSpecializationType>())
    if (TST->template_arguments().size() == 1 &&
        TST->template_arguments()[0].getKind() == TemplateArgument::Type &&
        TST->getTemplateName().getAsTemplateDecl() &&
        TST->getTemplateName().getAsTemplateDecl()->getCanonicalDecl() ==
            Spec->getSpecializedTemplate()->getCanonicalDecl())
      Sig = TST->template_arguments()[0].getAsType();
  return Sig.isNull() ? nullptr : Sig->getAs<FunctionProtoType>();
}

/// getFullyQualifiedName leaves the types of a function type unqualified
/// (`std::function<string (int)>`), so std::function is spelled here, with
/// T's cv-qualifiers; nullopt for other types.
static std::optional<std::string> spellStdFunction(QualType T,
                                                   const ASTContext &Ctx) {
  const ClassTemplateSpecializationDecl *Spec = stdTemplate(T);
  if (!Spec || Spec->getName() != "function")
    return std::nullopt;
  const FunctionProtoType *FPT = functionSignature(T, Spec);
  if (!FPT)
    return std::nullopt;
  std::string Out = T.isConstQualified() ? "const " : "";
  Out += "::std::function<" + spellType(FPT->getReturnType(), Ctx) + " (";
  for (unsigned I = 0; I != FPT->getNumParams(); ++I)
    Out += (I ? ", " : "") + spellType(FPT->getParamType(I), Ctx);
  if (FPT->isVariadic())
    Out += FPT->getNumParams() ? ", ..." : "...";
  return Out + ")>";
}

std::optional<TypeKind> stdStringKind(QualType T) {
  const ClassTemplateSpecializationDecl *Spec = stdTemplate(T);
  if (!Spec)
    return std::nullopt;
  QualType Char = typeArg(Spec, 0);
  if (Char.isNull() || !Char->isSpecificBuiltinType(BuiltinType::Char_S))
    return std::nullopt;
  StringRef Name = Spec->getName();
  if (Name == "basic_string")
    return TypeKind::String;
  if (Name == "basic_string_view")
    return TypeKind::StringView;
  return std::nullopt;
}

/// True when RD is wasmport::Name (<wasmport/wasmport.h>).
static bool isWasmportClass(const CXXRecordDecl *RD, StringRef Name) {
  if (!RD || RD->getName() != Name)
    return false;
  const auto *NS = dyn_cast<NamespaceDecl>(RD->getDeclContext());
  return NS && NS->getName() == "wasmport" &&
         NS->getDeclContext()->getRedeclContext()->isTranslationUnit();
}

bool isJsValueClass(const CXXRecordDecl *RD) {
  return isWasmportClass(RD, "JsValue");
}

bool isJsValue(QualType T) { return isJsValueClass(T->getAsCXXRecordDecl()); }

const ClassTemplateSpecializationDecl *wasmportPromise(QualType T) {
  const auto *Spec =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl());
  return Spec && isWasmportClass(Spec, "Promise") ? Spec : nullptr;
}

bool isStdFunction(QualType T) {
  const ClassTemplateSpecializationDecl *Spec =
      stdTemplate(T.getNonReferenceType().getUnqualifiedType());
  return Spec && Spec->getName() == "function";
}

std::optional<QualType> stdExpectedErrorType(QualType T) {
  QualType Canon = T.getCanonicalType().getNonReferenceType();
  const ClassTemplateSpecializationDecl *Spec = stdTemplate(Canon);
  if (!Spec || Spec->getName() != "expected")
    return std::nullopt;
  QualType E = typeArg(Spec, 1);
  if (E.isNull())
    return std::nullopt;
  return E;
}

} // namespace wasmport::frontend
