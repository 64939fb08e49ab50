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

/// The specialisation of a class template in namespace std that T names,
/// or null.
static const ClassTemplateSpecializationDecl *stdTemplate(QualType T) {
  const auto *Spec =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl());
  return Spec && Spec->isInStdNamespace() ? Spec : nullptr;
}

static QualType typeArg(const ClassTemplateSpecializationDecl *Spec,
                        unsigned I) {
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  if (I >= Args.size() || Args[I].getKind() != TemplateArgument::Type)
    return QualType();
  return Args[I].getAsType();
}

/// std::basic_string<char> / std::basic_string_view<char>.
static std::optional<TypeKind> stdStringKind(QualType T) {
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

/// wasmport::JsValue (<wasmport/jsvalue.h>).
static bool isJsValue(QualType T) {
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD || RD->getName() != "JsValue")
    return false;
  const auto *NS = dyn_cast<NamespaceDecl>(RD->getDeclContext());
  return NS && NS->getName() == "wasmport" &&
         NS->getDeclContext()->getRedeclContext()->isTranslationUnit();
}

namespace {

/// One classification: the position and context stay fixed while element
/// types are classified recursively.
class Classifier {
public:
  Classifier(const ASTContext &Ctx, EntityLookup Lookup)
      : Ctx(Ctx), Lookup(Lookup) {}

  std::optional<manifest::Type> classify(QualType T, Position Pos);

private:
  std::optional<manifest::Type> classifyRecord(QualType T, QualType Referee,
                                               Position Pos, bool IsLRef,
                                               bool IsConstRef);
  std::optional<manifest::Type> classifyStdTemplate(
      const ClassTemplateSpecializationDecl *Spec, QualType Value,
      Position Pos, bool IsRef);
  std::optional<manifest::Type>
  classifyExpected(const ClassTemplateSpecializationDecl *Spec, QualType Value,
                   Position Pos);
  std::string exportedClass(QualType T) const {
    const CXXRecordDecl *RD = T.isNull() ? nullptr : T->getAsCXXRecordDecl();
    if (!RD)
      return "";
    Entity E = Lookup(RD->getCanonicalDecl());
    return E.K == Entity::Class ? E.JsName : "";
  }

  const ASTContext &Ctx;
  EntityLookup Lookup;
};

} // namespace

