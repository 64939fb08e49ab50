//===- Verify.cpp - What a valid manifest is ------------------------------===//
//
// One pass over a manifest, in manifest order: each entity's strings, names,
// shape and types (whose references are looked up in tables of the
// manifest's classes, enums and value structs, made first), then the graphs
// (base classes, value structs containing value structs). The first
// violation is the result. The kinds valid in each position follow what the
// type classifier (lib/Frontend/TypeClassifier.cpp) gives each position;
// allowed() is the table, and messages list what it accepts.
//
//===----------------------------------------------------------------------===//
#include "Manifest/Verify.h"

#include "Manifest/Naming.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"

#include <functional>
#include <map>

using namespace llvm;

namespace wasmport::manifest {

namespace {

/// Text quoted for a message: 'Text', escaped.
std::string q(StringRef Text) { return "'" + escapeForMessage(Text) + "'"; }

Error fail(const Twine &Msg) {
  return createStringError(inconvertibleErrorCode(), Msg);
}

/// Where a type sits, which decides the kinds it may have.
enum class Position {
  ExportParam,     ///< A parameter of an exported function.
  ExportResult,    ///< The result of one.
  ImportParam,     ///< A parameter of an import.
  ImportResult,    ///< The result of one.
  Element,         ///< A vector's or optional's element, a field.
  SignatureParam,  ///< A parameter in a std::function's signature.
  SignatureResult, ///< The result in one.
  SignatureOption, ///< An optional's element in a signature.
  PromiseValue,    ///< What a wasmport::Promise settles with.
  ExportValue,     ///< The value type of an export's std::expected.
  ExportError,     ///< Its error type.
  ImportValue,     ///< The value type of an import's std::expected.
  ImportError,     ///< Its error type.
};

StringRef describe(Position P) {
  switch (P) {
  case Position::ExportParam: return "a parameter of an export";
  case Position::ExportResult: return "the result of an export";
  case Position::ImportParam: return "a parameter of an import";
  case Position::ImportResult: return "the result of an import";
  case Position::Element: return "inside a vector, optional or value struct";
  case Position::SignatureParam:
    return "a parameter in a function type's signature";
  case Position::SignatureResult:
    return "the result in a function type's signature";
  case Position::SignatureOption:
    return "an optional's element in a function type's signature";
  case Position::PromiseValue: return "the value of a promise";
  case Position::ExportValue:
    return "the value type of an export's std::expected";
  case Position::ExportError:
    return "the error type of an export's std::expected";
  case Position::ImportValue:
    return "the value type of an import's std::expected";
  case Position::ImportError:
    return "the error type of an import's std::expected";
  }
  return "";
}

/// Whether a type of kind K may sit at P. Every kind's element types are
/// checked in their own positions; std::expected only as a result.
bool allowed(TypeKind K, Position P) {
  bool Export = P == Position::ExportParam || P == Position::ExportResult;
  bool Import = P == Position::ImportParam || P == Position::ImportResult;
  bool Param = P == Position::ExportParam || P == Position::ImportParam;
  bool Signature = P == Position::SignatureParam ||
                   P == Position::SignatureResult ||
                   P == Position::SignatureOption;
  switch (P) {
  case Position::PromiseValue:
    return K == TypeKind::Void || typeGroup(K) == TypeGroup::Number ||
           K == TypeKind::String || K == TypeKind::JsValue ||
           K == TypeKind::Optional;
  case Position::ExportValue:
    return K != TypeKind::Expected && allowed(K, Position::ExportResult);
  case Position::ExportError:
    return typeGroup(K) == TypeGroup::String || K == TypeKind::Enum ||
           K == TypeKind::Value || K == TypeKind::JsValue;
  case Position::ImportValue:
    return K == TypeKind::Void || typeGroup(K) == TypeGroup::Number ||
           K == TypeKind::String || K == TypeKind::JsValue;
  case Position::ImportError:
    return K == TypeKind::JsValue;
  case Position::ExportParam:
  case Position::ExportResult:
  case Position::ImportParam:
  case Position::ImportResult:
  case Position::Element:
  case Position::SignatureParam:
  case Position::SignatureResult:
  case Position::SignatureOption:
    break;
  }
  switch (K) {
  case TypeKind::Void:
    return !Param && P != Position::Element &&
           P != Position::SignatureParam && P != Position::SignatureOption;
  case TypeKind::Bool:
  case TypeKind::I8:
  case TypeKind::U8:
  case TypeKind::I16:
  case TypeKind::U16:
  case TypeKind::I32:
  case TypeKind::U32:
  case TypeKind::I64:
  case TypeKind::U64:
  case TypeKind::F32:
  case TypeKind::F64:
  case TypeKind::String:
    return true;
  case TypeKind::StringView:
  case TypeKind::CString:
    return Export || P == Position::ImportParam || Signature;
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::Span:
  case TypeKind::SpanMut:
    return Export;
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
  case TypeKind::SharedPtr:
  case TypeKind::Enum:
  case TypeKind::Value:
  case TypeKind::Vector:
    return Export || P == Position::Element;
  case TypeKind::Optional:
    return Export || P == Position::Element || Signature;
  case TypeKind::JsValue:
  case TypeKind::Promise:
    return Export || Import || Signature;
  case TypeKind::Function:
    // A function returned to JS would have no owner.
    return P == Position::ExportParam || Import ||
           P == Position::SignatureParam || P == Position::SignatureResult;
  case TypeKind::Expected:
    return P == Position::ExportResult || P == Position::ImportResult;
  }
  return false;
}

/// The kinds allowed at P, for messages: "numbers" stands for bool and
/// every number kind.
std::string allowedList(Position P) {
  std::string Out;
  bool Numbers = true;
  for (TypeKind K : allTypeKinds())
    if (typeGroup(K) == TypeGroup::Number)
      Numbers &= allowed(K, P);
  for (TypeKind K : allTypeKinds()) {
    if (!allowed(K, P) || (Numbers && typeGroup(K) == TypeGroup::Number &&
                           K != TypeKind::Bool))
      continue;
    if (!Out.empty())
      Out += ", ";
    Out += Numbers && K == TypeKind::Bool ? StringRef("numbers")
                                          : typeKindName(K);
  }
  return Out;
}

/// How many type arguments kind K has; -1 for "at least one" (Function).
int typeArgCount(TypeKind K) {
  switch (K) {
  case TypeKind::Vector:
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::Optional:
  case TypeKind::Promise:
    return 1;
  case TypeKind::Expected:
    return 2;
  case TypeKind::Function:
    return -1;
  case TypeKind::Void:
  case TypeKind::Bool:
  case TypeKind::I8:
  case TypeKind::U8:
  case TypeKind::I16:
  case TypeKind::U16:
  case TypeKind::I32:
  case TypeKind::U32:
  case TypeKind::I64:
  case TypeKind::U64:
  case TypeKind::F32:
  case TypeKind::F64:
  case TypeKind::String:
  case TypeKind::StringView:
  case TypeKind::CString:
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
  case TypeKind::SharedPtr:
  case TypeKind::Enum:
  case TypeKind::Value:
  case TypeKind::JsValue:
    return 0;
  }
  return 0;
}

/// "a vector", "an i32".
std::string aKind(TypeKind K) {
  StringRef Name = typeKindName(K);
  bool Vowel = StringRef("aeio").contains(Name.front()) ||
               K == TypeKind::F32 || K == TypeKind::F64;
  return (Vowel ? "an " : "a ") + Name.str();
}

/// True for the accessor kinds that read a property.
bool isGetter(FunctionKind K) {
  return K == FunctionKind::Getter || K == FunctionKind::FieldGet;
}

bool hasMember(ImportKind K) {
  return K != ImportKind::Function && K != ImportKind::Constructor;
}

/// True for Name made of JS identifiers joined by single dots.
bool isDottedPath(StringRef Name) {
  SmallVector<StringRef, 4> Segments;
  Name.split(Segments, '.');
  return all_of(Segments, naming::isJSIdentifier);
}

/// C++ names of enumerators may hold non-ASCII letters (UTF-8), which JS
/// identifiers accept too, but none of the characters JS takes for white
/// space or line ends.
bool isEnumeratorName(StringRef Name) {
  auto Byte = [](unsigned char C) {
    return isAlnum(C) || C == '_' || C == '$' || C >= 0x80;
  };
  if (Name.empty() || isDigit(Name.front()) || !all_of(Name, Byte))
    return false;
  for (StringRef Space : {"\xC2\xA0", "\xE1\x9A\x80", "\xE2\x80\xA8",
                          "\xE2\x80\xA9", "\xE2\x80\xAF", "\xE2\x81\x9F",
                          "\xE3\x80\x80", "\xEF\xBB\xBF"})
    if (Name.contains(Space))
      return false;
  // U+2000 to U+200A.
  for (size_t I = Name.find("\xE2\x80"); I != StringRef::npos;
       I = Name.find("\xE2\x80", I + 1))
    if (I + 2 < Name.size() && (unsigned char)Name[I + 2] >= 0x80 &&
        (unsigned char)Name[I + 2] <= 0x8A)
      return false;
  return true;
}

/// The range of an enum's underlying kind.
std::pair<int64_t, int64_t> range(TypeKind K) {
  switch (K) {
  case TypeKind::I8: return {INT8_MIN, INT8_MAX};
  case TypeKind::U8: return {0, UINT8_MAX};
  case TypeKind::I16: return {INT16_MIN, INT16_MAX};
  case TypeKind::U16: return {0, UINT16_MAX};
  case TypeKind::I32: return {INT32_MIN, INT32_MAX};
  case TypeKind::U32: return {0, UINT32_MAX};
  default: return {0, -1}; // Not an underlying kind: nothing fits.
  }
}

std::string plural(size_t N, StringRef One) {
  if (N == 0)
    return "no " + One.str() + "s";
  return formatv("{0} {1}{2}", N, One, N == 1 ? "" : "s").str();
}

std::string at(const Location &L) {
  return formatv("{0}:{1}:{2}", escapeForMessage(L.File), L.Line, L.Column)
      .str();
}

class Verifier {
public:
  explicit Verifier(const Manifest &M) : M(M) {}
  Error run();

private:
  Error text(StringRef Text, const Twine &Entity, const Twine &What,
             bool Doc = false);
  Error location(const Location &L, const Twine &Entity);
  Error bindingName(StringRef Name, const Twine &Entity);
  Error memberName(StringRef Name, const Twine &Entity);
  Error topLevel(StringRef Name, StringRef What, const Location &L);
  Error exportSymbol(StringRef Symbol, const std::string &Entity);
  Error arity(const Type &T, const Twine &Entity, const std::string &Where,
              bool Nested);
  Error type(const Type &T, Position P, const Twine &Entity,
             const std::string &Where, bool Nested = false);
  Error function(const Function &F, const std::string &Entity,
                 const Class *Owner);
  Error members(const Class &C);
  Error import(const Import &I);
  Error enumeration(const Enum &E);
  Error value(const ValueStruct &V);
  Error bases();
  Error valueCycles();

