//===- Manifest.cpp - JSON form of the binding schema ---------------------===//
//
// llvm::json prints object keys sorted, so the output is byte-stable. Parsing
// goes through json::ObjectMapper so that every error carries the path to the
// offending field.
//
//===----------------------------------------------------------------------===//
#include "Manifest/Manifest.h"

#include "Manifest/Naming.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace wasmport::manifest {

StringRef typeKindName(TypeKind K) {
  switch (K) {
  case TypeKind::Void: return "void";
  case TypeKind::Bool: return "bool";
  case TypeKind::I8: return "i8";
  case TypeKind::U8: return "u8";
  case TypeKind::I16: return "i16";
  case TypeKind::U16: return "u16";
  case TypeKind::I32: return "i32";
  case TypeKind::U32: return "u32";
  case TypeKind::I64: return "i64";
  case TypeKind::U64: return "u64";
  case TypeKind::F32: return "f32";
  case TypeKind::F64: return "f64";
  case TypeKind::String: return "string";
  case TypeKind::StringView: return "string_view";
  case TypeKind::CString: return "cstring";
  case TypeKind::ClassRef: return "class_ref";
  case TypeKind::ClassPtr: return "class_ptr";
  case TypeKind::ClassValue: return "class_value";
  case TypeKind::UniquePtr: return "unique_ptr";
  case TypeKind::SharedPtr: return "shared_ptr";
  case TypeKind::Enum: return "enum";
  case TypeKind::Value: return "value";
  case TypeKind::Vector: return "vector";
  case TypeKind::Span: return "span";
  case TypeKind::SpanMut: return "span_mut";
  case TypeKind::Optional: return "optional";
  case TypeKind::Map: return "map";
  case TypeKind::Set: return "set";
  case TypeKind::JsValue: return "jsvalue";
  case TypeKind::Function: return "function";
  case TypeKind::Promise: return "promise";
  case TypeKind::Expected: return "expected";
  }
  return ""; // Not a TypeKind: ends kindFromName's walk.
}

/// The kind whose name NameOf gives as Name. Each switch above is the one
/// table of its names: this walks the enumerators (0, 1, ... until NameOf
/// returns "") rather than keeping a second table for this direction.
template <typename Kind>
static std::optional<Kind> kindFromName(StringRef Name,
                                        StringRef (*NameOf)(Kind)) {
  for (int I = 0;; ++I) {
    StringRef Candidate = NameOf(static_cast<Kind>(I));
    if (Candidate.empty())
      return std::nullopt;
    if (Candidate == Name)
      return static_cast<Kind>(I);
  }
}

ArrayRef<TypeKind> allTypeKinds() {
  static const std::vector<TypeKind> All = [] {
    std::vector<TypeKind> Kinds;
    for (int I = 0; !typeKindName(static_cast<TypeKind>(I)).empty(); ++I)
      Kinds.push_back(static_cast<TypeKind>(I));
    return Kinds;
  }();
  return All;
}

TypeGroup typeGroup(TypeKind K) {
  switch (K) {
  case TypeKind::Void:
    return TypeGroup::Void;
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
    return TypeGroup::Number;
  case TypeKind::String:
  case TypeKind::StringView:
  case TypeKind::CString:
    return TypeGroup::String;
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
  case TypeKind::SharedPtr:
    return TypeGroup::Object;
  case TypeKind::Enum:
    return TypeGroup::Enum;
  case TypeKind::Value:
  case TypeKind::Vector:
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
    return TypeGroup::Memory;
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
    return TypeGroup::Handle;
  case TypeKind::Expected:
    return TypeGroup::Expected;
  }
  llvm_unreachable("unknown TypeKind");
}

bool isPromiseValue(const Type &T) {
  switch (typeGroup(T.Kind)) {
  case TypeGroup::Void:
  case TypeGroup::Number:
    return true;
  case TypeGroup::String:
    return T.Kind == TypeKind::String;
  case TypeGroup::Handle:
    return T.Kind == TypeKind::JsValue;
  case TypeGroup::Memory:
    return T.Kind == TypeKind::Optional && T.Args.size() == 1 &&
           (typeGroup(T.element().Kind) == TypeGroup::Number ||
            T.element().Kind == TypeKind::String);
  case TypeGroup::Object:
  case TypeGroup::Enum:
  case TypeGroup::Expected:
    return false;
  }
  return false;
}

