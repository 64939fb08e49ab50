//===- Overloads.cpp - Overloads under one JS name, default arguments -----===//
//
// Several C++ overloads exported under one JS name become one JS function
// that picks the overload from its arguments (docs/Types.md "Overloads"):
// here each overload gets a symbol of its own, a const overload with a
// non-const twin is dropped (one JS method, calling the non-const one), and
// own overloads that could accept the same JS arguments
// (manifest::couldAcceptSame) are reported at the later declaration.
// Foreign overloads (declared in code the user cannot edit) are kept in
// declaration order. Default arguments: the trailing parameters with a
// default whose types cannot cross are left to their defaults.
//
//===----------------------------------------------------------------------===//
#include "Frontend/Collector.h"

#include "Frontend/CollectorInternal.h"
#include "Frontend/Diagnostics.h"
#include "Manifest/Overloads.h"

#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Sema/Sema.h"

#include <map>

using namespace clang;
using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::frontend {

std::string Collector::overloadSymbol(const std::string &Base) {
  unsigned N = OverloadSymbols[Base]++;
  return N == 0 ? Base : Base + "_" + std::to_string(N);
}

unsigned Collector::crossingParams(const FunctionDecl *FD, Position Pos) {
  unsigned N = FD->getNumParams();
  if (Pos != Position::ExportParam)
    return N;
  // From the first parameter that cannot cross, if it has a default (so
  // all after it have one): `XMLPrinter(FILE * = 0, bool = false, int = 0)`
  // is `new XMLPrinter()`. Without a default, it is reported.
  auto Lookup = [this](const Decl *D) { return entityLookup(D); };
  for (unsigned I = 0; I != N; ++I) {
    const ParmVarDecl *P = FD->getParamDecl(I);
    if (!classifyType(P->getType(), Pos, S.getASTContext(), Lookup))
      return P->hasDefaultArg() ? I : N;
  }
  return N;
}

/// How messages name an overload: `scale(double)`, `get() const`.
static std::string overloadText(const FunctionDecl *FD) {
  PrintingPolicy Policy = FD->getASTContext().getPrintingPolicy();
  Policy.SuppressScope = false;
  std::string Text = FD->getNameAsString() + "(";
  for (const ParmVarDecl *P : FD->parameters()) {
    if (P->getFunctionScopeIndex() != 0)
      Text += ", ";
    Text += P->getType().getAsString(Policy);
  }
  Text += ")";
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD); MD && MD->isConst())
    Text += " const";
  return Text;
}

static bool sameParamTypes(const Function &A, const Function &B) {
  if (A.Params.size() != B.Params.size())
    return false;
  for (size_t I = 0; I != A.Params.size(); ++I)
    if (!(A.Params[I].Ty == B.Params[I].Ty))
      return false;
  return true;
}

void Collector::checkOverloadGroup(std::vector<Function> &Fns,
                                   const Manifest &M) {
  SourceManager &SM = S.getSourceManager();
  auto DeclOf = [&](const Function &F) -> const FunctionDecl * {
    auto It = DeclOfSymbol.find(F.Symbol);
    return It == DeclOfSymbol.end() ? nullptr : It->second;
  };
  // Foreign: in a system header, named by a using-declaration, or a member
  // of a class exported through an alias (Foreign.cpp).
  for (Function &F : Fns)
    if (const FunctionDecl *FD = DeclOf(F)) {
      const auto *Parent = dyn_cast<CXXRecordDecl>(FD->getDeclContext());
      F.Foreign |= SM.isInSystemHeader(FD->getLocation()) ||
                   ForeignFunctions.count(FD->getCanonicalDecl()) ||
                   (Parent && ForeignClasses.count(Parent->getCanonicalDecl()));
    }

  // Groups: one JS name among methods, statics, or the rest.
  auto Key = [](const Function &F) {
    return std::to_string(F.Kind == FunctionKind::Static) + F.JsName;
  };
  auto Grouped = [](const Function &F) { return !isAccessor(F.Kind); };

  // A const overload with a non-const twin is the same JS method.
  std::vector<bool> Drop(Fns.size());
  for (size_t I = 0; I != Fns.size(); ++I)
    for (size_t J = 0; J != Fns.size(); ++J) {
      if (I == J || !Grouped(Fns[I]) || !Grouped(Fns[J]) ||
          Fns[I].Kind != FunctionKind::Method || Key(Fns[I]) != Key(Fns[J]) ||
          !sameParamTypes(Fns[I], Fns[J]))
        continue;
      const auto *A = dyn_cast_or_null<CXXMethodDecl>(DeclOf(Fns[I]));
      const auto *B = dyn_cast_or_null<CXXMethodDecl>(DeclOf(Fns[J]));
      if (A && B && A->isConst() && !B->isConst())
        Drop[I] = true;
    }
  std::vector<Function> Kept;
  for (size_t I = 0; I != Fns.size(); ++I)
    if (!Drop[I])
      Kept.push_back(std::move(Fns[I]));
  Fns = std::move(Kept);

  std::map<std::string, std::vector<const Function *>> Groups;
  std::vector<std::string> Order;
  for (const Function &F : Fns) {
    if (!Grouped(F))
      continue;
    auto &G = Groups[Key(F)];
    if (G.empty())
      Order.push_back(Key(F));
    G.push_back(&F);
  }
  auto Related = [&](StringRef A, StringRef B) {
    return relatedClasses(M, A, B);
  };
  DiagnosticsEngine &DE = S.getDiagnostics();
  for (const std::string &K : Order) {
    std::vector<const Function *> &G = Groups[K];
    // Every pair: each ambiguous later overload is reported once.
    for (size_t J = 1; J < G.size(); ++J)
      for (size_t I = 0; I != J; ++I) {
        if (mayShareArguments(*G[I], *G[J]) ||
            !couldAcceptSame(*G[I], *G[J], Related))
          continue;
        const FunctionDecl *First = DeclOf(*G[I]), *Second = DeclOf(*G[J]);
        if (!First || !Second)
          continue;
        report(DE, Second->getLocation(), Diag::OverloadCollision)
            << overloadText(Second) << overloadText(First) << G[J]->JsName;
        report(DE, First->getLocation(), Diag::NoteOtherOverload);
        break;
      }
  }
}

void Collector::checkOverloads(Manifest &M) {
  checkOverloadGroup(M.Functions, M);
  for (Class &C : M.Classes) {
    checkOverloadGroup(C.Constructors, M);
    checkOverloadGroup(C.Methods, M);
  }
}

} // namespace wasmport::frontend
