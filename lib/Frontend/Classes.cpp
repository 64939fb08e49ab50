//===- Classes.cpp - Exported classes and their members -------------------===//
//
// Builds the manifest Class of an exported class: its destructor, its
// constructors (one per arity), and its methods, statics, data members and
// accessors, each under a JS name that no other member of the class (or, for
// statics, no other static) may claim. A class whose destructor is not
// public is owned by C++ (docs/Types.md): no constructor, no delete thunk,
// and no signature may hold one by value or in a std::unique_ptr. Data members and accessors become
// properties in Properties.cpp, the base class is found in Inheritance.cpp.
//
//===----------------------------------------------------------------------===//
#include "Frontend/Collector.h"

#include "Frontend/CollectorInternal.h"
#include "Frontend/Diagnostics.h"
#include "Manifest/Naming.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclFriend.h"
#include "clang/Sema/Sema.h"
#include "llvm/ADT/StringMap.h"
#include <map>

using namespace clang;
using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::frontend {

void Collector::findCppOwned() {
  for (auto &[RD, Name] : Classes) {
    auto *Def = const_cast<CXXRecordDecl *>(RD->getDefinition());
    S.ForceDeclarationOfImplicitMembers(Def);
    if (!isPubliclyUsable(S.LookupDestructor(Def)))
      CppOwned[Name] = Def;
  }
}

const CXXRecordDecl *Collector::ownedByCpp(const manifest::Type &T,
                                           bool &UniquePtr) const {
  if (T.Kind == TypeKind::ClassValue || T.Kind == TypeKind::UniquePtr) {
    UniquePtr = T.Kind == TypeKind::UniquePtr;
    if (const CXXRecordDecl *RD = CppOwned.lookup(T.Class))
      return RD;
  }
  for (const manifest::Type &A : T.Args)
    if (const CXXRecordDecl *RD = ownedByCpp(A, UniquePtr))
      return RD;
  return nullptr;
}

bool Collector::reportOwnedByCpp(const manifest::Type &T,
                                 const std::string &What, SourceLocation Loc) {
  bool UniquePtr = false;
  const CXXRecordDecl *RD = ownedByCpp(T, UniquePtr);
  if (!RD)
    return false;
  report(S.getDiagnostics(), Loc, Diag::ClassOwnedByCpp)
      << What << RD << (UniquePtr ? 1 : 0);
  return true;
}

/// P's type is `const RD &`.
static bool isConstRefTo(const ParmVarDecl *P, const CXXRecordDecl *RD) {
  const auto *Ref = P->getType()->getAs<LValueReferenceType>();
  if (!Ref || !Ref->getPointeeType().isConstQualified())
    return false;
  const CXXRecordDecl *Of = Ref->getPointeeType()->getAsCXXRecordDecl();
  return Of && Of->getCanonicalDecl() == RD->getCanonicalDecl();
}

const FunctionDecl *Collector::equalityOperator(const CXXRecordDecl *RD) {
  auto Usable = [&](const FunctionDecl *FD) {
    if (!FD || FD->getOverloadedOperator() != OO_EqualEqual ||
        FD->isDeleted() || FD->isInvalidDecl() || FD->isVariadic() ||
        !FD->getReturnType()->isBooleanType() ||
        FD->getDescribedFunctionTemplate())
      return false;
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
      return MD->getAccess() == AS_public && !MD->isStatic() &&
             MD->isConst() && MD->getNumParams() == 1 &&
             isConstRefTo(MD->getParamDecl(0), RD);
    return FD->getNumParams() == 2 && isConstRefTo(FD->getParamDecl(0), RD) &&
           isConstRefTo(FD->getParamDecl(1), RD);
  };
  for (const CXXMethodDecl *MD : RD->methods())
    if (Usable(MD))
      return MD;
  for (const FriendDecl *F : RD->friends())
    if (const auto *FD = dyn_cast_or_null<FunctionDecl>(F->getFriendDecl());
        Usable(FD))
      return FD;
  DeclarationName Name =
      S.getASTContext().DeclarationNames.getCXXOperatorName(OO_EqualEqual);
  for (const NamedDecl *D : RD->getDeclContext()->getRedeclContext()->lookup(Name))
    if (const auto *FD = dyn_cast<FunctionDecl>(D); Usable(FD))
      return FD;
  return nullptr;
}

void Collector::buildClass(CXXRecordDecl *RD, Class &C) {
  DiagnosticsEngine &DE = S.getDiagnostics();
  C.CppName = qualifiedName(RD);
  C.CppOwned = CppOwned.count(C.JsName);
  if (!C.CppOwned)
    C.DeleteSymbol = naming::deleteSymbol(C.JsName);
  C.Loc = location(RD->getLocation());
  C.Doc = docOf(RD);
  setBase(RD, C);

  // A member of a foreign class (Foreign.cpp) whose types cannot cross is
  // left out, and the one warning at the end names it.
  bool Foreign = ForeignClasses.count(RD->getCanonicalDecl());
  std::vector<LeftOut> Omitted;
  auto Omit = [&](const NamedDecl *D, const std::string &Why) {
    if (Why.empty())
      return false;
    Omitted.push_back({D, Why});
    return true;
  };

  // A member is exported when it is public, not deleted and not skipped;
  // naming a member that cannot be exported is an error.
  auto Eligible = [&](CXXMethodDecl *MD) {
    const Annotation *Export = find(MD, AttrKind::Export);
    if (has(MD, AttrKind::Skip) || MD->isInvalidDecl() ||
        (Foreign && foreignSkipped(MD)))
      return false;
    if (MD->isDeleted()) {
      if (Export)
        report(DE, attrLoc(Export, MD), Diag::MemberDeleted) << MD;
      return false;
    }
    if (MD->getAccess() != AS_public) {
      if (Export)
        report(DE, attrLoc(Export, MD), Diag::MemberNotPublic) << MD;
      return false;
    }
    return !(Foreign && Omit(MD, foreignOmission(MD)));
  };

  // JS could neither free an object it constructed nor hand it over.
  if (!RD->isAbstract() && !C.CppOwned)
    for (CXXConstructorDecl *Ctor : RD->ctors()) {
      if (Ctor->isCopyOrMoveConstructor() || !Eligible(Ctor))
        continue;
      for (AttrKind K : {AttrKind::Getter, AttrKind::Setter})
        if (const Annotation *A = find(Ctor, K))
          report(DE, attrLoc(A, Ctor), Diag::NotExportable)
              << Ctor << "a constructor cannot be a property accessor";
      if (const Annotation *Export = find(Ctor, AttrKind::Export);
          Export && !Export->Args.empty()) {
        report(DE, attrLoc(Export, Ctor), Diag::NotExportable)
            << Ctor
            << "a constructor becomes the JavaScript class's constructor and "
               "takes no name";
        continue;
      }
      // Constructors are overloads of one JS constructor (Overloads.cpp).
      if (std::optional<Function> F = buildFunction(
              Ctor, FunctionKind::Constructor, "constructor",
              naming::constructorSymbol(C.JsName, C.Constructors.size()), ""))
        C.Constructors.push_back(std::move(*F));
    }

  // Instance members (methods and properties share a JS class's prototype)
  // and statics.
  StringMap<const Decl *> Names[2];
  auto Claim = [&](const std::string &Name, bool Static, const Decl *D,
                   SourceLocation Loc) {
    auto [It, New] = Names[Static].try_emplace(Name, D);
    if (New || It->second == D)
      return true;
    const auto *MD = dyn_cast<CXXMethodDecl>(D);
    const auto *Prev = dyn_cast<CXXMethodDecl>(It->second);
    // Overloads of one method share it (Overloads.cpp), accessors do not.
    if (MD && Prev && MD->getDeclName() == Prev->getDeclName() &&
        !find(MD, AttrKind::Getter) && !find(MD, AttrKind::Setter) &&
        !find(Prev, AttrKind::Getter) && !find(Prev, AttrKind::Setter))
      return true;
    report(DE, Loc, Diag::MemberNameClash) << Name << RD;
    report(DE, It->second->getLocation(), Diag::NotePreviousJSName) << Name;
    return false;
  };
  Properties Props;
  for (Decl *Member : RD->decls()) {
    if (auto *FD = dyn_cast<FieldDecl>(Member)) {
      if (Foreign && FD->getIdentifier() && FD->getAccess() == AS_public &&
          (foreignSkipped(FD) || Omit(FD, foreignOmission(FD))))
        continue;
      addField(FD, C, Claim);
      continue;
    }
    if (auto *VD = dyn_cast<VarDecl>(Member)) {
      addClassConstant(VD, C, Claim, Foreign ? &Omitted : nullptr);
      continue;
    }
    auto *MD = dyn_cast<CXXMethodDecl>(Member);
    if (!MD || isa<CXXConstructorDecl, CXXDestructorDecl>(MD) ||
        MD->isImplicit() || MD->isCopyAssignmentOperator() ||
        MD->isMoveAssignmentOperator())
      continue;
    const Annotation *Export = find(MD, AttrKind::Export);
    if (find(MD, AttrKind::Getter) || find(MD, AttrKind::Setter)) {
      if (Eligible(MD))
        addAccessor(MD, C, Props, Claim);
      continue;
    }
    // Operators and conversions are exported only under an explicit name.
    if (!MD->getDeclName().isIdentifier() && !(Export && !Export->Args.empty()))
      continue;
    if (!Eligible(MD))
      continue;
    std::string Name =
        Foreign && !Export ? foreignMemberName(MD) : jsNameOf(MD, Export);
    SourceLocation Loc = attrLoc(Export, MD);
    if (Name.empty() || !checkMemberName(Name, Loc))
      continue;
    bool Static = MD->isStatic();
    if (!Claim(Name, Static, MD, Loc))
      continue;
    std::string Symbol =
        overloadSymbol(Static ? naming::staticMethodSymbol(C.JsName, Name)
                              : naming::methodSymbol(C.JsName, Name));
    if (std::optional<Function> F = buildFunction(
            MD, Static ? FunctionKind::Static : FunctionKind::Method, Name,
            Symbol, MD->getNameAsString()))
      C.Methods.push_back(std::move(*F));
  }
  // `a == b` as `a.equals(b)`, unless a member already has the name.
  if (const FunctionDecl *Eq = equalityOperator(RD);
      Eq && !Names[0].count("equals") && !has(Eq, AttrKind::Skip) &&
      !find(Eq, AttrKind::Export) && Claim("equals", false, Eq, Eq->getLocation()))
    if (std::optional<Function> F = buildFunction(
            Eq, FunctionKind::Method, "equals",
            overloadSymbol(naming::methodSymbol(C.JsName, "equals")),
            "operator==")) {
      // A friend or namespace-scope operator's first parameter is `this`.
      if (!isa<CXXMethodDecl>(Eq))
        F->Params.erase(F->Params.begin());
      C.Methods.push_back(std::move(*F));
    }
  buildSubclassing(RD, C, Foreign ? &Omitted : nullptr);
  reportForeignOmissions(RD, Omitted);
  for (auto &[Name, P] : Props)
    if (P.Setter && !P.Getter)
      report(DE, attrLoc(find(P.Setter, AttrKind::Setter), P.Setter),
             Diag::SetterWithoutGetter)
          << Name << RD;
}

} // namespace wasmport::frontend