bool hasTypedArray(TypeKind K) {
  return K != TypeKind::Bool && typeGroup(K) == TypeGroup::Number;
}

bool isMapKey(TypeKind K) {
  return K == TypeKind::String || K == TypeKind::Enum ||
         (typeGroup(K) == TypeGroup::Number && K != TypeKind::F32 &&
          K != TypeKind::F64);
}

bool isNumberVector(const Type &T) {
  return T.Kind == TypeKind::Vector && hasTypedArray(T.element().Kind);
}

bool isFlatSequence(const Type &T) {
  return isNumberVector(T) || T.Kind == TypeKind::Span ||
         T.Kind == TypeKind::SpanMut;
}

std::string vectorMakerSymbol(const Type &T) {
  return isNumberVector(T) ? naming::vectorSymbol(typeKindName(T.element().Kind))
                           : std::string();
}

std::optional<TypeKind> typeKindFromName(StringRef Name) {
  return kindFromName(Name, typeKindName);
}

StringRef functionKindName(FunctionKind K) {
  switch (K) {
  case FunctionKind::Free: return "function";
  case FunctionKind::Constructor: return "constructor";
  case FunctionKind::Method: return "method";
  case FunctionKind::Static: return "static";
  case FunctionKind::Start: return "start";
  case FunctionKind::Getter: return "getter";
  case FunctionKind::Setter: return "setter";
  case FunctionKind::FieldGet: return "field_get";
  case FunctionKind::FieldSet: return "field_set";
  }
  return ""; // Not a FunctionKind: ends kindFromName's walk.
}

bool isAccessor(FunctionKind K) {
  switch (K) {
  case FunctionKind::Getter:
  case FunctionKind::Setter:
  case FunctionKind::FieldGet:
  case FunctionKind::FieldSet:
    return true;
  case FunctionKind::Free:
  case FunctionKind::Constructor:
  case FunctionKind::Method:
  case FunctionKind::Static:
  case FunctionKind::Start:
    return false;
  }
  llvm_unreachable("unknown FunctionKind");
}

std::optional<FunctionKind> functionKindFromName(StringRef Name) {
  return kindFromName(Name, functionKindName);
}

StringRef importFormName(ImportForm F) {
  switch (F) {
  case ImportForm::Global: return "global";
  case ImportForm::Path: return "path";
  case ImportForm::Module: return "module";
  }
  return ""; // Not an ImportForm: ends kindFromName's walk.
}

std::optional<ImportForm> importFormFromName(StringRef Name) {
  return kindFromName(Name, importFormName);
}

StringRef importKindName(ImportKind K) {
  switch (K) {
  case ImportKind::Function: return "function";
  case ImportKind::Constructor: return "constructor";
  case ImportKind::Method: return "method";
  case ImportKind::Static: return "static";
  case ImportKind::Getter: return "getter";
  case ImportKind::Setter: return "setter";
  }
  return ""; // Not an ImportKind: ends kindFromName's walk.
}

std::optional<ImportKind> importKindFromName(StringRef Name) {
  return kindFromName(Name, importKindName);
}

bool hasReceiver(ImportKind K) {
  switch (K) {
  case ImportKind::Method:
  case ImportKind::Getter:
  case ImportKind::Setter:
    return true;
  case ImportKind::Function:
  case ImportKind::Constructor:
  case ImportKind::Static:
    return false;
  }
  llvm_unreachable("unknown ImportKind");
}

