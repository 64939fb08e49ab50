//===- Signatures.cpp - Parameter and result types, reported --------------===//
//
// Classifies the parameter and result types of a function at a Position
// (TypeClassifier) and, when one cannot cross, reports it with the caret on
// the type as written and a note saying what would be accepted: the general
// message, or the specific one for a wasmport::Promise value or a
// std::expected error type.
//
//===----------------------------------------------------------------------===//
#include "Frontend/Collector.h"

#include "Frontend/CollectorInternal.h"
#include "Frontend/Diagnostics.h"
#include "Frontend/KnownTypes.h"
#include "Frontend/TypeClassifier.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Sema/Sema.h"

using namespace clang;
using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::frontend {

SourceRange typeRange(const DeclaratorDecl *D) {
  if (const TypeSourceInfo *TSI = D->getTypeSourceInfo())
    return TSI->getTypeLoc().getSourceRange();
  return D->getSourceRange();
}

SourceRange resultRange(const FunctionDecl *FD) {
  SourceRange R = FD->getReturnTypeSourceRange();
  if (R.isValid())
    return R;
  if (FunctionTypeLoc FTL = FD->getFunctionTypeLoc())
    R = FTL.getReturnLoc().getSourceRange();
  return R.isValid() ? R : SourceRange(FD->getLocation());
}

std::string paramLabel(const ParmVarDecl *P) {
  if (P->getName().empty())
    return "#" + std::to_string(P->getFunctionScopeIndex() + 1);
  return ("'" + P->getName() + "'").str();
}

/// The written argument of the wasmport::Promise<V> that TL spells, if any.
static const TemplateArgumentLoc *promiseArgLoc(TypeLoc TL,
                                                TemplateArgumentLoc &Out) {
  while (TL) {
    TL = TL.getUnqualifiedLoc();
    if (auto R = TL.getAs<LValueReferenceTypeLoc>())
      TL = R.getPointeeLoc();
    else if (auto R = TL.getAs<RValueReferenceTypeLoc>())
      TL = R.getPointeeLoc();
    else if (auto E = TL.getAs<ElaboratedTypeLoc>())
      TL = E.getNamedTypeLoc();
    else if (auto T = TL.getAs<TemplateSpecializationTypeLoc>()) {
      if (T.getNumArgs() != 1 ||
          T.getArgLoc(0).getArgument().getKind() != TemplateArgument::Type)
        return nullptr;
      Out = T.getArgLoc(0);
      return &Out;
    } else
      break;
  }
  return nullptr;
}

/// Reports a wasmport::Promise<V> whose V cannot be a promise's value, in
/// type T written at TL (Whole: its range); true when it did. The caret is
/// on V as written.
bool Collector::reportPromiseValue(QualType T, TypeLoc TL, SourceRange Whole) {
  auto Lookup = [this](const Decl *D) { return entityLookup(D); };
  QualType V = unsupportedPromiseValue(T, S.getASTContext(), Lookup);
  if (V.isNull())
    return false;
  SourceRange R = Whole;
  TemplateArgumentLoc Arg;
  if (promiseArgLoc(TL, Arg)) {
    R = Arg.getSourceRange();
    V = Arg.getArgument().getAsType();
  }
  report(S.getDiagnostics(), R.getBegin(), Diag::UnsupportedPromiseValue)
      << V << R;
  return true;
}

static bool isMapOrSet(StringRef Name) {
  return Name == "map" || Name == "unordered_map" || Name == "set" ||
         Name == "unordered_set";
}

/// A std map or set inside T (through vectors, optionals, maps' values and
/// value structs' fields are not followed) whose key cannot cross: that key.
static QualType badMapKey(QualType T, const ASTContext &Ctx,
                          EntityLookup Lookup) {
  QualType Bare =
      T.getCanonicalType().getNonReferenceType().getUnqualifiedType();
  const ClassTemplateSpecializationDecl *Spec = stdTemplate(Bare);
  if (!Spec)
    return QualType();
  StringRef Name = Spec->getName();
  if (isMapOrSet(Name)) {
    QualType Key = typeArg(Spec, 0);
    if (Key.isNull())
      return QualType();
    std::optional<manifest::Type> K =
        classifyType(Key, Position::Element, Ctx, Lookup);
    if (!K || !isMapKey(K->Kind))
      return Key;
  }
  if (isMapOrSet(Name) || Name == "vector" || Name == "optional") {
    unsigned Inner = Name == "map" || Name == "unordered_map" ? 1 : 0;
    QualType Arg = typeArg(Spec, Inner);
    return Arg.isNull() ? QualType() : badMapKey(Arg, Ctx, Lookup);
  }
  return QualType();
}

/// The written key argument of the map or set in TL whose key is Key.
static std::optional<SourceRange> mapKeyRange(TypeLoc TL, QualType Key) {
  while (TL) {
    TL = TL.getUnqualifiedLoc();
    if (auto R = TL.getAs<LValueReferenceTypeLoc>())
      TL = R.getPointeeLoc();
    else if (auto R = TL.getAs<RValueReferenceTypeLoc>())
      TL = R.getPointeeLoc();
    else if (auto E = TL.getAs<ElaboratedTypeLoc>())
      TL = E.getNamedTypeLoc();
    else
      break;
  }
  auto T = TL.getAs<TemplateSpecializationTypeLoc>();
  if (!T)
    return std::nullopt;
  for (unsigned I = 0; I != T.getNumArgs(); ++I) {
    const TemplateArgumentLoc &A = T.getArgLoc(I);
    if (A.getArgument().getKind() != TemplateArgument::Type)
      continue;
    if (I == 0 && T.getTypePtr()->getTemplateName().getAsTemplateDecl() &&
        isMapOrSet(T.getTypePtr()->getTemplateName().getAsTemplateDecl()->getName()) &&
        A.getArgument().getAsType().getCanonicalType() == Key.getCanonicalType())
      return A.getSourceRange();
    if (TypeSourceInfo *TSI = A.getTypeSourceInfo())
      if (auto R = mapKeyRange(TSI->getTypeLoc(), Key))
        return R;
  }
  return std::nullopt;
}

bool Collector::reportMapKey(QualType T, TypeLoc TL, SourceRange Whole) {
  auto Lookup = [this](const Decl *D) { return entityLookup(D); };
  QualType Key = badMapKey(T, S.getASTContext(), Lookup);
  if (Key.isNull())
    return false;
  SourceRange R = mapKeyRange(TL, Key).value_or(Whole);
  // Which of the two: the innermost map or set holding Key.
  bool IsSet = false;
  for (QualType Cur = T;;) {
    const ClassTemplateSpecializationDecl *Spec = stdTemplate(
        Cur.getCanonicalType().getNonReferenceType().getUnqualifiedType());
    if (!Spec)
      break;
    StringRef Name = Spec->getName();
    bool Map = Name == "map" || Name == "unordered_map";
    if (isMapOrSet(Name) &&
        typeArg(Spec, 0).getCanonicalType() == Key.getCanonicalType()) {
      IsSet = !Map;
      break;
    }
    Cur = typeArg(Spec, Map ? 1 : 0);
    if (Cur.isNull())
      break;
  }
  report(S.getDiagnostics(), R.getBegin(), Diag::UnsupportedMapKey)
      << Key << IsSet << R;
  return true;
}

std::optional<manifest::Type>
Collector::classifyParam(const ParmVarDecl *P, const FunctionDecl *FD,
                         Position Pos) {
  auto Lookup = [this](const Decl *D) { return entityLookup(D); };
  std::optional<manifest::Type> T =
      classifyType(P->getType(), Pos, S.getASTContext(), Lookup);
  if (T)
    return T;
  DiagnosticsEngine &DE = S.getDiagnostics();
  SourceRange R = typeRange(P);
  const TypeSourceInfo *TSI = P->getTypeSourceInfo();
  if (reportPromiseValue(P->getType(), TSI ? TSI->getTypeLoc() : TypeLoc(), R) ||
      reportMapKey(P->getType(), TSI ? TSI->getTypeLoc() : TypeLoc(), R))
    return std::nullopt;
  report(DE, R.getBegin(), Diag::UnsupportedParamType)
      << paramLabel(P) << FD << P->getType() << R;
  report(DE, R.getBegin(), holdsFunctionInside(P->getType(), Lookup)
                               ? Diag::NoteFunctionInside
                           : isStdFunction(P->getType())
                               ? Diag::NoteSupportedCallbackTypes
                           : Pos == Position::ExportParam
                               ? Diag::NoteSupportedTypes
                               : Diag::NoteSupportedImportTypes);
  return std::nullopt;
}


bool Collector::classifyParams(
    const FunctionDecl *FD, Position Pos, std::vector<Param> &Params,
    function_ref<bool(const ParmVarDecl *, manifest::Type &)> Check) {
  bool OK = true;
  if (FD->isVariadic()) {
    report(S.getDiagnostics(), FD->getLocation(), Diag::VariadicExport);
    OK = false;
  }
  // Trailing parameters with defaults that cannot cross keep their
  // defaults; the other defaulted ones are optional in JS (Overloads.cpp).
  for (unsigned I = 0, N = crossingParams(FD, Pos); I != N; ++I) {
    const ParmVarDecl *P = FD->getParamDecl(I);
    std::optional<manifest::Type> T = classifyParam(P, FD, Pos);
    if (!T) {
      OK = false;
      continue;
    }
    OK &= Check(P, *T);
    Params.push_back({P->getName().str(), std::move(*T)});
    Params.back().Optional = Pos == Position::ExportParam && P->hasDefaultArg();
  }
  return OK;
}

Diag resultNote(QualType T, Position Pos, EntityLookup Lookup) {
  if (holdsFunctionInside(T, Lookup))
    return Diag::NoteFunctionInside;
  if (isStdFunction(T))
    return Pos == Position::ExportResult ? Diag::NoteCallbackResult
                                         : Diag::NoteSupportedCallbackTypes;
  return Pos == Position::ExportResult || Pos == Position::ExportParam
             ? Diag::NoteSupportedTypes
             : Diag::NoteSupportedImportTypes;
}

std::optional<manifest::Type>
Collector::classifyResult(const FunctionDecl *FD, Position Pos) {
  auto Lookup = [this](const Decl *D) { return entityLookup(D); };
  std::optional<manifest::Type> T =
      classifyType(FD->getReturnType(), Pos, S.getASTContext(), Lookup);
  if (T)
    return T;
  if (reportExpectedError(FD, Pos))
    return std::nullopt;
  DiagnosticsEngine &DE = S.getDiagnostics();
  SourceRange Range = resultRange(FD);
  FunctionTypeLoc FTL = FD->getFunctionTypeLoc();
  if (reportPromiseValue(FD->getReturnType(),
                         FTL ? FTL.getReturnLoc() : TypeLoc(), Range) ||
      reportMapKey(FD->getReturnType(), FTL ? FTL.getReturnLoc() : TypeLoc(),
                   Range))
    return std::nullopt;
  report(DE, Range.getBegin(), Diag::UnsupportedResultType)
      << FD << FD->getReturnType() << Range;
  report(DE, Range.getBegin(), resultNote(FD->getReturnType(), Pos, Lookup));
  return std::nullopt;
}

bool Collector::reportExpectedError(const FunctionDecl *FD, Position Pos) {
  std::optional<QualType> E = stdExpectedErrorType(FD->getReturnType());
  auto Lookup = [this](const Decl *D) { return entityLookup(D); };
  if (!E || isExpectedErrorType(*E, Pos, S.getASTContext(), Lookup))
    return false;
  // The caret on the error type as written, else on the result type.
  SourceRange Range = resultRange(FD);
  if (TypeLoc RL = FD->getFunctionTypeLoc().getReturnLoc())
    if (auto TST = RL.getAsAdjusted<TemplateSpecializationTypeLoc>())
      if (TST.getNumArgs() == 2)
        Range = TST.getArgLoc(1).getSourceRange();
  report(S.getDiagnostics(), Range.getBegin(),
         Pos == Position::ImportResult ? Diag::ImportExpectedErrorType
                                       : Diag::ExpectedErrorType)
      << FD << *E << Range;
  return true;
}

} // namespace wasmport::frontend
