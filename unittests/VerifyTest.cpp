//===- VerifyTest.cpp - What a valid manifest is --------------------------===//
//
// manifest::verify is the one statement of the manifest's invariants: a
// valid manifest with every kind of entity passes, and each rule has a case
// that breaks it once and pins the one-line message that names the entity.
//
//===----------------------------------------------------------------------===//
#include "Manifest/Verify.h"

#include "gtest/gtest.h"

#include <functional>

using namespace wasmport::manifest;

namespace {

Type t(TypeKind K, std::string Class = "", std::vector<Type> Args = {}) {
  return Type{K, typeKindName(K).str(), std::move(Class), std::move(Args)};
}

Function fn(FunctionKind K, std::string Js, std::string Symbol,
            std::vector<Param> Params, Type Result) {
  Function F;
  F.Kind = K;
  F.CppName = K == FunctionKind::Constructor ? "" : Js;
  F.JsName = std::move(Js);
  F.Symbol = std::move(Symbol);
  F.Params = std::move(Params);
  F.Result = std::move(Result);
  F.Loc = {"v.cpp", 1, 1};
  return F;
}

Import imp(ImportKind K, ImportForm Form, std::string Name, std::string Member,
           std::string Symbol, std::vector<Param> Params, Type Result) {
  Import I;
  I.Kind = K;
  I.Form = Form;
  I.Name = std::move(Name);
  I.Member = std::move(Member);
  I.CppName = "js::" + I.Name;
  I.Symbol = std::move(Symbol);
  I.Params = std::move(Params);
  I.Result = std::move(Result);
  I.Loc = {"v.cpp", 2, 1};
  return I;
}

Constant constant(std::string Js, Type Ty, llvm::json::Value V) {
  Constant K;
  K.CppName = "::" + Js;
  K.JsName = std::move(Js);
  K.Ty = std::move(Ty);
  K.Value = std::move(V);
  K.Loc = {"v.cpp", 3, 1};
  return K;
}

/// A manifest using every kind of entity, function, import and type.
Manifest valid() {
  Manifest M;
  using FK = FunctionKind;
  using TK = TypeKind;
  Enum Color;
  Color.JsName = "Color";
  Color.CppName = "::Color";
  Color.Underlying = TK::U8;
  Color.Enumerators = {{"red", 0, ""}, {"gr\xC3\xBCn", 255, ""}};
  M.Enums.push_back(Color);
  Enum Mode = Color;
  Mode.JsName = "Mode";
  Mode.Loc = {"mode.h", 4, 12};
  Mode.StringValued = true;
  Mode.Enumerators = {{"fast", 0, "fast"}, {"slow", 1, "2d"}};
  M.Enums.push_back(Mode);

  ValueStruct Point;
  Point.JsName = "Point";
  Point.CppName = "::Point";
  Point.Fields = {{"x", t(TK::F64)}, {"y", t(TK::F64)}};
  M.Values.push_back(Point);
  ValueStruct Path;
  Path.JsName = "Path";
  Path.CppName = "::Path";
  Path.Fields = {{"from", t(TK::Value, "Point")},
                 {"to", t(TK::Optional, "", {t(TK::Value, "Point")})},
                 {"tags", t(TK::Vector, "", {t(TK::String)})},
                 {"color", t(TK::Enum, "Color")},
                 {"next", t(TK::Vector, "", {t(TK::Value, "Path")})}};
  M.Values.push_back(Path);
  ValueStruct Lone;
  Lone.JsName = "Lone";
  Lone.CppName = "::Lone";
  Lone.Fields = {{"z", t(TK::I32)}};
  M.Values.push_back(Lone);

  Class Shape;
  Shape.JsName = "Shape";
  Shape.CppName = "::Shape";
  Shape.DeleteSymbol = "__wasmport_delete_5Shape";
  Shape.Loc = {"shape.h", 3, 7};
  Shape.Doc = "A shape.\n\nWith two paragraphs.";
  Shape.Constructors = {
      fn(FK::Constructor, "constructor", "__wasmport_new_5Shape_0", {},
         t(TK::ClassValue, "Shape")),
      fn(FK::Constructor, "constructor", "__wasmport_new_5Shape_1",
         {{"size", t(TK::F64)}}, t(TK::ClassValue, "Shape"))};
  Shape.Methods = {
      fn(FK::Method, "area", "__wasmport_method_5Shape_4area", {}, t(TK::F64)),
      fn(FK::Static, "area", "__wasmport_static_5Shape_4area", {}, t(TK::F64)),
      fn(FK::Static, "make", "__wasmport_static_5Shape_4make", {},
         t(TK::UniquePtr, "Shape")),
      fn(FK::Getter, "size", "__wasmport_get_5Shape_4size", {}, t(TK::F64)),
      fn(FK::Setter, "size", "__wasmport_set_5Shape_4size", {{"v", t(TK::F64)}},
         t(TK::Void)),
      fn(FK::FieldGet, "id", "__wasmport_get_5Shape_2id", {}, t(TK::I32)),
      fn(FK::FieldSet, "id", "__wasmport_set_5Shape_2id", {{"id", t(TK::I32)}},
         t(TK::Void)),
      fn(FK::Method, "delete", "__wasmport_method_5Shape_6delete", {},
         t(TK::Void))};
  Shape.Constants = {
      constant("MAX", t(TK::U64), llvm::json::Value(uint64_t(1) << 63)),
      constant("MIN", t(TK::I8), llvm::json::Value(-128)),
      constant("EPS", t(TK::F32), llvm::json::Value(0.5)),
      constant("NONE", t(TK::F64), llvm::json::Value("NaN")),
      constant("ON", t(TK::Bool), llvm::json::Value(true)),
      constant("TAG", t(TK::CString), llvm::json::Value("a\nb")),
      constant("MODE", t(TK::Enum, "Color"), llvm::json::Value(0))};
  M.Classes.push_back(Shape);
  M.Constants = {
      constant("VERSION", t(TK::StringView), llvm::json::Value("1.2"))};
  Class Plain;
  Plain.JsName = "Plain";
  Plain.CppName = "::Plain";
  Plain.DeleteSymbol = "__wasmport_delete_5Plain";
  Class Circle;
  Circle.JsName = "Circle";
  Circle.CppName = "::Circle";
  Circle.DeleteSymbol = "__wasmport_delete_6Circle";
  Circle.Base = "Shape";
  M.Classes.push_back(Circle);
  M.Classes.push_back(Plain);

  Function Greet = fn(FK::Free, "greet", "__wasmport_fn_5greet",
                      {{"name", t(TK::StringView)}}, t(TK::String));
  Greet.Doc = "Says hello.\nTwice.";
  Greet.ReturnsDoc = "the\ngreeting";
  Greet.Params[0].Doc = "who\nto greet";
  M.Functions.push_back(Greet);
  Type Callback = t(TK::Function, "",
                    {t(TK::Void), t(TK::I32),
                     t(TK::Optional, "", {t(TK::String)}), t(TK::JsValue)});
  M.Functions.push_back(
      fn(FK::Free, "paint", "__wasmport_fn_5paint",
         {{"c", t(TK::Enum, "Color")},
          {"p", t(TK::Value, "Point")},
          {"v", t(TK::Vector, "", {t(TK::I32)})},
          {"s", t(TK::Span, "", {t(TK::F32)})},
          {"m", t(TK::SpanMut, "", {t(TK::U8)})},
          {"o", t(TK::Optional, "", {t(TK::String)})},
          {"r", t(TK::ClassRef, "Shape")},
          {"q", t(TK::ClassPtr, "Circle")},
          {"u", t(TK::UniquePtr, "Circle")},
          {"h", t(TK::SharedPtr, "Shape")},
          {"cb", Callback},
          {"pr", t(TK::Promise, "", {t(TK::Optional, "", {t(TK::I32)})})},
          {"d", t(TK::JsValue, "Intl.Collator")},
          {"", t(TK::CString)}},
         t(TK::Expected, "",
           {t(TK::Vector, "", {t(TK::Value, "Point")}), t(TK::String)})));
  M.Functions.push_back(fn(FK::Free, "later", "__wasmport_fn_5later", {},
                           t(TK::Promise, "", {t(TK::Void)})));

  using IK = ImportKind;
  using IF = ImportForm;
  M.Imports = {
      imp(IK::Function, IF::Global, "alert", "", "__wasmport_import_a",
          {{"m", t(TK::CString)}}, t(TK::Void)),
      imp(IK::Function, IF::Path, "console.log", "", "__wasmport_import_b",
          {{"m", t(TK::String)}, {"f", Callback}}, Callback),
      imp(IK::Function, IF::Module, "default", "", "__wasmport_import_c",
          {{"a", t(TK::I32)}},
          t(TK::Expected, "", {t(TK::I32), t(TK::JsValue)})),
      imp(IK::Constructor, IF::Global, "Date", "", "__wasmport_import_d",
          {{"ms", t(TK::F64)}}, t(TK::JsValue, "Date")),
      imp(IK::Method, IF::Global, "Date", "delete", "__wasmport_import_e", {},
          t(TK::F64)),
      imp(IK::Static, IF::Global, "Date", "now", "__wasmport_import_f", {},
          t(TK::Promise, "", {t(TK::JsValue)})),
      imp(IK::Getter, IF::Global, "Date", "year", "__wasmport_import_g", {},
          t(TK::I32)),
      imp(IK::Setter, IF::Global, "Date", "year", "__wasmport_import_h",
          {{"y", t(TK::I32)}}, t(TK::Void))};
  M.Imports[2].Module = "./m.js";
  M.Imports[4].Const = true;

  M.Starts.push_back(
      fn(FK::Start, "", "__wasmport_start__Z5setupv", {}, t(TK::Void)));
  M.Starts.back().CppName = "::setup";
  return M;
}

/// The error verify() gives once Change is applied to valid(); "" if none.
std::string errorAfter(const std::function<void(Manifest &)> &Change) {
  Manifest M = valid();
  Change(M);
  if (llvm::Error E = verify(M))
    return llvm::toString(std::move(E));
  return "";
}

Function &paint(Manifest &M) { return M.Functions[1]; }
Class &shape(Manifest &M) { return M.Classes[0]; }

TEST(Verify, ValidManifestPasses) {
  EXPECT_EQ(errorAfter([](Manifest &) {}), "");
  EXPECT_EQ(errorAfter([](Manifest &M) { M = Manifest(); }), "");
  // What the reader makes of its JSON form passes too.
  llvm::Expected<Manifest> Back = parseManifest(toJSONText(valid()));
  ASSERT_TRUE(bool(Back)) << llvm::toString(Back.takeError());
  EXPECT_FALSE(bool(verify(*Back)));
}

//===----------------------------------------------------------------------===//
// Names
//===----------------------------------------------------------------------===//

TEST(VerifyNames, ExportsAreIdentifiersButNoReservedWord) {
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Functions[0].JsName = "delete"; }),
            "function 'delete': 'delete' is a JavaScript reserved word, which "
            "cannot be an export's name");
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Functions[0].JsName = "a b"; }),
            "function 'a b': 'a b' is not a JavaScript identifier (ASCII "
            "letters, digits, '_' and '$', not starting with a digit)");
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Enums[1].JsName = "1st"; }),
            "enum '1st': '1st' is not a JavaScript identifier (ASCII letters, "
            "digits, '_' and '$', not starting with a digit)");
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Values[2].JsName = "interface"; }),
            "value struct 'interface': 'interface' is a JavaScript reserved "
            "word, which cannot be an export's name");
}