std::optional<manifest::Type> Classifier::classify(QualType T, Position Pos) {
  manifest::Type Out;
  bool IsParam = Pos == Position::ExportParam || Pos == Position::ImportParam;
  bool IsImport = Pos == Position::ImportParam || Pos == Position::ImportResult;
  bool IsElement = Pos == Position::Element;
  // By-value parameters: top-level const does not matter.
  QualType Value = T.getUnqualifiedType();
  Out.Cpp = spellType(Value, Ctx);
  QualType Canon = Value.getCanonicalType();

  if (Canon->isVoidType()) {
    if (IsParam || IsElement)
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
      if (Pos == Position::ImportResult || IsElement)
        return std::nullopt; // Nobody would own the bytes.
      Out.Kind = TypeKind::CString;
      Out.Cpp = spellType(T, Ctx);
      return Out;
    }
  }
  QualType Referee = Canon;
  bool IsLRef = false, IsConstRef = false;
  if (const auto *RT = Canon->getAs<ReferenceType>()) {
    if (!isa<LValueReferenceType>(RT) || IsElement)
      return std::nullopt; // Rvalue references: nothing to move from in JS.
    IsLRef = true;
    Referee = RT->getPointeeType();
    IsConstRef = Referee.isConstQualified();
  }
  if (std::optional<TypeKind> K = stdStringKind(Referee)) {
    // A mutable std::string& would suggest changes flow back; they do not.
    if (IsLRef && (!IsConstRef || !IsParam))
      return std::nullopt;
    if (*K == TypeKind::StringView &&
        (Pos == Position::ImportResult || IsElement))
      return std::nullopt;
    Out.Kind = *K;
    Out.Cpp = spellType(IsLRef ? T : Value, Ctx);
    return Out;
  }

  // wasmport::JsValue: by value, or by const& for parameters.
  if (isJsValue(Referee)) {
    if (IsElement || (IsLRef && !(IsConstRef && IsParam)))
      return std::nullopt;
    Out.Kind = TypeKind::JsValue;
    Out.Cpp = spellType(Referee.getUnqualifiedType(), Ctx);
    return Out;
  }

  // std::expected: results only; an import's error type is JsValue.
  if (const ClassTemplateSpecializationDecl *Spec = stdTemplate(Referee);
      Spec && Spec->getName() == "expected") {
    if (IsLRef || IsParam || IsElement)
      return std::nullopt;
    return classifyExpected(Spec, Value, Pos);
  }

  // Everything below crosses in exports only in this version.
  if (IsImport)
    return std::nullopt;

  // Value-like kinds: by value, or by const& for parameters.
  bool ValueRefOK = !IsLRef || (IsConstRef && IsParam);
  QualType Bare = Referee.getUnqualifiedType();
  if (const auto *ET = Bare->getAs<EnumType>()) {
    Entity E = Lookup(ET->getDecl()->getCanonicalDecl());
    if (E.K != Entity::Enum || !ValueRefOK)
      return std::nullopt;
    Out.Kind = TypeKind::Enum;
    Out.Class = E.JsName;
    Out.Cpp = spellType(Bare, Ctx);
    return Out;
  }
  if (const ClassTemplateSpecializationDecl *Spec = stdTemplate(Bare)) {
    if (!ValueRefOK)
      return std::nullopt;
    return classifyStdTemplate(Spec, Bare, Pos, IsLRef);
  }
  return classifyRecord(T, Referee, Pos, IsLRef, IsConstRef);
}

std::optional<manifest::Type>
Classifier::classifyStdTemplate(const ClassTemplateSpecializationDecl *Spec,
                                QualType Value, Position Pos, bool IsRef) {
  manifest::Type Out;
  Out.Cpp = spellType(Value, Ctx);
  StringRef Name = Spec->getName();
  QualType Arg = typeArg(Spec, 0);
  if (Arg.isNull())
    return std::nullopt;
  if (Name == "vector" || Name == "optional") {
    std::optional<manifest::Type> E = classify(Arg, Position::Element);
    if (!E)
      return std::nullopt;
    Out.Kind = Name == "vector" ? TypeKind::Vector : TypeKind::Optional;
    Out.Args.push_back(std::move(*E));
    return Out;
  }
  if (Name == "span") {
    // Views of memory: by value in an export's signature, of numbers only.
    if (IsRef || (Pos != Position::ExportParam && Pos != Position::ExportResult))
      return std::nullopt;
    const TemplateArgumentList &Args = Spec->getTemplateArgs();
    if (Args.size() != 2 || Args[1].getKind() != TemplateArgument::Integral ||
        !Args[1].getAsIntegral().isAllOnes())
      return std::nullopt; // A fixed extent would need a length check.
    QualType Elem = Arg.getCanonicalType();
    const auto *BT = Elem->getAs<BuiltinType>();
    std::optional<TypeKind> K = BT ? arithmeticKind(BT, Ctx) : std::nullopt;
    if (!K || !hasTypedArray(*K) || Elem.isVolatileQualified())
      return std::nullopt;
    Out.Kind = Elem.isConstQualified() ? TypeKind::Span : TypeKind::SpanMut;
    Out.Args.push_back({*K, spellType(Elem.getUnqualifiedType(), Ctx), "", {}});
    // Spelled by hand: clang < 17 prints the default extent argument.
    Out.Cpp = "::std::span<" +
              std::string(Out.Kind == TypeKind::Span ? "const " : "") +
              Out.Args.front().Cpp + ">";
    return Out;
  }
  if (Name == "unique_ptr" || Name == "shared_ptr") {
    std::string JsName = exportedClass(Arg);
    if (JsName.empty() || Arg.isConstQualified())
      return std::nullopt;
    if (Name == "unique_ptr") {
      // Only the default deleter: JS deletes through the class's thunk.
      const auto *Deleter = stdTemplate(typeArg(Spec, 1));
      if (IsRef || !Deleter || Deleter->getName() != "default_delete")
        return std::nullopt;
    }
    Out.Kind = Name == "unique_ptr" ? TypeKind::UniquePtr : TypeKind::SharedPtr;
    Out.Class = JsName;
    return Out;
  }
  return std::nullopt;
}

