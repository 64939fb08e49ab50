//===- Imports.cpp - Functions marked [[wasmport::import]] ----------------===//
//
// Builds the manifest Import of a function declared without a body and marked
// [[wasmport::import]]: the JS function it stands for (a global, a dotted
// path or a name in an ES module, shared with imported classes) and its
// signature, classified in the import positions.
//
//===----------------------------------------------------------------------===//
#include "Frontend/Collector.h"

#include "Frontend/CollectorInternal.h"
#include "Frontend/Diagnostics.h"
#include "Frontend/TypeClassifier.h"
#include "Manifest/Naming.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Sema/Sema.h"

using namespace clang;
using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::frontend {

std::optional<Import> Collector::buildImport(const FunctionDecl *FD,
                                             const Annotation &A) {
  if (FD->isInvalidDecl())
    return std::nullopt; // Clang reported why; see buildFunction.
  DiagnosticsEngine &DE = S.getDiagnostics();
  if (FD->getDefinition()) {
    report(DE, attrLoc(&A, FD), Diag::ImportHasBody) << A.Range;
    return std::nullopt;
  }
  Import I;
  I.Loc = location(FD->getLocation());
  if (!importTarget(FD, A, I) || !importSignature(FD, I))
    return std::nullopt;
  return I;
}

bool Collector::importTarget(const NamedDecl *D, const Annotation &A,
                             Import &I) {
  DiagnosticsEngine &DE = S.getDiagnostics();
  SourceLocation Loc = attrLoc(&A, D);
  if (A.Args.size() == 2) {
    I.Form = ImportForm::Module;
    I.Name = A.Args[0];
    I.Module = A.Args[1];
    if (!naming::isSafeModuleSpecifier(I.Module)) {
      report(DE, Loc, Diag::InvalidModuleSpecifier) << I.Module << A.Range;
      return false;
    }
  } else {
    I.Name = A.Args.empty() ? jsNameOf(D, nullptr) : A.Args[0];
    I.Form = StringRef(I.Name).contains('.') ? ImportForm::Path
                                             : ImportForm::Global;
  }
  if (I.Name.empty() && A.Args.empty())
    return false; // jsNameOf reported it.
  SmallVector<StringRef, 4> Segments;
  StringRef(I.Name).split(Segments, '.');
  for (StringRef Seg : Segments)
    if (!naming::isJSIdentifier(Seg)) {
      report(DE, Loc, Diag::InvalidJSName) << Seg << A.Range;
      return false;
    }
  return true;
}

bool Collector::importSignature(const FunctionDecl *FD, Import &I) {
  const ASTContext &Ctx = S.getASTContext();
  I.NoExcept = FD->getType()->castAs<FunctionProtoType>()->isNothrow();
  I.Exceptions = unwinds(FD);
  std::string Qualified = qualifiedName(FD);
  I.CppName = StringRef(Qualified).drop_front(2).str(); // No leading "::".
  I.Symbol = naming::importSymbol(mangledName(FD));

  bool OK = classifyParams(FD, Position::ImportParam, I.Params,
                           [&](const ParmVarDecl *P, manifest::Type &T) {
                             // The definition repeats the declaration's
                             // parameter types exactly.
                             T.Cpp = spellType(P->getType(), Ctx);
                             return true;
                           });
  std::optional<manifest::Type> R =
      classifyResult(FD, Position::ImportResult);
  if (!R)
    return false;
  R->Cpp = spellType(FD->getReturnType(), Ctx);
  I.Result = std::move(*R);
  return OK;
}

} // namespace wasmport::frontend