TEST(VerifyNames, ExportsAreNoneOfTheModuleNamespacesNames) {
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Functions[0].JsName = "then"; }),
            "function 'then': 'then' would make the module namespace thenable "
            "(await import() would call it), so it cannot be an export's name");
  // `default` is a reserved word, reported as such.
  for (const char *Name : {"init", "initSync", "memory", "__wasmport",
                           "__wasmport_x", "InitInput", "__esModule"})
    EXPECT_EQ(errorAfter([&](Manifest &M) { M.Classes[2].JsName = Name; }),
              std::string("class '") + Name + "': '" + Name +
                  "' is a name the generated module keeps for itself "
                  "(default, init, initSync, memory, __wasmport, InitInput, "
                  "SyncInitInput, __esModule, __wasmport_...), so it cannot "
                  "be an export's name");
}

TEST(VerifyNames, MembersAreIdentifiersButNoReservedMemberName) {
  // Members may be reserved words (`obj.delete()`), but not these.
  EXPECT_EQ(
      errorAfter([](Manifest &M) { shape(M).Methods[0].JsName = "prototype"; }),
      "method 'Shape.prototype': 'prototype' is a name JavaScript or the "
      "generated class keeps for itself (constructor, prototype, free, "
      "__proto__, then, __wasmport_...), so it cannot be a member's name");
  EXPECT_EQ(
      errorAfter([](Manifest &M) { M.Values[0].Fields[0].Name = "free"; }),
      "field 'Point.free': 'free' is a name JavaScript or the generated "
      "class keeps for itself (constructor, prototype, free, __proto__, "
      "then, __wasmport_...), so it cannot be a member's name");
  EXPECT_EQ(errorAfter([](Manifest &M) { shape(M).Methods[3].JsName = "a.b"; }),
            "getter 'Shape.a.b': 'a.b' is not a JavaScript identifier (ASCII "
            "letters, digits, '_' and '$', not starting with a digit)");
}