std::string describeImport(const Import &I) {
  std::string Out;
  switch (I.Kind) {
  case ImportKind::Function:
    Out = I.Name;
    break;
  case ImportKind::Constructor:
    Out = "new " + I.Name;
    break;
  case ImportKind::Method:
  case ImportKind::Getter:
  case ImportKind::Setter:
    Out = I.Name + ".prototype." + I.Member;
    break;
  case ImportKind::Static:
    Out = I.Name + "." + I.Member;
    break;
  }
  if (I.Form == ImportForm::Module)
    Out += " from \"" + I.Module + "\"";
  return Out;
}

std::string escapeForMessage(StringRef Text) {
  std::string Out;
  raw_string_ostream OS(Out);
  for (unsigned char C : Text) {
    if (C == '\\')
      OS << "\\\\";
    else if (C == '\n')
      OS << "\\n";
    else if (C == '\r')
      OS << "\\r";
    else if (C == '\t')
      OS << "\\t";
    else if (C < 0x20 || C == 0x7f)
      OS << "\\x" << hexdigit(C >> 4, /*LowerCase=*/true)
         << hexdigit(C & 0xf, /*LowerCase=*/true);
    else
      OS << C;
  }
  return Out;
}

//===----------------------------------------------------------------------===//
// Writing
bool isConstantKind(TypeKind K) {
  switch (K) {
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
  case TypeKind::StringView:
  case TypeKind::CString:
  case TypeKind::Enum:
    return true;
  // A std::string is never constexpr past its call; the others hold objects,
  // memory or JS values, which a compile-time value is not.
  case TypeKind::Void:
  case TypeKind::String:
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
  case TypeKind::SharedPtr:
  case TypeKind::Value:
  case TypeKind::Vector:
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
  case TypeKind::Expected:
    return false;
  }
  llvm_unreachable("covered switch");
}

//===----------------------------------------------------------------------===//

static json::Value toJSON(const Type &T) {
  json::Object O{{"kind", typeKindName(T.Kind)}, {"cpp", T.Cpp}};
  if (!T.Class.empty())
    O["class"] = T.Class;
  if (!T.Args.empty()) {
    json::Array Args;
    for (const Type &A : T.Args)
      Args.push_back(toJSON(A));
    O["args"] = std::move(Args);
  }
  return O;
}

static json::Value toJSON(const Location &L) {
  return json::Object{{"file", L.File}, {"line", L.Line}, {"column", L.Column}};
}

static json::Value paramsToJSON(const std::vector<Param> &Params) {
  json::Array A;
  for (const Param &P : Params) {
    json::Object O{{"name", P.Name}, {"type", toJSON(P.Ty)}};
    if (!P.Doc.empty())
      O["doc"] = P.Doc;
    if (P.Optional)
      O["optional"] = true;
    A.push_back(std::move(O));
  }
  return A;
}

static json::Value toJSON(const Function &F) {
  json::Object O{{"kind", functionKindName(F.Kind)},
                 {"js", F.JsName},
                 {"cpp", F.CppName},
                 {"symbol", F.Symbol},
                 {"params", paramsToJSON(F.Params)},
                 {"result", toJSON(F.Result)},
                 {"loc", toJSON(F.Loc)}};
  if (!F.Doc.empty())
    O["doc"] = F.Doc;
  if (!F.ReturnsDoc.empty())
    O["returns_doc"] = F.ReturnsDoc;
  if (F.Exceptions)
    O["exceptions"] = true;
  if (F.Foreign)
    O["foreign"] = true;
  return O;
}

template <typename T> static json::Value arrayToJSON(const std::vector<T> &V) {
  json::Array A;
  for (const T &E : V)
    A.push_back(toJSON(E));
  return A;
}

static json::Value toJSON(const Import &I);
static json::Value toJSON(const Virtual &V) {
  json::Value O = toJSON(V.Call);
  O.getAsObject()->try_emplace("pure", V.Pure);
  return O;
}

static json::Value toJSON(const Constant &K) {
  json::Object O{{"js", K.JsName},
                 {"cpp", K.CppName},
                 {"type", toJSON(K.Ty)},
                 {"value", K.Value},
                 {"loc", toJSON(K.Loc)}};
  if (!K.Doc.empty())
    O["doc"] = K.Doc;
  return O;
}

