//===- Plan.cpp - What the generated JS module contains -------------------===//
#include "JS/Plan.h"

#include "JS/Runtime.h"
#include "Manifest/Naming.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSwitch.h"

#include <functional>
#include <map>

using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::js {

bool isProvidedImportModule(StringRef Module) {
  return Module == naming::ImportModule || Module == "wasi_snapshot_preview1";
}

namespace {

class Planner {
public:
  Planner(const Manifest &M, const ModuleInfo &Info, const Options &Opts)
      : M(M), Info(Info) {
    P.Opts = Opts;
    // Parameters may not shadow the module's own top-level names.
    for (const Function &F : M.Functions)
      TopLevel.insert(F.JsName);
    for (const Class &C : M.Classes)
      TopLevel.insert(C.JsName);
    for (const Enum &E : M.Enums)
      TopLevel.insert(E.JsName);
    // The .d.ts names imported classes (`InstanceType<typeof Date>`) in
    // signatures, where a parameter of that name would hide them.
    auto AddRoot = [&](const Type &T) {
      if (T.Kind == TypeKind::JsValue && !T.Class.empty())
        TopLevel.insert(StringRef(T.Class).split('.').first);
    };
    auto AddRoots = [&](const Function &F) {
      for (const Param &Pa : F.Params)
        AddRoot(Pa.Ty);
      AddRoot(F.Result);
    };
    for (const Function &F : M.Functions)
      AddRoots(F);
    for (const Class &C : M.Classes) {
      for (const Function &F : C.Constructors)
        AddRoots(F);
      for (const Function &F : C.Methods)
        AddRoots(F);
    }
  }

  Expected<Plan> run() {
    if (Error E = checkTypeNames())
      return E;
    P.Enums = M.Enums;
    P.Values = M.Values;
    for (const Function &F : M.Functions)
      if (Error E = call(F, F.JsName, F.JsName).moveInto(P.Functions.emplace_back()))
        return E;
    std::vector<const Class *> Order;
    if (Error E = orderClasses(Order))
      return E;
    for (const Class *C : Order)
      if (Error E = planClass(*C))
        return E;
    for (const Function &F : M.Starts) {
      if (Error E = requireExport(F.Symbol, F.CppName))
        return E;
      P.StartSymbols.push_back(F.Symbol);
    }
    for (const Import &I : M.Imports) {
      if (Error E = checkImportResult(I))
        return E;
      planImport(I);
    }
    if (Error E = checkModuleImports())
      return E;
    if (P.importsRuntime(naming::ClosureImport))
      if (Error E = requireExport(naming::ClosureCallSymbol,
                                  "the C++ functions it passes to JS"))
        return E;
    // The glue resumes coroutines through this export (<wasmport/promise.h>).
    if (P.importsRuntime(naming::PromiseThenImport))
      if (Error E = requireExport(naming::PromiseResumeSymbol,
                                  "co_await of a wasmport::Promise"))
        return E;
    P.UsesRuntime = !M.Functions.empty() || !M.Classes.empty() ||
                    !M.Imports.empty() || !P.RuntimeJSImports.empty();
    if (P.UsesRuntime)
      for (StringRef Runtime :
           {naming::AllocSymbol, naming::FreeSymbol, naming::FreeStringSymbol,
            naming::FreeOwnedSymbol, naming::ReturnAreaSymbol})
        if (Error E = requireExport(Runtime, "the wasmport runtime"))
          return E;
    P.HasInitialize = Info.Exports.contains("_initialize");
    P.HasStackAccess = Info.Exports.contains(naming::StackGetSymbol) &&
                       Info.Exports.contains(naming::StackSetSymbol);
    lower(P);
    return std::move(P);
  }

private:
  /// Every enum, value struct and class a type refers to is in the
  /// manifest; the printers rely on it.
  Error checkTypeNames() {
    StringSet<> Classes, Enums, Values;
    for (const Class &C : M.Classes)
      Classes.insert(C.JsName);
    for (const Enum &E : M.Enums)
      Enums.insert(E.JsName);
    for (const ValueStruct &V : M.Values)
      Values.insert(V.JsName);
    auto SlotKind = [](TypeKind K) {
      switch (typeGroup(K)) {
      case TypeGroup::Number:
      case TypeGroup::Enum:
        return true;
      case TypeGroup::String:
        return K == TypeKind::String;
      case TypeGroup::Object:
        return K == TypeKind::ClassValue || K == TypeKind::UniquePtr ||
               K == TypeKind::SharedPtr;
      case TypeGroup::Memory:
        return K == TypeKind::Vector || K == TypeKind::Optional ||
               K == TypeKind::Value;
      case TypeGroup::Void:
      case TypeGroup::Handle:
      case TypeGroup::Expected:
        return false;
      }
      return false;
    };
    std::function<Error(const Type &, StringRef, bool)> Check =
        [&](const Type &T, StringRef Where, bool InSlot) -> Error {
      if (T.Kind == TypeKind::Expected)
        return createStringError(inconvertibleErrorCode(),
                                 "%s uses a std::expected other than as its "
                                 "result",
                                 escapeForMessage(Where).c_str());
      if (InSlot && !SlotKind(T.Kind))
        return createStringError(inconvertibleErrorCode(),
                                 "%s holds a %s inside a vector, optional or "
                                 "value struct, where it cannot be",
                                 escapeForMessage(Where).c_str(),
                                 typeKindName(T.Kind).str().c_str());
      if ((T.Kind == TypeKind::Span || T.Kind == TypeKind::SpanMut) &&
          !hasTypedArray(T.element().Kind))
        return createStringError(inconvertibleErrorCode(),
                                 "%s has a span of %s; spans hold numbers",
                                 escapeForMessage(Where).c_str(),
                                 typeKindName(T.element().Kind).str().c_str());
      const StringSet<> *Set = nullptr;
      StringRef What;
      if (typeGroup(T.Kind) == TypeGroup::Object)
        Set = &Classes, What = "class";
      else if (T.Kind == TypeKind::Enum)
        Set = &Enums, What = "enum";
      else if (T.Kind == TypeKind::Value)
        Set = &Values, What = "value struct";
      if (Set && !Set->contains(T.Class))
        return createStringError(inconvertibleErrorCode(),
                                 "%s uses the %s '%s', which the manifest does "
                                 "not define",
                                 escapeForMessage(Where).c_str(),
                                 What.str().c_str(),
                                 escapeForMessage(T.Class).c_str());
      if (T.Kind == TypeKind::Function)
        if (Error E = checkSignature(T, Where))
          return E;
      for (const Type &A : T.Args)
        if (Error E = Check(A, Where, T.Kind == TypeKind::Vector ||
                                          T.Kind == TypeKind::Optional))
          return E;
      return Error::success();
    };
    auto CheckFunction = [&](const Function &F, StringRef Where) -> Error {
      for (const Param &Pa : F.Params)
        if (Error E = Check(Pa.Ty, Where, false))
          return E;
      if (F.Result.Kind == TypeKind::Function)
        return createStringError(inconvertibleErrorCode(),
                                 "%s returns a function; functions cross from "
                                 "C++ to JS only as arguments (or a "
                                 "wasmport::Closure's value())",
                                 escapeForMessage(Where).c_str());
      if (F.Result.Kind != TypeKind::Expected)
        return Check(F.Result, Where, false);
      if (Error E = checkExpectedError(F.Result, Where, false))
        return E;
      if (Error E = Check(F.Result.value(), Where, false))
        return E;
      return Check(F.Result.error(), Where, false);
    };
    for (const Function &F : M.Functions)
      if (Error E = CheckFunction(F, F.JsName))
        return E;
    for (const Class &C : M.Classes) {
      for (const Function &F : C.Constructors)
        if (Error E = CheckFunction(F, "new " + C.JsName))
          return E;
      for (const Function &F : C.Methods)
        if (Error E = CheckFunction(F, C.JsName + "." + F.JsName))
          return E;
    }
    for (const ValueStruct &V : M.Values)
      for (const Field &F : V.Fields)
        if (Error E = Check(F.Ty, V.JsName + "." + F.Name, true))
          return E;
    for (const Import &I : M.Imports) {
      for (const Param &Pa : I.Params)
        if (Pa.Ty.Kind == TypeKind::Function)
          if (Error E = checkSignature(Pa.Ty, I.Name))
            return E;
      if (I.Result.Kind == TypeKind::Function)
        if (Error E = checkSignature(I.Result, I.Name))
          return E;
    }
    return checkValueCycles();
  }

  /// A std::function's signature holds only what wasmport::JsTraits
  /// converts: numbers, strings, JsValue, optionals of those, functions,
  /// and void as the result (Args[0]).
  static Error checkSignature(const Type &T, StringRef Where) {
    std::function<bool(const Type &, bool)> OK = [&](const Type &A,
                                                     bool Result) {
      switch (typeGroup(A.Kind)) {
      case TypeGroup::Void:
        return Result;
      case TypeGroup::Number:
      case TypeGroup::String:
      case TypeGroup::Handle:
        return true;
      case TypeGroup::Memory:
        return A.Kind == TypeKind::Optional &&
               A.element().Kind != TypeKind::Function &&
               OK(A.element(), false);
      case TypeGroup::Object:
      case TypeGroup::Enum:
      case TypeGroup::Expected:
        return false;
      }
      return false;
    };
    for (auto [I, A] : enumerate(T.Args))
      if (!OK(A, I == 0))
        return createStringError(inconvertibleErrorCode(),
                                 "%s has a function type with a %s in its "
                                 "signature, where it cannot be",
                                 escapeForMessage(Where).c_str(),
                                 typeKindName(A.Kind).str().c_str());
    return Error::success();
  }

  /// The error type of a std::expected result T: what the Collector
  /// accepts (an import's is a JsValue).
  static Error checkExpectedError(const Type &T, StringRef Where,
                                  bool Import) {
    TypeKind K = T.error().Kind;
    bool OK = K == TypeKind::JsValue ||
              (!Import && (typeGroup(K) == TypeGroup::String ||
                           K == TypeKind::Enum || K == TypeKind::Value));
    if (OK)
      return Error::success();
    return createStringError(inconvertibleErrorCode(),
                             "%s returns a std::expected whose error is a %s, "
                             "which cannot be thrown",
                             escapeForMessage(Where).c_str(),
                             typeKindName(K).str().c_str());
  }

  /// An import's std::expected result has error type JsValue and a value
  /// the printer can check and lower: void, a number, a std::string or a
  /// JsValue.
  static Error checkImportResult(const Import &I) {
    const Type &R = I.Result;
    if (R.Kind != TypeKind::Expected)
      return Error::success();
    if (Error E = checkExpectedError(R, I.Name, true))
      return E;
    const Type &V = R.value();
    TypeGroup G = typeGroup(V.Kind);
    if (G == TypeGroup::Void || G == TypeGroup::Number ||
        V.Kind == TypeKind::String || V.Kind == TypeKind::JsValue)
      return Error::success();
    return createStringError(inconvertibleErrorCode(),
                             "import '%s' returns a %s, which JavaScript "
                             "cannot return to C++",
                             escapeForMessage(I.Name).c_str(),
                             typeKindName(V.Kind).str().c_str());
  }

  /// A value struct cannot contain itself except through a vector (C++
  /// cannot declare it); its slot size would be infinite.
  Error checkValueCycles() {
    StringMap<const ValueStruct *> ByName;
    for (const ValueStruct &V : M.Values)
      ByName[V.JsName] = &V;
    StringMap<int> State; // 1: on the path, 2: done.
    std::function<bool(const Type &)> Direct;
    std::function<bool(StringRef)> Visit = [&](StringRef Name) {
      int &S = State[Name];
      if (S == 1)
        return false;
      if (S == 2)
        return true;
      S = 1;
      for (const Field &F : ByName[Name]->Fields)
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
        return createStringError(inconvertibleErrorCode(),
                                 "value struct '%s' contains itself",
                                 escapeForMessage(V.JsName).c_str());
    return Error::success();
  }

  Error requireExport(StringRef Symbol, StringRef What) {
    if (Info.Exports.contains(Symbol))
      return Error::success();
    return createStringError(
        inconvertibleErrorCode(),
        "the module does not export '%s' for %s; it was linked from objects "
        "that do not match its wasmport section (rebuild every object with "
        "the same wasmport plugin)",
        escapeForMessage(Symbol).c_str(), escapeForMessage(What).c_str());
  }

  /// Globals the glue refers to inside exported functions.
  static bool isGlueGlobal(StringRef Name) {
    return StringSwitch<bool>(Name)
        .Cases("BigInt", "Object", "TypeError", "Error", "Symbol", true)
        .Cases("globalThis", "WebAssembly", "JSON", "String", "Number", true)
        .Case("Promise", true)
        .Default(false);
  }

  /// JS parameter names: safe identifiers that shadow nothing the glue uses,
  /// including the `_ptr`/`_len` locals derived from them.
  std::vector<ParamPlan> params(ArrayRef<Param> Params,
                                StringRef Reserved = "") {
    std::vector<ParamPlan> Out;
    StringSet<> Used;
    if (!Reserved.empty())
      Used.insert(Reserved);
    for (auto [I, Pa] : enumerate(Params)) {
      std::string Js = naming::jsParamName(Pa.Name, I);
      while (TopLevel.contains(Js) || isGlueGlobal(Js) || Used.contains(Js) ||
             Used.contains(Js + "_ptr") || Used.contains(Js + "_len"))
        Js += "_";
      Used.insert(Js);
      Used.insert(Js + "_ptr");
      Used.insert(Js + "_len");
      Out.push_back({Js, Pa.Name.empty() ? Js : Pa.Name, Pa.Ty, Pa.Doc});
    }
    return Out;
  }

  Expected<CallPlan> call(const Function &F, StringRef JsName,
                          StringRef Where) {
    if (Error E = requireExport(F.Symbol, Where))
      return E;
    for (const Param &Pa : F.Params)
      if (isNumberVector(Pa.Ty))
        if (Error E = requireExport(vectorMakerSymbol(Pa.Ty), Where))
          return E;
    return CallPlan{JsName.str(), Where.str(), F.Symbol, params(F.Params),
                    F.Result,     F.Doc,         F.ReturnsDoc};
  }

  /// Every class after the class it extends (JS classes are not hoisted),
  /// otherwise in manifest order, so that merging fragments in any order
  /// gives a working module.
  Error orderClasses(std::vector<const Class *> &Order) {
    StringMap<const Class *> ByName;
    for (const Class &C : M.Classes)
      ByName[C.JsName] = &C;
    for (const Class &C : M.Classes) {
      if (C.Base.empty())
        continue;
      if (!ByName.count(C.Base))
        return createStringError(
            inconvertibleErrorCode(),
            "class '%s' extends '%s', which is not in the module's wasmport "
            "section; link the object that exports '%s'",
            escapeForMessage(C.JsName).c_str(), escapeForMessage(C.Base).c_str(),
            escapeForMessage(C.Base).c_str());
      Extended.insert(C.Base);
    }
    StringSet<> Placed;
    std::function<Error(const Class &, unsigned)> Place =
        [&](const Class &C, unsigned Depth) -> Error {
      if (Placed.contains(C.JsName))
        return Error::success();
      if (Depth > M.Classes.size())
        return createStringError(inconvertibleErrorCode(),
                                 "class '%s' extends itself",
                                 escapeForMessage(C.JsName).c_str());
      if (!C.Base.empty())
        if (Error E = Place(*ByName[C.Base], Depth + 1))
          return E;
      Placed.insert(C.JsName);
      Order.push_back(&C);
      return Error::success();
    };
    for (const Class &C : M.Classes)
      if (Error E = Place(C, 0))
        return E;
    return Error::success();
  }

  Error planClass(const Class &C) {
    ClassPlan CP;
    CP.Name = C.JsName;
    CP.DeleteSymbol = C.DeleteSymbol;
    CP.Base = C.Base;
    CP.HasSubclasses = Extended.contains(C.JsName);
    CP.Doc = C.Doc;
    if (Error E = requireExport(C.DeleteSymbol, C.JsName))
      return E;
    std::map<size_t, const Function *> ByArity;
    for (const Function &F : C.Constructors)
      ByArity.emplace(F.Params.size(), &F);
    for (auto &[Arity, F] : ByArity)
      if (Error E = call(*F, "constructor", "new " + C.JsName)
                        .moveInto(CP.Constructors.emplace_back()))
        return E;
    std::map<std::string, size_t> PropertyIndex;
    for (const Function &F : C.Methods) {
      if (isAccessor(F.Kind)) {
        auto [It, New] = PropertyIndex.try_emplace(F.JsName, CP.Properties.size());
        if (New)
          CP.Properties.push_back({F.JsName, {}, std::nullopt, ""});
        PropertyPlan &Prop = CP.Properties[It->second];
        bool Set = F.Kind == FunctionKind::Setter ||
                   F.Kind == FunctionKind::FieldSet;
        CallPlan CallP;
        if (Error E = call(F, F.JsName, C.JsName + "." + F.JsName).moveInto(CallP))
          return E;
        if (Set)
          Prop.Set = std::move(CallP);
        else
          Prop.Get = std::move(CallP);
        if (Prop.Doc.empty() || (!Set && !F.Doc.empty()))
          Prop.Doc = F.Doc;
        continue;
      }
      bool Static = F.Kind == FunctionKind::Static;
      auto &List = Static ? CP.Statics : CP.Methods;
      if (Error E = call(F, F.JsName, C.JsName + "." + F.JsName)
                        .moveInto(List.emplace_back()))
        return E;
    }
    for (const PropertyPlan &Prop : CP.Properties)
      if (Prop.Get.Symbol.empty())
        return createStringError(inconvertibleErrorCode(),
                                 "property '%s.%s' has a setter but no getter",
                                 escapeForMessage(C.JsName).c_str(),
                                 escapeForMessage(Prop.Name).c_str());
    P.Classes.push_back(std::move(CP));
    return Error::success();
  }

  void planImport(const Import &I) {
    ImportPlan IP;
    IP.Symbol = I.Symbol;
    IP.Kind = I.Kind;
    IP.Member = I.Member;
    if (hasReceiver(I.Kind))
      IP.Self = "self";
    IP.Params = params(I.Params, IP.Self);
    IP.Result = I.Result;
    IP.Where = describeImport(I);
    IP.Catches = I.catchesJS();
    switch (I.Form) {
    case ImportForm::Global:
    case ImportForm::Path:
      IP.Callee = "globalThis." + I.Name;
      break;
    case ImportForm::Module: {
      std::string Key = I.Module + "\n" + I.Name;
      auto [It, New] = ModuleLocals.try_emplace(Key);
      if (New) {
        It->second = "__wasmport_import_" + std::to_string(P.ModuleImports.size());
        P.ModuleImports.push_back({I.Module, I.Name, It->second});
      }
      IP.Callee = It->second;
      break;
    }
    }
    P.Imports.push_back(std::move(IP));
  }

  Error checkModuleImports() {
    StringSet<> Planned;
    for (const ImportPlan &IP : P.Imports)
      Planned.insert(IP.Symbol);
    std::vector<HelperImport> Wasi, Runtime;
    for (const ModuleInfo::ImportEntry &E : Info.Imports) {
      if (E.Module == "wasi_snapshot_preview1") {
        Wasi.push_back({E.Field, wasiHelper(E.Field)});
        continue;
      }
      if (E.Module == naming::ImportModule && Planned.contains(E.Field))
        continue;
      if (E.Module == naming::ImportModule && E.Field == naming::ThrowImport) {
        P.ImportsThrow = true;
        continue;
      }
      if (E.Module == naming::ImportModule)
        if (std::optional<Helper> Impl = runtimeImportHelper(E.Field)) {
          Runtime.push_back({E.Field, *Impl});
          continue;
        }
      return createStringError(
          inconvertibleErrorCode(),
          "the module imports '%s.%s', which wasmport does not provide; "
          "declare JS functions with [[wasmport::import]] and link without "
          "--allow-undefined",
          escapeForMessage(E.Module).c_str(),
          escapeForMessage(E.Field).c_str());
    }
    auto SortUnique = [](std::vector<HelperImport> &List) {
      auto Field = [](const HelperImport &I) -> StringRef { return I.Field; };
      llvm::sort(List, [&](const HelperImport &A, const HelperImport &B) {
        return Field(A) < Field(B);
      });
      List.erase(std::unique(List.begin(), List.end(),
                             [&](const HelperImport &A, const HelperImport &B) {
                               return Field(A) == Field(B);
                             }),
                 List.end());
    };
    SortUnique(Wasi);
    P.WasiImports = std::move(Wasi);
    SortUnique(Runtime);
    P.RuntimeJSImports = std::move(Runtime);
    return Error::success();
  }

  const Manifest &M;
  const ModuleInfo &Info;
  Plan P;
  StringSet<> TopLevel;
  StringSet<> Extended; ///< Classes some class extends.
  std::map<std::string, std::string> ModuleLocals;
};

} // namespace

Expected<Plan> plan(const Manifest &M, const ModuleInfo &Info,
                    const Options &Opts) {
  return Planner(M, Info, Opts).run();
}

} // namespace wasmport::js
