//===- TSPrinter.cpp - The generated .d.ts --------------------------------===//
#include "JS/Printers.h"

#include "JS/JSOverloads.h"
#include "JS/Slots.h"

#include "llvm/ADT/StringExtras.h"

using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::js {

namespace {

std::string tsType(const Type &T, bool IsParam);

/// T as an array element: unions need parentheses.
std::string elementType(const Type &T) {
  std::string S = tsType(T, /*IsParam=*/false);
  return StringRef(S).contains(" | ") || T.Kind == TypeKind::Function
             ? "(" + S + ")"
             : S;
}

std::string tsType(const Type &T, bool IsParam) {
  switch (T.Kind) {
  case TypeKind::Void: return "void";
  case TypeKind::Bool: return "boolean";
  case TypeKind::I8:
  case TypeKind::U8:
  case TypeKind::I16:
  case TypeKind::U16:
  case TypeKind::I32:
  case TypeKind::U32:
  case TypeKind::F32:
  case TypeKind::F64: return "number";
  case TypeKind::I64:
  case TypeKind::U64: return "bigint";
  case TypeKind::String:
  case TypeKind::StringView: return "string";
  case TypeKind::CString: return "string | null";
  case TypeKind::ClassRef:
  case TypeKind::ClassValue:
  case TypeKind::Enum:
  case TypeKind::Value: return T.Class;
  case TypeKind::ClassPtr:
  case TypeKind::UniquePtr:
  case TypeKind::SharedPtr: return T.Class + " | null";
  case TypeKind::Vector:
    if (hasTypedArray(T.element().Kind))
      return typedArrayName(T.element().Kind).str();
    return elementType(T.element()) + "[]";
  case TypeKind::Span:
  case TypeKind::SpanMut:
    return typedArrayName(T.element().Kind).str();
  case TypeKind::Optional:
    // A function type's result would take in `| undefined`.
    if (T.element().Kind == TypeKind::Function)
      return "(" + tsType(T.element(), IsParam) + ") | undefined";
    return tsType(T.element(), IsParam) + " | undefined";
  case TypeKind::Map: {
    std::string Key = tsType(T.key(), /*IsParam=*/false);
    std::string Value = tsType(T.mapped(), /*IsParam=*/false);
    if (!IsParam)
      return "Map<" + Key + ", " + Value + ">";
    // A parameter takes any Map, and a plain object for string keys.
    std::string Map = "ReadonlyMap<" + Key + ", " + Value + ">";
    if (T.key().Kind == TypeKind::String)
      Map += " | Record<string, " + Value + ">";
    return Map;
  }
  case TypeKind::Set:
    if (!IsParam)
      return "Set<" + tsType(T.element(), /*IsParam=*/false) + ">";
    return "ReadonlySet<" + tsType(T.element(), /*IsParam=*/false) +
           "> | readonly " + elementType(T.element()) + "[]";
  case TypeKind::JsValue:
    // An imported global class is the instance type of the global; a class
    // from an ES module is `any`: the .d.ts cannot know that the module has
    // types (docs/ImportedClasses.md).
    if (!T.Class.empty())
      return "InstanceType<typeof " + T.Class + ">";
    return "any";
  case TypeKind::Function: {
    SmallVector<std::string, 4> Params;
    for (unsigned I = 1; I < T.Args.size(); ++I)
      Params.push_back("a" + std::to_string(I - 1) + ": " +
                       tsType(T.Args[I], /*IsParam=*/false));
    return "(" + join(Params, ", ") + ") => " +
           tsType(T.Args.front(), /*IsParam=*/false);
  }
  case TypeKind::Promise:
    return "Promise<" + tsType(T.element(), /*IsParam=*/false) + ">";
  case TypeKind::Expected:
    return tsType(T.value(), IsParam); // The error is thrown.
  }
  llvm_unreachable("unknown TypeKind");
}

/// A constant's type: a `const char *` constant is never null.
std::string constantType(const ConstantPlan &K) {
  return K.Ty.Kind == TypeKind::CString ? "string"
                                        : tsType(K.Ty, /*IsParam=*/false);
}

void printEnum(raw_ostream &OS, const Enum &E) {
  OS << "export const " << E.JsName << ": {\n";
  for (const Enumerator &V : E.Enumerators)
    OS << "  readonly " << V.Name << ": "
       << (E.StringValued ? quote(V.String) : std::to_string(V.Value))
       << ";\n";
  OS << "};\n"
     << "export type " << E.JsName << " = (typeof " << E.JsName
     << ")[keyof typeof " << E.JsName << "];\n\n";
}

void printValue(raw_ostream &OS, const ValueStruct &V) {
  OS << "export interface " << V.JsName << " {\n";
  for (const Field &F : V.Fields)
    OS << "  " << F.Name << (F.Ty.Kind == TypeKind::Optional ? "?: " : ": ")
       << tsType(F.Ty, /*IsParam=*/false) << ";\n";
  OS << "}\n\n";
}

std::string signature(const CallPlan &C, bool WithResult) {
  SmallVector<std::string, 8> Params;
  for (const ParamPlan &P : C.Params)
    Params.push_back(P.Js + (P.Optional ? "?: " : ": ") +
                     tsType(P.Ty, /*IsParam=*/true));
  std::string S = "(" + join(Params, ", ") + ")";
  if (WithResult)
    S += ": " + tsType(C.Result, /*IsParam=*/false);
  return S;
}

/// `readonly name: T` without a setter, `name: T` when the setter takes
/// what the getter gives, else a `get`/`set` pair.
void printProperty(raw_ostream &OS, const PropertyPlan &Prop) {
  printDocComment(OS, "  ", Prop.Doc);
  std::string Get = tsType(Prop.Get.Result, /*IsParam=*/false);
  if (!Prop.Set) {
    OS << "  readonly " << Prop.Name << ": " << Get << ";\n";
    return;
  }
  const ParamPlan &Value = Prop.Set->Params.front();
  std::string Set = tsType(Value.Ty, /*IsParam=*/true);
  if (Set == Get) {
    OS << "  " << Prop.Name << ": " << Get << ";\n";
    return;
  }
  OS << "  get " << Prop.Name << "(): " << Get << ";\n"
     << "  set " << Prop.Name << "(" << Value.Js << ": " << Set << ");\n";
}

/// The declarations of C: one per overload of a dispatcher.
SmallVector<const CallPlan *, 4> declared(const CallPlan &C) {
  if (C.isDispatcher())
    return overloadsOf(C);
  return {&C};
}

} // namespace

/// Whether a base class of C (exported, in P) is one C++ owns.
bool baseOwnedByCpp(const Plan &P, const ClassPlan &C) {
  for (StringRef Base = C.Base; !Base.empty();) {
    const ClassPlan *B = nullptr;
    for (const ClassPlan &Other : P.Classes)
      if (Other.Name == Base)
        B = &Other;
    if (!B)
      return false;
    if (B->CppOwned)
      return true;
    Base = B->Base;
  }
  return false;
}

std::string overloadSignature(const CallPlan &C) {
  // `number` is an int and a double alike: the C++ types tell the overloads
  // apart (`set(k: string, v: number): void [v: int]`).
  SmallVector<std::string, 4> Numbers;
  for (const ParamPlan &P : C.Params)
    if (tsType(P.Ty, /*IsParam=*/true) == "number")
      Numbers.push_back(P.Js + ": " + P.Ty.Cpp);
  std::string S = C.Where + signature(C, C.JsName != "constructor");
  return Numbers.empty() ? S : S + " [" + join(Numbers, ", ") + "]";
}

void printTS(const Plan &P, raw_ostream &OS) {
  OS << "// generated by wasmport — do not edit\n\n";
  for (const Enum &E : P.Enums)
    printEnum(OS, E);
  for (const ValueStruct &V : P.Values)
    printValue(OS, V);
  for (const ConstantPlan &K : P.Constants) {
    printDocComment(OS, "", K.Doc);
    OS << "export const " << K.Name << ": " << constantType(K) << ";\n";
  }
  if (!P.Constants.empty())
    OS << "\n";
  for (const CallPlan &Fn : P.Functions)
    for (const CallPlan *F : declared(Fn)) {
      printCallDoc(OS, "", *F);
      OS << "export function " << F->JsName << signature(*F, true) << ";\n";
    }
  if (!P.Functions.empty())
    OS << "\n";
  for (const ClassPlan &C : P.Classes) {
    printDocComment(OS, "", C.Doc);
    OS << "export class " << C.Name
       << (C.Base.empty() ? "" : " extends " + C.Base) << " {\n";
    // TS forbids extending a class whose constructor is private.
    if (C.Constructors.empty())
      OS << "  " << (C.HasSubclasses ? "protected" : "private")
         << " constructor();\n";
    for (const CallPlan &Group : C.Constructors)
      for (const CallPlan *Ctor : declared(Group)) {
        printDocComment(OS, "  ", Ctor->Doc, Ctor->Params);
        OS << "  constructor" << signature(*Ctor, false) << ";\n";
      }
    // A class C++ owns: its free() throws (never returns). A subclass JS may
    // free returns void, which TS does not let override never.
    bool BaseOwned = baseOwnedByCpp(P, C);
    if (C.CppOwned)
      OS << "  /** C++ owns " << C.Name
         << " objects: free() throws a TypeError. */\n"
         << "  free(): never;\n"
         << "  [Symbol.dispose](): never;\n";
    else
      OS << "  /** Destroys the C++ object now; later calls throw. */\n"
         << (BaseOwned ? "  // @ts-ignore: the base's free() throws, this "
                         "one frees\n"
                       : "")
         << "  free(): void;\n"
         << (BaseOwned ? "  // @ts-ignore: as free()\n" : "")
         << "  [Symbol.dispose](): void;\n";
    for (const CallPlan &Group : C.Methods)
      for (const CallPlan *M : declared(Group)) {
        printCallDoc(OS, "  ", *M);
        OS << "  " << M->JsName << signature(*M, true) << ";\n";
      }
    for (const PropertyPlan &Prop : C.Properties)
      printProperty(OS, Prop);
    for (const CallPlan &Group : C.Statics)
      for (const CallPlan *M : declared(Group)) {
        printCallDoc(OS, "  ", *M);
        OS << "  static " << M->JsName << signature(*M, true) << ";\n";
      }
    for (const ConstantPlan &K : C.Constants) {
      printDocComment(OS, "  ", K.Doc);
      OS << "  static readonly " << K.Name << ": " << constantType(K) << ";\n";
    }
    OS << "}\n\n";
  }
  OS << "/** Introspection for tests and tools. */\n"
     << "export const __wasmport: {\n"
     << "  readonly liveObjects: () => number;\n";
  if (P.exportsJsValues())
    OS << "  /** JsValue handles C++ holds. */\n"
       << "  readonly jsValues: () => number;\n";
  OS
     << "  readonly memory: () => WebAssembly.Memory;\n"
     << "};\n";
  if (P.Opts.Tgt != Target::Web)
    return;
  OS << "\nexport type InitInput = RequestInfo | URL | Response | BufferSource "
        "| WebAssembly.Module;\n"
     << "/** Loads and instantiates the module; by default the .wasm next to "
        "this file. */\n"
     << "export default function init(input?: InitInput | Promise<InitInput> | "
        "{ module_or_path: InitInput | Promise<InitInput> }): Promise<void>;\n"
     << "export type SyncInitInput = BufferSource | WebAssembly.Module;\n"
     << "/** Instantiates the module synchronously. */\n"
     << "export function initSync(module: SyncInitInput | { module: "
        "SyncInitInput }): void;\n";
}

} // namespace wasmport::js