TEST(VerifyNames, Enumerators) {
  EXPECT_EQ(
      errorAfter(
          [](Manifest &M) { M.Enums[0].Enumerators[0].Name = "__proto__"; }),
      "enumerator 'Color.__proto__': '__proto__' would set the enum object's "
      "prototype, so it cannot name an enumerator");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              M.Enums[0].Enumerators[0].Name = "a\xC2\xA0"
                                               "b";
            }),
            "enumerator 'Color.a\xC2\xA0"
            "b': 'a\xC2\xA0"
            "b' is not an identifier "
            "(letters, digits, '_' and '$', not starting with a digit)");
  EXPECT_EQ(
      errorAfter([](Manifest &M) { M.Enums[0].Enumerators[1].Name = "red"; }),
      "enum 'Color' has two enumerators named 'red'");
  EXPECT_EQ(
      errorAfter(
          [](Manifest &M) { M.Enums[1].Enumerators[1].String = "fast"; }),
      "enum 'Mode' has two enumerators with the string 'fast'; JS tells them "
      "apart by it");
  EXPECT_EQ(
      errorAfter([](Manifest &M) { M.Enums[1].Enumerators[1].String = ""; }),
      "enumerator 'Mode.slow' of a string-valued enum has no string");
}

TEST(VerifyNames, NoTwoExportsShareAName) {
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Enums[1].JsName = "Shape"; }),
            "two exports are named 'Shape' in JS: class shape.h:3:7 and enum "
            "mode.h:4:12; rename one with [[wasmport::export(\"otherName\")]]");
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Functions[1].JsName = "Shape"; }),
            "two exports are named 'Shape' in JS: function v.cpp:1:1 and "
            "class shape.h:3:7; rename one with "
            "[[wasmport::export(\"otherName\")]]");
}

TEST(VerifyOverloads, OwnOverloadsMustBeDistinguishable) {
  // Overloads JS tells apart (a string and an enum, ...) are one function.
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Functions[1].JsName = "greet"; }),
            "");
  auto Twin = [](Manifest &M) {
    M.Functions[1].JsName = "greet";
    M.Functions[1].Params = M.Functions[0].Params;
  };
  EXPECT_EQ(errorAfter(Twin),
            "the overloads of function 'greet': the overload v.cpp:1:1 and "
            "the one v.cpp:1:1"
            " could accept the same JS arguments; only foreign overloads (from "
            "code the user cannot edit) may, and are then tried in "
            "declaration order");
  // Foreign overloads are tried in declaration order.
  EXPECT_EQ(errorAfter([&](Manifest &M) {
              Twin(M);
              M.Functions[0].Foreign = M.Functions[1].Foreign = true;
            }),
            "");
  // A default argument counts: greet(name) and greet(name, n = 1).
  EXPECT_EQ(errorAfter([](Manifest &M) {
              M.Functions[1].JsName = "greet";
              M.Functions[1].Params = M.Functions[0].Params;
              M.Functions[1].Params.push_back({"n", t(TypeKind::I32)});
              M.Functions[1].Params.back().Optional = true;
            }),
            "the overloads of function 'greet': the overload v.cpp:1:1 and "
            "the one v.cpp:1:1"
            " could accept the same JS arguments; only foreign overloads (from "
            "code the user cannot edit) may, and are then tried in "
            "declaration order");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              M.Functions[0].Params.push_back({"n", t(TypeKind::I32)});
              M.Functions[0].Params[0].Optional = true;
            }),
            "function 'greet': parameter 'n' has no default argument "
            "but follows one that has; only trailing parameters are "
            "optional");
}

