//===- Discovery.cpp - Pass 1: what is exported, and as what --------------===//
//
// The Collector's first pass: for each annotated declaration, which entity it
// becomes (exported function, class or enum, value struct, imported class;
// every declaration of an exported namespace), under which JS name, and the
// attribute combinations and templates that are rejected. Then the placement
// check: attributes of members, enumerators and [[wasmport::skip]] need an
// exported (or imported) class, enum or namespace around them.
//
//===----------------------------------------------------------------------===//
#include "Frontend/Collector.h"

#include "Frontend/CollectorInternal.h"
#include "Frontend/Diagnostics.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Sema/Sema.h"

using namespace clang;
using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::frontend {

bool Collector::rejectTemplate(const Decl *D, const Annotation &A) {
  bool IsTemplate = D->getDeclContext()->isDependentContext();
  if (const auto *FD = dyn_cast<FunctionDecl>(D))
    IsTemplate |= FD->getDescribedFunctionTemplate() != nullptr ||
                  FD->isTemplateInstantiation();
  if (const auto *VD = dyn_cast<VarDecl>(D))
    IsTemplate |= VD->getDescribedVarTemplate() != nullptr ||
                  isa<VarTemplateSpecializationDecl>(VD);
  if (const auto *RD = dyn_cast<CXXRecordDecl>(D))
    IsTemplate |= RD->getDescribedClassTemplate() != nullptr ||
                  isa<ClassTemplateSpecializationDecl>(RD);
  if (!IsTemplate)
    return false;
  report(S.getDiagnostics(), attrLoc(&A, D), Diag::TemplateExport)
      << A.Range;
  report(S.getDiagnostics(), D->getLocation(), Diag::NoteTemplateExport);
  return true;
}

void Collector::discover(Decl *D, const Annotations &Anns) {
  DiagnosticsEngine &DE = S.getDiagnostics();
  const Annotation *Export = find(D, AttrKind::Export);
  const Annotation *Import = find(D, AttrKind::Import);
  const Annotation *Start = find(D, AttrKind::Start);
  const Annotation *Value = find(D, AttrKind::Value);
  for (const Annotation &A : Anns)
    if (rejectTemplate(D, A))
      return;
  // One entity, one JS name, however many declarations carry the attribute.
  const auto *ND = dyn_cast<NamedDecl>(D);
  for (const Annotation &A : Anns) {
    if (A.Kind != AttrKind::Export || A.Args == Export->Args || !ND)
      continue;
    auto Spelled = [&](const Annotation &E) {
      return E.Args.empty() ? ND->getNameAsString() : E.Args.front();
    };
    report(DE, attrLoc(&A, D), Diag::ConflictingJSNames)
        << ND << Spelled(A) << Spelled(*Export) << A.Range;
    report(DE, attrLoc(Export, D), Diag::NotePreviousAttribute)
        << Export->Range;
    return;
  }
  if (Export && Import) {
    report(DE, attrLoc(Import, D), Diag::AttrConflict)
        << "'wasmport::import'" << "'wasmport::export'" << Import->Range;
    return;
  }
  // A start function and a value struct are neither exported nor imported.
  auto RejectRole = [&](const Annotation *Role) {
    report(DE, attrLoc(Role, D), Diag::AttrConflict)
        << quotedAttrName(Role->Kind)
        << (Export ? "'wasmport::export'" : "'wasmport::import'")
        << Role->Range;
  };
  if (Start && (Export || Import)) {
    RejectRole(Start);
    return;
  }
  if (const Annotation *Test = find(D, AttrKind::Test);
      Test && (Export || Import)) {
    RejectRole(Test);
    return;
  }

  if (auto *NS = dyn_cast<NamespaceDecl>(D)) {
    if (!Export)
      return;
    if (!Export->Args.empty()) {
      report(DE, attrLoc(Export, D), Diag::NamespaceExportName)
          << Export->Range;
      return;
    }
    discoverNamespace(NS);
    return;
  }
  if (auto *TD = dyn_cast<TypeAliasDecl>(D)) {
    if (Value && Export)
      RejectRole(Value);
    else
      discoverAlias(TD, Export, Value);
    return;
  }
  if (isa<CXXMethodDecl>(D))
    return; // Checked with its class in pass 2.
  if (auto *VD = dyn_cast<VarDecl>(D)) {
    // Static data members are checked with their class in pass 2.
    if (Export && !VD->isStaticDataMember())
      addConstant(VD, Export);
    return;
  }
  if (auto *FD = dyn_cast<FunctionDecl>(D)) {
    if (Export)
      addFunction(FD, Export);
    return;
  }
  if (auto *RD = dyn_cast<CXXRecordDecl>(D)) {
    if (Value && (Export || Import)) {
      RejectRole(Value);
      return;
    }
    if (Import) {
      addImportedClass(RD, *Import);
      return;
    }
    if (Export)
      addClass(RD, Export);
    else if (Value)
      addValue(RD, Value);
    return;
  }
  if (auto *ED = dyn_cast<EnumDecl>(D); ED && Export)
    addEnum(ED, Export);
}

void Collector::discoverNamespace(NamespaceDecl *NS) {
  for (Decl *Child : NS->decls()) {
    if (has(Child, AttrKind::Skip)) {
      SkippedInNamespace.insert(key(Child));
      continue;
    }
    if (has(Child, AttrKind::Import) || has(Child, AttrKind::Start) ||
        has(Child, AttrKind::Test))
      continue;
    if (auto *Inner = dyn_cast<NamespaceDecl>(Child)) {
      discoverNamespace(Inner);
      continue;
    }
    if (auto *UD = dyn_cast<UsingDecl>(Child)) {
      discoverUsing(UD);
      continue;
    }
    if (auto *FD = dyn_cast<FunctionDecl>(Child)) {
      // Operators and templates have no JS name: leave them out unless named.
      if (FD->getDeclName().isIdentifier() && !FD->isDeleted())
        addFunction(FD, find(FD, AttrKind::Export));
      continue;
    }
    if (auto *RD = dyn_cast<CXXRecordDecl>(Child))
      if (RD->isThisDeclarationADefinition() && !RD->isUnion() &&
          RD->getIdentifier() && !RD->getDescribedClassTemplate() &&
          !has(RD, AttrKind::Value))
        addClass(RD, find(RD, AttrKind::Export));
    if (auto *ED = dyn_cast<EnumDecl>(Child))
      if (ED->isThisDeclarationADefinition() && ED->getIdentifier())
        addEnum(ED, find(ED, AttrKind::Export));
  }
}

template <typename DeclT>
void Collector::addNamed(MapVector<const DeclT *, std::string> &Names,
                         DeclT *D, const Annotation *Export,
                         SourceLocation Loc) {
  const DeclT *Canon = D->getCanonicalDecl();
  if (Names.count(Canon))
    return;
  std::string Name = jsNameOf(D, Export);
  if (Name.empty() || !checkTopLevelName(Name, D, Loc))
    return;
  Names.insert({Canon, Name});
}

void Collector::addEnum(EnumDecl *ED, const Annotation *Export) {
  addNamed(Enums, ED, Export, attrLoc(Export, ED));
}

void Collector::addConstant(VarDecl *VD, const Annotation *Export) {
  addNamed(Constants, VD, Export, attrLoc(Export, VD));
}

void Collector::addValue(CXXRecordDecl *RD, const Annotation *Value,
                         const Annotation *Name) {
  addNamed(Values, RD, Name, attrLoc(Value, RD));
}

void Collector::addImportedClass(CXXRecordDecl *RD, const Annotation &A) {
  const CXXRecordDecl *Canon = RD->getCanonicalDecl();
  if (ImportedClasses.count(Canon))
    return;
  // Registered even when the attribute is malformed (Name stays ""), so
  // that signatures using the class are not reported too.
  Import Target;
  if (!importTarget(RD, A, Target))
    Target = Import();
  ImportedClasses.insert({Canon, std::move(Target)});
}

void Collector::addClass(CXXRecordDecl *RD, const Annotation *Export) {
  // The definition carries the members, wherever the attribute was written.
  RD = RD->getDefinition();
  if (RD)
    addNamed(Classes, RD, Export, attrLoc(Export, RD));
}

void Collector::addFunction(FunctionDecl *FD, const Annotation *Export) {
  if (FD->isDeleted()) {
    report(S.getDiagnostics(), attrLoc(Export, FD), Diag::MemberDeleted) << FD;
    return;
  }
  addNamed(Functions, FD, Export, attrLoc(Export, FD));
}

void Collector::checkPlacement() {
  DiagnosticsEngine &DE = S.getDiagnostics();
  // Member attributes need an exported class, enumerator strings an
  // exported enum.
  for (auto &[D, Anns] : Taken) {
    // Aliases' skip("m") and rename(...) were checked in Foreign.cpp; a
    // member name anywhere else selects nothing.
    if (isa<TypeAliasDecl>(D))
      continue;
    for (const Annotation &A : Anns)
      if (A.Kind == AttrKind::Skip && !A.Args.empty())
        report(DE, attrLoc(&A, D), Diag::ForeignSelectionArgs)
            << quotedAttrName(A.Kind) << A.Range;
    if (const auto *ECD = dyn_cast<EnumConstantDecl>(D)) {
      const auto *ED = cast<EnumDecl>(ECD->getDeclContext());
      if (!Enums.count(ED->getCanonicalDecl()))
        for (const Annotation &A : Anns)
          report(DE, attrLoc(&A, ECD), Diag::AttrNeedsExportedEnum)
              << quotedAttrName(A.Kind) << A.Range;
      continue;
    }
    // Templates were rejected in discover(), whatever their attributes.
    if (D->isTemplated() || isa<ClassTemplateSpecializationDecl>(D))
      continue;
    // Members of a class: methods and data members (a value struct's too:
    // it copies every field).
    const auto *Member = dyn_cast<CXXMethodDecl>(D);
    const CXXRecordDecl *Parent = Member ? Member->getParent() : nullptr;
    if (const auto *FD = dyn_cast<FieldDecl>(D))
      Parent = dyn_cast<CXXRecordDecl>(FD->getParent());
    if (const auto *VD = dyn_cast<VarDecl>(D); VD && VD->isStaticDataMember())
      Parent = dyn_cast<CXXRecordDecl>(VD->getDeclContext());
    if (Parent) {
      bool Exported = !classLookup(Parent).empty();
      // Accessors of an imported class are checked with its other members.
      bool Imported = ImportedClasses.count(Parent->getCanonicalDecl());
      for (const Annotation &A : Anns) {
        std::string Name = quotedAttrName(A.Kind);
        if (A.Kind == AttrKind::Import || A.Kind == AttrKind::Constructor) {
          if (!Imported)
            report(DE, attrLoc(&A, D), Diag::AttrNeedsImportedClass)
                << Name << A.Range;
          continue;
        }
        bool Accessor =
            A.Kind == AttrKind::Getter || A.Kind == AttrKind::Setter;
        if (!Exported && (A.Kind == AttrKind::Export ||
                          A.Kind == AttrKind::Skip || (Accessor && !Imported)))
          report(DE, attrLoc(&A, D), Diag::AttrNeedsExportedClass)
              << Name << A.Range;
      }
      continue;
    }
    if (SkippedInNamespace.count(D))
      continue;
    if (const Annotation *Skip = find(D, AttrKind::Skip))
      report(DE, attrLoc(Skip, D), Diag::SkipOutsideExport) << Skip->Range;
  }
}

} // namespace wasmport::frontend
