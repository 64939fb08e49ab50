//===- Verify.cpp - What a valid manifest is ------------------------------===//
//
// One pass over a manifest, in manifest order: each entity's strings, names,
// shape and types (VerifyTypes.cpp, which looks up the entities a type names
// in tables of the manifest's classes, enums and value structs, made first),
// then the graphs (base classes, value structs containing value structs).
// Imports are checked in VerifyImports.cpp.
// The first violation is the result.
//
//===----------------------------------------------------------------------===//
#include "Manifest/Verify.h"

#include "Manifest/Naming.h"
#include "Manifest/Overloads.h"
#include "Manifest/VerifyInternal.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"

#include <functional>
#include <map>

using namespace llvm;

namespace wasmport::manifest {

using namespace verifier;

namespace verifier {

/// True for the accessor kinds that read a property.
static bool isGetter(FunctionKind K) {
  return K == FunctionKind::Getter || K == FunctionKind::FieldGet;
}

/// C++ names of enumerators may hold non-ASCII letters (UTF-8), which JS
/// identifiers accept too, but none of the characters JS takes for white
/// space or line ends.
static bool isEnumeratorName(StringRef Name) {
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

/// The range of an enum's underlying kind; empty (Min > Max) for the kinds
/// that are none.
static std::pair<int64_t, int64_t> range(TypeKind K) {
  if (K == TypeKind::I8)
    return {INT8_MIN, INT8_MAX};
  if (K == TypeKind::U8)
    return {0, UINT8_MAX};
  if (K == TypeKind::I16)
    return {INT16_MIN, INT16_MAX};
  if (K == TypeKind::U16)
    return {0, UINT16_MAX};
  if (K == TypeKind::I32)
    return {INT32_MIN, INT32_MAX};
  if (K == TypeKind::U32)
    return {0, UINT32_MAX};
  return {0, -1};
}

static std::string at(const Location &L) {
  return formatv("{0}:{1}:{2}", escapeForMessage(L.File), L.Line, L.Column)
      .str();
}


Error Verifier::location(const Location &L, const Twine &Entity) {
  return checkText(L.File, Entity, "the file name of its location");
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
  if (naming::isJSGlobalName(Name))
    return fail(Entity + ": " + q(Name) +
                " is the name of a JavaScript global object, which an export "
                "of that name would hide from the generated module");
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

static StringRef kindWord(FunctionKind K) {
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
    if (Error E = checkText(Text, Entity, What))
      return E;
  if (Error E = checkText(F.Doc, Entity, "the doc comment", /*Doc=*/true))
    return E;
  if (Error E = checkText(F.ReturnsDoc, Entity, "the \\returns text", true))
    return E;
  if (Error E = location(F.Loc, Entity))
    return E;
  for (size_t I = 0; I != F.Params.size(); ++I) {
    const auto &P = F.Params[I];
    if (Error E = checkText(P.Name, Entity, "the name of " + paramWhere(P, I)))
      return E;
    if (Error E =
            checkText(P.Doc, Entity, "the doc of " + paramWhere(P, I), true))
      return E;
  }
  // Default arguments: a trailing run of parameters (Param::Optional).
  for (size_t I = 1; I < F.Params.size(); ++I)
    if (F.Params[I - 1].Optional && !F.Params[I].Optional)
      return fail(Entity + ": " + paramWhere(F.Params[I], I) +
                  " has no default argument but follows one that has; only "
                  "trailing parameters are optional");
  if (F.takesArgCount() && F.Kind != FunctionKind::Free &&
      F.Kind != FunctionKind::Method && F.Kind != FunctionKind::Static &&
      F.Kind != FunctionKind::Constructor)
    return fail(Entity + ": a " + kindWord(F.Kind) +
                " cannot have optional parameters");
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

  for (size_t I = 0; I != F.Params.size(); ++I)
    if (Error E = Types.check(F.Params[I].Ty, Position::ExportParam, Entity,
                              paramWhere(F.Params[I], I)))
      return E;
  return Types.check(F.Result, Position::ExportResult, Entity, "the result");
}

/// A class C++ owns (its destructor is not public) has no destructor thunk,
/// and JS neither constructs nor extends it; others have a delete symbol.
Error Verifier::cppOwned(const Class &C, const std::string &Entity) {
  if (!C.CppOwned)
    return exportSymbol(C.DeleteSymbol, Entity);
  if (!C.DeleteSymbol.empty())
    return fail(Entity + " is owned by C++ but has the delete symbol " +
                q(C.DeleteSymbol) + "; JS destroys no object of a class C++ "
                "owns");
  if (!C.Constructors.empty() || !C.Virtuals.empty())
    return fail(Entity + " is owned by C++ but has " +
                (C.Constructors.empty() ? "virtual functions JS implements"
                                        : "constructors") +
                "; JS makes no object of a class C++ owns");
  return Error::success();
}

Error Verifier::members(const Class &C) {
  std::string Name = escapeForMessage(C.JsName);
  std::vector<const Function *> Ctors;
  for (const Function &F : C.Constructors) {
    std::string Entity = "constructor of class '" + Name + "' taking " +
                         plural(F.Params.size(), "parameter");
    if (F.Kind != FunctionKind::Constructor)
      return fail("class '" + Name + "' lists " + "a " + kindWord(F.Kind) +
                  " " + q(F.JsName) +
                  " among its constructors, which hold only constructors");
    if (Error E = function(F, Entity, &C))
      return E;
    Ctors.push_back(&F);
  }
  if (Error E = overloads(Ctors, "the constructors of class '" + Name + "'"))
    return E;

  // Instance members (methods and accessors) share the prototype; statics
  // live on the class. A property is one getter and at most one setter.
  struct Claim {
    const Function *Getter = nullptr, *Setter = nullptr, *Method = nullptr;
    std::vector<const Function *> Overloads = {};
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
    if (Error E = checkText(F.JsName, Entity, "the JS name"))
      return E;
    if (Error E = memberName(F.JsName, Entity))
      return E;
    Claim &Cl = (F.Kind == FunctionKind::Static ? Statics : Instance)[F.JsName];
    const Function *&Slot = isAccessor(F.Kind)
                                ? (isGetter(F.Kind) ? Cl.Getter : Cl.Setter)
                                : Cl.Method;
    // Overloads of a method or static: one JS function (Overloads.h).
    if (!isAccessor(F.Kind) && Cl.Method && !Cl.Getter && !Cl.Setter) {
      if (Error E = function(F, Entity, &C))
        return E;
      Cl.Overloads.push_back(&F);
      continue;
    }
    const Function *Other = Slot ? Slot
                            : !isAccessor(F.Kind)
                                ? (Cl.Getter ? Cl.Getter : Cl.Setter)
                                : Cl.Method;
    if (Other)
      return fail("class '" + Name + "' has two members named " + q(F.JsName) +
                  " in JS, " + "a " + kindWord(Other->Kind) + " and a " +
                  kindWord(F.Kind) +
                  "; rename one with [[wasmport::export(\"otherName\")]] (a "
                  "property is one getter and at most one setter)");
    Slot = &F;
    if (Error E = function(F, Entity, &C))
      return E;
    if (!isAccessor(F.Kind))
      Cl.Overloads.push_back(&F);
  }
  for (auto *Names : {&Instance, &Statics})
    for (auto &[Member, Cl] : *Names)
      if (Error E = overloads(Cl.Overloads, "the overloads of '" + Name +
                                                "." +
                                                escapeForMessage(Member) + "'"))
        return E;
  for (auto &[Property, Cl] : Instance)
    if (Cl.Setter && !Cl.Getter)
      return fail("property '" + Name + "." + escapeForMessage(Property) +
                  "' has a setter but no getter");
  StringSet<> StaticNames;
  for (auto &[Member, Cl] : Statics)
    StaticNames.insert(Member);
  return classConstants(C, StaticNames);
}

Error Verifier::overloads(ArrayRef<const Function *> Group,
                          const std::string &Entity) {
  auto [First, Second] = ambiguousOverloads(
      Group, [&](StringRef A, StringRef B) { return relatedClasses(M, A, B); });
  if (!First)
    return Error::success();
  return fail(Entity + ": the overload " + at(First->Loc) + " and the one " +
              at(Second->Loc) +
              " could accept the same JS arguments; only foreign overloads "
              "(from code the user cannot edit) may, and are then tried in "
              "declaration order");
}

Error Verifier::enumeration(const Enum &E) {
  std::string Entity = "enum " + q(E.JsName);
  if (Error Err = checkText(E.JsName, Entity, "the JS name"))
    return Err;
  if (Error Err = checkText(E.CppName, Entity, "the C++ name"))
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
    if (Error Err = checkText(V.Name, Of, "the name"))
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
  if (Error E = checkText(V.JsName, Entity, "the JS name"))
    return E;
  if (Error E = checkText(V.CppName, Entity, "the C++ name"))
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
    if (Error E = checkText(F.Name, Of, "the name"))
      return E;
    if (Error E = memberName(F.Name, Of))
      return E;
    if (!Names.insert(F.Name).second)
      return fail(Entity + " has two fields named " + q(F.Name));
    if (Error E = Types.check(F.Ty, Position::Element, Of, "its type"))
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
    Entities.Classes.try_emplace(C.JsName, &C);
  for (const Enum &E : M.Enums)
    Entities.Enums.try_emplace(E.JsName, &E);
  for (const ValueStruct &V : M.Values)
    Entities.Values.try_emplace(V.JsName, &V);

  std::map<std::string, std::vector<const Function *>> FunctionGroups;
  for (const Function &F : M.Functions) {
    std::string Entity = "function " + q(F.JsName);
    if (F.Kind != FunctionKind::Free)
      return fail("the manifest's functions list a " + kindWord(F.Kind) +
                  " " + q(F.JsName) +
                  "; it holds free functions (kind 'function')");
    if (Error E = checkText(F.JsName, Entity, "the JS name"))
      return E;
    if (Error E = bindingName(F.JsName, Entity))
      return E;
    std::vector<const Function *> &Group = FunctionGroups[F.JsName];
    if (Group.empty())
      if (Error E = topLevel(F.JsName, "function", F.Loc))
        return E;
    Group.push_back(&F);
    if (Error E = function(F, Entity, nullptr))
      return E;
  }
  for (const Function &F : M.Functions) {
    auto It = FunctionGroups.find(F.JsName);
    if (It == FunctionGroups.end())
      continue;
    if (Error E = overloads(It->second, "the overloads of function " +
                                            q(F.JsName)))
      return E;
    FunctionGroups.erase(It);
  }
  for (const Class &C : M.Classes) {
    std::string Entity = "class " + q(C.JsName);
    for (auto [Text, What] :
         {std::pair<StringRef, StringRef>{C.JsName, "the JS name"},
          {C.CppName, "the C++ name"},
          {C.DeleteSymbol, "the delete symbol"},
          {C.Base, "the base class's name"}})
      if (Error E = checkText(Text, Entity, What))
        return E;
    if (Error E = checkText(C.Doc, Entity, "the doc comment", /*Doc=*/true))
      return E;
    if (Error E = location(C.Loc, Entity))
      return E;
    if (Error E = bindingName(C.JsName, Entity))
      return E;
    if (Error E = topLevel(C.JsName, "class", C.Loc))
      return E;
    if (Error E = cppOwned(C, Entity))
      return E;
    if (Error E = members(C))
      return E;
    if (Error E = subclassing(C))
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
  StringMap<std::string> TestNames;
  for (const Function &F : M.Tests) {
    std::string Entity = "test " + q(F.JsName);
    if (F.Kind != FunctionKind::Free || !F.Params.empty() ||
        (F.Result.Kind != TypeKind::Void && F.Result.Kind != TypeKind::Promise))
      return fail(Entity + " is not a free function without parameters "
                           "returning void or a promise");
    if (F.JsName.empty())
      return fail("a test of " + q(F.CppName) + " has an empty name");
    if (!TestNames.try_emplace(F.JsName, F.CppName).second)
      return fail(Entity + " names " + q(F.CppName) + " and " +
                  q(TestNames[F.JsName]) + "; each test has its own name");
    if (Error E = function(F, Entity, nullptr))
      return E;
  }
  for (const Enum &E : M.Enums)
    if (Error Err = enumeration(E))
      return Err;
  for (const ValueStruct &V : M.Values)
    if (Error E = value(V))
      return E;
  if (Error E = moduleConstants())
    return E;
  if (Error E = bases())
    return E;
  return valueCycles();
}

} // namespace verifier

Error verify(const Manifest &M) { return Verifier(M).run(); }

} // namespace wasmport::manifest