  const Manifest &M;
  StringMap<const Class *> Classes;
  StringMap<const Enum *> Enums;
  StringMap<const ValueStruct *> Values;
  struct Owner {
    std::string What;
    Location Loc;
  };
  StringMap<Owner> TopLevel;
  StringMap<std::string> Symbols; ///< Export symbol -> its entity.
};

Error Verifier::text(StringRef Text, const Twine &Entity, const Twine &What,
                     bool Doc) {
  for (unsigned char C : Text)
    if ((C < 0x20 && !(Doc && C == '\n')) || C == 0x7f)
      return fail(Entity + ": " + What + " holds the control character '" +
                  escapeForMessage(StringRef(reinterpret_cast<char *>(&C), 1)) +
                  "', which no manifest string may hold (a doc string may "
                  "hold line breaks)");
  return Error::success();
}

Error Verifier::location(const Location &L, const Twine &Entity) {
  return text(L.File, Entity, "the file name of its location");
}

Error Verifier::bindingName(StringRef Name, const Twine &Entity) {
  if (!naming::isJSIdentifier(Name))
    return fail(Entity + ": " + q(Name) +
                " is not a JavaScript identifier (ASCII letters, digits, '_' "
                "and '$', not starting with a digit)");
  if (naming::isReservedJSWord(Name))
    return fail(Entity + ": " + q(Name) +
                " is a JavaScript reserved word, which cannot be an export's "
                "name");
  if (Name == "then")
    return fail(Entity +
                ": 'then' would make the module namespace thenable (await "
                "import() would call it), so it cannot be an export's name");
  if (naming::isReservedExportName(Name))
    return fail(Entity + ": " + q(Name) +
                " is a name the generated module keeps for itself (default, "
                "init, initSync, memory, __wasmport, InitInput, SyncInitInput, "
                "__esModule, __wasmport_...), so it cannot be an export's "
                "name");
  return Error::success();
}

Error Verifier::memberName(StringRef Name, const Twine &Entity) {
  if (!naming::isJSIdentifier(Name))
    return fail(Entity + ": " + q(Name) +
                " is not a JavaScript identifier (ASCII letters, digits, '_' "
                "and '$', not starting with a digit)");
  if (naming::isReservedMemberName(Name))
    return fail(Entity + ": " + q(Name) +
                " is a name JavaScript or the generated class keeps for itself "
                "(constructor, prototype, free, __proto__, then, "
                "__wasmport_...), so it cannot be a member's name");
  return Error::success();
}

Error Verifier::topLevel(StringRef Name, StringRef What, const Location &L) {
  auto [It, New] = TopLevel.try_emplace(Name, Owner{What.str(), L});
  if (New)
    return Error::success();
  return fail("two exports are named " + q(Name) + " in JS: " +
              It->second.What + " " + at(It->second.Loc) + " and " + What +
              " " + at(L) +
              "; rename one with [[wasmport::export(\"otherName\")]]");
}

Error Verifier::exportSymbol(StringRef Symbol, const std::string &Entity) {
  if (!naming::isJSIdentifier(Symbol))
    return fail(Entity + ": its symbol " + q(Symbol) +
                " is not a JavaScript identifier, as the wasm export names "
                "that wasmport generates are");
  auto [It, New] = Symbols.try_emplace(Symbol, Entity);
  if (New)
    return Error::success();
  return fail(Entity + " has the symbol " + q(Symbol) + ", which " +
              It->second + " has too; each export has its own symbol");
}

Error Verifier::arity(const Type &T, const Twine &Entity,
                      const std::string &Where, bool Nested) {
  StringRef Verb = Nested ? "holds" : "is";
  int Count = typeArgCount(T.Kind);
  if (Count == -1 && T.Args.empty())
    return fail(Entity + ": " + Where + " " + Verb +
                " a function type without its result type; a function type's "
                "arguments are its result, then its parameters");
  if (Count != -1 && T.Args.size() != size_t(Count))
    return fail(Entity + ": " + Where + " " + Verb + " " + aKind(T.Kind) +
                " with " + plural(T.Args.size(), "type argument") + "; " +
                aKind(T.Kind) + " has " +
                (Count == 0   ? "none"
                 : Count == 1 ? "one (its element type)"
                              : "two (its value and error types)"));
  for (const Type &A : T.Args)
    if (Error E = arity(A, Entity, Where, true))
      return E;
  return Error::success();
}

Error Verifier::type(const Type &T, Position P, const Twine &Entity,
                     const std::string &Where, bool Nested) {
  if (Error E = text(T.Cpp, Entity, "the C++ spelling of " + Where))
    return E;
  if (Error E = text(T.Class, Entity, "the class name of " + Where))
    return E;
  StringRef Verb = Nested ? "holds" : "is";
  // Every type argument is where the checks below look for it.
  if (!Nested)
    if (Error E = arity(T, Entity, Where, false))
      return E;
  if (T.Kind == TypeKind::Function && P == Position::ExportResult)
    return fail(Entity + ": " + Where + " " + Verb +
                " a function; functions cross from C++ to JS only as "
                "arguments (or a wasmport::Closure's value())");
  if (!allowed(T.Kind, P))
    return fail(Entity + ": " + Where + " " + Verb + " " + aKind(T.Kind) +
                ", which cannot be " + describe(P) + " (valid there: " +
                allowedList(P) + ")");

  // The entity a type names.
  const StringMap<const Class *> *InClasses = nullptr;
  const StringMap<const Enum *> *InEnums = nullptr;
  const StringMap<const ValueStruct *> *InValues = nullptr;
  StringRef What;
  if (typeGroup(T.Kind) == TypeGroup::Object)
    InClasses = &Classes, What = "class";
  else if (T.Kind == TypeKind::Enum)
    InEnums = &Enums, What = "enum";
  else if (T.Kind == TypeKind::Value)
    InValues = &Values, What = "value struct";
  if (!What.empty()) {
    if (T.Class.empty())
      return fail(Entity + ": " + Where + " " + Verb + " " + aKind(T.Kind) +
                  " that names no " + What + "; " + aKind(T.Kind) +
                  " names the " + What + " by its JS name");
    if ((InClasses && !InClasses->count(T.Class)) ||
        (InEnums && !InEnums->count(T.Class)) ||
        (InValues && !InValues->count(T.Class)))
      return fail(Entity + ": " + Where + " uses the " + What + " " +
                  q(T.Class) + ", which the manifest does not define");
  } else if (T.Kind == TypeKind::JsValue) {
    if (!T.Class.empty() && !isDottedPath(T.Class))
      return fail(Entity + ": " + Where + " " + Verb +
                  " a jsvalue of the imported class " + q(T.Class) +
                  ", which is not a path of JavaScript identifiers joined by "
                  "dots");
  } else if (!T.Class.empty()) {
    return fail(Entity + ": " + Where + " " + Verb + " " + aKind(T.Kind) +
                " naming the class " + q(T.Class) +
                "; only class, enum, value and jsvalue types name one");
  }

  switch (T.Kind) {
  case TypeKind::Vector:
    return type(T.element(), Position::Element, Entity, Where, true);
  case TypeKind::Optional:
    return type(T.element(),
                P == Position::SignatureParam ||
                        P == Position::SignatureResult ||
                        P == Position::SignatureOption
                    ? Position::SignatureOption
                    : Position::Element,
                Entity, Where, true);
  case TypeKind::Span:
  case TypeKind::SpanMut:
    if (!hasTypedArray(T.element().Kind))
      return fail(Entity + ": " + Where + " " + Verb + " a span of " +
                  typeKindName(T.element().Kind) +
                  "; spans hold numbers other than bool");
    return type(T.element(), Position::Element, Entity, Where, true);
  case TypeKind::Promise:
    if (!isPromiseValue(T.element()))
      return fail(Entity + ": " + Where + " " + Verb + " a promise of " +
                  typeKindName(T.element().Kind) +
                  ", which is not a type a promise can settle with (void, "
                  "numbers, string, jsvalue, or an optional of a number or "
                  "string)");
    return type(T.element(), Position::PromiseValue, Entity, Where, true);
  case TypeKind::Expected: {
    bool Import = P == Position::ImportResult;
    if (Error E = type(T.value(),
                       Import ? Position::ImportValue : Position::ExportValue,
                       Entity, Where, true))
      return E;
    return type(T.error(),
                Import ? Position::ImportError : Position::ExportError, Entity,
                Where, true);
  }
  case TypeKind::Function:
    for (auto [I, A] : enumerate(T.Args))
      if (Error E = type(A,
                         I == 0 ? Position::SignatureResult
                                : Position::SignatureParam,
                         Entity, Where, true))
        return E;
    return Error::success();
  case TypeKind::Void:
  case TypeKind::Bool:
  case TypeKind::I8:
  case TypeKind::U8:
  case TypeKind::I16:
  case TypeKind::U16:
  case TypeKind::I32:
  case TypeKind::U32:
  case TypeKind::I64:
  case TypeKind::U64:
  case TypeKind::F32:
  case TypeKind::F64:
  case TypeKind::String:
  case TypeKind::StringView:
  case TypeKind::CString:
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
  case TypeKind::SharedPtr:
  case TypeKind::Enum:
  case TypeKind::Value:
  case TypeKind::JsValue:
    return Error::success();
  }
  return Error::success();
}

/// "parameter 'x'", or "parameter 2" when unnamed.
std::string paramWhere(const Param &P, size_t Index) {
  if (P.Name.empty())
    return "parameter " + std::to_string(Index + 1);
  return "parameter " + q(P.Name);
}

StringRef kindWord(FunctionKind K) {
  switch (K) {
  case FunctionKind::Free: return "function";
  case FunctionKind::Constructor: return "constructor";
  case FunctionKind::Method: return "method";
  case FunctionKind::Static: return "static method";
  case FunctionKind::Start: return "start function";
  case FunctionKind::Getter: return "getter";
  case FunctionKind::Setter: return "setter";
  case FunctionKind::FieldGet: return "field getter";
  case FunctionKind::FieldSet: return "field setter";
  }
  return "";
}

Error Verifier::function(const Function &F, const std::string &Entity,
                         const Class *Owner) {
  for (auto [Text, What] :
       {std::pair<StringRef, StringRef>{F.JsName, "the JS name"},
        {F.CppName, "the C++ name"},
        {F.Symbol, "the symbol"}})
    if (Error E = text(Text, Entity, What))
      return E;
  if (Error E = text(F.Doc, Entity, "the doc comment", /*Doc=*/true))
    return E;
  if (Error E = text(F.ReturnsDoc, Entity, "the \\returns text", true))
    return E;
  if (Error E = location(F.Loc, Entity))
    return E;
  for (auto [I, P] : enumerate(F.Params)) {
    if (Error E = text(P.Name, Entity, "the name of " + paramWhere(P, I)))
      return E;
    if (Error E = text(P.Doc, Entity, "the doc of " + paramWhere(P, I), true))
      return E;
  }
  if (F.Symbol.empty())
    return fail(Entity + " has an empty symbol; each export names the wasm "
                         "export of its thunk");
  if (Error E = exportSymbol(F.Symbol, Entity))
    return E;

  // The shape each kind has.
  size_t Params = F.Params.size();
  bool VoidResult = F.Result.Kind == TypeKind::Void;
  switch (F.Kind) {
  case FunctionKind::Free:
  case FunctionKind::Method:
  case FunctionKind::Static:
    break;
  case FunctionKind::Constructor:
    if (F.JsName != "constructor")
      return fail(Entity + ": its JS name is " + q(F.JsName) +
                  "; a constructor's is 'constructor'");
    if (F.Result.Kind != TypeKind::ClassValue ||
        F.Result.Class != Owner->JsName)
      return fail(Entity + ": its result is " + aKind(F.Result.Kind) +
                  (F.Result.Class.empty() ? "" : " of " + q(F.Result.Class)) +
                  "; a constructor's result is its class by value "
                  "(class_value of " +
                  q(Owner->JsName) + ")");
    break;
  case FunctionKind::Start:
    if (!F.JsName.empty())
      return fail(Entity + ": a start function has no JS name, but this one "
                           "has " +
                  q(F.JsName));
    if (Params || !VoidResult)
      return fail(Entity + " takes " + plural(Params, "parameter") +
                  " and returns " + aKind(F.Result.Kind) +
                  "; a start function is void()");
    break;
  case FunctionKind::Getter:
  case FunctionKind::FieldGet:
    if (Params || VoidResult)
      return fail(Entity + " takes " + plural(Params, "parameter") +
                  " and returns " + aKind(F.Result.Kind) + "; " +
                  "a " +
                  kindWord(F.Kind) +
                  " takes no parameters and returns a value");
    break;
  case FunctionKind::Setter:
  case FunctionKind::FieldSet:
    if (Params != 1 || !VoidResult)
      return fail(Entity + " takes " + plural(Params, "parameter") +
                  " and returns " + aKind(F.Result.Kind) + "; a " +
                  kindWord(F.Kind) + " takes one parameter and returns void");
    break;
  }

  for (auto [I, P] : enumerate(F.Params))
    if (Error E = type(P.Ty, Position::ExportParam, Entity, paramWhere(P, I)))
      return E;
  return type(F.Result, Position::ExportResult, Entity, "the result");
}

Error Verifier::members(const Class &C) {
  std::string Name = escapeForMessage(C.JsName);
  std::map<size_t, size_t> Arities;
  for (const Function &F : C.Constructors) {
    std::string Entity = "constructor of class '" + Name + "' taking " +
                         plural(F.Params.size(), "parameter");
    if (F.Kind != FunctionKind::Constructor)
      return fail("class '" + Name + "' lists " + "a " + kindWord(F.Kind) + " " + q(F.JsName) +
                  " among its constructors, which hold only constructors");
    if (!Arities.emplace(F.Params.size(), 0).second)
      return fail("class '" + Name + "' has two constructors taking " +
                  plural(F.Params.size(), "parameter") +
                  "; JS tells constructors apart by their number of "
                  "arguments");
    if (Error E = function(F, Entity, &C))
      return E;
  }

  // Instance members (methods and accessors) share the prototype; statics
  // live on the class. A property is one getter and at most one setter.
  struct Claim {
    const Function *Getter = nullptr, *Setter = nullptr, *Method = nullptr;
  };
  std::map<std::string, Claim> Instance, Statics;
  for (const Function &F : C.Methods) {
    std::string Entity = kindWord(F.Kind).str() + " '" + Name + "." +
                         escapeForMessage(F.JsName) + "'";
    switch (F.Kind) {
    case FunctionKind::Method:
    case FunctionKind::Static:
    case FunctionKind::Getter:
    case FunctionKind::Setter:
    case FunctionKind::FieldGet:
    case FunctionKind::FieldSet:
      break;
    case FunctionKind::Free:
    case FunctionKind::Constructor:
    case FunctionKind::Start:
      return fail("class '" + Name + "' lists a " + kindWord(F.Kind) + " " +
                  q(F.JsName) +
                  " among its methods, which hold methods, static methods and "
                  "accessors");
    }
    if (Error E = text(F.JsName, Entity, "the JS name"))
      return E;
    if (Error E = memberName(F.JsName, Entity))
      return E;
    Claim &Cl = (F.Kind == FunctionKind::Static ? Statics : Instance)[F.JsName];
    const Function *&Slot = isAccessor(F.Kind)
                                ? (isGetter(F.Kind) ? Cl.Getter : Cl.Setter)
                                : Cl.Method;
    const Function *Other = Slot ? Slot
                            : !isAccessor(F.Kind)
                                ? (Cl.Getter ? Cl.Getter : Cl.Setter)
                                : Cl.Method;
    if (Other)
      return fail("class '" + Name + "' has two members named " +
                  q(F.JsName) + " in JS, " + "a " + kindWord(Other->Kind) + " and a " +
                  kindWord(F.Kind) +
                  "; rename one with [[wasmport::export(\"otherName\")]] (a "
                  "property is one getter and at most one setter)");
    Slot = &F;
    if (Error E = function(F, Entity, &C))
      return E;
  }
  for (auto &[Property, Cl] : Instance)
    if (Cl.Setter && !Cl.Getter)
      return fail("property '" + Name + "." + escapeForMessage(Property) +
                  "' has a setter but no getter");
  return Error::success();
}

Error Verifier::import(const Import &I) {
  std::string Entity = "import " + q(describeImport(I));
  for (auto [Text, What] :
       {std::pair<StringRef, StringRef>{I.Name, "the JS name"},
        {I.Module, "the module specifier"},
        {I.Member, "the member name"},
        {I.CppName, "the C++ name"},
        {I.Symbol, "the symbol"}})
    if (Error E = text(Text, Entity, What))
      return E;
  if (Error E = location(I.Loc, Entity))
    return E;
  for (auto [N, P] : enumerate(I.Params)) {
    if (Error E = text(P.Name, Entity, "the name of " + paramWhere(P, N)))
      return E;
    if (Error E = text(P.Doc, Entity, "the doc of " + paramWhere(P, N), true))
      return E;
  }

  switch (I.Form) {
  case ImportForm::Global:
    if (!naming::isJSIdentifier(I.Name))
      return fail(Entity + ": " + q(I.Name) +
                  " is not a JavaScript identifier, as a global's name is (a "
                  "path of several is the form 'path')");
    break;
  case ImportForm::Path:
    if (!StringRef(I.Name).contains('.') || !isDottedPath(I.Name))
      return fail(Entity + ": " + q(I.Name) +
                  " is not a path of JavaScript identifiers joined by dots "
                  "(one identifier is the form 'global')");
    break;
  case ImportForm::Module:
    if (!naming::isJSIdentifier(I.Name))
      return fail(Entity + ": " + q(I.Name) +
                  " is not a JavaScript identifier, as an ES module's export "
                  "name is");
    if (!naming::isSafeModuleSpecifier(I.Module))
      return fail(Entity + ": the module specifier " + q(I.Module) +
                  " is empty or holds quotes, backslashes or line breaks, "
                  "which cannot go verbatim between quotes");
    break;
  }
  if (I.Form != ImportForm::Module && !I.Module.empty())
    return fail(Entity + " names the module " + q(I.Module) +
                "; only an import of form 'module' names one");

  if (hasMember(I.Kind) && !naming::isJSIdentifier(I.Member))
    return fail(Entity + ": the member name " + q(I.Member) + " of " +
                "a " +
                importKindName(I.Kind) +
                " import is not a JavaScript identifier");
  if (!hasMember(I.Kind) && !I.Member.empty())
    return fail(Entity + " names the member " + q(I.Member) + "; " +
                "a " +
                importKindName(I.Kind) + " import names none");
  if (I.Const && !hasReceiver(I.Kind))
    return fail(Entity + " is const; only method, getter and setter imports "
                         "are");
  size_t Params = I.Params.size();
  bool VoidResult = I.Result.Kind == TypeKind::Void;
  switch (I.Kind) {
  case ImportKind::Function:
  case ImportKind::Method:
  case ImportKind::Static:
    break;
  case ImportKind::Constructor:
    if (I.Result.Kind != TypeKind::JsValue)
      return fail(Entity + " returns " + aKind(I.Result.Kind) +
                  "; a constructor import returns a jsvalue");
    break;
  case ImportKind::Getter:
    if (Params || VoidResult)
      return fail(Entity + " takes " + plural(Params, "parameter") +
                  " and returns " + aKind(I.Result.Kind) +
                  "; a getter import takes no parameters and returns a value");
    break;
  case ImportKind::Setter:
    if (Params != 1 || !VoidResult)
      return fail(Entity + " takes " + plural(Params, "parameter") +
                  " and returns " + aKind(I.Result.Kind) +
                  "; a setter import takes one parameter and returns void");
    break;
  }
  if (I.Symbol.empty() || !naming::isJSIdentifier(I.Symbol))
    return fail(Entity + ": its symbol " + q(I.Symbol) +
                " is not a JavaScript identifier, as the wasm import names "
                "that wasmport generates are");
  for (auto [N, P] : enumerate(I.Params))
    if (Error E = type(P.Ty, Position::ImportParam, Entity, paramWhere(P, N)))
      return E;
  return type(I.Result, Position::ImportResult, Entity, "the result");
}

Error Verifier::enumeration(const Enum &E) {
  std::string Entity = "enum " + q(E.JsName);
  if (Error Err = text(E.JsName, Entity, "the JS name"))
    return Err;
  if (Error Err = text(E.CppName, Entity, "the C++ name"))
    return Err;
  if (Error Err = location(E.Loc, Entity))
    return Err;
  if (Error Err = bindingName(E.JsName, Entity))
    return Err;
  if (Error Err = topLevel(E.JsName, "enum", E.Loc))
    return Err;
  auto [Min, Max] = range(E.Underlying);
  if (Min > Max)
    return fail(Entity + " has the underlying kind " +
                q(typeKindName(E.Underlying)) +
                "; an enum's is an integer kind of at most 32 bits (i8, u8, "
                "i16, u16, i32, u32)");
  StringSet<> Names, Strings;
  for (const Enumerator &V : E.Enumerators) {
    std::string Of = "enumerator '" + escapeForMessage(E.JsName) + "." +
                     escapeForMessage(V.Name) + "'";
    if (Error Err = text(V.Name, Of, "the name"))
      return Err;
    // V.String is data, any text: the printers write it escaped
    // (test/lit/js/enum-string-escaping.test).
    if (!isEnumeratorName(V.Name))
      return fail(Of + ": " + q(V.Name) +
                  " is not an identifier (letters, digits, '_' and '$', not "
                  "starting with a digit)");
    // `{ __proto__: 0 }` sets the object's prototype instead of a property.
    if (V.Name == "__proto__")
      return fail(Of + ": '__proto__' would set the enum object's prototype, "
                       "so it cannot name an enumerator");
    if (!Names.insert(V.Name).second)
      return fail(Entity + " has two enumerators named " + q(V.Name));
    if (V.Value < Min || V.Value > Max)
      return fail(formatv("{0} has the value {1}, which {2} cannot hold ({3} "
                          "to {4})",
                          Of, V.Value, aKind(E.Underlying), Min, Max)
                      .str());
    if (!E.StringValued)
      continue;
    if (V.String.empty())
      return fail(Of + " of a string-valued enum has no string");
    if (!Strings.insert(V.String).second)
      return fail(Entity + " has two enumerators with the string " +
                  q(V.String) + "; JS tells them apart by it");
  }
  return Error::success();
}

Error Verifier::value(const ValueStruct &V) {
  std::string Entity = "value struct " + q(V.JsName);
  if (Error E = text(V.JsName, Entity, "the JS name"))
    return E;
  if (Error E = text(V.CppName, Entity, "the C++ name"))
    return E;
  if (Error E = location(V.Loc, Entity))
    return E;
  if (Error E = bindingName(V.JsName, Entity))
    return E;
  if (Error E = topLevel(V.JsName, "value struct", V.Loc))
    return E;
  StringSet<> Names;
  for (const Field &F : V.Fields) {
    std::string Of = "field '" + escapeForMessage(V.JsName) + "." +
                     escapeForMessage(F.Name) + "'";
    if (Error E = text(F.Name, Of, "the name"))
      return E;
    if (Error E = memberName(F.Name, Of))
      return E;
    if (!Names.insert(F.Name).second)
      return fail(Entity + " has two fields named " + q(F.Name));
    if (Error E = type(F.Ty, Position::Element, Of, "its type"))
      return E;
  }
  return Error::success();
}

Error Verifier::bases() {
  for (const Class &C : M.Classes) {
    if (C.Base.empty())
      continue;
    if (!Classes.count(C.Base))
      return fail("class " + q(C.JsName) + " extends " + q(C.Base) +
                  ", which is not in the module's wasmport section; link the "
                  "object that exports " +
                  q(C.Base));
    // Walking up from C meets C again only if C is on a cycle; a cycle
    // above C is reported for a class on it.
    StringSet<> Seen = {C.JsName};
    for (const Class *B = Classes.lookup(C.Base); B;
         B = B->Base.empty() ? nullptr : Classes.lookup(B->Base)) {
      if (B == &C)
        return fail("class " + q(C.JsName) + " extends itself" +
                    (C.Base == C.JsName ? std::string()
                                        : " (through " + q(C.Base) + ")"));
      if (!Seen.insert(B->JsName).second)
        break;
    }
  }
  return Error::success();
}

/// A value struct cannot contain itself except through a vector (C++
/// cannot declare it); its slot size would be infinite.
Error Verifier::valueCycles() {
  StringMap<int> State; // 1: on the path, 2: done.
  std::function<bool(const Type &)> Direct;
  std::function<bool(StringRef)> Visit = [&](StringRef Name) {
    int &S = State[Name];
    if (S == 1)
      return false;
    if (S == 2)
      return true;
    S = 1;
    for (const Field &F : Values.lookup(Name)->Fields)
      if (!Direct(F.Ty))
        return false;
    State[Name] = 2;
    return true;
  };
  Direct = [&](const Type &T) {
    if (T.Kind == TypeKind::Value)
      return Visit(T.Class);
    if (T.Kind == TypeKind::Optional)
      return Direct(T.element());
    return true;
  };
  for (const ValueStruct &V : M.Values)
    if (!Visit(V.JsName))
      return fail("value struct " + q(V.JsName) +
                  " contains itself (other than through a vector)");
  return Error::success();
}

Error Verifier::run() {
  // First of each name: a second is reported as a duplicate below.
  for (const Class &C : M.Classes)
    Classes.try_emplace(C.JsName, &C);
  for (const Enum &E : M.Enums)
    Enums.try_emplace(E.JsName, &E);
  for (const ValueStruct &V : M.Values)
    Values.try_emplace(V.JsName, &V);

  for (const Function &F : M.Functions) {
    std::string Entity = "function " + q(F.JsName);
    if (F.Kind != FunctionKind::Free)
      return fail("the manifest's functions list a " + kindWord(F.Kind) +
                  " " + q(F.JsName) +
                  "; it holds free functions (kind 'function')");
    if (Error E = text(F.JsName, Entity, "the JS name"))
      return E;
    if (Error E = bindingName(F.JsName, Entity))
      return E;
    if (Error E = topLevel(F.JsName, "function", F.Loc))
      return E;
    if (Error E = function(F, Entity, nullptr))
      return E;
  }
  for (const Class &C : M.Classes) {
    std::string Entity = "class " + q(C.JsName);
    for (auto [Text, What] :
         {std::pair<StringRef, StringRef>{C.JsName, "the JS name"},
          {C.CppName, "the C++ name"},
          {C.DeleteSymbol, "the delete symbol"},
          {C.Base, "the base class's name"}})
      if (Error E = text(Text, Entity, What))
        return E;
    if (Error E = text(C.Doc, Entity, "the doc comment", /*Doc=*/true))
      return E;
    if (Error E = location(C.Loc, Entity))
      return E;
    if (Error E = bindingName(C.JsName, Entity))
      return E;
    if (Error E = topLevel(C.JsName, "class", C.Loc))
      return E;
    if (Error E = exportSymbol(C.DeleteSymbol, Entity))
      return E;
    if (Error E = members(C))
      return E;
  }
  StringMap<std::string> ImportSymbols;
  for (const Import &I : M.Imports) {
    if (Error E = import(I))
      return E;
    if (!ImportSymbols.try_emplace(I.Symbol, describeImport(I)).second)
      return fail("import " + q(describeImport(I)) + " has the symbol " +
                  q(I.Symbol) + ", which import " +
                  q(ImportSymbols[I.Symbol]) +
                  " has too; each import has its own symbol");
  }
  for (const Function &F : M.Starts) {
    std::string Entity = "start function " + q(F.CppName);
    if (F.Kind != FunctionKind::Start)
      return fail("the manifest's start functions list a " +
                  kindWord(F.Kind) + " " + q(F.JsName) +
                  "; they hold start functions (kind 'start')");
    if (Error E = function(F, Entity, nullptr))
      return E;
  }
  for (const Enum &E : M.Enums)
    if (Error Err = enumeration(E))
      return Err;
  for (const ValueStruct &V : M.Values)
    if (Error E = value(V))
      return E;
  if (Error E = bases())
    return E;
  return valueCycles();
}

} // namespace

Error verify(const Manifest &M) { return Verifier(M).run(); }

} // namespace wasmport::manifest
