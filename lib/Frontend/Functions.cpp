//===- Functions.cpp - Exported functions and start functions -------------===//
//
// Builds the manifest Function of an exported function, method, constructor
// or property accessor (its parameters and result, the copy and move
// constructors a by-value class needs, whether exceptions unwind through it,
// and the parameters a coroutine would leave dangling) and of a
// [[wasmport::start]] function.
//
//===----------------------------------------------------------------------===//
#include "Frontend/Collector.h"

#include "Frontend/CollectorInternal.h"
#include "Frontend/Diagnostics.h"
#include "Manifest/Naming.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Sema/Sema.h"

using namespace clang;
using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::frontend {

bool isPubliclyUsable(const FunctionDecl *FD) {
  return FD && !FD->isDeleted() && FD->getAccess() != AS_private &&
         FD->getAccess() != AS_protected;
}

bool Collector::unwinds(const FunctionDecl *FD) const {
  const LangOptions &LO = S.getLangOpts();
  if (!LO.CXXExceptions || !LO.hasWasmExceptions())
    return false;
  // An implicit or defaulted member's exception specification (a class
  // with a std::function member: its constructors and destructor), or a
  // template member's, is computed when first needed; isNothrow() on one
  // not yet computed is undefined (it crashed Clang).
  const auto *FPT = FD->getType()->castAs<FunctionProtoType>();
  if (isUnresolvedExceptionSpec(FPT->getExceptionSpecType()))
    FPT = S.ResolveExceptionSpec(FD->getLocation(), FPT);
  return !FPT || !FPT->isNothrow();
}

std::optional<Function> Collector::buildFunction(const FunctionDecl *FD,
                                                 FunctionKind Kind,
                                                 std::string JsName,
                                                 std::string Symbol,
                                                 std::string CppName) {
  // Clang has reported why the declaration is invalid; its types (an
  // undeduced `auto`, say) would only add errors that follow from that one.
  if (FD->isInvalidDecl())
    return std::nullopt;
  DiagnosticsEngine &DE = S.getDiagnostics();
  Function F;
  F.Kind = Kind;
  F.JsName = std::move(JsName);
  F.Symbol = std::move(Symbol);
  F.CppName = std::move(CppName);
  F.Loc = location(FD->getLocation());
  F.Exceptions = unwinds(FD);
  DeclOfSymbol[F.Symbol] = FD;
  bool OK = classifyParams(
      FD, Position::ExportParam, F.Params,
      [&](const ParmVarDecl *P, manifest::Type &T) {
        bool Usable = !reportOwnedByCpp(T, paramLabel(P),
                                        typeRange(P).getBegin());
        if (Usable && T.Kind == TypeKind::ClassValue) {
          auto *RD = P->getType()->getAsCXXRecordDecl();
          CXXConstructorDecl *Copy =
              S.LookupCopyingConstructor(RD, Qualifiers::Const);
          if (!isPubliclyUsable(Copy)) {
            report(DE, typeRange(P).getBegin(), Diag::ClassNotCopyable)
                << paramLabel(P) << typeRange(P);
            Usable = false;
          }
        }
        return Usable;
      });
  if (isAccessor(Kind))
    for (Param &P : F.Params)
      P.Optional = false; // A property access passes its one value.
  F.Doc = docOf(FD, &F.Params, &F.ReturnsDoc);
  if (Kind == FunctionKind::Setter) {
    // JS ignores what an assignment's setter returns: so does the thunk.
    F.Result = {TypeKind::Void, "void", ""};
    return OK ? std::optional<Function>(std::move(F)) : std::nullopt;
  }
  if (Kind == FunctionKind::Constructor) {
    const auto *RD = cast<CXXConstructorDecl>(FD)->getParent();
    F.Result = {TypeKind::ClassValue, qualifiedName(RD), classLookup(RD)};
    return OK ? std::optional<Function>(std::move(F)) : std::nullopt;
  }
  std::optional<manifest::Type> R =
      classifyResult(FD, Position::ExportResult);
  if (!R)
    return std::nullopt;
  if (reportOwnedByCpp(*R, "the result", resultRange(FD).getBegin()))
    OK = false;
  else if (R->Kind == TypeKind::ClassValue) {
    auto *RD = FD->getReturnType()->getAsCXXRecordDecl();
    if (!isPubliclyUsable(S.LookupMovingConstructor(RD, 0))) {
      report(DE, resultRange(FD).getBegin(), Diag::ClassNotMovable)
          << RD << resultRange(FD);
      OK = false;
    }
  }
  F.Result = std::move(*R);
  if (F.Result.Kind == TypeKind::Promise)
    checkCoroutineParams(FD, F);
  return OK ? std::optional<Function>(std::move(F)) : std::nullopt;
}

/// A coroutine keeps its parameters in its frame, past the thunk's call: a
/// parameter that refers to the thunk's argument dangles once the coroutine
/// first suspends. Exported objects (T&, T*) live while JS keeps them.
void Collector::checkCoroutineParams(const FunctionDecl *FD, const Function &F) {
  const FunctionDecl *Def = nullptr;
  if (!FD->hasBody(Def) || !isa_and_nonnull<CoroutineBodyStmt>(Def->getBody()))
    return;
  for (unsigned I = 0; I != F.Params.size(); ++I) {
    const ParmVarDecl *P = Def->getParamDecl(I);
    TypeKind K = F.Params[I].Ty.Kind;
    bool Dangles = K == TypeKind::StringView || K == TypeKind::CString ||
                   K == TypeKind::Span || K == TypeKind::SpanMut ||
                   (P->getType()->isReferenceType() && K != TypeKind::ClassRef);
    if (Dangles)
      report(S.getDiagnostics(), typeRange(P).getBegin(),
             Diag::CoroutineBorrowedParam)
          << paramLabel(P) << Def << typeRange(P);
  }
}

std::optional<Function> Collector::buildStart(const FunctionDecl *FD,
                                              const Annotation &A) {
  if (FD->isInvalidDecl())
    return std::nullopt; // Clang reported why; see buildFunction.
  if (FD->getNumParams() != 0 || !FD->getReturnType()->isVoidType() ||
      FD->isVariadic()) {
    report(S.getDiagnostics(), attrLoc(&A, FD), Diag::StartSignature)
        << A.Range;
    return std::nullopt;
  }
  Function F;
  F.Kind = FunctionKind::Start;
  F.CppName = qualifiedName(FD);
  F.Symbol = naming::startSymbol(mangledName(FD));
  F.Loc = location(FD->getLocation());
  F.Exceptions = unwinds(FD);
  return F;
}

} // namespace wasmport::frontend
