//===- Inheritance.cpp - Exported bases of exported classes ---------------===//
//
// Finds the one exported base of an exported class (through public bases that
// are not exported themselves), rejects bases that are not at offset zero or
// not unique, since JS hands the same pointer to the base's methods, and
// warns about exported bases whose destructor is not virtual.
//
//===----------------------------------------------------------------------===//
#include "Frontend/Collector.h"

#include "Frontend/Diagnostics.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecordLayout.h"
#include "clang/Sema/Sema.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;
using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::frontend {

namespace {
/// An exported class reached from a class through public bases that are not
/// exported themselves.
struct ExportedBase {
  const CXXRecordDecl *Base;
  const CXXBaseSpecifier *Written; ///< The base specifier of the class itself.
  CharUnits Offset;                ///< Meaningless when Virtual.
  bool Virtual;
};
} // namespace

void Collector::setBase(const CXXRecordDecl *RD, Class &C) {
  const ASTContext &Ctx = S.getASTContext();
  SmallVector<ExportedBase, 2> Found;
  auto Walk = [&](auto &Self, const CXXRecordDecl *From, CharUnits Offset,
                  bool Virtual, const CXXBaseSpecifier *Written) -> void {
    if (From->isInvalidDecl() || From->isDependentType())
      return;
    const ASTRecordLayout &Layout = Ctx.getASTRecordLayout(From);
    for (const CXXBaseSpecifier &B : From->bases()) {
      const CXXRecordDecl *BD = B.getType()->getAsCXXRecordDecl();
      if (!BD || !BD->hasDefinition() || B.getAccessSpecifier() != AS_public)
        continue;
      BD = BD->getDefinition();
      bool V = Virtual || B.isVirtual();
      CharUnits O = V ? CharUnits::Zero()
                      : Offset + Layout.getBaseClassOffset(BD);
      const CXXBaseSpecifier *W = Written ? Written : &B;
      if (!classLookup(BD).empty()) {
        if (none_of(Found, [&](const ExportedBase &E) { return E.Base == BD; }))
          Found.push_back({BD, W, O, V});
        continue;
      }
      Self(Self, BD, O, V, W);
    }
  };
  Walk(Walk, RD, CharUnits::Zero(), false, nullptr);
  if (Found.empty())
    return;
  DiagnosticsEngine &DE = S.getDiagnostics();
  if (Found.size() > 1) {
    const CXXBaseSpecifier *Second = Found[1].Written;
    report(DE, Second->getBeginLoc(), Diag::MultipleExportedBases)
        << RD << Found[0].Base << Found[1].Base << Second->getSourceRange();
    report(DE, Found[0].Written->getBeginLoc(), Diag::NoteExportedBase);
    return;
  }
  const ExportedBase &B = Found.front();
  if (B.Virtual || !B.Offset.isZero()) {
    unsigned Fix = B.Virtual                                       ? 2
                   : RD->isPolymorphic() && !B.Base->isPolymorphic() ? 0
                                                                     : 1;
    report(DE, B.Written->getBeginLoc(), Diag::BaseNotAtOffsetZero)
        << RD << B.Base << (B.Virtual ? 1 : 0) << B.Written->getSourceRange();
    report(DE, B.Written->getBeginLoc(), Diag::NoteBaseNotAtOffsetZero)
        << Fix << B.Base << RD;
    return;
  }
  C.Base = classLookup(B.Base);
  Bases.insert({RD->getCanonicalDecl(), B.Base->getCanonicalDecl()});
}

void Collector::checkBaseDestructors() {
  llvm::SmallPtrSet<const CXXRecordDecl *, 4> Warned;
  for (auto &[Derived, Base] : Bases) {
    const CXXRecordDecl *Def = Base->getDefinition();
    const CXXDestructorDecl *Dtor = Def->getDestructor();
    if ((Dtor && Dtor->isVirtual()) || !Warned.insert(Def).second)
      continue;
    report(S.getDiagnostics(), Def->getLocation(),
           Diag::BaseNonVirtualDestructor)
        << Def << Derived << Def->getName();
    report(S.getDiagnostics(), Derived->getDefinition()->getLocation(),
           Diag::NoteExportedSubclass)
        << Derived;
  }
}

} // namespace wasmport::frontend
