//===- TypeClassifier.cpp - C++ types to manifest type kinds --------------===//
//
// Maps a Clang type at a Position to a manifest::Type (its TypeKind, the
// fully qualified C++ spelling, the JS class it names and the types of its
// elements), or to nothing when it cannot cross there: the rules of each
// Position. The types themselves are recognised in KnownTypes.cpp; the
// Collector says (EntityLookup) which classes, enums and value structs are
// exported or imported. Reports nothing: the Collector knows the
// declaration and says why.
//
//===----------------------------------------------------------------------===//
#include "Frontend/TypeClassifier.h"

#include "Frontend/KnownTypes.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Support/ErrorHandling.h"

using namespace clang;
using namespace wasmport::manifest;

namespace wasmport::frontend {

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
  // parameters; by value inside vectors, optionals and value structs.
  if (const CXXRecordDecl *RD = Referee->getAsCXXRecordDecl()) {
    Entity E = Lookup(RD->getCanonicalDecl());
    if (isJsValueClass(RD) || E.K == Entity::ImportedClass) {
      if (IsLRef && !(IsConstRef && IsParam))
        return std::nullopt;
      Out.Kind = TypeKind::JsValue;
      Out.Class = E.JsName;
      Out.Cpp = spellType(Referee.getUnqualifiedType(), Ctx);
      return Out;
    }
  }

  // std::function: JS functions in both directions (docs/Callbacks.md). A
  // function returned to JS would have no owner (NoteCallbackResult). As
  // an element it comes from JS only: classifyType rejects one inside what
  // C++ gives JS (holdsFunctionInside).
  if (const ClassTemplateSpecializationDecl *Spec =
          stdTemplate(Referee.getUnqualifiedType());
      Spec && Spec->getName() == "function") {
    if (Pos == Position::ExportResult ||
        (IsLRef && !(IsConstRef && IsParam)))
      return std::nullopt;
    // The written type: its signature keeps its typedefs (std::string).
    return classifyFunction(Spec, T.getNonReferenceType().getUnqualifiedType(),
                            /*ToJs=*/Pos == Position::ImportParam);
  }

  // wasmport::Promise<V>: as JsValue.
  if (const ClassTemplateSpecializationDecl *Spec = wasmportPromise(Referee)) {
    if (IsLRef && !(IsConstRef && IsParam))
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

  // Value-like kinds: by value, or by const& for parameters, in exports and
  // imports alike (an import's or a JS override's are copied to JS, its
  // result copied back). An exported class's object passed to JS by pointer
  // or reference gets a wrapper lent for the call (docs/Subclasses.md).
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
  if (Name == "map" || Name == "unordered_map" || Name == "set" ||
      Name == "unordered_set") {
    // Keys by value: bool, integers, std::string, exported enums
    // (manifest::isMapKey); a map's values are any element type.
    std::optional<manifest::Type> K = classify(Arg, Position::Element);
    if (!K || !isMapKey(K->Kind))
      return std::nullopt;
    Out.Args.push_back(std::move(*K));
    Out.Kind = TypeKind::Set;
    if (Name == "map" || Name == "unordered_map") {
      QualType ValueArg = typeArg(Spec, 1);
      std::optional<manifest::Type> V =
          ValueArg.isNull() ? std::nullopt : classify(ValueArg, Position::Element);
      if (!V || V->Kind == TypeKind::Function)
        return std::nullopt;
      Out.Args.push_back(std::move(*V));
      Out.Kind = TypeKind::Map;
    }
    return Out;
  }
  if (Name == "span") {
    // Views of memory: by value in an export's signature, or as an import's
    // parameter (copied out), of numbers only.
    bool Import = Pos == Position::ImportParam;
    if (IsRef || (Pos != Position::ExportParam &&
                  Pos != Position::ExportResult && !Import))
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
    if (Import && Out.Kind == TypeKind::SpanMut)
      return std::nullopt; // Nothing would copy JS's changes back.
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
    // JS holds no shared owner it could give an import or take from one.
    if (Name == "shared_ptr" &&
        (Pos == Position::ImportParam || Pos == Position::ImportResult))
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
  bool IsParam = Pos == Position::ExportParam || Pos == Position::ImportParam;
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
    // A `const V &` parameter or export result is copied, as a V would be.
    bool Copied = IsParam || Pos == Position::ExportResult;
    if (IsPtr || (IsLRef && !(IsConstRef && Copied)))
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
    // Results are borrowed: JS does not own the object (docs/Types.md). An
    // import's result would be an object nobody keeps alive for C++.
    if (Pos == Position::Element || Pos == Position::ImportResult)
      return std::nullopt;
    Out.Kind = IsPtr ? TypeKind::ClassPtr : TypeKind::ClassRef;
    return Out;
  }
  Out.Kind = TypeKind::ClassValue;
  return Out;
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
  case TypeKind::Void:
  case TypeKind::Bool:
  case TypeKind::I8:
  case TypeKind::U8:
  case TypeKind::I16:
  case TypeKind::U16:
  case TypeKind::I32:
  case TypeKind::U32:
  case TypeKind::I64:
  case TypeKind::U64:
  case TypeKind::F32:
  case TypeKind::F64:
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
  case TypeKind::SharedPtr:
  case TypeKind::Vector:
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::Function:
  case TypeKind::Promise:
  case TypeKind::Expected:
    return false;
  }
  llvm_unreachable("unknown TypeKind");
}

/// Whether T (without references and cv-qualifiers) holds a std::function
/// in a vector or optional element or a value struct field, at any depth.
static bool holdsFunction(QualType T, EntityLookup Lookup,
                          llvm::SmallPtrSetImpl<const CXXRecordDecl *> &Seen) {
  QualType Bare =
      T.getCanonicalType().getNonReferenceType().getUnqualifiedType();
  if (const ClassTemplateSpecializationDecl *Spec = stdTemplate(Bare)) {
    StringRef Name = Spec->getName();
    bool Map = Name == "map" || Name == "unordered_map";
    if (Name != "vector" && Name != "optional" && !Map)
      return false;
    QualType Arg = typeArg(Spec, Map ? 1 : 0);
    return !Arg.isNull() && (isStdFunction(Arg) || holdsFunction(Arg, Lookup, Seen));
  }
  const CXXRecordDecl *RD = Bare->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition() ||
      Lookup(RD->getCanonicalDecl()).K != Entity::Value ||
      !Seen.insert(RD->getCanonicalDecl()).second)
    return false;
  for (const FieldDecl *F : RD->getDefinition()->fields())
    if (isStdFunction(F->getType()) || holdsFunction(F->getType(), Lookup, Seen))
      return true;
  return false;
}

bool holdsFunctionInside(QualType T, EntityLookup Lookup) {
  llvm::SmallPtrSet<const CXXRecordDecl *, 8> Seen;
  return holdsFunction(T, Lookup, Seen);
}

std::optional<manifest::Type> classifyType(QualType T, Position Pos,
                                           const ASTContext &Ctx,
                                           EntityLookup Lookup) {
  // A std::function in what C++ gives JS would have no owner: JS could not
  // tell when to destroy it (NoteFunctionInside).
  if ((Pos == Position::ExportResult || Pos == Position::ImportParam) &&
      holdsFunctionInside(T, Lookup))
    return std::nullopt;
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
