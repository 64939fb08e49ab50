//===- LoweringTest.cpp - Op lists, borrows and helpers -------------------===//
//
// The lowering (lib/JS/Lowering.h) for a few manifests: the op list of a
// function, a method with a span written back, a constructor, imports that
// return, catch or return a promise; the borrows of objects and the helpers
// derived from them before printing; and a printed module whose doc strings hold
// control characters, which must come out as they are.
//
//===----------------------------------------------------------------------===//
#include "JSTestUtil.h"

#include "JS/Printers.h"

#include "llvm/Support/raw_ostream.h"

using namespace wasmport;
using namespace wasmport::manifest;
using namespace wasmport::testing;
using js::CatchMode;
using js::Helper;
using js::OpKind;

namespace {

std::vector<OpKind> kinds(const js::OpList &Ops) {
  std::vector<OpKind> Out;
  for (const js::Op &O : Ops)
    Out.push_back(O.Kind);
  return Out;
}

TEST(Lowering, FunctionChecksEverythingBeforeLowering) {
  Manifest M;
  M.Functions.push_back(fn("greet",
                           {{"name", ty(TypeKind::String)},
                            {"times", ty(TypeKind::I32)}},
                           ty(TypeKind::String)));
  js::Plan P = planOf(M);
  const js::OpList &Ops = P.Functions[0].Ops;
  EXPECT_EQ(
      kinds(Ops),
      (std::vector<OpKind>{OpKind::CheckArg, OpKind::CheckArg, OpKind::BeginTry,
                           OpKind::LowerArg, OpKind::LowerArg,
                           OpKind::PassCopies, OpKind::CallExport,
                           OpKind::LiftResult, OpKind::Catch, OpKind::EndTry}));
  EXPECT_EQ(Ops[1].Param, 1u);
  EXPECT_EQ(Ops[7].Ty.Kind, TypeKind::String);
  EXPECT_EQ(Ops[8].Mode, CatchMode::Terminate);
  // The string's copy is the glue's until the call: out of memory for a
  // later argument frees it.
  EXPECT_TRUE(P.Helpers.has(Helper::ArgCopies));
  EXPECT_TRUE(P.Helpers.has(Helper::ArgError));
  EXPECT_TRUE(P.Helpers.has(Helper::PassString));
  EXPECT_TRUE(P.Helpers.has(Helper::TakeString));
  EXPECT_TRUE(P.Helpers.has(Helper::Trapped));
  EXPECT_FALSE(P.Helpers.has(Helper::Heap));
  EXPECT_FALSE(P.exportsJsValues());
}

TEST(Lowering, ExpectedResultThrowsItsErrorBeforeLifting) {
  Manifest M;
  M.Functions.push_back(fn(
      "parse", {{"s", ty(TypeKind::String)}},
      ty(TypeKind::Expected, "",
         {ty(TypeKind::I32), ty(TypeKind::String)})));
  js::Plan P = planOf(M);
  const js::OpList &Ops = P.Functions[0].Ops;
  ASSERT_EQ(Ops.size(), 9u);
  EXPECT_EQ(Ops[5].Kind, OpKind::ThrowIfError);
  EXPECT_EQ(Ops[5].Ty.Kind, TypeKind::String);
  EXPECT_EQ(Ops[6].Kind, OpKind::LiftResult);
  EXPECT_EQ(Ops[6].Ty.Kind, TypeKind::I32); // The value crosses as itself.
  EXPECT_TRUE(P.Helpers.has(Helper::Expected));
}

TEST(Lowering, MethodWritesSpansBackInFinally) {
  Manifest M;
  Class C = cls("Buf");
  C.Methods.push_back(
      fn("fill",
         {{"out", ty(TypeKind::SpanMut, "", {ty(TypeKind::F64)})}}, {},
         FunctionKind::Method));
  C.Methods.push_back(fn("later", {}, ty(TypeKind::Promise, "", {ty(TypeKind::Void)}),
                         FunctionKind::Static));
  M.Classes.push_back(C);
  js::Plan P = planOf(M);
  const js::ClassPlan &CP = P.Classes[0];
  EXPECT_EQ(kinds(CP.Methods[0].Ops),
            (std::vector<OpKind>{
                OpKind::CheckSelf, OpKind::BeginTry, OpKind::CheckArg,
                OpKind::LowerArg, OpKind::PassCopies, OpKind::BeginTry,
                OpKind::CallExport, OpKind::LiftResult, OpKind::Finally,
                OpKind::WriteBackArg, OpKind::EndTry, OpKind::Catch,
                OpKind::Finally, OpKind::Release, OpKind::EndTry}));
  EXPECT_TRUE(P.Helpers.has(Helper::SpanBack));
  EXPECT_TRUE(P.Helpers.has(Helper::Object));
  // A static has no receiver; a promise result rejects instead of throwing.
  const js::OpList &Later = CP.Statics[0].Ops;
  EXPECT_EQ(Later.front().Kind, OpKind::BeginTry);
  EXPECT_EQ(Later[Later.size() - 2].Mode, CatchMode::TerminateReject);
}

TEST(Lowering, ConstructorStoresTheObject) {
  Manifest M;
  Class C = cls("Point");
  C.Constructors.push_back(fn("Point", {{"x", ty(TypeKind::F64)}}, {},
                              FunctionKind::Constructor));
  M.Classes.push_back(C);
  js::Plan P = planOf(M);
  EXPECT_EQ(kinds(P.Classes[0].Constructors[0].Ops),
            (std::vector<OpKind>{OpKind::CheckArg, OpKind::BeginTry,
                                 OpKind::LowerArg, OpKind::CallExport,
                                 OpKind::StoreObject, OpKind::Catch,
                                 OpKind::EndTry}));
}

TEST(Lowering, BorrowsEndInFinallyAndHandingOverIsCheckedLast) {
  Manifest M;
  M.Classes = {cls("C")};
  // refSink(u, c): the std::unique_ptr is checked after the borrowed
  // reference, whatever their order; both are released in the finally.
  M.Functions.push_back(fn("refSink", {{"u", ty(TypeKind::UniquePtr, "C")},
                                       {"c", ty(TypeKind::ClassRef, "C")}}));
  M.Functions.push_back(fn("later", {{"c", ty(TypeKind::ClassRef, "C")}},
                           ty(TypeKind::Promise, "", {ty(TypeKind::I32)})));
  js::Plan P = planOf(M);
  const js::OpList &Ops = P.Functions[0].Ops;
  EXPECT_EQ(kinds(Ops),
            (std::vector<OpKind>{
                OpKind::DeclareBorrowed, OpKind::BeginTry, OpKind::CheckArg,
                OpKind::CheckArg, OpKind::LowerArg, OpKind::LowerArg,
                OpKind::CallExport, OpKind::LiftResult, OpKind::Catch,
                OpKind::Finally, OpKind::Release, OpKind::EndTry}));
  EXPECT_EQ(Ops[0].Param, 1u);
  EXPECT_EQ(Ops[2].Param, 1u); // c, then u
  EXPECT_EQ(Ops[3].Param, 0u);
  EXPECT_EQ(Ops[10].Ty.Kind, TypeKind::Void);
  // A promise result holds the borrows until it settles.
  const js::OpList &Later = P.Functions[1].Ops;
  EXPECT_EQ(Later[0].Kind, OpKind::DeclareHeld);
  EXPECT_EQ(Later[Later.size() - 2].Kind, OpKind::Release);
  EXPECT_EQ(Later[Later.size() - 2].Ty.Kind, TypeKind::Promise);
  EXPECT_TRUE(P.Helpers.has(Helper::Hold));
  EXPECT_TRUE(P.Helpers.has(Helper::ObjectBad));
  EXPECT_TRUE(P.Helpers.has(Helper::Kind));
}

TEST(Lowering, ImportsLiftCallCheckAndLower) {
  Manifest M;
  Import Num;
  Num.Name = "Math.hypot";
  Num.Symbol = "__wasmport_import_hypot";
  Num.Params = {{"a", ty(TypeKind::F64)}};
  Num.Result = ty(TypeKind::F64);
  Import Catching = Num;
  Catching.Symbol = "__wasmport_import_catching";
  Catching.Result = ty(TypeKind::Expected, "",
                       {ty(TypeKind::Void), ty(TypeKind::JsValue)});
  Import Async = Num;
  Async.Symbol = "__wasmport_import_async";
  Async.Result = ty(TypeKind::Promise, "", {ty(TypeKind::I32)});
  M.Imports = {Num, Catching, Async};
  js::ModuleInfo Info;
  for (const Import &I : M.Imports)
    Info.Imports.push_back({"wasmport", I.Symbol});
  js::Plan P = planOf(M, Info);
  ASSERT_EQ(P.Imports.size(), 3u);
  EXPECT_EQ(kinds(P.Imports[0].Ops),
            (std::vector<OpKind>{OpKind::LiftImportArg, OpKind::EnterJS,
                                 OpKind::BeginTry, OpKind::CallJS,
                                 OpKind::CheckJSResult, OpKind::LeaveJS,
                                 OpKind::ReturnJSResult, OpKind::Catch,
                                 OpKind::EndTry}));
  EXPECT_EQ(P.Imports[0].Ops[7].Mode, CatchMode::Rethrow);
  // Void result: the frame's count goes down after the try.
  EXPECT_EQ(kinds(P.Imports[1].Ops),
            (std::vector<OpKind>{OpKind::LiftImportArg, OpKind::EnterJS,
                                 OpKind::BeginTry, OpKind::CallJS,
                                 OpKind::Catch, OpKind::EndTry,
                                 OpKind::LeaveJS}));
  EXPECT_EQ(P.Imports[1].Ops[4].Mode, CatchMode::PassToCpp);
  EXPECT_EQ(kinds(P.Imports[2].Ops),
            (std::vector<OpKind>{OpKind::LiftImportArg, OpKind::EnterJS,
                                 OpKind::DeclareJSResult, OpKind::BeginTry,
                                 OpKind::CallJS, OpKind::Catch, OpKind::EndTry,
                                 OpKind::LeaveJS, OpKind::ReturnJSResult}));
  EXPECT_EQ(P.Imports[2].Ops[5].Mode, CatchMode::Reject);
  EXPECT_TRUE(P.Helpers.has(Helper::ImportDepth));
  EXPECT_TRUE(P.Helpers.has(Helper::JsThrew));
  EXPECT_TRUE(P.Helpers.has(Helper::ResultError));
  EXPECT_TRUE(P.exportsJsValues()); // The promise goes to the JS heap.
}

TEST(Lowering, TopLevelOptionalsOfJsValuesCrossAsBareHandles) {
  Manifest M;
  Type Date = ty(TypeKind::JsValue, "Date");
  Type Maybe = ty(TypeKind::Optional, "", {Date});
  M.Functions.push_back(fn("dateOrNot", {{"d", Maybe}}, Maybe));
  Import Get;
  Get.Name = "host.date";
  Get.Symbol = "__wasmport_import_date";
  Get.Params = {{"d", Maybe}};
  Get.Result = Maybe;
  M.Imports = {Get};
  js::ModuleInfo Info;
  Info.Imports.push_back({"wasmport", Get.Symbol});
  js::Plan P = planOf(M, Info);
  // The ops convert the handle (the element's type) with no slot; the plan
  // keeps the optional for the .d.ts (`Date | undefined`).
  const js::OpList &Ops = P.Functions[0].Ops;
  EXPECT_EQ(kinds(Ops),
            (std::vector<OpKind>{OpKind::CheckArg, OpKind::BeginTry,
                                 OpKind::LowerArg, OpKind::CallExport,
                                 OpKind::LiftResult, OpKind::Catch,
                                 OpKind::EndTry}));
  for (const js::Op &O : Ops) {
    if (O.Kind == OpKind::CheckArg || O.Kind == OpKind::LowerArg ||
        O.Kind == OpKind::LiftResult) {
      EXPECT_EQ(O.Ty, Date);
    }
  }
  EXPECT_EQ(P.Functions[0].Params[0].Ty, Maybe);
  ASSERT_EQ(P.Imports.size(), 1u);
  for (const js::Op &O : P.Imports[0].Ops) {
    if (O.Kind == OpKind::LiftImportArg || O.Kind == OpKind::ReturnJSResult) {
      EXPECT_EQ(O.Ty, Date);
    }
  }
  EXPECT_FALSE(P.Helpers.has(Helper::TakeSlot));
  EXPECT_FALSE(P.Helpers.has(Helper::AllocArg));
  EXPECT_FALSE(P.Helpers.has(Helper::ArgCopies));
}

TEST(Lowering, ControlCharactersInDocStringsDoNotCorruptTheModule) {
  // Once, class members were cut out through \x01/\x02 markers in the text.
  Manifest M;
  Function F = fn("f", {}, ty(TypeKind::ClassValue, "Thing"));
  F.Doc = "one \x01W\x01 two \x02 three";
  M.Functions.push_back(F);
  Class C = cls("Thing");
  C.Doc = "\x02\x01";
  M.Classes.push_back(C);
  js::Plan P = planOf(M);
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  js::printJS(P, OS);
  EXPECT_NE(Out.find("one \x01W\x01 two \x02 three"), std::string::npos);
  EXPECT_NE(Out.find("export function f() {"), std::string::npos);
  EXPECT_NE(Out.find("export class Thing {"), std::string::npos);
  EXPECT_NE(Out.find("return __wasmport_wrap(__wasmport_Thing_kind, "),
            std::string::npos);
  EXPECT_NE(Out.find("const __wasmport_Thing_kind = __wasmport_kind(Thing, "),
            std::string::npos);
}

} // namespace
