//===- MergeTest.cpp - Combining per-TU manifest fragments ----------------===//
//
// wasm-ld concatenates one fragment line per object file into the "wasmport"
// section; a class from a shared header appears once per TU that includes
// it. These tests pin what wasmport-js makes of such a section.
//
//===----------------------------------------------------------------------===//
#include "Manifest/Merge.h"

#include "gtest/gtest.h"

using namespace wasmport::manifest;

namespace {

Location loc(std::string File, int64_t Line, int64_t Column) {
  return Location{std::move(File), Line, Column};
}

Function function(std::string Js, std::string Cpp, Location L) {
  Function F;
  F.Kind = FunctionKind::Free;
  F.Symbol = "__wasmport_fn_" + std::to_string(Js.size()) + Js;
  F.JsName = std::move(Js);
  F.CppName = std::move(Cpp);
  F.Result = Type{TypeKind::I32, "int", ""};
  F.Loc = std::move(L);
  return F;
}

Class counter(Location L) {
  Class C;
  C.JsName = "Counter";
  C.CppName = "::Counter";
  C.DeleteSymbol = "__wasmport_delete_7Counter";
  C.Loc = std::move(L);
  Function Get;
  Get.Kind = FunctionKind::Method;
  Get.JsName = "get";
  Get.CppName = "get";
  Get.Symbol = "__wasmport_method_7Counter_3get";
  Get.Result = Type{TypeKind::I32, "int", ""};
  Get.Loc = loc("counter.h", 5, 7);
  C.Methods.push_back(Get);
  return C;
}

Import consoleLog(Location L) {
  Import I;
  I.Form = ImportForm::Path;
  I.Name = "console.log";
  I.CppName = "js::log";
  I.Symbol = "__wasmport_import__ZN2js3logEPKc";
  I.Params = {{"message", Type{TypeKind::CString, "const char *", ""}}};
  I.Result = Type{TypeKind::Void, "void", ""};
  I.Loc = std::move(L);
  return I;
}

Function start(std::string Mangled, Location L) {
  Function F;
  F.Kind = FunctionKind::Start;
  F.CppName = "::setup";
  F.Symbol = "__wasmport_start_" + Mangled;
  F.Loc = std::move(L);
  return F;
}

/// One fragment line, as the thunks write it into the custom section.
std::string line(const Manifest &M) { return toJSONText(M) + "\n"; }

template <typename T> std::string errorOf(llvm::Expected<T> E) {
  if (E)
    return "";
  return llvm::toString(E.takeError());
}

std::vector<std::string> jsNames(const std::vector<Function> &Fns) {
  std::vector<std::string> Out;
  for (const Function &F : Fns)
    Out.push_back(F.JsName);
  return Out;
}

TEST(MergeFragments, SingleFragmentIsReadAsIs) {
  Manifest A;
  A.Functions.push_back(function("greet", "::greet", loc("a.cpp", 3, 13)));
  A.Classes.push_back(counter(loc("counter.h", 3, 28)));
  llvm::Expected<Manifest> M = mergeFragments(line(A));
  ASSERT_TRUE(static_cast<bool>(M)) << llvm::toString(M.takeError());
  EXPECT_EQ(toJSONText(*M), toJSONText(A));
}

TEST(MergeFragments, LastLineNeedsNoNewline) {
  Manifest A;
  A.Functions.push_back(function("greet", "::greet", loc("a.cpp", 3, 13)));
  llvm::Expected<Manifest> M = mergeFragments(toJSONText(A));
  ASSERT_TRUE(static_cast<bool>(M)) << llvm::toString(M.takeError());
  EXPECT_EQ(M->Functions.size(), 1u);
}

TEST(MergeFragments, IdenticalFragmentsAreKeptOnce) {
  // Two objects compiled from one source, or a header-only TU linked twice.
  Manifest A;
  A.Functions.push_back(function("greet", "::greet", loc("a.cpp", 3, 13)));
  A.Imports.push_back(consoleLog(loc("js.h", 2, 42)));
  A.Starts.push_back(start("_Z5setupv", loc("a.cpp", 9, 26)));
  llvm::Expected<Manifest> M = mergeFragments(line(A) + line(A) + line(A));
  ASSERT_TRUE(static_cast<bool>(M)) << llvm::toString(M.takeError());
  EXPECT_EQ(toJSONText(*M), toJSONText(A));
}

TEST(MergeFragments, SameClassFromTwoTranslationUnitsIsKeptOnce) {
  Manifest A, B;
  A.Classes.push_back(counter(loc("counter.h", 3, 28)));
  A.Functions.push_back(function("first", "::first", loc("a.cpp", 4, 5)));
  B.Functions.push_back(function("second", "::second", loc("b.cpp", 6, 5)));
  B.Classes.push_back(counter(loc("counter.h", 3, 28)));
  llvm::Expected<Manifest> M = mergeFragments(line(A) + line(B));
  ASSERT_TRUE(static_cast<bool>(M)) << llvm::toString(M.takeError());
  ASSERT_EQ(M->Classes.size(), 1u);
  EXPECT_EQ(M->Classes[0], counter(loc("counter.h", 3, 28)));
  EXPECT_EQ(jsNames(M->Functions), (std::vector<std::string>{"first", "second"}));
}

TEST(MergeFragments, SameEntitySpelledFromAnotherPathIsKeptOnce) {
  // One header reached as "counter.h" and "./include/counter.h": the same
  // entity, so not a conflict; the first location is kept.
  Manifest A, B;
  A.Classes.push_back(counter(loc("counter.h", 3, 28)));
  B.Classes.push_back(counter(loc("./include/counter.h", 3, 28)));
  A.Imports.push_back(consoleLog(loc("js.h", 2, 42)));
  B.Imports.push_back(consoleLog(loc("./include/js.h", 2, 42)));
  llvm::Expected<Manifest> M = mergeFragments(line(A) + line(B));
  ASSERT_TRUE(static_cast<bool>(M)) << llvm::toString(M.takeError());
  ASSERT_EQ(M->Classes.size(), 1u);
  EXPECT_EQ(M->Classes[0].Loc.File, "counter.h");
  ASSERT_EQ(M->Imports.size(), 1u);
  EXPECT_EQ(M->Imports[0].Loc.File, "js.h");
}

TEST(MergeFragments, KeepsFragmentOrder) {
  Manifest A, B, C;
  A.Functions.push_back(function("zeta", "::zeta", loc("a.cpp", 1, 5)));
  B.Functions.push_back(function("alpha", "::alpha", loc("b.cpp", 1, 5)));
  B.Functions.push_back(function("mid", "::mid", loc("b.cpp", 2, 5)));
  C.Functions.push_back(function("beta", "::beta", loc("c.cpp", 1, 5)));
  A.Starts.push_back(start("_Z2s1v", loc("a.cpp", 9, 1)));
  C.Starts.push_back(start("_Z2s2v", loc("c.cpp", 9, 1)));
  llvm::Expected<Manifest> M = mergeFragments(line(A) + line(B) + line(C));
  ASSERT_TRUE(static_cast<bool>(M)) << llvm::toString(M.takeError());
  EXPECT_EQ(jsNames(M->Functions),
            (std::vector<std::string>{"zeta", "alpha", "mid", "beta"}));
  ASSERT_EQ(M->Starts.size(), 2u);
  EXPECT_EQ(M->Starts[0].Symbol, "__wasmport_start__Z2s1v");
  EXPECT_EQ(M->Starts[1].Symbol, "__wasmport_start__Z2s2v");
}

TEST(MergeFragments, EmptyFragmentsContributeNothing) {
  // A TU compiled with the plugin but without annotations still writes one.
  Manifest Empty, A;
  A.Functions.push_back(function("greet", "::greet", loc("a.cpp", 3, 13)));
  llvm::Expected<Manifest> M =
      mergeFragments(line(Empty) + line(A) + line(Empty));
  ASSERT_TRUE(static_cast<bool>(M)) << llvm::toString(M.takeError());
  EXPECT_EQ(toJSONText(*M), toJSONText(A));

  llvm::Expected<Manifest> OnlyEmpty = mergeFragments(line(Empty));
  ASSERT_TRUE(static_cast<bool>(OnlyEmpty))
      << llvm::toString(OnlyEmpty.takeError());
  EXPECT_TRUE(OnlyEmpty->empty());
}

TEST(MergeFragments, BlankLinesAndSurroundingSpaceAreIgnored) {
  Manifest A;
  A.Functions.push_back(function("greet", "::greet", loc("a.cpp", 3, 13)));
  llvm::Expected<Manifest> M =
      mergeFragments("\n\n  " + toJSONText(A) + "  \r\n\n");
  ASSERT_TRUE(static_cast<bool>(M)) << llvm::toString(M.takeError());
  EXPECT_EQ(M->Functions.size(), 1u);
}

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

TEST(MergeErrors, ConflictingFunctionsNameBothLocations) {
  Manifest A, B;
  A.Functions.push_back(function("greet", "::en::greet", loc("a.cpp", 3, 13)));
  B.Functions.push_back(function("greet", "::fr::greet", loc("b.cpp", 7, 21)));
  EXPECT_EQ(errorOf(mergeFragments(line(A) + line(B))),
            "two exports are named 'greet' in JS: function a.cpp:3:13 and "
            "function b.cpp:7:21; rename one with "
            "[[wasmport::export(\"otherName\")]]");
}

TEST(MergeErrors, FunctionAndClassWithOneNameConflict) {
  Manifest A, B;
  A.Classes.push_back(counter(loc("counter.h", 3, 28)));
  B.Functions.push_back(function("Counter", "::Counter", loc("b.cpp", 2, 5)));
  std::string E = errorOf(mergeFragments(line(A) + line(B)));
  EXPECT_NE(E.find("'Counter'"), std::string::npos) << E;
  EXPECT_NE(E.find("class counter.h:3:28"), std::string::npos) << E;
  EXPECT_NE(E.find("function b.cpp:2:5"), std::string::npos) << E;
}

TEST(MergeErrors, SameClassNameWithDifferentMembersConflicts) {
  // E.g. a header compiled with different macros in two TUs.
  Manifest A, B;
  A.Classes.push_back(counter(loc("counter.h", 3, 28)));
  Class Other = counter(loc("counter.h", 3, 28));
  Other.Methods[0].Result = Type{TypeKind::I64, "long long", ""};
  B.Classes.push_back(Other);
  std::string E = errorOf(mergeFragments(line(A) + line(B)));
  EXPECT_NE(E.find("two exports are named 'Counter' in JS: class "
                   "counter.h:3:28 and class counter.h:3:28"),
            std::string::npos)
      << E;
}

TEST(MergeErrors, ConflictInsideOneFragmentIsReported) {
  Manifest A;
  A.Functions.push_back(function("f", "::a::f", loc("a.cpp", 1, 6)));
  A.Functions.push_back(function("f", "::b::f", loc("a.cpp", 2, 6)));
  std::string E = errorOf(mergeFragments(line(A)));
  EXPECT_NE(E.find("a.cpp:1:6"), std::string::npos) << E;
  EXPECT_NE(E.find("a.cpp:2:6"), std::string::npos) << E;
}

TEST(MergeErrors, ImportDeclaredDifferently) {
  Manifest A, B;
  A.Imports.push_back(consoleLog(loc("a.cpp", 2, 42)));
  Import Other = consoleLog(loc("b.cpp", 5, 40));
  Other.Name = "console.error";
  B.Imports.push_back(Other);
  EXPECT_EQ(errorOf(mergeFragments(line(A) + line(B))),
            "import js::log is declared differently at a.cpp:2:42 and "
            "b.cpp:5:40; make the declarations agree");
}

TEST(MergeFragments, ImportDeclarationsMayDifferInParameterNames) {
  // `void log(const char *message);` in one TU and `void log(const char *);`
  // in another declare the same function; JS calls it the same way.
  Manifest A, B;
  A.Imports.push_back(consoleLog(loc("a.cpp", 2, 42)));
  Import Other = consoleLog(loc("b.cpp", 5, 40));
  Other.Params[0].Name = "";
  B.Imports.push_back(Other);
  llvm::Expected<Manifest> M = mergeFragments(line(A) + line(B));
  ASSERT_TRUE(static_cast<bool>(M)) << llvm::toString(M.takeError());
  ASSERT_EQ(M->Imports.size(), 1u);
  EXPECT_EQ(M->Imports[0].Params[0].Name, "message") << "the first is kept";
}

TEST(MergeErrors, ImportWithDifferentResultKindConflicts) {
  Manifest A, B;
  A.Imports.push_back(consoleLog(loc("a.cpp", 2, 42)));
  Import Other = consoleLog(loc("b.cpp", 5, 40));
  Other.Result = Type{TypeKind::I32, "int", ""};
  B.Imports.push_back(Other);
  std::string E = errorOf(mergeFragments(line(A) + line(B)));
  EXPECT_NE(E.find("declared differently at a.cpp:2:42 and b.cpp:5:40"),
            std::string::npos)
      << E;
}

TEST(MergeErrors, ImportWithDifferentModuleConflicts) {
  Manifest A, B;
  Import First = consoleLog(loc("a.cpp", 2, 42));
  First.Form = ImportForm::Module;
  First.Name = "log";
  First.Module = "./a.js";
  Import Second = First;
  Second.Module = "./b.js";
  Second.Loc = loc("b.cpp", 5, 40);
  A.Imports.push_back(First);
  B.Imports.push_back(Second);
  std::string E = errorOf(mergeFragments(line(A) + line(B)));
  EXPECT_NE(E.find("declared differently at a.cpp:2:42 and b.cpp:5:40"),
            std::string::npos)
      << E;
}

TEST(MergeErrors, ImportWithDifferentNoexceptConflicts) {
  Manifest A, B;
  A.Imports.push_back(consoleLog(loc("a.cpp", 2, 42)));
  Import Other = consoleLog(loc("b.cpp", 5, 40));
  Other.NoExcept = true;
  B.Imports.push_back(Other);
  std::string E = errorOf(mergeFragments(line(A) + line(B)));
  EXPECT_NE(E.find("declared differently at a.cpp:2:42 and b.cpp:5:40"),
            std::string::npos)
      << E;
}

TEST(MergeErrors, MalformedLineNamesTheFragmentNumber) {
  Manifest A;
  A.Functions.push_back(function("greet", "::greet", loc("a.cpp", 3, 13)));
  std::string E = errorOf(mergeFragments(line(A) + "{\"wasmport\":1,\n"));
  EXPECT_EQ(E.rfind("manifest fragment 2: malformed manifest JSON: ", 0), 0u)
      << E;
}

TEST(MergeErrors, FragmentErrorsKeepTheFieldPath) {
  Manifest A;
  A.Functions.push_back(function("greet", "::greet", loc("a.cpp", 3, 13)));
  std::string Text = toJSONText(A);
  std::string Broken = Text;
  size_t At = Broken.find("\"kind\":\"i32\"");
  ASSERT_NE(At, std::string::npos);
  Broken.replace(At, 12, "\"kind\":\"int\"");
  EXPECT_EQ(errorOf(mergeFragments(Text + "\n" + Text + "\n" + Broken)),
            "manifest fragment 3: unknown type kind at "
            "manifest.functions[0].result.kind");
}

TEST(MergeErrors, FragmentFromAnotherSchemaVersion) {
  std::string E = errorOf(mergeFragments("{\"wasmport\":99}\n"));
  EXPECT_EQ(E.rfind("manifest fragment 1: manifest schema version 99 is not "
                    "supported by this wasmport-js, which reads version 5",
                    0),
            0u)
      << E;
}

TEST(MergeErrors, EmptySection) {
  const char *Msg = "the wasmport section holds no manifest";
  EXPECT_EQ(errorOf(mergeFragments("")), Msg);
  EXPECT_EQ(errorOf(mergeFragments("\n\n")), Msg);
  EXPECT_EQ(errorOf(mergeFragments("  \n\t\n")), Msg);
}

//===----------------------------------------------------------------------===//
// merge() on parsed fragments
//===----------------------------------------------------------------------===//

TEST(Merge, NoFragmentsGiveAnEmptyManifest) {
  llvm::Expected<Manifest> M = merge({});
  ASSERT_TRUE(static_cast<bool>(M)) << llvm::toString(M.takeError());
  EXPECT_TRUE(M->empty());
  EXPECT_EQ(M->Version, SchemaVersion);
}

TEST(Merge, StartsAreDeduplicatedBySymbol) {
  Manifest A, B;
  A.Starts.push_back(start("_Z5setupv", loc("a.cpp", 9, 26)));
  B.Starts.push_back(start("_Z5setupv", loc("a.cpp", 9, 26)));
  B.Starts.push_back(start("_Z4morev", loc("b.cpp", 1, 26)));
  llvm::Expected<Manifest> M = merge({A, B});
  ASSERT_TRUE(static_cast<bool>(M)) << llvm::toString(M.takeError());
  ASSERT_EQ(M->Starts.size(), 2u);
  EXPECT_EQ(M->Starts[0].Symbol, "__wasmport_start__Z5setupv");
  EXPECT_EQ(M->Starts[1].Symbol, "__wasmport_start__Z4morev");
}

TEST(Merge, OverloadedImportsAreDistinct) {
  // Distinct symbols (from distinct mangled names) are distinct imports even
  // when they call the same JS function.
  Manifest A;
  A.Imports.push_back(consoleLog(loc("a.cpp", 2, 42)));
  Import Num = consoleLog(loc("a.cpp", 3, 42));
  Num.Symbol = "__wasmport_import__ZN2js3logEi";
  Num.Params = {{"n", Type{TypeKind::I32, "int", ""}}};
  A.Imports.push_back(Num);
  llvm::Expected<Manifest> M = merge({A});
  ASSERT_TRUE(static_cast<bool>(M)) << llvm::toString(M.takeError());
  EXPECT_EQ(M->Imports.size(), 2u);
}

} // namespace