static json::Value toJSON(const Class &C) {
  json::Object O{{"js", C.JsName},
                 {"cpp", C.CppName},
                 {"constructors", arrayToJSON(C.Constructors)},
                 {"methods", arrayToJSON(C.Methods)},
                 {"loc", toJSON(C.Loc)}};
  // A class C++ owns has no destructor thunk.
  if (C.CppOwned)
    O["cpp_owned"] = true;
  else
    O["delete"] = C.DeleteSymbol;
  if (!C.Base.empty())
    O["base"] = C.Base;
  if (!C.Doc.empty())
    O["doc"] = C.Doc;
  if (C.Abstract)
    O["abstract"] = true;
  if (!C.Virtuals.empty())
    O["virtuals"] = arrayToJSON(C.Virtuals);
  if (!C.SubclassConstructors.empty())
    O["subclass_constructors"] = arrayToJSON(C.SubclassConstructors);
  if (!C.Constants.empty())
    O["constants"] = arrayToJSON(C.Constants);
  return O;
}

static json::Value toJSON(const Import &I) {
  // Function imports, the first kind, keep the fields of schema version 2.
  json::Object O{{"form", importFormName(I.Form)},
                 {"name", I.Name},
                 {"cpp", I.CppName},
                 {"symbol", I.Symbol},
                 {"noexcept", I.NoExcept},
                 {"params", paramsToJSON(I.Params)},
                 {"result", toJSON(I.Result)},
                 {"loc", toJSON(I.Loc)}};
  // Written whenever set, so that what the verifier refuses (a module on a
  // form other than 'module') survives a round trip and is refused again.
  if (!I.Module.empty())
    O["module"] = I.Module;
  if (I.Kind != ImportKind::Function)
    O["kind"] = importKindName(I.Kind);
  if (!I.Member.empty())
    O["member"] = I.Member;
  if (I.Const)
    O["const"] = true;
  if (I.Exceptions)
    O["exceptions"] = true;
  return O;
}

static json::Value toJSON(const Enum &E) {
  json::Array Values;
  for (const Enumerator &V : E.Enumerators) {
    json::Object O{{"name", V.Name}, {"value", V.Value}};
    if (E.StringValued)
      O["string"] = V.String;
    Values.push_back(std::move(O));
  }
  return json::Object{{"js", E.JsName},
                      {"cpp", E.CppName},
                      {"underlying", typeKindName(E.Underlying)},
                      {"strings", E.StringValued},
                      {"values", std::move(Values)},
                      {"loc", toJSON(E.Loc)}};
}

static json::Value toJSON(const ValueStruct &V) {
  json::Array Fields;
  for (const Field &F : V.Fields)
    Fields.push_back(json::Object{{"name", F.Name}, {"type", toJSON(F.Ty)}});
  return json::Object{{"js", V.JsName},
                      {"cpp", V.CppName},
                      {"fields", std::move(Fields)},
                      {"loc", toJSON(V.Loc)}};
}

json::Value toJSON(const Manifest &M) {
  json::Object O{{"wasmport", M.Version},
                 {"functions", arrayToJSON(M.Functions)},
                 {"classes", arrayToJSON(M.Classes)},
                 {"imports", arrayToJSON(M.Imports)},
                 {"starts", arrayToJSON(M.Starts)},
                 {"enums", arrayToJSON(M.Enums)},
                 {"values", arrayToJSON(M.Values)}};
  if (!M.Tests.empty())
    O["tests"] = arrayToJSON(M.Tests);
  if (!M.Constants.empty())
    O["constants"] = arrayToJSON(M.Constants);
  return O;
}

std::string toJSONText(const Manifest &M, bool Pretty) {
  std::string S;
  raw_string_ostream OS(S);
  if (Pretty)
    OS << formatv("{0:2}", toJSON(M));
  else
    OS << toJSON(M);
  return S;
}

//===----------------------------------------------------------------------===//
// Reading
//===----------------------------------------------------------------------===//

