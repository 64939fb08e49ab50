//===- HelperSetTest.cpp - The embedded JS helpers ------------------------===//
//
// HelperSet: requiring a helper pulls in what its `//@helper` line
// requires, helpers print in their fixed order (that of lib/JS/runtime),
// and only what was required prints. And the closed tables from wasm
// imports to helpers.
//
//===----------------------------------------------------------------------===//
#include "JS/Runtime.h"

#include "llvm/Support/raw_ostream.h"

#include "gtest/gtest.h"

using namespace wasmport::js;

namespace {

std::string printed(const HelperSet &H) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  H.print(OS);
  return Out;
}

TEST(HelperSet, EmptyPrintsNothing) {
  HelperSet H;
  EXPECT_TRUE(H.empty());
  EXPECT_EQ(printed(H), "");
}

TEST(HelperSet, RequiringPullsInDependencies) {
  HelperSet H;
  H.require(Helper::ArgError); // requires describe
  EXPECT_TRUE(H.has(Helper::ArgError));
  EXPECT_TRUE(H.has(Helper::Describe));
  EXPECT_FALSE(H.has(Helper::ResultError));
  // Transitively: takeString requires decodeString, which requires getU8.
  HelperSet T;
  T.require(Helper::TakeString);
  EXPECT_TRUE(T.has(Helper::DecodeString));
  EXPECT_TRUE(T.has(Helper::GetU8));
  EXPECT_TRUE(T.has(Helper::GetU32));
}

TEST(HelperSet, PrintsOnlyWhatIsRequiredInFixedOrder) {
  HelperSet A, B;
  A.require(Helper::ArgError);
  B.require(Helper::Describe);
  B.require(Helper::ArgError);
  std::string Out = printed(A);
  EXPECT_EQ(Out, printed(B)); // Order of requests does not matter.
  size_t Describe = Out.find("function __wasmport_describe(");
  size_t ArgError = Out.find("function __wasmport_argError(");
  ASSERT_NE(Describe, std::string::npos);
  ASSERT_NE(ArgError, std::string::npos);
  EXPECT_LT(Describe, ArgError); // errors.js order.
  EXPECT_EQ(Out.find("__wasmport_resultError"), std::string::npos);
  EXPECT_EQ(Out.find("//@helper"), std::string::npos);
}

TEST(HelperSet, NamesAreThoseOfTheHelperLines) {
  EXPECT_EQ(helperName(Helper::Describe), "describe");
  EXPECT_EQ(helperName(Helper::JsClosureEnd), "js_closure_end");
  EXPECT_EQ(helperName(Helper::WasiFdWrite), "wasi_fd_write");
}

TEST(HelperSet, EveryHelperPrintsItsOwnBody) {
  for (unsigned I = 0; I != NumHelpers; ++I) {
    HelperSet H;
    H.require(Helper(I));
    EXPECT_NE(printed(H), "") << helperName(Helper(I)).str();
  }
}

TEST(HelperImports, RuntimeImportsMapThroughAClosedTable) {
  EXPECT_EQ(runtimeImportHelper("__wasmport_js_clone"), Helper::JsClone);
  EXPECT_EQ(runtimeImportHelper("__wasmport_js_promise_then"),
            Helper::JsPromiseThen);
  // Every runtime import is a helper named js_*, under the import's name.
  for (unsigned I = 0; I != NumHelpers; ++I) {
    llvm::StringRef Name = helperName(Helper(I));
    if (!Name.starts_with("js_"))
      continue;
    EXPECT_EQ(runtimeImportHelper("__wasmport_" + Name.str()), Helper(I))
        << Name.str();
  }
  EXPECT_EQ(runtimeImportHelper("__wasmport_js_unknown"), std::nullopt);
  EXPECT_EQ(runtimeImportHelper("__wasmport_heap"), std::nullopt);
  EXPECT_EQ(runtimeImportHelper("js_clone"), std::nullopt);
}

TEST(HelperImports, WasiImports) {
  EXPECT_EQ(wasiHelper("fd_write"), Helper::WasiFdWrite);
  EXPECT_EQ(wasiHelper("environ_get"), Helper::WasiGet);
  EXPECT_EQ(wasiHelper("args_sizes_get"), Helper::WasiSizesGet);
  EXPECT_EQ(wasiHelper("sock_accept"), Helper::WasiNosys);
}

} // namespace
