//===- Overloads.cpp - Which JS arguments an overload accepts -------------===//
//
// The JS values each parameter's argument check accepts (mirroring the
// checks of lib/JS: JSSyntax.cpp's leaf checks, the object brand checks, the
// slot checks) and from them whether two overloads could accept one call.
// Deliberately generous: a value some check might accept counts as accepted,
// so that two own overloads JS cannot tell apart are always reported.
//
//===----------------------------------------------------------------------===//
#include "Manifest/Overloads.h"

#include "llvm/Support/ErrorHandling.h"

#include <algorithm>

using namespace llvm;

namespace wasmport::manifest {

AcceptedValues acceptedValues(const Type &T) {
  using A = AcceptedValues;
  switch (T.Kind) {
  case TypeKind::Bool:
    return {A::Boolean, ""};
  case TypeKind::I8:
  case TypeKind::U8:
  case TypeKind::I16:
  case TypeKind::U16:
  case TypeKind::I32:
  case TypeKind::U32:
    return {A::Integer, ""};
  case TypeKind::F32:
  case TypeKind::F64:
    return {A::Integer | A::Fraction, ""};
  case TypeKind::I64:
  case TypeKind::U64:
    return {A::BigInt, ""};
  case TypeKind::String:
  case TypeKind::StringView:
    return {A::String, ""};
  case TypeKind::CString:
    return {A::String | A::Null, ""};
  case TypeKind::ClassRef:
  case TypeKind::ClassValue:
    return {A::Instance, T.Class};
  case TypeKind::ClassPtr:
  case TypeKind::UniquePtr:
  case TypeKind::SharedPtr:
    return {A::Instance | A::Null | A::Undefined, T.Class};
  case TypeKind::Enum:
    // Numeric enums take their numbers, string enums their strings.
    return {A::Integer | A::String, ""};
  case TypeKind::Vector:
  case TypeKind::Span:
  case TypeKind::SpanMut:
    return {A::Array, ""};
  case TypeKind::Optional: {
    AcceptedValues Inner = acceptedValues(T.element());
    Inner.Kinds |= A::Undefined | A::Null;
    return Inner;
  }
  case TypeKind::Map:
    // A Map, or a plain object for string keys.
    return {A::Object, ""};
  case TypeKind::Set:
    // A Set or an array.
    return {A::Object | A::Array, ""};
  case TypeKind::Value:
    return {A::Instance | A::Array | A::Object, ""};
  case TypeKind::JsValue:
  case TypeKind::Promise:
    return {A::Any, ""};
  case TypeKind::Function:
    return {A::Function, ""};
  case TypeKind::Void:
  case TypeKind::Expected:
    break;
  }
  llvm_unreachable("void or std::expected parameter");
}

bool couldAcceptSame(const Type &A, const Type &B, RelatedFn Related) {
  AcceptedValues X = acceptedValues(A), Y = acceptedValues(B);
  unsigned Common = X.Kinds & Y.Kinds;
  if (Common & ~unsigned(AcceptedValues::Instance))
    return true;
  if (!(Common & AcceptedValues::Instance))
    return false;
  return X.Class.empty() || Y.Class.empty() || Related(X.Class, Y.Class);
}

bool couldAcceptSame(const Function &A, const Function &B, RelatedFn Related) {
  // The fewest arguments both take: more arguments only add conditions.
  size_t N = std::max(A.requiredParams(), B.requiredParams());
  if (N > A.Params.size() || N > B.Params.size())
    return false;
  for (size_t I = 0; I != N; ++I)
    if (!couldAcceptSame(A.Params[I].Ty, B.Params[I].Ty, Related))
      return false;
  return true;
}

bool relatedClasses(const Manifest &M, StringRef A, StringRef B) {
  auto Extends = [&](StringRef Derived, StringRef Base) {
    // verify() rejects cycles; the bound keeps a bad manifest finite.
    for (size_t Steps = 0; Steps <= M.Classes.size() && !Derived.empty();
         ++Steps) {
      if (Derived == Base)
        return true;
      auto It = llvm::find_if(
          M.Classes, [&](const Class &C) { return C.JsName == Derived; });
      if (It == M.Classes.end())
        return false;
      Derived = It->Base;
    }
    return false;
  };
  return Extends(A, B) || Extends(B, A);
}

std::pair<const Function *, const Function *>
ambiguousOverloads(ArrayRef<const Function *> Group, RelatedFn Related) {
  for (size_t J = 1; J < Group.size(); ++J)
    for (size_t I = 0; I != J; ++I)
      if (!mayShareArguments(*Group[I], *Group[J]) &&
          couldAcceptSame(*Group[I], *Group[J], Related))
        return {Group[I], Group[J]};
  return {nullptr, nullptr};
}

} // namespace wasmport::manifest
