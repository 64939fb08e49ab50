//===- Tests.cpp - [[wasmport::test]] functions ---------------------------===//
//
// A test is a namespace-scope function `void()` or `wasmport::Promise<void>()`
// marked [[wasmport::test]] or [[wasmport::test("name")]] (DESIGN.md 1.6).
// Every test is checked; only a translation unit built with the plugin's
// `tests` argument (wasmport-rewrite --tests) keeps them, as the manifest's
// tests list: free functions whose JS name is the test's name and whose
// thunk, named from the mangled name, wasmport-test calls. Without the
// argument a test gets no thunk and no manifest entry.
//
//===----------------------------------------------------------------------===//
#include "Frontend/Collector.h"

#include "Frontend/CollectorInternal.h"
#include "Frontend/Diagnostics.h"
#include "Frontend/KnownTypes.h"
#include "Manifest/Naming.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Sema/Sema.h"

using namespace clang;
using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::frontend {

/// The result a test may have: void, or wasmport::Promise<void>.
static bool isTestResult(QualType T) {
  if (T->isVoidType())
    return true;
  const ClassTemplateSpecializationDecl *P = wasmportPromise(T);
  if (!P)
    return false;
  const TemplateArgumentList &Args = P->getTemplateArgs();
  return Args.size() == 1 && Args[0].getKind() == TemplateArgument::Type &&
         Args[0].getAsType()->isVoidType();
}

std::optional<Function> Collector::buildTest(const FunctionDecl *FD,
                                             const Annotation &A) {
  if (FD->isInvalidDecl())
    return std::nullopt; // Clang reported why; see buildFunction.
  if (FD->getNumParams() != 0 || FD->isVariadic() ||
      !isTestResult(FD->getReturnType())) {
    report(S.getDiagnostics(), attrLoc(&A, FD), Diag::TestSignature)
        << A.Range;
    return std::nullopt;
  }
  if (!KeepTests)
    return std::nullopt;
  std::string Name = A.Args.empty() ? FD->getNameAsString() : A.Args.front();
  return buildFunction(FD, FunctionKind::Free, std::move(Name),
                       naming::testSymbol(mangledName(FD)), qualifiedName(FD));
}

} // namespace wasmport::frontend