TEST(VerifyNames, NoTwoMembersShareANameButAProperty) {
  EXPECT_EQ(
      errorAfter([](Manifest &M) { shape(M).Methods[0].JsName = "size"; }),
      "class 'Shape' has two members named 'size' in JS, a method and a "
      "getter; rename one with [[wasmport::export(\"otherName\")]] (a "
      "property is one getter and at most one setter)");
  EXPECT_EQ(
      errorAfter([](Manifest &M) { shape(M).Methods[5].JsName = "size"; }),
      "class 'Shape' has two members named 'size' in JS, a getter and a "
      "field getter; rename one with [[wasmport::export(\"otherName\")]] "
      "(a property is one getter and at most one setter)");
  EXPECT_EQ(
      errorAfter([](Manifest &M) { shape(M).Methods[2].JsName = "area"; }),
      "the overloads of 'Shape.area': the overload v.cpp:1:1 and the one "
      "v.cpp:1:1"
      " could accept the same JS arguments; only foreign overloads (from "
            "code the user cannot edit) may, and are then tried in "
            "declaration order");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              shape(M).Methods.erase(shape(M).Methods.begin() + 3);
            }),
            "property 'Shape.size' has a setter but no getter");
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Values[0].Fields[1].Name = "x"; }),
            "value struct 'Point' has two fields named 'x'");
}

//===----------------------------------------------------------------------===//
// Strings
//===----------------------------------------------------------------------===//

TEST(VerifyStrings, NoControlCharacters) {
  EXPECT_EQ(errorAfter([](Manifest &M) {
              M.Functions[0].Doc = "a\x01"
                                   "b";
            }),
            "function 'greet': the doc comment holds the control character "
            "'\\x01', which no manifest string may hold (a doc string may "
            "hold line breaks)");
  EXPECT_EQ(errorAfter([](Manifest &M) { shape(M).Doc = "\x02"; }),
            "class 'Shape': the doc comment holds the control character "
            "'\\x02', which no manifest string may hold (a doc string may "
            "hold line breaks)");
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Functions[0].Doc = "a\tb"; }),
            "function 'greet': the doc comment holds the control character "
            "'\\t', which no manifest string may hold (a doc string may hold "
            "line breaks)");
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Functions[0].JsName = "g\n"; }),
            "function 'g\\n': the JS name holds the control character '\\n', "
            "which no manifest string may hold (a doc string may hold line "
            "breaks)");
  EXPECT_EQ(
      errorAfter([](Manifest &M) { paint(M).Params[0].Ty.Cpp = "int\x7f"; }),
      "function 'paint': the C++ spelling of parameter 'c' holds the "
      "control character '\\x7f', which no manifest string may hold (a "
      "doc string may hold line breaks)");
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Imports[2].Module = "./m\x1b.js"; }),
            "import 'default from \"./m\\x1b.js\"': the module specifier "
            "holds the control character '\\x1b', which no manifest string "
            "may hold (a doc string may hold line breaks)");
  // A string-valued enum's strings are data, which the printers escape.
  EXPECT_EQ(errorAfter([](Manifest &M) {
              M.Enums[1].Enumerators[0].String = "a\n\x01\x7f";
            }),
            "");
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Starts[0].Loc.File = "a\rb.cpp"; }),
            "start function '::setup': the file name of its location holds "
            "the control character '\\r', which no manifest string may hold "
            "(a doc string may hold line breaks)");
  EXPECT_EQ(errorAfter([](Manifest &M) { shape(M).Methods[0].Symbol += '\0'; }),
            "method 'Shape.area': the symbol holds the control character "
            "'\\x00', which no manifest string may hold (a doc string may "
            "hold line breaks)");
}

//===----------------------------------------------------------------------===//
// Kinds in each position and type arguments
//===----------------------------------------------------------------------===//

