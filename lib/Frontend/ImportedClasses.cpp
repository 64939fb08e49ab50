//===- ImportedClasses.cpp - Classes marked [[wasmport::import]] ----------===//
//
// The Collector's pass 2 for imported JS classes. Such a class derives from
// wasmport::JsValue and adds nothing to it but member functions; each one
// declared without a body becomes an import of its own (a constructor, a
// method, a static method, a getter or a setter of the JS class), defined by
// the thunks. Members with bodies are ordinary C++. docs/ImportedClasses.md
// is the guide.
//
//===----------------------------------------------------------------------===//
#include "Frontend/Collector.h"

#include "Frontend/CollectorInternal.h"
#include "Frontend/Diagnostics.h"
#include "Manifest/Naming.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Sema/Sema.h"

using namespace clang;
using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::frontend {

void Collector::buildImportedClass(const CXXRecordDecl *RD,
                                   std::vector<Import> &Out) {
  DiagnosticsEngine &DE = S.getDiagnostics();
  const Import &Target = ImportedClasses.find(RD->getCanonicalDecl())->second;
  RD = RD->getDefinition();
  if (!RD || RD->isInvalidDecl())
    return;

  // One public, non-virtual base: JsValue or another imported class. The
  // object is then exactly a JsValue, which the thunks rely on.
  const CXXBaseSpecifier *Bad = nullptr;
  for (const CXXBaseSpecifier &B : RD->bases()) {
    const CXXRecordDecl *BD = B.getType()->getAsCXXRecordDecl();
    bool OK = RD->getNumBases() == 1 && !B.isVirtual() &&
              B.getAccessSpecifier() == AS_public && BD &&
              (isJsValueClass(BD) ||
               ImportedClasses.count(BD->getCanonicalDecl()));
    if (!OK && !Bad)
      Bad = &B;
  }
  if (Bad || RD->getNumBases() == 0) {
    SourceRange R = Bad ? Bad->getSourceRange() : SourceRange(RD->getLocation());
    report(DE, R.getBegin(), Diag::ImportedClassBase) << RD << R;
  }

  const auto *Web = dyn_cast<NamespaceDecl>(RD->getDeclContext());
  const auto *Top = Web ? dyn_cast<NamespaceDecl>(Web->getDeclContext()) : nullptr;
  bool WebAPI = Top && Web->getName() == "web" && Top->getName() == "wasmport" &&
                Top->getDeclContext()->isTranslationUnit();
  for (const Decl *Member : RD->decls()) {
    if (const auto *FD = dyn_cast<FieldDecl>(Member)) {
      report(DE, FD->getLocation(), Diag::ImportedClassField) << RD;
      continue;
    }
    if (const auto *FTD = dyn_cast<FunctionTemplateDecl>(Member)) {
      if (!FTD->getTemplatedDecl()->isDefined())
        report(DE, FTD->getLocation(), Diag::ImportedMemberUnsupported)
            << FTD
            << "a member template has no single signature; declare one "
               "member function per signature";
      continue;
    }
    const auto *MD = dyn_cast<CXXMethodDecl>(Member);
    if (!MD || MD->isImplicit() || MD->isInvalidDecl())
      continue;
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(MD)) {
      if (!Ctor->isExplicitlyDefaulted())
        report(DE, Ctor->getLocation(), Diag::ImportedClassConstructor) << RD;
      continue;
    }
    if (MD->isVirtual()) {
      report(DE, MD->getLocation(), Diag::ImportedClassVirtual) << RD;
      continue;
    }
    if (isa<CXXDestructorDecl>(MD))
      continue;
    // The Web API headers (wasmport/web, docs/WebAPIs.md) declare the whole
    // platform: only the members this translation unit uses are imports.
    if (WebAPI && !MD->isReferenced())
      continue;
    if (std::optional<Import> I = buildImportedMember(MD, Target))
      Out.push_back(std::move(*I));
  }
}

