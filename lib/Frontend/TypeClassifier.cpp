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

/// The signature of the std::function T names as written (with its
/// typedefs), or as the specialisation has it.
static const FunctionProtoType *
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

/// wasmport::JsValue (<wasmport/jsvalue.h>).
static bool isJsValue(QualType T) { return isJsValueClass(T->getAsCXXRecordDecl()); }

/// The wasmport::Promise<V> (<wasmport/promise.h>) T names, or null.
static const ClassTemplateSpecializationDecl *wasmportPromise(QualType T) {
  const auto *Spec =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl());
  return Spec && isWasmportClass(Spec, "Promise") ? Spec : nullptr;
}

namespace {

/// One classification: the position and context stay fixed while element
/// types are classified recursively.
class Classifier {
public:
  Classifier(const ASTContext &Ctx, EntityLookup Lookup)
      : Ctx(Ctx), Lookup(Lookup) {}

  std::optional<manifest::Type> classify(QualType T, Position Pos);
  std::optional<manifest::Type> classifyPromiseValue(QualType V);

private:
  std::optional<manifest::Type> classifyFunction(
      const ClassTemplateSpecializationDecl *Spec, QualType Value, bool ToJs);
  std::optional<manifest::Type> classifySignatureType(QualType T, bool ToJs,
                                                      bool IsResult);
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

  // wasmport::JsValue and imported classes: by value, or by const& for
  // parameters.
  if (const CXXRecordDecl *RD = Referee->getAsCXXRecordDecl()) {
    Entity E = Lookup(RD->getCanonicalDecl());
    if (isJsValueClass(RD) || E.K == Entity::ImportedClass) {
      if (IsElement || (IsLRef && !(IsConstRef && IsParam)))
        return std::nullopt;
      Out.Kind = TypeKind::JsValue;
      Out.Class = E.JsName;
      Out.Cpp = spellType(Referee.getUnqualifiedType(), Ctx);
      return Out;
    }
  }

  // std::function: JS functions in both directions (docs/Callbacks.md). A
  // function returned to JS would have no owner (NoteCallbackResult).
  if (const ClassTemplateSpecializationDecl *Spec =
          stdTemplate(Referee.getUnqualifiedType());
      Spec && Spec->getName() == "function") {
    if (IsElement || Pos == Position::ExportResult ||
        (IsLRef && !(IsConstRef && IsParam)))
      return std::nullopt;
    // The written type: its signature keeps its typedefs (std::string).
    return classifyFunction(Spec, T.getNonReferenceType().getUnqualifiedType(),
                            /*ToJs=*/Pos == Position::ImportParam);
  }

