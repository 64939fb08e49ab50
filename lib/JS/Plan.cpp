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
    for (const Constant &K : M.Constants)
      TopLevel.insert(K.JsName);
    // The .d.ts names imported classes (`InstanceType<typeof Date>`) in
    // signatures, where a parameter of that name would hide them.
    // Also inside vectors, optionals, promises and function types.
    auto AddRoot = [&](const Type &T) {
      SmallVector<const Type *, 8> Work{&T};
      while (!Work.empty()) {
        const Type *U = Work.pop_back_val();
        if (U->Kind == TypeKind::JsValue && !U->Class.empty())
          TopLevel.insert(StringRef(U->Class).split('.').first);
        for (const Type &A : U->Args)
          Work.push_back(&A);
      }
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
    P.Enums = M.Enums;
    P.Values = M.Values;
    for (const Constant &K : M.Constants)
      P.Constants.push_back(constant(K));
    for (const Function &F : M.Functions)
      if (Error E = call(F, F.JsName, F.JsName).moveInto(P.Functions.emplace_back()))
        return E;
    groupOverloads(P.Functions, /*Constructors=*/false);
    for (const Class *C : orderClasses())
      if (Error E = planClass(*C))
        return E;
    for (const Function &F : M.Starts) {
      if (Error E = requireExport(F.Symbol, F.CppName))
        return E;
      P.StartSymbols.push_back(F.Symbol);
    }
    for (const Import &I : M.Imports)
      planImport(I);
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
      Out.push_back(
          {Js, Pa.Name.empty() ? Js : Pa.Name, Pa.Ty, Pa.Doc, Pa.Optional});
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
  /// gives a working module. verify() saw every base exist, without cycles.
  std::vector<const Class *> orderClasses() {
    StringMap<const Class *> ByName;
    for (const Class &C : M.Classes)
      ByName[C.JsName] = &C;
    for (const Class &C : M.Classes)
      if (!C.Base.empty())
        Extended.insert(C.Base);
    std::vector<const Class *> Order;
    StringSet<> Placed;
    std::function<void(const Class &)> Place = [&](const Class &C) {
      if (!Placed.insert(C.JsName).second)
        return;
      if (!C.Base.empty())
        Place(*ByName[C.Base]);
      Order.push_back(&C);
    };
    for (const Class &C : M.Classes)
      Place(C);
    return Order;
  }

  ConstantPlan constant(const Constant &K) {
    const Enum *E = nullptr;
    for (const Enum &Candidate : M.Enums)
      if (K.Ty.Kind == TypeKind::Enum && Candidate.JsName == K.Ty.Class)
        E = &Candidate;
    return {K.JsName, constantLiteral(K, E), K.Ty, K.Doc};
  }

  Error planClass(const Class &C) {
    ClassPlan CP;
    CP.Name = C.JsName;
    CP.DeleteSymbol = C.DeleteSymbol;
    CP.CppOwned = C.CppOwned;
    CP.Base = C.Base;
    CP.HasSubclasses = Extended.contains(C.JsName);
    CP.Doc = C.Doc;
    if (!C.CppOwned)
      if (Error E = requireExport(C.DeleteSymbol, C.JsName))
        return E;
    for (const Function &F : C.Constructors)
      if (Error E = call(F, "constructor", "new " + C.JsName)
                        .moveInto(CP.Constructors.emplace_back()))
        return E;
    groupOverloads(CP.Constructors, /*Constructors=*/true);
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
    groupOverloads(CP.Methods, /*Constructors=*/false);
    groupOverloads(CP.Statics, /*Constructors=*/false);
    for (const Constant &K : C.Constants)
      CP.Constants.push_back(constant(K));
    if (Error E = planSubclassing(C, CP))
      return E;
    P.Classes.push_back(std::move(CP));
    return Error::success();
  }

  /// What JS subclasses of C implement: the virtual functions as method
  /// imports, the generated class's constructors (JSSubclasses.cpp prints
  /// them and the overrides and missing imports).
  Error planSubclassing(const Class &C, ClassPlan &CP) {
    CP.Abstract = C.Abstract;
    for (const Virtual &V : C.Virtuals) {
      CP.Virtuals.push_back(V.Call.Member);
      planImport(V.Call);
      SubclassImports.push_back(V.Call.Symbol);
    }
    if (!C.Virtuals.empty()) {
      SubclassImports.push_back(naming::overridesSymbol(C.JsName));
      SubclassImports.push_back(naming::missingSymbol(C.JsName));
    }
    std::map<size_t, const Function *> ByArity;
    for (const Function &F : C.SubclassConstructors)
      ByArity.emplace(F.Params.size(), &F);
    for (auto &[Arity, F] : ByArity)
      if (Error E = call(*F, "constructor", "new " + C.JsName)
                        .moveInto(CP.SubclassConstructors.emplace_back()))
        return E;
    return Error::success();
  }
  /// The wasm imports JSSubclasses.cpp provides.
  std::vector<std::string> SubclassImports;

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
    for (const std::string &Symbol : SubclassImports)
      Planned.insert(Symbol);
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