TEST(VerifyKinds, EachPositionHoldsItsKinds) {
  EXPECT_EQ(errorAfter(
                [](Manifest &M) { paint(M).Params[0].Ty = t(TypeKind::Void); }),
            "function 'paint': parameter 'c' is a void, which cannot be a "
            "parameter of an export (valid there: numbers, string, "
            "string_view, cstring, class_ref, class_ptr, class_value, "
            "unique_ptr, shared_ptr, enum, value, vector, span, span_mut, "
            "optional, map, set, jsvalue, function, promise)");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              M.Imports[0].Params[0].Ty = t(TypeKind::SharedPtr, "C", {});
            }),
            "import 'alert': parameter 'm' is a shared_ptr, which cannot be a "
            "parameter of an import (valid there: numbers, string, "
            "string_view, cstring, class_ref, class_ptr, class_value, "
            "unique_ptr, enum, value, vector, span, optional, map, set, jsvalue, "
            "function, promise)");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              M.Imports[0].Result = t(TypeKind::Span, "", {t(TypeKind::I32)});
            }),
            "import 'alert': the result is a span, which cannot be the result "
            "of an import (valid there: void, numbers, string, class_value, "
            "unique_ptr, enum, value, vector, optional, map, set, jsvalue, function, "
            "promise, expected)");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              M.Values[0].Fields[0].Ty = t(TypeKind::StringView);
            }),
            "field 'Point.x': its type is a string_view, which cannot be "
            "inside a vector, optional or value struct (valid there: numbers, "
            "string, class_value, unique_ptr, shared_ptr, enum, value, "
            "vector, optional, map, set, jsvalue, function, promise)");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              paint(M).Params[2].Ty.Args[0] =
                  t(TypeKind::Optional, "", {t(TypeKind::ClassRef, "Shape")});
            }),
            "function 'paint': parameter 'v' holds a class_ref, which cannot "
            "be inside a vector, optional or value struct (valid there: "
            "numbers, string, class_value, unique_ptr, shared_ptr, enum, "
            "value, vector, optional, map, set, jsvalue, function, promise)");
  // A function inside what C++ gives JS (here through a value struct's
  // field) would have no owner.
  EXPECT_EQ(errorAfter([](Manifest &M) {
              M.Values[0].Fields[0].Ty =
                  t(TypeKind::Function, "", {t(TypeKind::Void)});
              M.Imports[0].Params[0].Ty =
                  t(TypeKind::Vector, "", {t(TypeKind::Value, "Point", {})});
            }),
            "import 'alert': parameter 'm' holds a function inside a vector, "
            "optional, map or value struct; those cross from JS to C++ only "
            "(export parameters, import results)");
  EXPECT_EQ(
      errorAfter([](Manifest &M) { paint(M).Params[0].Ty = paint(M).Result; }),
      "function 'paint': parameter 'c' is an expected, which cannot be "
      "a parameter of an export (valid there: numbers, string, "
      "string_view, cstring, class_ref, class_ptr, class_value, "
      "unique_ptr, shared_ptr, enum, value, vector, span, span_mut, "
      "optional, map, set, jsvalue, function, promise)");
  EXPECT_EQ(
      errorAfter([](Manifest &M) { paint(M).Result = paint(M).Params[10].Ty; }),
      "function 'paint': the result is a function; functions cross from "
      "C++ to JS only as arguments (or a wasmport::Closure's value())");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              paint(M).Params[3].Ty.Args[0] = t(TypeKind::Bool);
            }),
            "function 'paint': parameter 's' is a span of bool; spans hold "
            "numbers other than bool");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              paint(M).Params[11].Ty.Args[0] = t(TypeKind::ClassValue, "Shape");
            }),
            "function 'paint': parameter 'pr' is a promise of class_value, "
            "which is not a type a promise can settle with (void, numbers, "
            "string, jsvalue, or an optional of a number or string)");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              paint(M).Params[10].Ty.Args[2] =
                  t(TypeKind::Vector, "", {t(TypeKind::I32)});
            }),
            "function 'paint': parameter 'cb' holds a vector, which cannot be "
            "a parameter in a function type's signature (valid there: "
            "numbers, string, string_view, cstring, optional, jsvalue, "
            "function, promise)");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              paint(M).Params[10].Ty.Args[1] = t(TypeKind::Void);
            }),
            "function 'paint': parameter 'cb' holds a void, which cannot be a "
            "parameter in a function type's signature (valid there: numbers, "
            "string, string_view, cstring, optional, jsvalue, function, "
            "promise)");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              paint(M).Result.Args[1] = t(TypeKind::I32);
            }),
            "function 'paint': the result holds an i32, which cannot be the "
            "error type of an export's std::expected (valid there: string, "
            "string_view, cstring, enum, value, jsvalue)");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              M.Imports[2].Result.Args[0] =
                  t(TypeKind::Function, "", {t(TypeKind::Void)});
            }),
            "import 'default from \"./m.js\"': the result holds a function, "
            "which cannot be the value type of an import's std::expected "
            "(valid there: void, numbers, string, jsvalue)");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              M.Imports[2].Result.Args[1] = t(TypeKind::String);
            }),
            "import 'default from \"./m.js\"': the result holds a string, "
            "which cannot be the error type of an import's std::expected "
            "(valid there: jsvalue)");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              Type Nested = paint(M).Result;
              paint(M).Result.Args[0] = Nested;
            }),
            "function 'paint': the result holds an expected, which cannot be "
            "the value type of an export's std::expected (valid there: void, "
            "numbers, string, string_view, cstring, class_ref, class_ptr, "
            "class_value, unique_ptr, shared_ptr, enum, value, vector, span, "
            "span_mut, optional, map, set, jsvalue, promise)");
}

TEST(VerifyKinds, EachKindHasItsTypeArguments) {
  EXPECT_EQ(errorAfter([](Manifest &M) { paint(M).Params[2].Ty.Args.clear(); }),
            "function 'paint': parameter 'v' is a vector with no type "
            "arguments; a vector has one (its element type)");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              paint(M).Params[5].Ty.Args.push_back(t(TypeKind::I32));
            }),
            "function 'paint': parameter 'o' is an optional with 2 type "
            "arguments; an optional has one (its element type)");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              M.Functions[0].Result.Args.push_back(t(TypeKind::I32));
            }),
            "function 'greet': the result is a string with 1 type argument; "
            "a string has none");
  EXPECT_EQ(errorAfter([](Manifest &M) { paint(M).Result.Args.pop_back(); }),
            "function 'paint': the result is an expected with 1 type "
            "argument; an expected has two (its value and error types)");
  EXPECT_EQ(
      errorAfter([](Manifest &M) { paint(M).Params[10].Ty.Args.clear(); }),
      "function 'paint': parameter 'cb' is a function type without its "
      "result type; a function type's arguments are its result, then "
      "its parameters");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              paint(M).Params[11].Ty.Args[0].Args.clear();
            }),
            "function 'paint': parameter 'pr' holds an optional with no type "
            "arguments; an optional has one (its element type)");
}