  // wasmport::Promise<V>: as JsValue.
  if (const ClassTemplateSpecializationDecl *Spec = wasmportPromise(Referee)) {
    if (IsElement || (IsLRef && !(IsConstRef && IsParam)))
      return std::nullopt;
    std::optional<manifest::Type> V = classifyPromiseValue(typeArg(Spec, 0));
    if (!V)
      return std::nullopt;
    Out.Kind = TypeKind::Promise;
    Out.Cpp = spellType(Referee.getUnqualifiedType(), Ctx);
    Out.Args.push_back(std::move(*V));
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

/// The V of a wasmport::Promise<V>: what wasmport::JsTraits converts and
/// manifest::isPromiseValue accepts.
std::optional<manifest::Type> Classifier::classifyPromiseValue(QualType V) {
  if (V.isNull())
    return std::nullopt;
  if (V.getCanonicalType()->isVoidType())
    return manifest::Type{TypeKind::Void, spellType(V, Ctx), "", {}};
  std::optional<manifest::Type> Out;
  if (isJsValue(V) && !V.hasQualifiers())
    Out = manifest::Type{TypeKind::JsValue, spellType(V, Ctx), "", {}};
  else
    Out = classify(V, Position::Element);
  if (!Out || V.hasQualifiers() || !isPromiseValue(*Out))
    return std::nullopt;
  return Out;
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

/// A std::function<R(A...)> crossing to JS (ToJs: C++ implements it, JS
/// calls it) or from JS. JsTraits converts its arguments and result, so it
/// takes what JsTraits supports, each in the direction it travels.
std::optional<manifest::Type>
Classifier::classifyFunction(const ClassTemplateSpecializationDecl *Spec,
                             QualType Value, bool ToJs) {
  const FunctionProtoType *Sig = functionSignature(Value, Spec);
  if (!Sig || Sig->isVariadic())
    return std::nullopt;
  manifest::Type Out;
  Out.Kind = TypeKind::Function;
  Out.Cpp = spellType(Value, Ctx);
  std::optional<manifest::Type> R =
      classifySignatureType(Sig->getReturnType(), ToJs, /*IsResult=*/true);
  if (!R)
    return std::nullopt;
  Out.Args.push_back(std::move(*R));
  for (QualType P : Sig->getParamTypes()) {
    std::optional<manifest::Type> A =
        classifySignatureType(P, !ToJs, /*IsResult=*/false);
    if (!A)
      return std::nullopt;
    Out.Args.push_back(std::move(*A));
  }
  return Out;
}

/// A parameter or result type of a std::function signature, converted by
/// JsTraits: towards JS (ToJs) or from JS.
std::optional<manifest::Type>
Classifier::classifySignatureType(QualType T, bool ToJs, bool IsResult) {
  manifest::Type Out;
  QualType Canon = T.getCanonicalType();
  if (Canon->isVoidType()) {
    if (!IsResult)
      return std::nullopt;
    Out.Kind = TypeKind::Void;
    Out.Cpp = "void";
    return Out;
  }
  // Parameters by value or const&; results by value.
  if (const auto *RT = Canon->getAs<ReferenceType>()) {
    if (IsResult || !isa<LValueReferenceType>(RT) ||
        !RT->getPointeeType().isConstQualified())
      return std::nullopt;
    return classifySignatureType(RT->getPointeeType().getUnqualifiedType(),
                                 ToJs, IsResult);
  }
  QualType Value = T.getUnqualifiedType();
  Out.Cpp = spellType(Value, Ctx);
  Canon = Value.getCanonicalType();
  if (const auto *BT = Canon->getAs<BuiltinType>()) {
    std::optional<TypeKind> K = arithmeticKind(BT, Ctx);
    if (!K)
      return std::nullopt;
    Out.Kind = *K;
    return Out;
  }
  if (const auto *PT = Canon->getAs<PointerType>()) {
    QualType Pointee = PT->getPointeeType();
    if (!ToJs || !Pointee->isSpecificBuiltinType(BuiltinType::Char_S) ||
        !Pointee.isConstQualified())
      return std::nullopt;
    Out.Kind = TypeKind::CString;
    return Out;
  }
  if (std::optional<TypeKind> K = stdStringKind(Canon)) {
    // JsTraits makes only std::string from JS: a view would need an owner.
    if (*K == TypeKind::StringView && !ToJs)
      return std::nullopt;
    Out.Kind = *K;
    return Out;
  }
  if (const CXXRecordDecl *RD = Canon->getAsCXXRecordDecl();
      RD && isJsValueClass(RD)) {
    Out.Kind = TypeKind::JsValue;
    return Out;
  }
  const ClassTemplateSpecializationDecl *Spec = stdTemplate(Canon);
  if (!Spec)
    return std::nullopt;
  if (Spec->getName() == "optional") {
    QualType Arg = typeArg(Spec, 0);
    if (Arg.isNull() || Arg->isReferenceType())
      return std::nullopt;
    std::optional<manifest::Type> E =
        classifySignatureType(Arg, ToJs, /*IsResult=*/true);
    // JsTraits<std::optional<T>> holds values: no void, no functions.
    if (!E || E->Kind == TypeKind::Void || E->Kind == TypeKind::Function)
      return std::nullopt;
    Out.Kind = TypeKind::Optional;
    Out.Args.push_back(std::move(*E));
    return Out;
  }
  if (Spec->getName() == "function") {
    // A C++ function returning a C++ function: nobody would own it.
    if (ToJs && IsResult)
      return std::nullopt;
    return classifyFunction(Spec, Value, ToJs);
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

QualType unsupportedPromiseValue(QualType T, const ASTContext &Ctx,
                                 EntityLookup Lookup) {
  const ClassTemplateSpecializationDecl *Spec =
      wasmportPromise(T.getNonReferenceType());
  if (!Spec)
    return QualType();
  QualType V = typeArg(Spec, 0);
  if (V.isNull() || Classifier(Ctx, Lookup).classifyPromiseValue(V))
    return QualType();
  return V;
}

} // namespace wasmport::frontend
