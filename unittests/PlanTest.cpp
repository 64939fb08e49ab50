//===- PlanTest.cpp - The JS planner: names and order ---------------------===//
//
// What the planner decides before anything is printed: parameter names
// safe as JS bindings (away from reserved words, the module's top-level
// names and the glue's globals and locals), classes after their bases,
// constructors by arity, properties from accessors, and the wasm imports
// it provides or rejects.
//
//===----------------------------------------------------------------------===//
#include "JSTestUtil.h"

using namespace wasmport;
using namespace wasmport::manifest;
using namespace wasmport::testing;

namespace {

Param param(std::string Name, TypeKind K = TypeKind::I32) {
  return {std::move(Name), ty(K)};
}

TEST(Plan, ParametersAreRenamedAwayFromReservedWords) {
  Manifest M;
  M.Functions.push_back(fn("f", {param("delete"), param("this"), param("")}));
  js::Plan P = planOf(M);
  ASSERT_EQ(P.Functions.size(), 1u);
  const auto &Params = P.Functions[0].Params;
  EXPECT_EQ(Params[0].Js, "delete_");
  EXPECT_EQ(Params[1].Js, "this_");
  EXPECT_EQ(Params[2].Js, "arg2");
  // Messages name the C++ parameter.
  EXPECT_EQ(Params[0].Cpp, "delete");
}

TEST(Plan, ParametersDoNotShadowTopLevelNamesOrGlueGlobals) {
  Manifest M;
  M.Functions.push_back(fn("Counter"));
  M.Functions.push_back(fn("f", {param("Counter"), param("BigInt"),
                                 param("Object"), param("x")}));
  js::Plan P = planOf(M);
  ASSERT_EQ(P.Functions.size(), 2u);
  const auto &Params = P.Functions[1].Params;
  EXPECT_EQ(Params[0].Js, "Counter_");
  EXPECT_EQ(Params[1].Js, "BigInt_");
  EXPECT_EQ(Params[2].Js, "Object_");
  EXPECT_EQ(Params[3].Js, "x");
}

TEST(Plan, ParametersDoNotCollideWithDerivedLocals) {
  // `s` is a string: the glue declares s_ptr and s_len.
  Manifest M;
  M.Functions.push_back(
      fn("f", {param("s", TypeKind::String), param("s_ptr"), param("s")}));
  js::Plan P = planOf(M);
  const auto &Params = P.Functions[0].Params;
  EXPECT_EQ(Params[0].Js, "s");
  EXPECT_EQ(Params[1].Js, "s_ptr_");
  EXPECT_EQ(Params[2].Js, "s_");
}

TEST(Plan, ClassesComeAfterTheirBases) {
  Manifest M;
  M.Classes.push_back(cls("Leaf", "Middle"));
  M.Classes.push_back(cls("Other"));
  M.Classes.push_back(cls("Middle", "Root"));
  M.Classes.push_back(cls("Root"));
  js::Plan P = planOf(M);
  std::vector<std::string> Order;
  for (const js::ClassPlan &C : P.Classes)
    Order.push_back(C.Name);
  EXPECT_EQ(Order, (std::vector<std::string>{"Root", "Middle", "Leaf",
                                             "Other"}));
  EXPECT_TRUE(P.Classes[0].HasSubclasses);
  EXPECT_TRUE(P.Classes[1].HasSubclasses);
  EXPECT_FALSE(P.Classes[2].HasSubclasses);
}

TEST(Plan, ConstructorsByAscendingArityAndPropertiesFromAccessors) {
  Manifest M;
  Class C = cls("Box");
  Function Two = fn("Box2", {param("a"), param("b")}, {},
                    FunctionKind::Constructor);
  Function Zero = fn("Box0", {}, {}, FunctionKind::Constructor);
  C.Constructors = {Two, Zero};
  Function Set = fn("size", {param("v")}, {}, FunctionKind::Setter);
  Set.Symbol = "__wasmport_set_size";
  Function Get = fn("size", {}, ty(TypeKind::I32), FunctionKind::Getter);
  Get.Symbol = "__wasmport_get_size";
  C.Methods = {Set, Get, fn("reset", {}, {}, FunctionKind::Method),
               fn("make", {}, {}, FunctionKind::Static)};
  M.Classes.push_back(C);
  js::Plan P = planOf(M);
  ASSERT_EQ(P.Classes.size(), 1u);
  const js::ClassPlan &CP = P.Classes[0];
  ASSERT_EQ(CP.Constructors.size(), 2u);
  EXPECT_EQ(CP.Constructors[0].Params.size(), 0u);
  EXPECT_EQ(CP.Constructors[1].Params.size(), 2u);
  EXPECT_EQ(CP.Constructors[1].Where, "new Box");
  ASSERT_EQ(CP.Properties.size(), 1u);
  EXPECT_EQ(CP.Properties[0].Get.Symbol, "__wasmport_get_size");
  ASSERT_TRUE(CP.Properties[0].Set);
  EXPECT_EQ(CP.Properties[0].Set->Symbol, "__wasmport_set_size");
  ASSERT_EQ(CP.Methods.size(), 1u);
  EXPECT_EQ(CP.Methods[0].Where, "Box.reset");
  ASSERT_EQ(CP.Statics.size(), 1u);
}

TEST(Plan, MissingThunkIsAnError) {
  Manifest M;
  M.Functions.push_back(fn("f"));
  js::Options Opts;
  llvm::Expected<js::Plan> P = js::plan(M, js::ModuleInfo(), Opts);
  ASSERT_FALSE(P);
  EXPECT_NE(llvm::toString(P.takeError()).find("__wasmport_export_f"),
            std::string::npos);
}

TEST(Plan, RuntimeAndWasiImportsMapToHelpers) {
  Manifest M;
  js::ModuleInfo Info;
  Info.Imports = {{"wasmport", "__wasmport_js_drop"},
                  {"wasmport", "__wasmport_js_clone"},
                  {"wasi_snapshot_preview1", "fd_write"},
                  {"wasi_snapshot_preview1", "args_get"},
                  {"wasi_snapshot_preview1", "poll_oneoff"},
                  {"wasi_snapshot_preview1", "fd_write"}};
  js::Plan P = planOf(M, Info);
  ASSERT_EQ(P.RuntimeJSImports.size(), 2u);
  EXPECT_EQ(P.RuntimeJSImports[0].Field, "__wasmport_js_clone");
  EXPECT_EQ(P.RuntimeJSImports[0].Impl, js::Helper::JsClone);
  EXPECT_EQ(P.RuntimeJSImports[1].Impl, js::Helper::JsDrop);
  ASSERT_EQ(P.WasiImports.size(), 3u); // Sorted, once each.
  EXPECT_EQ(P.WasiImports[0].Impl, js::Helper::WasiGet);
  EXPECT_EQ(P.WasiImports[1].Impl, js::Helper::WasiFdWrite);
  EXPECT_EQ(P.WasiImports[2].Impl, js::Helper::WasiNosys);
  EXPECT_TRUE(P.exportsJsValues());
}

TEST(Plan, UnknownRuntimeImportIsRejected) {
  // A name that looks like a runtime function but is none, and one that
  // names a helper which is not a runtime function.
  for (const char *Field : {"__wasmport_js_nothing", "__wasmport_heap"}) {
    js::ModuleInfo Info;
    Info.Imports = {{"wasmport", Field}};
    js::Options Opts;
    llvm::Expected<js::Plan> P = js::plan(Manifest(), Info, Opts);
    ASSERT_FALSE(P) << Field;
    EXPECT_NE(llvm::toString(P.takeError()).find(Field), std::string::npos);
  }
}

} // namespace