// The reader maps JSON to the structs and fails only where it cannot: a
// missing field, a JSON value of the wrong type, an unknown kind name.
// Whether what it read makes sense (names, shapes, references) is
// manifest::verify's to decide (Verify.h), for manifests read and made alike.

/// Maps the kind name at Key of O to Out through FromName; an optional key
/// stands for Default when absent.
template <typename Kind>
static bool mapKind(json::ObjectMapper &O, json::Path P, StringLiteral Key,
                    Kind &Out, std::optional<Kind> (*FromName)(StringRef),
                    StringLiteral What, StringRef Default = "") {
  std::string Name = Default.str();
  if (Default.empty() ? !O.map(Key, Name) : !O.mapOptional(Key, Name))
    return false;
  std::optional<Kind> K = FromName(Name);
  if (!K) {
    P.field(Key).report(What);
    return false;
  }
  Out = *K;
  return true;
}

static bool fromJSON(const json::Value &V, Type &T, json::Path P) {
  json::ObjectMapper O(V, P);
  return O &&
         mapKind(O, P, "kind", T.Kind, typeKindFromName, "unknown type kind") &&
         O.map("cpp", T.Cpp) && O.mapOptional("class", T.Class) &&
         O.mapOptional("args", T.Args);
}

static bool fromJSON(const json::Value &V, Location &L, json::Path P) {
  json::ObjectMapper O(V, P);
  return O && O.map("file", L.File) && O.map("line", L.Line) &&
         O.map("column", L.Column);
}

static bool fromJSON(const json::Value &V, Param &Pa, json::Path P) {
  json::ObjectMapper O(V, P);
  return O && O.map("name", Pa.Name) && O.map("type", Pa.Ty) &&
         O.mapOptional("doc", Pa.Doc) &&
         O.mapOptional("optional", Pa.Optional);
}

static bool fromJSON(const json::Value &V, Function &F, json::Path P) {
  json::ObjectMapper O(V, P);
  return O &&
         mapKind(O, P, "kind", F.Kind, functionKindFromName,
                 "unknown function kind") &&
         O.map("js", F.JsName) && O.map("cpp", F.CppName) &&
         O.map("symbol", F.Symbol) && O.map("params", F.Params) &&
         O.map("result", F.Result) && O.map("loc", F.Loc) &&
         O.mapOptional("doc", F.Doc) &&
         O.mapOptional("returns_doc", F.ReturnsDoc) &&
         O.mapOptional("exceptions", F.Exceptions) &&
         O.mapOptional("foreign", F.Foreign);
}

static bool fromJSON(const json::Value &V, Import &I, json::Path P);
static bool fromJSON(const json::Value &V, Virtual &Vi, json::Path P) {
  json::ObjectMapper O(V, P);
  return O && fromJSON(V, Vi.Call, P) && O.map("pure", Vi.Pure);
}

static bool fromJSON(const json::Value &V, Constant &K, json::Path P) {
  json::ObjectMapper O(V, P);
  if (!O || !O.map("js", K.JsName) || !O.map("cpp", K.CppName) ||
      !O.map("type", K.Ty) || !O.map("loc", K.Loc) ||
      !O.mapOptional("doc", K.Doc))
    return false;
  // Any JSON value: whether it suits the type is the verifier's to say.
  const json::Value *Value = V.getAsObject()->get("value");
  if (!Value) {
    P.field("value").report("missing value");
    return false;
  }
  K.Value = *Value;
  return true;
}

static bool fromJSON(const json::Value &V, Class &C, json::Path P) {
  json::ObjectMapper O(V, P);
  return O && O.map("js", C.JsName) && O.map("cpp", C.CppName) &&
         O.mapOptional("delete", C.DeleteSymbol) &&
         O.mapOptional("cpp_owned", C.CppOwned) &&
         O.map("constructors", C.Constructors) &&
         O.map("methods", C.Methods) && O.map("loc", C.Loc) &&
         O.mapOptional("base", C.Base) && O.mapOptional("doc", C.Doc) &&
         O.mapOptional("abstract", C.Abstract) &&
         O.mapOptional("virtuals", C.Virtuals) &&
         O.mapOptional("subclass_constructors", C.SubclassConstructors) &&
         O.mapOptional("constants", C.Constants);
}

