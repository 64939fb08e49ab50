//===- ManifestTest.cpp - The manifest schema and its JSON form -----------===//
//
// The manifest is the contract between the producers (plugin, rewrite tool)
// and wasmport-js, which may come from different builds. These tests pin its
// JSON form: round trips, byte-stable output, and the error messages a user
// sees when a module carries a manifest this wasmport-js cannot read.
//
//===----------------------------------------------------------------------===//
#include "Manifest/Manifest.h"

#include "llvm/Support/JSON.h"

#include "gtest/gtest.h"

#include <set>

using namespace wasmport::manifest;
using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

namespace {

// Every enumerator, listed through a switch without `default:` so that a new
// kind makes this file fail to compile (-Werror=switch) until the tests
// cover it.
int ordinal(TypeKind K) {
  switch (K) {
  case TypeKind::Void: return 0;
  case TypeKind::Bool: return 1;
  case TypeKind::I8: return 2;
  case TypeKind::U8: return 3;
  case TypeKind::I16: return 4;
  case TypeKind::U16: return 5;
  case TypeKind::I32: return 6;
  case TypeKind::U32: return 7;
  case TypeKind::I64: return 8;
  case TypeKind::U64: return 9;
  case TypeKind::F32: return 10;
  case TypeKind::F64: return 11;
  case TypeKind::String: return 12;
  case TypeKind::StringView: return 13;
  case TypeKind::CString: return 14;
  case TypeKind::ClassRef: return 15;
  case TypeKind::ClassPtr: return 16;
  case TypeKind::ClassValue: return 17;
  case TypeKind::UniquePtr: return 18;
  case TypeKind::SharedPtr: return 19;
  case TypeKind::Enum: return 20;
  case TypeKind::Value: return 21;
  case TypeKind::Vector: return 22;
  case TypeKind::Span: return 23;
  case TypeKind::SpanMut: return 24;
  case TypeKind::Optional: return 25;
  case TypeKind::Map: return 26;
  case TypeKind::Set: return 27;
  case TypeKind::JsValue: return 28;
  case TypeKind::Function: return 29;
  case TypeKind::Promise: return 30;
  case TypeKind::Expected: return 31;
  }
  return -1;
}

int ordinal(FunctionKind K) {
  switch (K) {
  case FunctionKind::Free: return 0;
  case FunctionKind::Constructor: return 1;
  case FunctionKind::Method: return 2;
  case FunctionKind::Static: return 3;
  case FunctionKind::Start: return 4;
  case FunctionKind::Getter: return 5;
  case FunctionKind::Setter: return 6;
  case FunctionKind::FieldGet: return 7;
  case FunctionKind::FieldSet: return 8;
  }
  return -1;
}

int ordinal(ImportForm F) {
  switch (F) {
  case ImportForm::Global: return 0;
  case ImportForm::Path: return 1;
  case ImportForm::Module: return 2;
  }
  return -1;
}

int ordinal(ImportKind K) {
  switch (K) {
  case ImportKind::Function: return 0;
  case ImportKind::Constructor: return 1;
  case ImportKind::Method: return 2;
  case ImportKind::Static: return 3;
  case ImportKind::Getter: return 4;
  case ImportKind::Setter: return 5;
  }
  return -1;
}

const TypeKind AllTypeKinds[] = {
    TypeKind::Void,   TypeKind::Bool,       TypeKind::I8,
    TypeKind::U8,     TypeKind::I16,        TypeKind::U16,
    TypeKind::I32,    TypeKind::U32,        TypeKind::I64,
    TypeKind::U64,    TypeKind::F32,        TypeKind::F64,
    TypeKind::String, TypeKind::StringView, TypeKind::CString,
    TypeKind::ClassRef, TypeKind::ClassPtr, TypeKind::ClassValue,
    TypeKind::UniquePtr, TypeKind::SharedPtr, TypeKind::Enum,
    TypeKind::Value, TypeKind::Vector, TypeKind::Span,
    TypeKind::SpanMut, TypeKind::Optional, TypeKind::Map,
    TypeKind::Set, TypeKind::JsValue,
    TypeKind::Function, TypeKind::Promise, TypeKind::Expected};
const FunctionKind AllFunctionKinds[] = {
    FunctionKind::Free, FunctionKind::Constructor, FunctionKind::Method,
    FunctionKind::Static, FunctionKind::Start, FunctionKind::Getter,
    FunctionKind::Setter, FunctionKind::FieldGet, FunctionKind::FieldSet};
const ImportForm AllImportForms[] = {ImportForm::Global, ImportForm::Path,
                                     ImportForm::Module};
const ImportKind AllImportKinds[] = {
    ImportKind::Function, ImportKind::Constructor, ImportKind::Method,
    ImportKind::Static,   ImportKind::Getter,      ImportKind::Setter};

Type type(TypeKind K, std::string Cpp, std::string Class = "") {
  return Type{K, std::move(Cpp), std::move(Class)};
}

/// A well-formed type of kind K: the entity it names exists in
/// everything(), element types are filled in.
Type sample(TypeKind K) {
  Type T = type(K, ("cpp_" + typeKindName(K)).str());
  switch (typeGroup(K)) {
  case TypeGroup::Object: T.Class = "Counter"; break;
  case TypeGroup::Enum: T.Class = "Color"; break;
  default: break;
  }
  if (K == TypeKind::Value)
    T.Class = "Point";
  if (K == TypeKind::JsValue)
    T.Class = "Intl.Collator"; // An imported class's global path.
  if (K == TypeKind::Vector)
    T.Args = {sample(TypeKind::Optional)};
  if (K == TypeKind::Promise)
    T.Args = {sample(TypeKind::Optional)};
  if (K == TypeKind::Optional)
    T.Args = {sample(TypeKind::String)};
  if (K == TypeKind::Map)
    T.Args = {sample(TypeKind::Enum), sample(TypeKind::Vector)};
  if (K == TypeKind::Set)
    T.Args = {sample(TypeKind::I64)};
  if (K == TypeKind::Span || K == TypeKind::SpanMut)
    T.Args = {sample(TypeKind::F64)};
  if (K == TypeKind::Function)
    T.Args = {sample(TypeKind::Void), sample(TypeKind::String),
              sample(TypeKind::Optional)};
  if (K == TypeKind::Expected)
    T.Args = {sample(TypeKind::I32), sample(TypeKind::Value)};
  return T;
}

Location loc(std::string File, int64_t Line, int64_t Column) {
  return Location{std::move(File), Line, Column};
}

/// A manifest that uses every type kind, function kind and import form.
Manifest everything() {
  Manifest M;

  Function Takes;
  Takes.Kind = FunctionKind::Free;
  Takes.JsName = "takesEverything";
  Takes.CppName = "::demo::takesEverything";
  Takes.Symbol = "__wasmport_fn_15takesEverything";
  for (TypeKind K : AllTypeKinds) {
    if (K == TypeKind::Void || K == TypeKind::Expected)
      continue; // Results only.
    Param P;
    P.Name = ("p_" + typeKindName(K)).str();
    P.Ty = sample(K);
    Takes.Params.push_back(P);
  }
  Takes.Params.push_back({"", type(TypeKind::I32, "int")}); // Unnamed.
  Takes.Result = type(TypeKind::Void, "void");
  Takes.Loc = loc("demo.cpp", 3, 6);
  M.Functions.push_back(Takes);

  // One free function per result kind.
  for (TypeKind K : AllTypeKinds) {
    Function F;
    F.Kind = FunctionKind::Free;
    F.JsName = ("returns_" + typeKindName(K)).str();
    F.CppName = "::" + F.JsName;
    F.Symbol = "__wasmport_fn_" + std::to_string(F.JsName.size()) + F.JsName;
    F.Result = sample(K);
    F.Loc = loc("demo.cpp", 10 + ordinal(K), 1);
    F.Exceptions = K == TypeKind::String; // Compiled with -fwasm-exceptions.
    M.Functions.push_back(F);
  }

  Class C;
  C.JsName = "Counter";
  C.CppName = "::demo::Counter";
  C.DeleteSymbol = "__wasmport_delete_7Counter";
  C.Loc = loc("include/demo/counter.h", 4, 7);
  Function Ctor;
  Ctor.Kind = FunctionKind::Constructor;
  Ctor.JsName = "constructor";
  Ctor.Symbol = "__wasmport_new_7Counter_0";
  Ctor.Params = {{"start", type(TypeKind::I32, "int")}};
  Ctor.Result = type(TypeKind::ClassValue, "::demo::Counter", "Counter");
  Ctor.Loc = loc("include/demo/counter.h", 6, 3);
  C.Constructors.push_back(Ctor);
  Function Method;
  Method.Kind = FunctionKind::Method;
  Method.JsName = "add";
  Method.CppName = "operator+=";
  Method.Symbol = "__wasmport_method_7Counter_3add";
  Method.Params = {{"by", type(TypeKind::I64, "long long")}};
  Method.Result = type(TypeKind::ClassValue, "::demo::Counter", "Counter");
  Method.Loc = loc("include/demo/counter.h", 7, 12);
  C.Methods.push_back(Method);
  Function Static;
  Static.Kind = FunctionKind::Static;
  Static.JsName = "make";
  Static.CppName = "make";
  Static.Symbol = "__wasmport_static_7Counter_4make";
  Static.Result = type(TypeKind::ClassValue, "::demo::Counter", "Counter");
  Static.Loc = loc("include/demo/counter.h", 8, 18);
  C.Methods.push_back(Static);
  // One property of each accessor kind, documented.
  for (FunctionKind K : {FunctionKind::Getter, FunctionKind::Setter,
                         FunctionKind::FieldGet, FunctionKind::FieldSet}) {
    bool Set = K == FunctionKind::Setter || K == FunctionKind::FieldSet;
    Function A;
    A.Kind = K;
    A.JsName = ("prop_" + functionKindName(K)).str();
    A.CppName = A.JsName;
    A.Symbol = "__wasmport_get_7Counter_" + A.JsName;
    if (Set)
      A.Params = {{"v", type(TypeKind::F64, "double"), "the new value"}};
    A.Result = Set ? type(TypeKind::Void, "void") : type(TypeKind::F64, "double");
    A.Doc = "A property.\n\nSecond paragraph.";
    A.ReturnsDoc = Set ? "" : "the value";
    A.Loc = loc("include/demo/counter.h", 20 + ordinal(K), 3);
    C.Methods.push_back(A);
  }
  C.Base = "Named";
  C.Doc = "Counts things.";
  C.Constants = {{"Max", "::demo::Widget::Max", type(TypeKind::U64, "unsigned long long"),
                   Value(uint64_t(18446744073709551615ull)), "The most.",
                   loc("demo.cpp", 20, 3)},
                  {"Ratio", "::demo::Widget::Ratio", type(TypeKind::F64, "double"),
                   Value("NaN"), "", loc("demo.cpp", 21, 3)}};
  M.Classes.push_back(C);

  for (ImportForm Form : AllImportForms) {
    Import I;
    I.Form = Form;
    I.Name = Form == ImportForm::Path ? "console.log" : "alert";
    if (Form == ImportForm::Module)
      I.Module = "./module.js";
    I.CppName = ("demo::import_" + importFormName(Form)).str();
    I.Symbol = ("__wasmport_import__ZN4demo" + importFormName(Form)).str();
    I.NoExcept = Form == ImportForm::Path;
    I.Exceptions = Form == ImportForm::Module;
    I.Params = {{"text", type(TypeKind::CString, "const char *")}};
    I.Result = Form == ImportForm::Global ? type(TypeKind::String, "std::string")
                                          : type(TypeKind::Void, "void");
    I.Loc = loc("demo.cpp", 40 + ordinal(Form), 42);
    M.Imports.push_back(I);
  }
  // The members of an imported class, one per kind after Function.
  for (ImportKind K : AllImportKinds) {
    if (K == ImportKind::Function)
      continue;
    Import I;
    I.Kind = K;
    I.Form = ImportForm::Module;
    I.Name = "Counter";
    I.Module = "./counter.js";
    I.Member = K == ImportKind::Constructor ? "" : "count";
    I.CppName = ("demo::Counter::" + importKindName(K)).str();
    I.Symbol = ("__wasmport_import__ZN4demo7Counter" + importKindName(K)).str();
    I.Const = K == ImportKind::Getter;
    if (K != ImportKind::Getter)
      I.Params = {{"n", type(TypeKind::I32, "::int32_t")}};
    I.Result = K == ImportKind::Constructor ? type(TypeKind::JsValue, "::demo::Counter")
               : K == ImportKind::Setter    ? type(TypeKind::Void, "void")
                                            : type(TypeKind::I32, "::int32_t");
    I.Loc = loc("demo.cpp", 45 + ordinal(K), 3);
    M.Imports.push_back(I);
  }

  Function Start;
  Start.Kind = FunctionKind::Start;
  Start.CppName = "::demo::setup";
  Start.Symbol = "__wasmport_start__ZN4demo5setupEv";
  Start.Loc = loc("demo.cpp", 50, 26);
  M.Starts.push_back(Start);

  Enum Color;
  Color.JsName = "Color";
  Color.CppName = "::demo::Color";
  Color.Underlying = TypeKind::U8;
  Color.StringValued = true;
  Color.Enumerators = {{"Red", 0, "red"}, {"Green", 7, "green"}};
  Color.Loc = loc("demo.cpp", 60, 12);
  M.Enums.push_back(Color);

  ValueStruct Point;
  Point.JsName = "Point";
  Point.CppName = "::demo::Point";
  Point.Fields = {{"x", type(TypeKind::F64, "double")},
                  {"tags", sample(TypeKind::Vector)}};
  Point.Loc = loc("demo.cpp", 62, 8);
  M.Values.push_back(Point);
  M.Constants = {{"Version", "::demo::Version",
                  type(TypeKind::StringView, "::std::string_view"), Value("1.2\n"),
                  "", loc("demo.cpp", 64, 16)}};
  return M;
}

/// Expects A and B to be the same, locations included (operator== on the
/// entities leaves locations out on purpose: see Merge.cpp).
void expectSameFunctions(const std::vector<Function> &A,
                         const std::vector<Function> &B) {
  ASSERT_EQ(A.size(), B.size());
  for (size_t I = 0; I != A.size(); ++I) {
    EXPECT_EQ(A[I], B[I]) << "function " << I << " (" << A[I].JsName << ")";
    EXPECT_EQ(A[I].Loc, B[I].Loc) << "function " << I;
  }
}

void expectSame(const Manifest &A, const Manifest &B) {
  EXPECT_EQ(A.Version, B.Version);
  expectSameFunctions(A.Functions, B.Functions);
  ASSERT_EQ(A.Classes.size(), B.Classes.size());
  for (size_t I = 0; I != A.Classes.size(); ++I) {
    EXPECT_EQ(A.Classes[I], B.Classes[I]) << "class " << I;
    EXPECT_EQ(A.Classes[I].Loc, B.Classes[I].Loc) << "class " << I;
    expectSameFunctions(A.Classes[I].Constructors, B.Classes[I].Constructors);
    expectSameFunctions(A.Classes[I].Methods, B.Classes[I].Methods);
  }
  ASSERT_EQ(A.Imports.size(), B.Imports.size());
  for (size_t I = 0; I != A.Imports.size(); ++I) {
    EXPECT_EQ(A.Imports[I], B.Imports[I]) << "import " << I;
    EXPECT_EQ(A.Imports[I].Loc, B.Imports[I].Loc) << "import " << I;
  }
  expectSameFunctions(A.Starts, B.Starts);
  EXPECT_EQ(A.Enums, B.Enums);
  EXPECT_EQ(A.Values, B.Values);
  EXPECT_EQ(A.Constants, B.Constants);
  ASSERT_EQ(A.Enums.size(), B.Enums.size());
  for (size_t I = 0; I != A.Enums.size(); ++I)
    EXPECT_EQ(A.Enums[I].Loc, B.Enums[I].Loc) << "enum " << I;
  ASSERT_EQ(A.Values.size(), B.Values.size());
  for (size_t I = 0; I != A.Values.size(); ++I)
    EXPECT_EQ(A.Values[I].Loc, B.Values[I].Loc) << "value struct " << I;
}

/// The error text of E, or "" on success.
template <typename T> std::string errorOf(llvm::Expected<T> E) {
  if (E)
    return "";
  return llvm::toString(E.takeError());
}

std::string print(const Value &V) {
  std::string S;
  llvm::raw_string_ostream(S) << V;
  return S;
}

/// The JSON form of everything(), for tests that break one field of it.
Value everythingJSON() { return toJSON(everything()); }

Object &at(Value &V, llvm::StringRef Key, size_t Index) {
  return *(*V.getAsObject()->getArray(Key))[Index].getAsObject();
}

//===----------------------------------------------------------------------===//
// Kind names
//===----------------------------------------------------------------------===//

TEST(ManifestKindNames, EveryTypeKindHasADistinctNameThatReadsBack) {
  std::set<std::string> Names;
  for (TypeKind K : AllTypeKinds) {
    llvm::StringRef Name = typeKindName(K);
    EXPECT_FALSE(Name.empty());
    EXPECT_TRUE(Names.insert(Name.str()).second) << "duplicate " << Name.str();
    std::optional<TypeKind> Back = typeKindFromName(Name);
    ASSERT_TRUE(Back.has_value()) << Name.str();
    EXPECT_EQ(ordinal(*Back), ordinal(K)) << Name.str();
  }
  EXPECT_EQ(Names.size(), std::size(AllTypeKinds));
  EXPECT_FALSE(typeKindFromName("int").has_value());
  EXPECT_FALSE(typeKindFromName("I32").has_value()) << "names are lower-case";
  EXPECT_FALSE(typeKindFromName("").has_value());
}

TEST(ManifestKindNames, EveryFunctionKindHasADistinctNameThatReadsBack) {
  std::set<std::string> Names;
  for (FunctionKind K : AllFunctionKinds) {
    llvm::StringRef Name = functionKindName(K);
    EXPECT_TRUE(Names.insert(Name.str()).second) << "duplicate " << Name.str();
    std::optional<FunctionKind> Back = functionKindFromName(Name);
    ASSERT_TRUE(Back.has_value()) << Name.str();
    EXPECT_EQ(ordinal(*Back), ordinal(K));
  }
  EXPECT_EQ(functionKindName(FunctionKind::Free), "function");
  EXPECT_FALSE(functionKindFromName("free").has_value());
}

TEST(ManifestKindNames, EveryImportFormHasADistinctNameThatReadsBack) {
  std::set<std::string> Names;
  for (ImportForm F : AllImportForms) {
    llvm::StringRef Name = importFormName(F);
    EXPECT_TRUE(Names.insert(Name.str()).second) << "duplicate " << Name.str();
    std::optional<ImportForm> Back = importFormFromName(Name);
    ASSERT_TRUE(Back.has_value()) << Name.str();
    EXPECT_EQ(ordinal(*Back), ordinal(F));
  }
  EXPECT_FALSE(importFormFromName("esm").has_value());
}

TEST(ManifestKindNames, EveryImportKindHasADistinctNameThatReadsBack) {
  std::set<std::string> Names;
  for (ImportKind K : AllImportKinds) {
    llvm::StringRef Name = importKindName(K);
    EXPECT_TRUE(Names.insert(Name.str()).second) << "duplicate " << Name.str();
    std::optional<ImportKind> Back = importKindFromName(Name);
    ASSERT_TRUE(Back.has_value()) << Name.str();
    EXPECT_EQ(ordinal(*Back), ordinal(K));
  }
  EXPECT_FALSE(importKindFromName("field_get").has_value());
}

//===----------------------------------------------------------------------===//
// Round trips and determinism
//===----------------------------------------------------------------------===//

TEST(ManifestJSON, RoundTripKeepsEveryKindAndField) {
  Manifest M = everything();
  llvm::Expected<Manifest> Back = parseManifest(toJSONText(M));
  ASSERT_TRUE(static_cast<bool>(Back)) << llvm::toString(Back.takeError());
  expectSame(M, *Back);

  // Spot checks that the fixture really covers what it claims to.
  std::set<int> TypeKinds, FunctionKinds, ImportForms, ImportKinds;
  auto Note = [&](const Function &F) {
    FunctionKinds.insert(ordinal(F.Kind));
    TypeKinds.insert(ordinal(F.Result.Kind));
    for (const Param &P : F.Params)
      TypeKinds.insert(ordinal(P.Ty.Kind));
  };
  for (const Function &F : Back->Functions)
    Note(F);
  for (const Class &C : Back->Classes) {
    for (const Function &F : C.Constructors)
      Note(F);
    for (const Function &F : C.Methods)
      Note(F);
  }
  for (const Function &F : Back->Starts)
    Note(F);
  for (const Import &I : Back->Imports) {
    ImportForms.insert(ordinal(I.Form));
    ImportKinds.insert(ordinal(I.Kind));
  }
  EXPECT_EQ(TypeKinds.size(), std::size(AllTypeKinds));
  EXPECT_EQ(FunctionKinds.size(), std::size(AllFunctionKinds));
  EXPECT_EQ(ImportForms.size(), std::size(AllImportForms));
  EXPECT_EQ(ImportKinds.size(), std::size(AllImportKinds));
}

TEST(ManifestJSON, PrettyAndCompactFormsReadTheSame) {
  Manifest M = everything();
  std::string Pretty = toJSONText(M, /*Pretty=*/true);
  EXPECT_NE(Pretty.find('\n'), std::string::npos);
  llvm::Expected<Manifest> Back = parseManifest(Pretty);
  ASSERT_TRUE(static_cast<bool>(Back)) << llvm::toString(Back.takeError());
  expectSame(M, *Back);
  EXPECT_EQ(toJSONText(*Back), toJSONText(M));
}

TEST(ManifestJSON, EmptyManifestRoundTrips) {
  Manifest M;
  EXPECT_TRUE(M.empty());
  EXPECT_EQ(M.Version, SchemaVersion);
  llvm::Expected<Manifest> Back = parseManifest(toJSONText(M));
  ASSERT_TRUE(static_cast<bool>(Back)) << llvm::toString(Back.takeError());
  EXPECT_TRUE(Back->empty());
}

TEST(ManifestJSON, SameManifestGivesSameBytes) {
  std::string First = toJSONText(everything());
  EXPECT_EQ(toJSONText(everything()), First);
  EXPECT_EQ(toJSONText(everything(), true), toJSONText(everything(), true));
  // Reading and writing again is a fixed point.
  llvm::Expected<Manifest> Back = parseManifest(First);
  ASSERT_TRUE(static_cast<bool>(Back)) << llvm::toString(Back.takeError());
  EXPECT_EQ(toJSONText(*Back), First);
}

TEST(ManifestJSON, KeyOrderDoesNotDependOnInputOrder) {
  // The same manifest read from JSON whose keys come in another order.
  std::string Shuffled =
      R"({"starts":[],"imports":[],"functions":[{"symbol":"__wasmport_fn_1f",)"
      R"("loc":{"line":1,"file":"a.cpp","column":2},"result":{"kind":"void",)"
      R"("cpp":"void"},"params":[],"kind":"function","js":"f","cpp":"::f"}],)"
      R"("classes":[],"enums":[],"values":[],"wasmport":5})";
  llvm::Expected<Manifest> M = parseManifest(Shuffled);
  ASSERT_TRUE(static_cast<bool>(M)) << llvm::toString(M.takeError());
  EXPECT_EQ(toJSONText(*M),
            R"({"classes":[],"enums":[],"functions":[{"cpp":"::f","js":"f",)"
            R"("kind":"function","loc":{"column":2,"file":"a.cpp","line":1},)"
            R"("params":[],"result":{"cpp":"void","kind":"void"},)"
            R"("symbol":"__wasmport_fn_1f"}],)"
            R"("imports":[],"starts":[],"values":[],"wasmport":5})");
}

TEST(ManifestJSON, CompactFormIsOneLineEvenWithLineBreaksInStrings) {
  // A fragment is one line of the custom section; a file name or C++
  // spelling holding a line break must not split it.
  Manifest M = everything();
  M.Functions[0].Loc.File = "dir\nwith\r\nbreaks.cpp";
  M.Functions[0].Params[0].Ty.Cpp = "weird\ntype";
  std::string Text = toJSONText(M);
  EXPECT_EQ(Text.find('\n'), std::string::npos);
  EXPECT_EQ(Text.find('\r'), std::string::npos);
  llvm::Expected<Manifest> Back = parseManifest(Text);
  ASSERT_TRUE(static_cast<bool>(Back)) << llvm::toString(Back.takeError());
  EXPECT_EQ(Back->Functions[0].Loc.File, "dir\nwith\r\nbreaks.cpp");
}

TEST(ManifestJSON, NonClassTypesOmitTheClassKey) {
  Manifest M;
  Function F;
  F.JsName = "f";
  F.Symbol = "__wasmport_fn_1f";
  F.Result = type(TypeKind::I32, "int");
  M.Functions.push_back(F);
  EXPECT_EQ(toJSONText(M).find("\"class\""), std::string::npos);
}

TEST(ManifestJSON, OnlyModuleImportsCarryTheModuleKey) {
  Manifest M = everything();
  Value V = toJSON(M);
  for (size_t I = 0; I != M.Imports.size(); ++I) {
    const Object &O = at(V, "imports", I);
    EXPECT_EQ(O.get("module") != nullptr, M.Imports[I].Form == ImportForm::Module)
        << "import " << I;
  }
}

//===----------------------------------------------------------------------===//
// Schema pin
//===----------------------------------------------------------------------===//

// If this test fails you changed the manifest schema (a key, a kind name, the
// shape of an entity). wasmport-js may read manifests written by another
// build of the plugin, so decide whether SchemaVersion must be bumped (see
// the versioning policy in docs/Manifest.md), then update the expected text
// below and docs/Manifest.md together.
TEST(ManifestSchema, PinnedCompactJSON) {
  EXPECT_EQ(SchemaVersion, 5);

  Manifest M;
  Function Greet;
  Greet.Kind = FunctionKind::Free;
  Greet.JsName = "greet";
  Greet.CppName = "::greet";
  Greet.Symbol = "__wasmport_fn_5greet";
  Greet.Params = {{"name", type(TypeKind::StringView, "::std::string_view")}};
  Greet.Result = type(TypeKind::String, "::std::string");
  Greet.Params[0].Doc = "who to greet";
  Greet.Doc = "Says hello.";
  Greet.ReturnsDoc = "the greeting";
  Greet.Loc = loc("x.cpp", 4, 34);
  M.Functions.push_back(Greet);
  Function Parse;
  Parse.Kind = FunctionKind::Free;
  Parse.JsName = "parse";
  Parse.CppName = "::parse";
  Parse.Symbol = "__wasmport_fn_5parse";
  Parse.Result = Type{TypeKind::Expected, "::std::expected<int, ::std::string>", "",
                      {type(TypeKind::I32, "int"), type(TypeKind::String, "::std::string")}};
  Parse.Exceptions = true;
  Parse.Loc = loc("x.cpp", 5, 46);
  M.Functions.push_back(Parse);

  Class C;
  C.JsName = "Counter";
  C.CppName = "::Counter";
  C.DeleteSymbol = "__wasmport_delete_7Counter";
  C.Loc = loc("x.cpp", 8, 28);
  Function Ctor;
  Ctor.Kind = FunctionKind::Constructor;
  Ctor.JsName = "constructor";
  Ctor.Symbol = "__wasmport_new_7Counter_0";
  Ctor.Result = type(TypeKind::ClassValue, "::Counter", "Counter");
  Ctor.Loc = loc("x.cpp", 10, 3);
  C.Constructors.push_back(Ctor);
  Function Get;
  Get.Kind = FunctionKind::Method;
  Get.JsName = "get";
  Get.CppName = "get";
  Get.Symbol = "__wasmport_method_7Counter_3get";
  Get.Params = {{"other", type(TypeKind::ClassRef, "const ::Counter &", "Counter")}};
  Get.Result = type(TypeKind::I32, "int");
  Get.Loc = loc("x.cpp", 13, 7);
  C.Methods.push_back(Get);
  Function Value;
  Value.Kind = FunctionKind::FieldGet;
  Value.JsName = "value";
  Value.CppName = "value";
  Value.Symbol = "__wasmport_get_7Counter_5value";
  Value.Result = type(TypeKind::I32, "int");
  Value.Loc = loc("x.cpp", 14, 7);
  C.Methods.push_back(Value);
  C.Base = "Named";
  C.Doc = "Counts.";
  C.Constants = {{"Step", "::Counter::Step", type(TypeKind::I64, "long long"),
                  llvm::json::Value(int64_t(1) << 40), "", loc("x.cpp", 15, 24)}};
  M.Classes.push_back(C);
  M.Constants = {{"Version", "::Version",
                  type(TypeKind::StringView, "::std::string_view"), llvm::json::Value("1.2"),
                  "The version.", loc("x.cpp", 31, 28)}};

  Import Add;
  Add.Form = ImportForm::Module;
  Add.Name = "add";
  Add.Module = "./math.js";
  Add.CppName = "js::add";
  Add.Symbol = "__wasmport_import__ZN2js3addEii";
  Add.NoExcept = false;
  Add.Exceptions = true;
  Add.Params = {{"a", type(TypeKind::I32, "int")}};
  Add.Result = type(TypeKind::I32, "int");
  Add.Loc = loc("x.cpp", 22, 46);
  M.Imports.push_back(Add);
  Import GetTime;
  GetTime.Kind = ImportKind::Method;
  GetTime.Name = "Date";
  GetTime.Member = "getTime";
  GetTime.CppName = "Date::getTime";
  GetTime.Symbol = "__wasmport_import__ZNK4Date7getTimeEv";
  GetTime.Const = true;
  GetTime.Params = {{"other", type(TypeKind::JsValue, "::Date", "Date")}};
  GetTime.Result = type(TypeKind::F64, "double");
  GetTime.Loc = loc("x.cpp", 23, 10);
  M.Imports.push_back(GetTime);

  Function Setup;
  Setup.Kind = FunctionKind::Start;
  Setup.CppName = "::setup";
  Setup.Symbol = "__wasmport_start__Z5setupv";
  Setup.Loc = loc("x.cpp", 25, 26);
  M.Starts.push_back(Setup);

  Enum Color;
  Color.JsName = "Color";
  Color.CppName = "::Color";
  Color.Enumerators = {{"Red", 0, ""}, {"Green", -1, ""}};
  Color.Loc = loc("x.cpp", 27, 12);
  M.Enums.push_back(Color);

  ValueStruct Path;
  Path.JsName = "Path";
  Path.CppName = "::Path";
  Path.Fields = {{"xs", Type{TypeKind::Vector, "::std::vector<double>", "",
                             {type(TypeKind::F64, "double")}}}};
  Path.Loc = loc("x.cpp", 30, 8);
  M.Values.push_back(Path);

  const char *Expected =
      R"({"classes":[{"base":"Named",)"
      R"("constants":[{"cpp":"::Counter::Step","js":"Step",)"
      R"("loc":{"column":24,"file":"x.cpp","line":15},)"
      R"("type":{"cpp":"long long","kind":"i64"},"value":1099511627776}],)"
      R"("constructors":[{"cpp":"","js":"constructor",)"
      R"("kind":"constructor","loc":{"column":3,"file":"x.cpp","line":10},"params":[],)"
      R"("result":{"class":"Counter","cpp":"::Counter","kind":"class_value"},)"
      R"("symbol":"__wasmport_new_7Counter_0"}],"cpp":"::Counter",)"
      R"("delete":"__wasmport_delete_7Counter","doc":"Counts.","js":"Counter",)"
      R"("loc":{"column":28,"file":"x.cpp","line":8},)"
      R"("methods":[{"cpp":"get","js":"get","kind":"method",)"
      R"("loc":{"column":7,"file":"x.cpp","line":13},)"
      R"("params":[{"name":"other","type":{"class":"Counter",)"
      R"("cpp":"const ::Counter &","kind":"class_ref"}}],)"
      R"("result":{"cpp":"int","kind":"i32"},)"
      R"("symbol":"__wasmport_method_7Counter_3get"},)"
      R"({"cpp":"value","js":"value","kind":"field_get",)"
      R"("loc":{"column":7,"file":"x.cpp","line":14},"params":[],)"
      R"("result":{"cpp":"int","kind":"i32"},)"
      R"("symbol":"__wasmport_get_7Counter_5value"}]}],)"
      R"("constants":[{"cpp":"::Version","doc":"The version.","js":"Version",)"
      R"("loc":{"column":28,"file":"x.cpp","line":31},)"
      R"("type":{"cpp":"::std::string_view","kind":"string_view"},"value":"1.2"}],)"
      R"("enums":[{"cpp":"::Color","js":"Color",)"
      R"("loc":{"column":12,"file":"x.cpp","line":27},"strings":false,)"
      R"("underlying":"i32","values":[{"name":"Red","value":0},)"
      R"({"name":"Green","value":-1}]}],)"
      R"("functions":[{"cpp":"::greet","doc":"Says hello.","js":"greet","kind":"function",)"
      R"("loc":{"column":34,"file":"x.cpp","line":4},)"
      R"("params":[{"doc":"who to greet","name":"name",)"
      R"("type":{"cpp":"::std::string_view","kind":"string_view"}}],)"
      R"("result":{"cpp":"::std::string","kind":"string"},)"
      R"("returns_doc":"the greeting","symbol":"__wasmport_fn_5greet"},)"
      R"({"cpp":"::parse","exceptions":true,"js":"parse","kind":"function",)"
      R"("loc":{"column":46,"file":"x.cpp","line":5},"params":[],)"
      R"("result":{"args":[{"cpp":"int","kind":"i32"},)"
      R"({"cpp":"::std::string","kind":"string"}],)"
      R"("cpp":"::std::expected<int, ::std::string>","kind":"expected"},)"
      R"("symbol":"__wasmport_fn_5parse"}],)"
      R"("imports":[{"cpp":"js::add","exceptions":true,"form":"module",)"
      R"("loc":{"column":46,"file":"x.cpp","line":22},"module":"./math.js",)"
      R"("name":"add","noexcept":false,)"
      R"("params":[{"name":"a","type":{"cpp":"int","kind":"i32"}}],)"
      R"("result":{"cpp":"int","kind":"i32"},)"
      R"("symbol":"__wasmport_import__ZN2js3addEii"},)"
      R"({"const":true,"cpp":"Date::getTime","form":"global","kind":"method",)"
      R"("loc":{"column":10,"file":"x.cpp","line":23},"member":"getTime",)"
      R"("name":"Date","noexcept":false,)"
      R"("params":[{"name":"other","type":{"class":"Date","cpp":"::Date",)"
      R"("kind":"jsvalue"}}],"result":{"cpp":"double","kind":"f64"},)"
      R"("symbol":"__wasmport_import__ZNK4Date7getTimeEv"}],)"
      R"("starts":[{"cpp":"::setup","js":"","kind":"start",)"
      R"("loc":{"column":26,"file":"x.cpp","line":25},"params":[],)"
      R"("result":{"cpp":"","kind":"void"},)"
      R"("symbol":"__wasmport_start__Z5setupv"}],)"
      R"("values":[{"cpp":"::Path","fields":[{"name":"xs","type":{"args":)"
      R"([{"cpp":"double","kind":"f64"}],"cpp":"::std::vector<double>",)"
      R"("kind":"vector"}}],"js":"Path",)"
      R"("loc":{"column":8,"file":"x.cpp","line":30}}],)"
      R"("wasmport":5})";
  EXPECT_EQ(toJSONText(M), Expected);
}

TEST(ManifestSchema, PinnedKindNames) {
  // Part of the schema too: changing a spelling breaks older manifests.
  std::string Types;
  for (TypeKind K : AllTypeKinds)
    Types += typeKindName(K).str() + " ";
  EXPECT_EQ(Types, "void bool i8 u8 i16 u16 i32 u32 i64 u64 f32 f64 string "
                   "string_view cstring class_ref class_ptr class_value "
                   "unique_ptr shared_ptr enum value vector span span_mut "
                   "optional map set jsvalue function promise expected ");
  std::string Functions;
  for (FunctionKind K : AllFunctionKinds)
    Functions += functionKindName(K).str() + " ";
  EXPECT_EQ(Functions, "function constructor method static start getter "
                       "setter field_get field_set ");
  std::string Forms;
  for (ImportForm F : AllImportForms)
    Forms += importFormName(F).str() + " ";
  EXPECT_EQ(Forms, "global path module ");
  std::string ImportKinds;
  for (ImportKind K : AllImportKinds)
    ImportKinds += importKindName(K).str() + " ";
  EXPECT_EQ(ImportKinds, "function constructor method static getter setter ");
}

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

TEST(ManifestErrors, MalformedJSON) {
  std::string E = errorOf(parseManifest(R"({"wasmport":1,)"));
  EXPECT_EQ(E.rfind("malformed manifest JSON: ", 0), 0u) << E;
  E = errorOf(parseManifest(""));
  EXPECT_EQ(E.rfind("malformed manifest JSON: ", 0), 0u) << E;
}

TEST(ManifestErrors, NotAnObject) {
  EXPECT_EQ(errorOf(parseManifest("[1, 2]")), "manifest is not a JSON object");
  EXPECT_EQ(errorOf(parseManifest("\"wasmport\"")),
            "manifest is not a JSON object");
}

TEST(ManifestErrors, MissingOrNonIntegerVersion) {
  EXPECT_EQ(errorOf(parseManifest(R"({"functions":[]})")),
            "manifest has no integer 'wasmport' version");
  EXPECT_EQ(errorOf(parseManifest(R"({"wasmport":"1"})")),
            "manifest has no integer 'wasmport' version");
}

TEST(ManifestErrors, UnknownVersionNamesBothVersions) {
  Value V = everythingJSON();
  (*V.getAsObject())["wasmport"] = SchemaVersion + 1;
  std::string E = errorOf(parseManifest(print(V)));
  EXPECT_NE(E.find("version " + std::to_string(SchemaVersion + 1)),
            std::string::npos)
      << E;
  EXPECT_NE(E.find("version " + std::to_string(SchemaVersion)),
            std::string::npos)
      << E;
  EXPECT_EQ(E, "manifest schema version 6 is not supported by this "
               "wasmport-js, which reads version 5; rebuild the module and "
               "the tools from the same wasmport release");
  // Older manifests are refused too, before any field is looked at.
  E = errorOf(parseManifest(R"({"wasmport":0})"));
  EXPECT_NE(E.find("version 0 is not supported"), std::string::npos) << E;
}

TEST(ManifestErrors, MissingFieldNamesItsPath) {
  Value V = everythingJSON();
  Object &Fn = at(V, "functions", 0);
  Object &Param1 = *(*Fn.getArray("params"))[1].getAsObject();
  Param1.getObject("type")->erase("kind");
  EXPECT_EQ(errorOf(parseManifest(print(V))),
            "missing value at manifest.functions[0].params[1].type.kind");
}

TEST(ManifestErrors, MissingTopLevelSectionNamesIt) {
  Value V = everythingJSON();
  V.getAsObject()->erase("imports");
  EXPECT_EQ(errorOf(parseManifest(print(V))),
            "missing value at manifest.imports");
}

TEST(ManifestErrors, MissingFieldInsideAClassNamesItsPath) {
  Value V = everythingJSON();
  Object &Method = *(*at(V, "classes", 0).getArray("methods"))[1].getAsObject();
  Method.getObject("loc")->erase("column");
  EXPECT_EQ(errorOf(parseManifest(print(V))),
            "missing value at manifest.classes[0].methods[1].loc.column");
}

TEST(ManifestErrors, WrongFieldTypeNamesItsPath) {
  Value V = everythingJSON();
  at(V, "imports", 1)["noexcept"] = "yes";
  std::string E = errorOf(parseManifest(print(V)));
  EXPECT_NE(E.find(" at manifest.imports[1].noexcept"), std::string::npos)
      << E;
}

TEST(ManifestErrors, UnknownTypeKindNamesItsPath) {
  Value V = everythingJSON();
  Object &Fn = at(V, "functions", 0);
  (*(*Fn.getArray("params"))[0].getAsObject()->getObject("type"))["kind"] =
      "i128";
  EXPECT_EQ(errorOf(parseManifest(print(V))),
            "unknown type kind at manifest.functions[0].params[0].type.kind");
}

TEST(ManifestErrors, UnknownFunctionKindNamesItsPath) {
  Value V = everythingJSON();
  (*(*at(V, "classes", 0).getArray("constructors"))[0].getAsObject())["kind"] =
      "destructor";
  EXPECT_EQ(errorOf(parseManifest(print(V))),
            "unknown function kind at manifest.classes[0].constructors[0].kind");
}

TEST(ManifestErrors, UnknownImportFormNamesItsPath) {
  Value V = everythingJSON();
  at(V, "imports", 0)["form"] = "esm";
  EXPECT_EQ(errorOf(parseManifest(print(V))),
            "unknown import form at manifest.imports[0].form");
}

TEST(ManifestErrors, UnknownImportKindNamesItsPath) {
  Value V = everythingJSON();
  at(V, "imports", 3)["kind"] = "destructor";
  EXPECT_EQ(errorOf(parseManifest(print(V))),
            "unknown import kind at manifest.imports[3].kind");
}

// The reader checks only the JSON's shape: what it reads may still be an
// invalid manifest, which manifest::verify refuses (VerifyTest.cpp).
TEST(ManifestErrors, ReaderLeavesValidityToVerify) {
  Value V = everythingJSON();
  at(V, "functions", 0)["js"] = "delete";
  at(V, "functions", 0)["symbol"] = "";
  at(V, "imports", 2).erase("module");
  at(V, "enums", 0)["underlying"] = "f64";
  llvm::Expected<Manifest> M = parseManifest(print(V));
  ASSERT_TRUE(bool(M)) << llvm::toString(M.takeError());
  EXPECT_EQ(M->Functions[0].JsName, "delete");
  EXPECT_EQ(M->Enums[0].Underlying, TypeKind::F64);
}

TEST(ManifestErrors, ExpectedArrayNamesItsPath) {
  Value V = everythingJSON();
  (*V.getAsObject())["classes"] = Object{};
  std::string E = errorOf(parseManifest(print(V)));
  EXPECT_NE(E.find(" at manifest.classes"), std::string::npos) << E;
}

} // namespace

// Names and file names from a manifest or a module reach error messages; the
// tools promise one line per error whatever they hold.
TEST(ManifestErrors, EscapeForMessageKeepsOneLine) {
  EXPECT_EQ(escapeForMessage("Counter"), "Counter");
  EXPECT_EQ(escapeForMessage("caf\xc3\xa9.cpp"), "caf\xc3\xa9.cpp");
  EXPECT_EQ(escapeForMessage("a\nb\r\tc"), "a\\nb\\r\\tc");
  EXPECT_EQ(escapeForMessage(llvm::StringRef("\0\x1b\x7f", 3)), "\\x00\\x1b\\x7f");
  EXPECT_EQ(escapeForMessage("C:\\x"), "C:\\\\x");
}