std::optional<Import>
Collector::buildImportedMember(const CXXMethodDecl *MD, const Import &Target) {
  DiagnosticsEngine &DE = S.getDiagnostics();
  const CXXRecordDecl *RD = MD->getParent();
  const Annotation *Ctor = find(MD, AttrKind::Constructor);
  const Annotation *Get = find(MD, AttrKind::Getter);
  const Annotation *Set = find(MD, AttrKind::Setter);
  const Annotation *Rename = find(MD, AttrKind::Import);

  // A body (here, later in the file, or `= default`): ordinary C++.
  if (MD->isDefined()) {
    for (const Annotation *A : {Rename, Ctor, Get, Set})
      if (A)
        report(DE, attrLoc(A, MD), Diag::ImportHasBody) << A->Range;
    return std::nullopt;
  }
  // One role per member; a getter's or setter's own argument names it.
  const Annotation *Role = nullptr;
  for (const Annotation *A : {Ctor, Get, Set, Rename}) {
    if (!A)
      continue;
    if (!Role) {
      Role = A;
      continue;
    }
    // A bare [[wasmport::import]] changes nothing and conflicts with nothing.
    if (A == Rename && A->Args.empty())
      continue;
    report(DE, attrLoc(A, MD), Diag::AttrConflict)
        << quotedAttrName(A->Kind)
        << quotedAttrName(Role->Kind) << A->Range;
    return std::nullopt;
  }
  if (Rename && Rename->Args.size() > 1) {
    report(DE, attrLoc(Rename, MD), Diag::ImportMemberArgs) << Rename->Range;
    return std::nullopt;
  }
  if (MD->getRefQualifier() != RQ_None ||
      MD->getMethodQualifiers().hasVolatile()) {
    report(DE, MD->getLocation(), Diag::ImportedMemberUnsupported)
        << MD << "it is volatile or ref-qualified; remove the qualifier";
    return std::nullopt;
  }

  Import I = Target;
  I.Loc = location(MD->getLocation());
  I.Const = MD->isConst();
  SourceLocation Loc = attrLoc(Role, MD);
  if (Ctor) {
    const ASTContext &Ctx = S.getASTContext();
    if (!MD->isStatic() ||
        !Ctx.hasSameType(MD->getReturnType(), Ctx.getRecordType(RD))) {
      report(DE, Loc, Diag::ImportedConstructorSignature)
          << RD << Ctor->Range;
      return std::nullopt;
    }
    I.Kind = ImportKind::Constructor;
  } else if (Get || Set) {
    const Annotation *A = Get ? Get : Set;
    bool IsSetter = Set;
    if (MD->isStatic()) {
      report(DE, Loc, Diag::AccessorStatic) << IsSetter << A->Range;
      return std::nullopt;
    }
    bool Shape = IsSetter ? MD->getNumParams() == 1 &&
                                MD->getReturnType()->isVoidType()
                          : MD->getNumParams() == 0 &&
                                !MD->getReturnType()->isVoidType();
    if (!Shape || MD->isVariadic()) {
      report(DE, Loc, Diag::AccessorSignature) << (IsSetter ? 2 : 0)
                                               << A->Range;
      return std::nullopt;
    }
    I.Kind = IsSetter ? ImportKind::Setter : ImportKind::Getter;
    if (!A->Args.empty())
      I.Member = A->Args.front();
    else if (MD->getDeclName().isIdentifier())
      I.Member = defaultPropertyName(MD->getName(), IsSetter);
  } else {
    I.Kind = MD->isStatic() ? ImportKind::Static : ImportKind::Method;
    if (Rename && !Rename->Args.empty())
      I.Member = Rename->Args.front();
    else if (MD->getDeclName().isIdentifier())
      I.Member = MD->getName().str();
  }
  if (I.Kind != ImportKind::Constructor) {
    if (I.Member.empty() && !MD->getDeclName().isIdentifier()) {
      report(DE, MD->getLocation(), Diag::ImportedMemberUnsupported)
          << MD
          << "it has no JavaScript name; name the member with "
             "[[wasmport::import(\"name\")]]";
      return std::nullopt;
    }
    if (!naming::isJSIdentifier(I.Member)) {
      report(DE, Loc, Diag::InvalidJSName)
          << I.Member << (Role ? Role->Range : SourceRange());
      return std::nullopt;
    }
  }
  // A malformed class attribute was reported; its members are not.
  if (I.Name.empty() || !importSignature(MD, I))
    return std::nullopt;
  return I;
}

} // namespace wasmport::frontend
