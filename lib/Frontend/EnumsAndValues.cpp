//===- EnumsAndValues.cpp - Exported enums and value structs --------------===//
//
// Builds the manifest Enum of an exported enum (its underlying integer type,
// its enumerators and, when any carries one, their strings) and the
// ValueStruct of a [[wasmport::value]] struct (an aggregate whose named fields
// each cross in linear memory) or of a struct declared elsewhere that an
// alias makes a value struct (default-constructible and copyable: its public
// data members cross, wire::ValueCodec assigns them one by one).
//
//===----------------------------------------------------------------------===//
#include "Frontend/Collector.h"

#include "Frontend/CollectorInternal.h"
#include "Frontend/Diagnostics.h"
#include "Frontend/TypeClassifier.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Sema/Sema.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"

using namespace clang;
using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::frontend {

std::optional<manifest::Enum> Collector::buildEnum(const EnumDecl *ED,
                                                   const std::string &JsName) {
  DiagnosticsEngine &DE = S.getDiagnostics();
  const ASTContext &Ctx = S.getASTContext();
  ED = ED->getDefinition();
  if (!ED || ED->isInvalidDecl())
    return std::nullopt;
  manifest::Enum E;
  E.JsName = JsName;
  E.CppName = qualifiedName(ED);
  E.Loc = location(ED->getLocation());
  QualType Int = ED->getIntegerType();
  std::optional<manifest::Type> U =
      Int.isNull() ? std::nullopt
                   : classifyType(Int, Position::Element, Ctx,
                                  [](const Decl *) { return Entity(); });
  if (!U || Ctx.getTypeSize(Int) > 32 || U->Kind == TypeKind::Bool) {
    SourceRange R = ED->getIntegerTypeRange();
    report(DE, R.isValid() ? R.getBegin() : ED->getLocation(),
           Diag::EnumTooWide)
        << ED << Int << R;
    return std::nullopt;
  }
  E.Underlying = U->Kind;
  StringMap<const EnumConstantDecl *> Strings;
  bool OK = true;
  for (const EnumConstantDecl *ECD : ED->enumerators()) {
    Enumerator V;
    V.Name = ECD->getName().str();
    // `{ __proto__: 0 }` sets the object's prototype instead of a property.
    if (V.Name == "__proto__") {
      report(DE, ECD->getLocation(), Diag::ReservedEnumeratorName);
      OK = false;
    }
    const llvm::APSInt &Init = ECD->getInitVal();
    V.Value = Init.isSigned() ? Init.getSExtValue()
                              : static_cast<int64_t>(Init.getZExtValue());
    if (const Annotation *A = find(ECD, AttrKind::Export)) {
      // "" would stand for the enumerator's name, as no string does.
      if (A->Args.empty() || A->Args.front().empty()) {
        report(DE, attrLoc(A, ECD), Diag::EnumeratorNeedsString) << A->Range;
        OK = false;
      }
      E.StringValued = true;
      V.String = A->Args.empty() ? V.Name : A->Args.front();
    }
    E.Enumerators.push_back(std::move(V));
  }
  if (!E.StringValued)
    return OK ? std::optional<manifest::Enum>(std::move(E)) : std::nullopt;
  // Enumerators without a string stand for their own names.
  for (auto [ECD, V] : zip(ED->enumerators(), E.Enumerators)) {
    if (V.String.empty())
      V.String = V.Name;
    auto [It, New] = Strings.try_emplace(V.String, ECD);
    if (!New) {
      const Annotation *A = find(ECD, AttrKind::Export);
      report(DE, attrLoc(A, ECD), Diag::DuplicateEnumString)
          << ED << V.String << (A ? A->Range : SourceRange());
      report(DE, It->second->getLocation(), Diag::NotePreviousJSName)
          << V.String;
      OK = false;
    }
  }
  return OK ? std::optional<manifest::Enum>(std::move(E)) : std::nullopt;
}

/// Why RD cannot be a value struct, and the most specific place to say so;
/// {nullptr, ...} when it can (its fields are checked one by one).
static std::pair<const char *, SourceRange>
whyNotValue(const CXXRecordDecl *RD) {
  SourceRange Class = RD->getLocation();
  if (RD->isUnion())
    return {"is a union", Class};
  if (RD->getNumBases())
    return {"has a base class", RD->bases_begin()->getSourceRange()};
  if (RD->isAggregate())
    return {nullptr, Class};
  for (const CXXConstructorDecl *Ctor : RD->ctors())
    if (!Ctor->isImplicit())
      return {"has a user-declared constructor", Ctor->getLocation()};
  for (const CXXMethodDecl *MD : RD->methods())
    if (MD->isVirtual() && !MD->isImplicit())
      return {"has a virtual function", MD->getLocation()};
  for (const FieldDecl *FD : RD->fields())
    if (FD->getAccess() != AS_public)
      return {"has a non-public data member", FD->getLocation()};
  return {"is not an aggregate", Class};
}

/// Why RD, a struct declared elsewhere and made a value struct by an alias,
/// cannot be one; {nullptr, ...} when it can. It need not be an aggregate:
/// the thunks default-construct it and assign its public data members.
static std::pair<const char *, SourceRange> whyNotForeignValue(Sema &S,
                                                               CXXRecordDecl *RD) {
  SourceRange Class = RD->getLocation();
  if (RD->getNumBases())
    return {"has a base class", RD->bases_begin()->getSourceRange()};
  for (const CXXMethodDecl *MD : RD->methods())
    if (MD->isVirtual() && !MD->isImplicit())
      return {"has a virtual function", MD->getLocation()};
  auto Usable = [](const CXXConstructorDecl *C) {
    return C && !C->isDeleted() && C->getAccess() == AS_public;
  };
  if (!Usable(S.LookupDefaultConstructor(RD)))
    return {"is not default-constructible", Class};
  if (!Usable(S.LookupCopyingConstructor(RD, Qualifiers::Const)))
    return {"is not copyable", Class};
  for (const FieldDecl *FD : RD->fields())
    if (FD->getAccess() == AS_public && FD->getType().isConstQualified())
      return {"has a const data member", FD->getLocation()};
  return {nullptr, Class};
}

std::optional<ValueStruct>
Collector::buildValue(const CXXRecordDecl *RD, const std::string &JsName) {
  DiagnosticsEngine &DE = S.getDiagnostics();
  RD = RD->getDefinition();
  if (!RD || RD->isInvalidDecl())
    return std::nullopt;
  bool Foreign = ForeignValues.count(RD->getCanonicalDecl());
  Diag NotValue =
      Foreign ? Diag::ForeignValueNotConstructible : Diag::ValueNotAggregate;
  auto [Why, Where] =
      Foreign ? whyNotForeignValue(S, const_cast<CXXRecordDecl *>(RD))
              : whyNotValue(RD);
  if (Why) {
    report(DE, Where.getBegin(), NotValue) << RD << Why << Where;
    return std::nullopt;
  }
  ValueStruct V;
  V.JsName = JsName;
  V.CppName = qualifiedName(RD);
  V.Loc = location(RD->getLocation());
  auto Lookup = [this](const Decl *D) { return entityLookup(D); };
  bool OK = true;
  for (const FieldDecl *FD : RD->fields()) {
    // A foreign struct's other members keep what its constructor gives them.
    if (Foreign && FD->getAccess() != AS_public)
      continue;
    if (FD->isBitField() || !FD->getIdentifier()) {
      report(DE, FD->getLocation(), NotValue)
          << RD << (FD->isBitField() ? "has a bit-field" : "has an unnamed member");
      OK = false;
      continue;
    }
    std::string Name = FD->getName().str();
    if (!checkMemberName(Name, FD->getLocation())) {
      OK = false;
      continue;
    }
    std::optional<manifest::Type> T =
        classifyType(FD->getType(), Position::Element, S.getASTContext(), Lookup);
    if (!T) {
      SourceRange R = typeRange(FD);
      const TypeSourceInfo *TSI = FD->getTypeSourceInfo();
      if (reportMapKey(FD->getType(), TSI ? TSI->getTypeLoc() : TypeLoc(), R)) {
        OK = false;
        continue;
      }
      report(DE, R.getBegin(), Diag::UnsupportedValueFieldType)
          << FD << RD << FD->getType() << R;
      report(DE, R.getBegin(), Diag::NoteSupportedTypes);
      OK = false;
      continue;
    }
    V.Fields.push_back({Name, std::move(*T)});
  }
  return OK ? std::optional<ValueStruct>(std::move(V)) : std::nullopt;
}

} // namespace wasmport::frontend