//===----------------------------------------------------------------------===//
// References between entities
//===----------------------------------------------------------------------===//

TEST(VerifyReferences, TypesNameEntitiesOfTheManifest) {
  EXPECT_EQ(
      errorAfter([](Manifest &M) { paint(M).Params[6].Ty.Class = "Square"; }),
      "function 'paint': parameter 'r' uses the class 'Square', which "
      "the manifest does not define");
  EXPECT_EQ(
      errorAfter([](Manifest &M) { paint(M).Params[0].Ty.Class = "Point"; }),
      "function 'paint': parameter 'c' uses the enum 'Point', which the "
      "manifest does not define");
  EXPECT_EQ(
      errorAfter([](Manifest &M) { M.Values[1].Fields[0].Ty.Class = "Shape"; }),
      "field 'Path.from': its type uses the value struct 'Shape', which "
      "the manifest does not define");
  EXPECT_EQ(errorAfter([](Manifest &M) { paint(M).Params[6].Ty.Class = ""; }),
            "function 'paint': parameter 'r' is a class_ref that names no "
            "class; a class_ref names the class by its JS name");
  EXPECT_EQ(
      errorAfter([](Manifest &M) { M.Functions[0].Result.Class = "Shape"; }),
      "function 'greet': the result is a string naming the class "
      "'Shape'; only class, enum, value and jsvalue types name one");
  EXPECT_EQ(
      errorAfter([](Manifest &M) { paint(M).Params[12].Ty.Class = "Intl..C"; }),
      "function 'paint': parameter 'd' is a jsvalue of the imported "
      "class 'Intl..C', which is not a path of JavaScript identifiers "
      "joined by dots");
}

TEST(VerifyReferences, BasesExistWithoutCycles) {
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Classes[1].Base = "Square"; }),
            "class 'Circle' extends 'Square', which is not in the module's "
            "wasmport section; link the object that exports 'Square'");
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Classes[1].Base = "Circle"; }),
            "class 'Circle' extends itself");
  EXPECT_EQ(errorAfter([](Manifest &M) { shape(M).Base = "Circle"; }),
            "class 'Shape' extends itself (through 'Circle')");
}

TEST(VerifyReferences, NoValueStructContainsItself) {
  EXPECT_EQ(
      errorAfter([](Manifest &M) {
        M.Values[0].Fields.push_back(
            {"self", t(TypeKind::Optional, "", {t(TypeKind::Value, "Point")})});
      }),
      "value struct 'Point' contains itself (other than through a "
      "vector)");
  EXPECT_EQ(
      errorAfter([](Manifest &M) {
        M.Values[0].Fields.push_back({"path", t(TypeKind::Value, "Path")});
      }),
      "value struct 'Point' contains itself (other than through a "
      "vector)");
}

//===----------------------------------------------------------------------===//
// Shapes of functions and imports, symbols
//===----------------------------------------------------------------------===//

TEST(VerifyShapes, FunctionKinds) {
  EXPECT_EQ(errorAfter([](Manifest &M) {
              shape(M).Methods[3].Params = {{"x", t(TypeKind::I32)}};
            }),
            "getter 'Shape.size' takes 1 parameter and returns an f64; a "
            "getter takes no parameters and returns a value");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              shape(M).Methods[5].Result = t(TypeKind::Void);
            }),
            "field getter 'Shape.id' takes no parameters and returns a void; "
            "a field getter takes no parameters and returns a value");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              shape(M).Methods[6].Result = t(TypeKind::I32);
            }),
            "field setter 'Shape.id' takes 1 parameter and returns an i32; a "
            "field setter takes one parameter and returns void");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              M.Starts[0].Params = {{"x", t(TypeKind::I32)}};
            }),
            "start function '::setup' takes 1 parameter and returns a void; a "
            "start function is void()");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              shape(M).Methods.push_back(shape(M).Constructors[0]);
            }),
            "class 'Shape' lists a constructor 'constructor' among its "
            "methods, which hold methods, static methods and accessors");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              shape(M).Constructors.push_back(shape(M).Methods[0]);
            }),
            "class 'Shape' lists a method 'area' among its constructors, which "
            "hold only constructors");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              M.Functions[0].Kind = FunctionKind::Static;
            }),
            "the manifest's functions list a static method 'greet'; it holds "
            "free functions (kind 'function')");
  EXPECT_EQ(
      errorAfter([](Manifest &M) { M.Starts[0].Kind = FunctionKind::Free; }),
      "the manifest's start functions list a function ''; they hold "
      "start functions (kind 'start')");
  EXPECT_EQ(
      errorAfter([](Manifest &M) { shape(M).Constructors[1].Params = {}; }),
      "the constructors of class 'Shape': the overload v.cpp:1:1 and the "
      "one v.cpp:1:1"
      " could accept the same JS arguments; only foreign overloads (from "
            "code the user cannot edit) may, and are then tried in "
            "declaration order");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              shape(M).Constructors[0].Result =
                  t(TypeKind::ClassValue, "Circle");
            }),
            "constructor of class 'Shape' taking no parameters: its result is "
            "a class_value of 'Circle'; a constructor's result is its class "
            "by value (class_value of 'Shape')");
}

