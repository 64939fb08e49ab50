//===- VerifyTypes.cpp - What a valid manifest's types are ----------------===//
//
// The part of manifest::verify that checks one type where it sits: its type
// arguments, the kinds valid in each position, the entity it names. The
// kinds valid in each position follow what the type classifier
// (lib/Frontend/TypeClassifier.cpp) gives each position; allowed() is the
// table, and messages list what it accepts.
//
//===----------------------------------------------------------------------===//
#include "Manifest/VerifyInternal.h"

#include "Manifest/Naming.h"

#include "llvm/ADT/STLExtras.h"

using namespace llvm;

namespace wasmport::manifest::verifier {

namespace {

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
    // Lent to JS for the call of an import or a JS override.
    return Export || P == Position::ImportParam;
  case TypeKind::Span:
    // Copied out to JS as a typed array for an import's call.
    return Export || P == Position::ImportParam;
  case TypeKind::SpanMut:
    return Export;
  case TypeKind::SharedPtr:
    return Export || P == Position::Element;
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
  case TypeKind::Enum:
  case TypeKind::Value:
  case TypeKind::Vector:
    return Export || Import || P == Position::Element;
  case TypeKind::Optional:
    return Export || Import || P == Position::Element || Signature;
  case TypeKind::Map:
  case TypeKind::Set:
    return Export || Import || P == Position::Element;
  case TypeKind::JsValue:
  case TypeKind::Promise:
    return Export || Import || Signature || P == Position::Element;
  case TypeKind::Function:
    // A function returned to JS would have no owner; as an element it comes
    // from JS only (TypeChecker::holdsFunction).
    return P == Position::ExportParam || Import || P == Position::Element ||
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
  case TypeKind::Set:
  case TypeKind::Promise:
    return 1;
  case TypeKind::Map:
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

} // namespace

/// True for Name made of JS identifiers joined by single dots.
bool isDottedPath(StringRef Name) {
  SmallVector<StringRef, 4> Segments;
  Name.split(Segments, '.');
  return all_of(Segments, naming::isJSIdentifier);
}

bool TypeChecker::holdsFunction(const Type &T, StringSet<> &Seen) const {
  auto Holds = [&](const Type &E) {
    return E.Kind == TypeKind::Function || holdsFunction(E, Seen);
  };
  if (T.Kind == TypeKind::Vector || T.Kind == TypeKind::Optional)
    return !T.Args.empty() && Holds(T.element());
  if (T.Kind == TypeKind::Map)
    return T.Args.size() == 2 && Holds(T.mapped());
  if (T.Kind != TypeKind::Value || !Seen.insert(T.Class).second)
    return false;
  const ValueStruct *V = Values.lookup(T.Class);
  return V && any_of(V->Fields, [&](const Field &F) { return Holds(F.Ty); });
}

Error TypeChecker::arity(const Type &T, const Twine &Entity,
                         const std::string &Where, bool Nested) const {
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
                 : T.Kind == TypeKind::Map ? "two (its key and value types)"
                              : "two (its value and error types)"));
  for (const Type &A : T.Args)
    if (Error E = arity(A, Entity, Where, true))
      return E;
  return Error::success();
}

Error TypeChecker::type(const Type &T, Position P, const Twine &Entity,
                        const std::string &Where, bool Nested) const {
  if (Error E = checkText(T.Cpp, Entity, "the C++ spelling of " + Where))
    return E;
  if (Error E = checkText(T.Class, Entity, "the class name of " + Where))
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
  if (!Nested && (P == Position::ExportResult || P == Position::ImportParam)) {
    StringSet<> Seen;
    if (holdsFunction(T, Seen))
      return fail(Entity + ": " + Where +
                  " holds a function inside a vector, optional, map or value "
                  "struct; those cross from JS to C++ only (export "
                  "parameters, import results)");
  }
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
    if (InClasses && InClasses->lookup(T.Class)->CppOwned &&
        (T.Kind == TypeKind::ClassValue || T.Kind == TypeKind::UniquePtr))
      return fail(Entity + ": " + Where + " " + Verb + " " + aKind(T.Kind) +
                  " of " + q(T.Class) + ", whose objects C++ owns; they "
                  "cross only as class_ref or class_ptr");
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
  case TypeKind::Map:
  case TypeKind::Set: {
    const Type &Key = T.Args[0];
    if (!isMapKey(Key.Kind))
      return fail(Entity + ": " + Where + " " + Verb + " " + aKind(T.Kind) +
                  " with " + aKind(Key.Kind) + " " +
                  (T.Kind == TypeKind::Map ? "key" : "element") +
                  "; keys are bool, integers, string or enums");
    if (Error E = type(Key, Position::Element, Entity, Where, true))
      return E;
    if (T.Kind == TypeKind::Set)
      return Error::success();
    if (T.mapped().Kind == TypeKind::Function)
      return fail(Entity + ": " + Where + " " + Verb +
                  " a map of functions; a map's values are element types "
                  "other than function");
    return type(T.mapped(), Position::Element, Entity, Where, true);
  }
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
    for (size_t I = 0; I != T.Args.size(); ++I)
      if (Error E = type(T.Args[I],
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

} // namespace wasmport::manifest::verifier
