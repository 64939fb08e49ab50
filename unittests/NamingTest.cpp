//===- NamingTest.cpp - Generated symbol names and JS name rules ----------===//
//
// The thunks (C++) and the glue (JS) find each other only through the names
// built in Naming.cpp; a collision between two entities' symbols would make
// the linker keep one weak thunk and silently call the wrong function. The
// JS name predicates decide which names the Collector accepts.
//
//===----------------------------------------------------------------------===//
#include "Manifest/Naming.h"

#include "gtest/gtest.h"

#include <map>
#include <string>
#include <vector>

using namespace wasmport::naming;

namespace {

/// Symbols are C function names in the thunks and wasm export/import names.
bool isCIdentifier(const std::string &S) {
  if (S.empty() || (S[0] >= '0' && S[0] <= '9'))
    return false;
  for (char C : S)
    if (!((C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') ||
          (C >= '0' && C <= '9') || C == '_'))
      return false;
  return true;
}

TEST(NamingSymbols, SpelledAsDocumented) {
  EXPECT_EQ(functionSymbol("greet"), "__wasmport_fn_5greet");
  EXPECT_EQ(constructorSymbol("Counter", 0), "__wasmport_new_7Counter_0");
  EXPECT_EQ(constructorSymbol("Counter", 12), "__wasmport_new_7Counter_12");
  EXPECT_EQ(methodSymbol("Counter", "increment"),
            "__wasmport_method_7Counter_9increment");
  EXPECT_EQ(staticMethodSymbol("Counter", "make"),
            "__wasmport_static_7Counter_4make");
  EXPECT_EQ(deleteSymbol("Counter"), "__wasmport_delete_7Counter");
  EXPECT_EQ(getterSymbol("Counter", "value"), "__wasmport_get_7Counter_5value");
  EXPECT_EQ(setterSymbol("Counter", "value"), "__wasmport_set_7Counter_5value");
  EXPECT_EQ(startSymbol("_Z5setupv"), "__wasmport_start__Z5setupv");
  EXPECT_EQ(importSymbol("_Z5twicei"), "__wasmport_import__Z5twicei");
}

TEST(NamingSymbols, LengthPrefixCountsEveryCharacter) {
  std::string Long(123, 'x');
  EXPECT_EQ(functionSymbol(Long), "__wasmport_fn_123" + Long);
  EXPECT_EQ(functionSymbol("$"), "__wasmport_fn_1$");
  EXPECT_EQ(methodSymbol("A", std::string(10, 'm')),
            "__wasmport_method_1A_10mmmmmmmmmm");
}

TEST(NamingSymbols, EveryGeneratedSymbolIsPrefixed) {
  for (const std::string &S :
       {functionSymbol("f"), constructorSymbol("C", 0), methodSymbol("C", "m"),
        staticMethodSymbol("C", "s"), deleteSymbol("C"), getterSymbol("C", "p"),
        setterSymbol("C", "p"), startSymbol("_Z1sv"),
        importSymbol("_Z1iv")}) {
    EXPECT_EQ(S.rfind(Prefix.str(), 0), 0u) << S;
    EXPECT_TRUE(isCIdentifier(S)) << S;
  }
  for (llvm::StringRef S : {AllocSymbol, FreeSymbol, FreeStringSymbol,
                            ReturnAreaSymbol, PluginMarkerSymbol})
    EXPECT_TRUE(S.starts_with(Prefix)) << S.str();
  EXPECT_EQ(Prefix, "__wasmport_");
  EXPECT_EQ(ImportModule, "wasmport");
}

TEST(NamingSymbols, UnderscoresInNamesCannotCollide) {
  // Without length prefixes both would be "..._A_B_c".
  EXPECT_NE(methodSymbol("A_B", "c"), methodSymbol("A", "B_c"));
  EXPECT_EQ(methodSymbol("A_B", "c"), "__wasmport_method_3A_B_1c");
  EXPECT_EQ(methodSymbol("A", "B_c"), "__wasmport_method_1A_3B_c");
  EXPECT_NE(staticMethodSymbol("A_B", "c"), staticMethodSymbol("A", "B_c"));
  EXPECT_NE(constructorSymbol("A_1", 0), constructorSymbol("A", 1));
  EXPECT_NE(deleteSymbol("A_B"), methodSymbol("A", "B"));
  EXPECT_NE(functionSymbol("A_1B"), methodSymbol("A", "B"));
}

TEST(NamingSymbols, MethodsAndStaticsOfOneNameAreDistinct) {
  // A JS class may have an instance method and a static method `make`.
  EXPECT_NE(methodSymbol("Counter", "make"),
            staticMethodSymbol("Counter", "make"));
}

TEST(NamingSymbols, NoTwoEntitiesShareASymbol) {
  // Every generator over names built from the characters that make the
  // encoding tricky: '_', digits, and tag words.
  const std::vector<std::string> Names = {
      "A",     "B",     "c",      "A_B",    "B_c",  "A_B_c", "_",
      "__",    "a1",    "a_1",    "fn",     "new",  "method", "static",
      "delete", "fn_1A", "new_1A", "1A_1c", "$",    "$_$", "get", "set",
      "get_1A"};
  std::map<std::string, std::string> Seen; // Symbol -> what made it.
  auto Add = [&](const std::string &Symbol, const std::string &What) {
    auto [It, New] = Seen.try_emplace(Symbol, What);
    EXPECT_TRUE(New) << Symbol << " made by both " << It->second << " and "
                     << What;
  };
  for (const std::string &N : Names) {
    Add(functionSymbol(N), "function " + N);
    Add(deleteSymbol(N), "delete " + N);
    for (unsigned I = 0; I != 12; ++I)
      Add(constructorSymbol(N, I), "constructor " + N + " " + std::to_string(I));
    for (const std::string &M : Names) {
      Add(methodSymbol(N, M), "method " + N + "." + M);
      Add(staticMethodSymbol(N, M), "static " + N + "." + M);
      Add(getterSymbol(N, M), "getter " + N + "." + M);
      Add(setterSymbol(N, M), "setter " + N + "." + M);
    }
  }
  // Start and import symbols come from mangled names, which are unique.
  Add(startSymbol("_Z5setupv"), "start setup");
  Add(importSymbol("_Z5setupv"), "import setup");
  Add(startSymbol("setup"), "start extern \"C\" setup");
}

TEST(NamingSymbols, OverloadedImportsGetDistinctSymbols) {
  EXPECT_NE(importSymbol("_Z5twicei"), importSymbol("_Z5twiced"));
}

//===----------------------------------------------------------------------===//
// JS names
//===----------------------------------------------------------------------===//

TEST(NamingJS, IsJSIdentifier) {
  for (const char *Ok : {"greet", "_x", "$", "$el", "a1", "Counter", "_",
                         "camelCase", "snake_case", "A_B"})
    EXPECT_TRUE(isJSIdentifier(Ok)) << Ok;
  for (const char *Bad : {"", "1a", "9", "a-b", "a.b", "a b", "a\tb", "x()",
                          "na\xC3\xAFve", "a+b", "#priv", "@dec"})
    EXPECT_FALSE(isJSIdentifier(Bad)) << Bad;
}

TEST(NamingJS, IsReservedJSWord) {
  for (const char *Word :
       {"class", "function", "delete", "new", "this", "enum", "await",
        "yield", "let", "static", "implements", "interface", "package",
        "private", "protected", "public", "arguments", "eval", "undefined",
        "NaN", "Infinity", "null", "true", "false", "import", "export"})
    EXPECT_TRUE(isReservedJSWord(Word)) << Word;
  // Contextual keywords are fine as binding names; so are C++ words.
  for (const char *Word : {"greet", "of", "get", "set", "async", "from", "as",
                           "constructor", "Class", "int", "auto", "template"})
    EXPECT_FALSE(isReservedJSWord(Word)) << Word;
}

TEST(NamingJS, IsReservedExportName) {
  for (const char *Name :
       {"init", "initSync", "memory", "default", "then", "__wasmport",
        "__wasmport_", "__wasmport_x"})
    EXPECT_TRUE(isReservedExportName(Name)) << Name;
  for (const char *Name :
       {"greet", "initialize", "Init", "Memory", "_wasmport_x", "wasmport",
        "free", "constructor", "Then", "__wasmportx"})
    EXPECT_FALSE(isReservedExportName(Name)) << Name;
}

TEST(NamingJS, IsReservedMemberName) {
  for (const char *Name : {"constructor", "prototype", "free", "__proto__",
                           "then", "__wasmport_ptr"})
    EXPECT_TRUE(isReservedMemberName(Name)) << Name;
  for (const char *Name : {"get", "set", "init", "memory", "increment",
                           "Free", "toString", "_proto_"})
    EXPECT_FALSE(isReservedMemberName(Name)) << Name;
}

TEST(NamingJS, JsParamNameKeepsGoodNames) {
  EXPECT_EQ(jsParamName("name", 0), "name");
  EXPECT_EQ(jsParamName("$el", 3), "$el");
  EXPECT_EQ(jsParamName("_", 1), "_");
}

TEST(NamingJS, JsParamNameNumbersUnnamedAndUnusableParameters) {
  EXPECT_EQ(jsParamName("", 0), "arg0");
  EXPECT_EQ(jsParamName("", 7), "arg7");
  EXPECT_EQ(jsParamName("na\xC3\xAFve", 2), "arg2");
}

TEST(NamingJS, JsParamNameRenamesReservedWords) {
  EXPECT_EQ(jsParamName("function", 0), "function_");
  EXPECT_EQ(jsParamName("arguments", 0), "arguments_");
  EXPECT_EQ(jsParamName("eval", 1), "eval_");
  EXPECT_EQ(jsParamName("let", 1), "let_");
}

TEST(NamingJS, JsParamNameNeverUsesThePrefix) {
  // Generated locals start with the prefix; a parameter may not shadow one.
  std::string Name = jsParamName("__wasmport_ptr", 0);
  EXPECT_FALSE(llvm::StringRef(Name).starts_with(Prefix)) << Name;
  EXPECT_TRUE(isJSIdentifier(Name)) << Name;
  EXPECT_EQ(Name, "p__wasmport_ptr");
}

TEST(NamingJS, JsParamNameIsAlwaysAUsableBinding) {
  for (const char *In : {"x", "", "class", "eval", "__wasmport_", "1x", "a-b",
                         "undefined", "$", "_"}) {
    std::string Out = jsParamName(In, 4);
    EXPECT_TRUE(isJSIdentifier(Out)) << In << " -> " << Out;
    EXPECT_FALSE(isReservedJSWord(Out)) << In << " -> " << Out;
    EXPECT_FALSE(llvm::StringRef(Out).starts_with(Prefix))
        << In << " -> " << Out;
  }
}

} // namespace
