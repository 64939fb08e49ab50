//===- JSTestUtil.h - Building manifests and plans in unit tests -*- C++ -*-===//
//
// Small constructors for manifest types and a plan() that supplies the
// module facts a manifest needs (every thunk and runtime export), shared by
// PlanTest, LoweringTest and HelperSetTest.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_UNITTESTS_JSTESTUTIL_H
#define WASMPORT_UNITTESTS_JSTESTUTIL_H

#include "JS/Plan.h"
#include "Manifest/Naming.h"

#include "gtest/gtest.h"

namespace wasmport::testing {

inline manifest::Type ty(manifest::TypeKind K, std::string Class = "",
                         std::vector<manifest::Type> Args = {}) {
  manifest::Type T;
  T.Kind = K;
  T.Class = std::move(Class);
  T.Args = std::move(Args);
  return T;
}

inline manifest::Function fn(std::string Name,
                             std::vector<manifest::Param> Params = {},
                             manifest::Type Result = {},
                             manifest::FunctionKind Kind =
                                 manifest::FunctionKind::Free) {
  manifest::Function F;
  F.Kind = Kind;
  F.JsName = Name;
  F.CppName = Name;
  F.Symbol = "__wasmport_export_" + Name;
  F.Params = std::move(Params);
  F.Result = std::move(Result);
  return F;
}

inline manifest::Class cls(std::string Name, std::string Base = "") {
  manifest::Class C;
  C.JsName = Name;
  C.CppName = "::" + Name;
  C.DeleteSymbol = "__wasmport_delete_" + Name;
  C.Base = std::move(Base);
  return C;
}

/// Plans M for a module that exports every symbol M names.
inline js::Plan planOf(const manifest::Manifest &M,
                       js::ModuleInfo Info = {}) {
  auto Add = [&](const manifest::Function &F) {
    Info.Exports.insert(F.Symbol);
  };
  for (const manifest::Function &F : M.Functions)
    Add(F);
  for (const manifest::Class &C : M.Classes) {
    Info.Exports.insert(C.DeleteSymbol);
    for (const manifest::Function &F : C.Constructors)
      Add(F);
    for (const manifest::Function &F : C.Methods)
      Add(F);
  }
  for (llvm::StringRef S :
       {naming::AllocSymbol, naming::FreeSymbol,
        naming::FreeStringSymbol, naming::FreeOwnedSymbol,
        naming::ReturnAreaSymbol})
    Info.Exports.insert(S);
  js::Options Opts;
  Opts.WasmFile = "test.wasm";
  llvm::Expected<js::Plan> P = js::plan(M, Info, Opts);
  if (!P) {
    ADD_FAILURE() << llvm::toString(P.takeError());
    return js::Plan();
  }
  return std::move(*P);
}

} // namespace wasmport::testing

#endif // WASMPORT_UNITTESTS_JSTESTUTIL_H