static bool fromJSON(const json::Value &V, Import &I, json::Path P) {
  json::ObjectMapper O(V, P);
  // "kind" is written only for the kinds after Function (schema version 2).
  return O &&
         mapKind(O, P, "form", I.Form, importFormFromName,
                 "unknown import form") &&
         mapKind(O, P, "kind", I.Kind, importKindFromName,
                 "unknown import kind", importKindName(ImportKind::Function)) &&
         O.map("name", I.Name) && O.map("cpp", I.CppName) &&
         O.map("symbol", I.Symbol) && O.map("noexcept", I.NoExcept) &&
         O.map("params", I.Params) && O.map("result", I.Result) &&
         O.map("loc", I.Loc) && O.mapOptional("module", I.Module) &&
         O.mapOptional("member", I.Member) && O.mapOptional("const", I.Const) &&
         O.mapOptional("exceptions", I.Exceptions);
}

static bool fromJSON(const json::Value &V, Enumerator &E, json::Path P) {
  json::ObjectMapper O(V, P);
  return O && O.map("name", E.Name) && O.map("value", E.Value) &&
         O.mapOptional("string", E.String);
}

static bool fromJSON(const json::Value &V, Enum &E, json::Path P) {
  json::ObjectMapper O(V, P);
  return O && O.map("js", E.JsName) && O.map("cpp", E.CppName) &&
         mapKind(O, P, "underlying", E.Underlying, typeKindFromName,
                 "unknown type kind") &&
         O.map("strings", E.StringValued) && O.map("values", E.Enumerators) &&
         O.map("loc", E.Loc);
}

static bool fromJSON(const json::Value &V, Field &F, json::Path P) {
  json::ObjectMapper O(V, P);
  return O && O.map("name", F.Name) && O.map("type", F.Ty);
}

static bool fromJSON(const json::Value &V, ValueStruct &S, json::Path P) {
  json::ObjectMapper O(V, P);
  return O && O.map("js", S.JsName) && O.map("cpp", S.CppName) &&
         O.map("fields", S.Fields) && O.map("loc", S.Loc);
}

Expected<Manifest> fromJSON(const json::Value &V) {
  Manifest M;
  json::Path::Root Root("manifest");
  const json::Object *Obj = V.getAsObject();
  if (!Obj)
    return createStringError(inconvertibleErrorCode(),
                             "manifest is not a JSON object");
  // std::optional<int64_t> (llvm::Optional in LLVM 14).
  auto Version = Obj->getInteger("wasmport");
  if (!Version)
    return createStringError(inconvertibleErrorCode(),
                             "manifest has no integer 'wasmport' version");
  if (*Version != SchemaVersion)
    return createStringError(
        inconvertibleErrorCode(),
        "manifest schema version %lld is not supported by this wasmport-js, "
        "which reads version %lld; rebuild the module and the tools from the "
        "same wasmport release",
        static_cast<long long>(*Version),
        static_cast<long long>(SchemaVersion));
  M.Version = *Version;
  json::ObjectMapper O(V, Root);
  if (!O.map("functions", M.Functions) || !O.map("classes", M.Classes) ||
      !O.map("imports", M.Imports) || !O.map("starts", M.Starts) ||
      !O.map("enums", M.Enums) || !O.map("values", M.Values) ||
      !O.mapOptional("tests", M.Tests) ||
      !O.mapOptional("constants", M.Constants)) {
    std::string Msg;
    raw_string_ostream OS(Msg);
    OS << toString(Root.getError());
    return createStringError(inconvertibleErrorCode(), Msg);
  }
  return M;
}

Expected<Manifest> parseManifest(StringRef Text) {
  Expected<json::Value> V = json::parse(Text);
  if (!V)
    return createStringError(inconvertibleErrorCode(),
                             "malformed manifest JSON: " +
                                 toString(V.takeError()));
  return fromJSON(*V);
}

} // namespace wasmport::manifest
