//===- Foreign.cpp - Classes, enums and functions declared elsewhere ------===//
//
// Discovery of foreign entities: code the user cannot annotate (a library
// header) named from the user's own binding file. An alias-declaration
// `using World [[wasmport::export]] = b2World;` exports b2World as if it
// carried [[wasmport::export("World")]], `using Vec2 [[wasmport::value]] =
// b2Vec2;` makes b2Vec2 a value struct named Vec2, and a using-declaration
// `using ::b2Dot;` inside an exported namespace exports every function of
// that name. What the alias or using-declaration names is checked here: a
// class, struct or enum (not a template specialisation), or functions.
//
//===----------------------------------------------------------------------===//
#include "Frontend/Collector.h"

#include "Frontend/CollectorInternal.h"
#include "Frontend/Diagnostics.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Sema/Sema.h"
#include "llvm/ADT/STLExtras.h"

#include <vector>

using namespace clang;
using namespace llvm;

namespace wasmport::frontend {

void Collector::discoverAlias(TypeAliasDecl *TD, const Annotation *Export,
                              const Annotation *Value) {
  DiagnosticsEngine &DE = S.getDiagnostics();
  const Annotation *Role = Export ? Export : Value;
  if (!Role)
    return;
  if (TD->isTemplated() || TD->getDescribedAliasTemplate()) {
    report(DE, attrLoc(Role, TD), Diag::TemplateExport) << Role->Range;
    report(DE, TD->getLocation(), Diag::NoteTemplateExport);
    return;
  }
  // The JS name is the alias's, unless the attribute gives one.
  Annotation Named = *Role;
  Named.Kind = AttrKind::Export;
  if (Named.Args.empty())
    Named.Args.push_back(TD->getName().str());
  QualType T = TD->getUnderlyingType().getCanonicalType();
  if (const auto *ET = T->getAs<EnumType>()) {
    EnumDecl *ED = ET->getDecl();
    if (Value || !ED->getDefinition()) {
      report(DE, attrLoc(Role, TD), Diag::ForeignAliasTarget)
          << quotedAttrName(Role->Kind) << TD << TD->getUnderlyingType()
          << (Value ? 1 : 0) << Role->Range;
      return;
    }
    addEnum(ED->getDefinition(), &Named);
    selectMembers(TD, nullptr);
    return;
  }
  auto *RD = T->getAsCXXRecordDecl();
  // A class template specialisation has no declaration of its own to carry
  // the export, and standard ones (std::vector<int>) already cross as their
  // own type kinds: export a class that uses the template instead.
  if (isa_and_nonnull<ClassTemplateSpecializationDecl>(RD)) {
    report(DE, attrLoc(Role, TD), Diag::ForeignAliasSpecialization)
        << quotedAttrName(Role->Kind) << TD << TD->getUnderlyingType()
        << Role->Range;
    return;
  }
  if (!RD || RD->isUnion() || !RD->getDefinition()) {
    report(DE, attrLoc(Role, TD), Diag::ForeignAliasTarget)
        << quotedAttrName(Role->Kind) << TD << TD->getUnderlyingType()
        << (Value ? 1 : 0) << Role->Range;
    return;
  }
  RD = RD->getDefinition();
  if (Value) {
    ForeignValues.insert(RD->getCanonicalDecl());
    addValue(RD, Value, &Named);
    selectMembers(TD, nullptr);
    return;
  }
  ForeignClasses.insert(RD->getCanonicalDecl());
  addClass(RD, &Named);
  selectMembers(TD, RD);
}

void Collector::selectMembers(const TypeAliasDecl *TD,
                              const CXXRecordDecl *RD) {
  DiagnosticsEngine &DE = S.getDiagnostics();
  auto It = Taken.find(key(TD));
  if (It == Taken.end())
    return;
  for (const Annotation &A : It->second) {
    bool Skip = A.Kind == AttrKind::Skip;
    if (!Skip && A.Kind != AttrKind::Rename)
      continue;
    if (!RD || A.Args.size() != (Skip ? 1u : 2u) || A.Args.front().empty()) {
      report(DE, attrLoc(&A, TD), Diag::ForeignSelectionArgs)
          << quotedAttrName(A.Kind) << A.Range;
      continue;
    }
    const std::string &Member = A.Args.front();
    bool Found = false;
    for (const Decl *D : RD->decls())
      if (const auto *ND = dyn_cast<NamedDecl>(D))
        Found |= isa<FieldDecl, CXXMethodDecl>(ND) &&
                 ND->getDeclName().isIdentifier() && ND->getName() == Member;
    if (!Found) {
      report(DE, attrLoc(&A, TD), Diag::ForeignNoSuchMember)
          << quotedAttrName(A.Kind) << Member << RD << A.Range;
      continue;
    }
    std::string JsName = Skip ? "" : A.Args[1];
    if (!Skip && !checkMemberName(JsName, attrLoc(&A, TD)))
      continue;
    ForeignSelections[{RD->getCanonicalDecl(), Member}] = JsName;
  }
}

bool Collector::foreignSkipped(const NamedDecl *D) const {
  const auto *RD = dyn_cast<CXXRecordDecl>(D->getDeclContext());
  if (!RD || !D->getDeclName().isIdentifier())
    return false;
  auto It = ForeignSelections.find({RD->getCanonicalDecl(), D->getName().str()});
  return It != ForeignSelections.end() && It->second.empty();
}

std::string Collector::foreignMemberName(const NamedDecl *D) const {
  std::string Own = D->getDeclName().isIdentifier() ? D->getName().str() : "";
  const auto *RD = dyn_cast<CXXRecordDecl>(D->getDeclContext());
  if (!RD || Own.empty())
    return Own;
  auto It = ForeignSelections.find({RD->getCanonicalDecl(), Own});
  return It == ForeignSelections.end() ? Own : It->second;
}

void Collector::discoverUsing(UsingDecl *UD) {
  bool Named = false;
  // In declaration order: foreign overloads are tried in it at run time
  // (Overloads.cpp), and Clang lists a using-declaration's shadows last
  // declared first.
  std::vector<NamedDecl *> Targets;
  for (UsingShadowDecl *Shadow : UD->shadows())
    Targets.push_back(Shadow->getTargetDecl());
  const SourceManager &SM = S.getSourceManager();
  llvm::stable_sort(Targets, [&SM](const NamedDecl *A, const NamedDecl *B) {
    return SM.isBeforeInTranslationUnit(A->getLocation(), B->getLocation());
  });
  for (NamedDecl *Target : Targets) {
    if (auto *FD = dyn_cast<FunctionDecl>(Target)) {
      Named = true;
      if (FD->getDeclName().isIdentifier() && !FD->isDeleted()) {
        ForeignFunctions.insert(FD->getCanonicalDecl());
        UsingOf.try_emplace(FD->getCanonicalDecl(), UD);
        addFunction(FD, nullptr);
      }
      continue;
    }
    if (auto *FTD = dyn_cast<FunctionTemplateDecl>(Target)) {
      (void)FTD; // Templates have no JS signature: left out, as in a namespace.
      Named = true;
      continue;
    }
    if (auto *RD = dyn_cast<CXXRecordDecl>(Target)) {
      if (RD->getDefinition() && !RD->isUnion() &&
          !isa<ClassTemplateSpecializationDecl>(RD)) {
        Named = true;
        ForeignClasses.insert(RD->getCanonicalDecl());
        addClass(RD, nullptr);
        continue;
      }
    }
    if (auto *ED = dyn_cast<EnumDecl>(Target)) {
      if (ED->getDefinition()) {
        Named = true;
        addEnum(ED->getDefinition(), nullptr);
        continue;
      }
    }
  }
  if (!Named)
    report(S.getDiagnostics(), UD->getLocation(), Diag::ForeignUsingTarget)
        << UD->getDeclName() << UD->getSourceRange();
}


std::string Collector::foreignOmission(const FunctionDecl *FD) {
  auto Lookup = [this](const Decl *D) { return entityLookup(D); };
  const ASTContext &Ctx = S.getASTContext();
  if (FD->isVariadic())
    return "variadic";
  bool UniquePtr = false;
  // Parameters from the first one that cannot cross and has a default keep
  // their defaults (crossingParams).
  unsigned N = crossingParams(FD, Position::ExportParam);
  for (const ParmVarDecl *P : FD->parameters().take_front(N)) {
    std::optional<manifest::Type> T =
        classifyType(P->getType(), Position::ExportParam, Ctx, Lookup);
    if (!T || ownedByCpp(*T, UniquePtr))
      return "parameter " + paramLabel(P) + " has type '" +
             P->getType().getAsString(Ctx.getPrintingPolicy()) + "'" +
             (T ? ownedByCppWhy(*T) : "");
  }
  if (isa<CXXConstructorDecl>(FD))
    return "";
  QualType R = FD->getReturnType();
  std::optional<manifest::Type> T =
      classifyType(R, Position::ExportResult, Ctx, Lookup);
  if (!T || ownedByCpp(*T, UniquePtr))
    return "result type '" + R.getAsString(Ctx.getPrintingPolicy()) + "'" +
           (T ? ownedByCppWhy(*T) : "");
  return "";
}

std::string Collector::ownedByCppWhy(const manifest::Type &T) const {
  bool UniquePtr = false;
  const CXXRecordDecl *RD = ownedByCpp(T, UniquePtr);
  return RD ? ", but C++ owns " + RD->getNameAsString() +
                  " objects: they cross only as pointers or references"
            : "";
}

std::string Collector::foreignOmission(const FieldDecl *FD) {
  auto Lookup = [this](const Decl *D) { return entityLookup(D); };
  const ASTContext &Ctx = S.getASTContext();
  if (FD->isBitField())
    return "a bit-field";
  std::optional<manifest::Type> T =
      classifyType(FD->getType(), Position::ExportResult, Ctx, Lookup);
  bool UniquePtr = false;
  if (!T || ownedByCpp(*T, UniquePtr))
    return "type '" + FD->getType().getAsString(Ctx.getPrintingPolicy()) +
           "'" + (T ? ownedByCppWhy(*T) : "");
  return "";
}

bool Collector::omitForeignFunction(const FunctionDecl *FD) {
  auto It = UsingOf.find(FD->getCanonicalDecl());
  if (It == UsingOf.end())
    return false;
  std::string Why = foreignOmission(FD);
  if (Why.empty())
    return false;
  OmittedOverloads[It->second].push_back({FD, Why});
  return true;
}

/// How the warnings name a left-out member or overload: 'level', or for an
/// overload 'dot(const vec3 &, const vec3 &)'; then why, in parentheses.
static std::string leftOutText(const Collector::LeftOut &L, bool Overload) {
  std::string Name = L.D->getNameAsString();
  if (const auto *FD = dyn_cast<FunctionDecl>(L.D); FD && Overload) {
    const PrintingPolicy &PP = FD->getASTContext().getPrintingPolicy();
    std::string Params;
    for (const ParmVarDecl *P : FD->parameters())
      Params += (Params.empty() ? "" : ", ") + P->getType().getAsString(PP);
    Name += "(" + Params + ")";
  }
  return "'" + Name + "' (" + L.Why + ")";
}

/// The one warning (ForeignMembersOmitted or ForeignOverloadsOmitted)
/// listing what was left out, then a note at each of them.
static void reportLeftOut(DiagnosticsEngine &DE, SourceLocation Loc, Diag D,
                          const NamedDecl *Named,
                          ArrayRef<Collector::LeftOut> Omitted) {
  bool Overloads = D == Diag::ForeignOverloadsOmitted;
  std::string List;
  for (const Collector::LeftOut &L : Omitted)
    List += (List.empty() ? "" : "; ") + leftOutText(L, Overloads);
  report(DE, Loc, D) << Named << List;
  for (const Collector::LeftOut &L : Omitted)
    report(DE, L.D->getLocation(), Diag::NoteLeftOut) << L.Why;
}

void Collector::reportOmittedOverloads() {
  for (auto &[UD, Omitted] : OmittedOverloads)
    reportLeftOut(S.getDiagnostics(), UD->getLocation(),
                  Diag::ForeignOverloadsOmitted, UD, Omitted);
}

void Collector::reportForeignOmissions(const CXXRecordDecl *RD,
                                       ArrayRef<LeftOut> Omitted) {
  if (!Omitted.empty())
    reportLeftOut(S.getDiagnostics(), RD->getLocation(),
                  Diag::ForeignMembersOmitted, RD, Omitted);
}

} // namespace wasmport::frontend