TEST(VerifyShapes, ImportKindsAndForms) {
  EXPECT_EQ(errorAfter([](Manifest &M) {
              M.Imports[6].Params = {{"x", t(TypeKind::I32)}};
            }),
            "import 'Date.prototype.year' takes 1 parameter and returns an "
            "i32; a getter import takes no parameters and returns a value");
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Imports[7].Params.clear(); }),
            "import 'Date.prototype.year' takes no parameters and returns a "
            "void; a setter import takes one parameter and returns void");
  EXPECT_EQ(
      errorAfter([](Manifest &M) { M.Imports[3].Result = t(TypeKind::I32); }),
      "import 'new Date' returns an i32; a constructor import returns a "
      "jsvalue");
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Imports[4].Member = ""; }),
            "import 'Date.prototype.': the member name '' of a method import "
            "is not a JavaScript identifier");
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Imports[0].Member = "x"; }),
            "import 'alert' names the member 'x'; a function import names "
            "none");
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Imports[5].Const = true; }),
            "import 'Date.now' is const; only method, getter and setter "
            "imports are");
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Imports[1].Name = "console"; }),
            "import 'console': 'console' is not a path of JavaScript "
            "identifiers joined by dots (one identifier is the form 'global')");
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Imports[0].Name = "a.b"; }),
            "import 'a.b': 'a.b' is not a JavaScript identifier, as a global's "
            "name is (a path of several is the form 'path')");
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Imports[2].Module = "./m.js\";x"; }),
            "import 'default from \"./m.js\";x\"': the module specifier "
            "'./m.js\";x' is empty or holds quotes, backslashes or line "
            "breaks, which cannot go verbatim between quotes");
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Imports[0].Module = "./m.js"; }),
            "import 'alert' names the module './m.js'; only an import of form "
            "'module' names one");
}

// What verify() refuses survives the JSON form, so that a manifest read back
// is refused the same way (the manifest fuzzer found a module on a global
// import dropped by the writer).
TEST(VerifyShapes, RefusalsSurviveAJSONRoundTrip) {
  Manifest M = valid();
  M.Imports[0].Module = "./m.js";
  llvm::Expected<Manifest> Back = parseManifest(toJSONText(M));
  ASSERT_TRUE(bool(Back)) << llvm::toString(Back.takeError());
  llvm::Error E = verify(*Back);
  ASSERT_TRUE(bool(E));
  EXPECT_EQ(llvm::toString(std::move(E)),
            "import 'alert' names the module './m.js'; only an import of form "
            "'module' names one");
}

TEST(VerifyShapes, Symbols) {
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Functions[0].Symbol = ""; }),
            "function 'greet' has an empty symbol; each export names the wasm "
            "export of its thunk");
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Functions[0].Symbol = "f();x"; }),
            "function 'greet': its symbol 'f();x' is not a JavaScript "
            "identifier, as the wasm export names that wasmport generates are");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              M.Classes[1].DeleteSymbol = "__wasmport_fn_5greet";
            }),
            "class 'Circle' has the symbol '__wasmport_fn_5greet', which "
            "function 'greet' has too; each export has its own symbol");
  EXPECT_EQ(errorAfter([](Manifest &M) {
              M.Imports[1].Symbol = "__wasmport_import_a";
            }),
            "import 'console.log' has the symbol '__wasmport_import_a', which "
            "import 'alert' has too; each import has its own symbol");
}