std::optional<manifest::Type>
Classifier::classifyExpected(const ClassTemplateSpecializationDecl *Spec,
                             QualType Value, Position Pos) {
  QualType T = typeArg(Spec, 0), E = typeArg(Spec, 1);
  if (T.isNull() || E.isNull() || stdExpectedErrorType(T))
    return std::nullopt;
  std::optional<manifest::Type> ValueT = classify(T, Pos);
  if (!ValueT || !isExpectedErrorType(E, Pos, Ctx, Lookup))
    return std::nullopt;
  std::optional<manifest::Type> ErrorT = classify(E, Position::ExportResult);
  if (!ErrorT)
    return std::nullopt;
  manifest::Type Out;
  Out.Kind = TypeKind::Expected;
  Out.Cpp = spellType(Value, Ctx);
  Out.Args.push_back(std::move(*ValueT));
  Out.Args.push_back(std::move(*ErrorT));
  return Out;
}

std::optional<manifest::Type>
Classifier::classifyRecord(QualType T, QualType Referee, Position Pos,
                           bool IsLRef, bool IsConstRef) {
  manifest::Type Out;
  bool IsParam = Pos == Position::ExportParam;
  QualType Pointee = Referee;
  bool IsPtr = false;
  if (!IsLRef)
    if (const auto *PT = Referee->getAs<PointerType>()) {
      IsPtr = true;
      Pointee = PT->getPointeeType();
    }
  const CXXRecordDecl *RD = Pointee->getAsCXXRecordDecl();
  if (!RD)
    return std::nullopt;
  Entity E = Lookup(RD->getCanonicalDecl());
  if (E.K == Entity::Value) {
    if (IsPtr || (IsLRef && !(IsConstRef && IsParam)))
      return std::nullopt;
    Out.Kind = TypeKind::Value;
    Out.Class = E.JsName;
    Out.Cpp = spellType(Pointee.getUnqualifiedType(), Ctx);
    return Out;
  }
  if (E.K != Entity::Class)
    return std::nullopt;
  Out.Class = E.JsName;
  QualType Value = T.getUnqualifiedType();
  Out.Cpp = spellType(IsLRef || IsPtr ? T : Value, Ctx);
  if (IsLRef || IsPtr) {
    // Results are borrowed: JS does not own the object (docs/Types.md).
    if (Pos == Position::Element)
      return std::nullopt;
    Out.Kind = IsPtr ? TypeKind::ClassPtr : TypeKind::ClassRef;
    return Out;
  }
  Out.Kind = TypeKind::ClassValue;
  return Out;
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

bool isExpectedErrorType(QualType E, Position Pos, const ASTContext &Ctx,
                         EntityLookup Lookup) {
  if (E.isConstQualified() || E.isVolatileQualified())
    return false;
  if (Pos == Position::ImportResult)
    return isJsValue(E);
  if (Pos != Position::ExportResult)
    return false;
  std::optional<manifest::Type> Ty =
      Classifier(Ctx, Lookup).classify(E, Position::ExportResult);
  if (!Ty)
    return false;
  switch (Ty->Kind) {
  case TypeKind::String:
  case TypeKind::StringView:
  case TypeKind::CString:
  case TypeKind::Enum:
  case TypeKind::Value:
  case TypeKind::JsValue:
    return true;
  default:
    return false;
  }
}

std::optional<manifest::Type> classifyType(QualType T, Position Pos,
                                           const ASTContext &Ctx,
                                           EntityLookup Lookup) {
  return Classifier(Ctx, Lookup).classify(T, Pos);
}

} // namespace wasmport::frontend