TEST(VerifyShapes, Constants) {
  using TK = TypeKind;
  auto Set = [](size_t I, Type Ty, llvm::json::Value V) {
    return [=](Manifest &M) {
      shape(M).Constants[I].Ty = Ty;
      shape(M).Constants[I].Value = V;
    };
  };
  EXPECT_EQ(errorAfter(Set(1, t(TK::I8), llvm::json::Value(128))),
            "constant 'Shape.MIN' of type 'i8' has a value that is not an "
            "integer from -128 to 127");
  EXPECT_EQ(errorAfter(Set(1, t(TK::U32), llvm::json::Value(-1))),
            "constant 'Shape.MIN' of type 'u32' has a value that is not an "
            "integer from 0 to 4294967295");
  EXPECT_EQ(errorAfter(Set(0, t(TK::U64), llvm::json::Value(-1))),
            "constant 'Shape.MAX' of type 'u64' has a value that is not an "
            "integer from 0 to 2^64-1");
  EXPECT_EQ(errorAfter(Set(2, t(TK::F32), llvm::json::Value(0.1))),
            "constant 'Shape.EPS' of type 'f32' has a value that is not a "
            "float (it cannot be represented exactly in 32 bits)");
  EXPECT_EQ(errorAfter(Set(3, t(TK::F64), llvm::json::Value("nan"))),
            "constant 'Shape.NONE' of type 'f64' has a value that is not a "
            "number or one of \"NaN\", \"Infinity\", \"-Infinity\", \"-0\"");
  EXPECT_EQ(errorAfter(Set(4, t(TK::Bool), llvm::json::Value(1))),
            "constant 'Shape.ON' of type 'bool' has a value that is not true "
            "or false");
  EXPECT_EQ(errorAfter(Set(5, t(TK::CString), llvm::json::Value(nullptr))),
            "constant 'Shape.TAG' of type 'cstring' has a value that is not a "
            "string");
  EXPECT_EQ(errorAfter(Set(6, t(TK::Enum, "Color"), llvm::json::Value(7))),
            "constant 'Shape.MODE' of type 'enum' has a value that is not the "
            "value of an enumerator of enum 'Color'");
  EXPECT_EQ(errorAfter(Set(5, t(TK::String), llvm::json::Value("x"))),
            "constant 'Shape.TAG' has the type 'string'; a constant is a bool, "
            "a number, a string_view or cstring, or an enum");
  // Names: among the statics, and among the module's exports.
  EXPECT_EQ(errorAfter([](Manifest &M) { shape(M).Constants[0].JsName = "make"; }),
            "class 'Shape' has two static members named 'make' in JS; rename "
            "one with [[wasmport::export(\"otherName\")]]");
  EXPECT_EQ(errorAfter([](Manifest &M) { shape(M).Constants[0].JsName = "prototype"; }),
            "constant 'Shape.prototype': 'prototype' is a name JavaScript or "
            "the generated class keeps for itself (constructor, prototype, "
            "free, __proto__, then, __wasmport_...), so it cannot be a "
            "member's name");
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Constants[0].JsName = "greet"; }),
            "two exports are named 'greet' in JS: function v.cpp:1:1 and "
            "constant v.cpp:3:1; rename one with "
            "[[wasmport::export(\"otherName\")]]");
  EXPECT_EQ(errorAfter([](Manifest &M) { M.Constants[0].JsName = "then"; }),
            "constant 'then': 'then' would make the module namespace thenable "
            "(await import() would call it), so it cannot be an export's name");
}

TEST(VerifyShapes, Enums) {
  EXPECT_EQ(
      errorAfter([](Manifest &M) { M.Enums[0].Underlying = TypeKind::I64; }),
      "enum 'Color' has the underlying kind 'i64'; an enum's is an "
      "integer kind of at most 32 bits (i8, u8, i16, u16, i32, u32)");
  EXPECT_EQ(
      errorAfter([](Manifest &M) { M.Enums[0].Enumerators[1].Value = 256; }),
      "enumerator 'Color.gr\xC3\xBCn' has the value 256, which a u8 "
      "cannot hold (0 to 255)");
}

} // namespace

// A class C++ owns (its destructor is not public): no delete symbol, no
// constructors, no virtuals, and no type holds it by value or in a
// std::unique_ptr.
TEST(VerifyShapes, ClassesCppOwns) {
  auto Own = [](Class &C) {
    C.CppOwned = true;
    C.DeleteSymbol.clear();
    C.Constructors.clear();
  };
  EXPECT_EQ(errorAfter([&](Manifest &M) {
              Own(M.Classes[2]);
              M.Classes[2].DeleteSymbol = "__wasmport_delete_5Plain";
            }),
            "class 'Plain' is owned by C++ but has the delete symbol "
            "'__wasmport_delete_5Plain'; JS destroys no object of a class "
            "C++ owns");
  EXPECT_EQ(errorAfter([&](Manifest &M) {
              Function Ctor = M.Classes[0].Constructors.front();
              Own(M.Classes[0]);
              M.Classes[0].Constructors.push_back(Ctor);
            }),
            "class 'Shape' is owned by C++ but has constructors; JS makes no "
            "object of a class C++ owns");
  EXPECT_EQ(errorAfter([&](Manifest &M) { Own(M.Classes[1]); }),
            "function 'paint': parameter 'u' is a unique_ptr of 'Circle', "
            "whose objects C++ owns; they cross only as class_ref or "
            "class_ptr");
  // Plain is used only as a reference: C++ may own it.
  EXPECT_EQ(errorAfter([&](Manifest &M) { Own(M.Classes[2]); }), "");
}

TEST(VerifyKinds, MapAndSetKeysAreBoolIntegersStringsOrEnums) {
  auto MapOf = [](TypeKind K, TypeKind V) {
    Type Map = t(TypeKind::Map);
    Map.Args = {t(K), t(V)};
    return Map;
  };
  EXPECT_EQ(errorAfter([&](Manifest &M) {
              paint(M).Params[2].Ty = MapOf(TypeKind::F64, TypeKind::I32);
            }),
            "function 'paint': parameter 'v' is a map with an f64 key; keys "
            "are bool, integers, string or enums");
  EXPECT_EQ(errorAfter([&](Manifest &M) {
              Type Set = t(TypeKind::Set);
              Set.Args = {MapOf(TypeKind::I32, TypeKind::I32)};
              paint(M).Params[2].Ty = Set;
            }),
            "function 'paint': parameter 'v' is a set with a map element; "
            "keys are bool, integers, string or enums");
  EXPECT_EQ(errorAfter([&](Manifest &M) {
              paint(M).Params[2].Ty = MapOf(TypeKind::String, TypeKind::I32);
              paint(M).Params[2].Ty.Args.pop_back();
            }),
            "function 'paint': parameter 'v' is a map with 1 type argument; "
            "a map has two (its key and value types)");
  // A valid map of vectors is accepted.
  EXPECT_EQ(errorAfter([&](Manifest &M) {
              Type Map = MapOf(TypeKind::String, TypeKind::I32);
              Map.Args[1] = paint(M).Params[2].Ty;
              paint(M).Params[2].Ty = Map;
            }),
            "");
}
