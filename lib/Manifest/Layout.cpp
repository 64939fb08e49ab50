//===- Manifest/Layout.cpp - The slot layout of a manifest's types --------===//
//
// Maps each manifest kind to its entry in <wasmport/layout.h> and composes
// optionals and value structs by that header's rules; no number is written
// here.
//
//===----------------------------------------------------------------------===//
#include "Manifest/Layout.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/ErrorHandling.h"

using namespace llvm;

namespace wasmport::manifest {

const ValueStruct *findValueStruct(StringRef JsName,
                                   ArrayRef<ValueStruct> Values) {
  for (const ValueStruct &V : Values)
    if (V.JsName == JsName)
      return &V;
  return nullptr;
}

static const ValueStruct &valueStruct(const Type &T,
                                      ArrayRef<ValueStruct> Values) {
  if (const ValueStruct *V = findValueStruct(T.Class, Values))
    return *V;
  llvm_unreachable("a manifest defines every value struct it uses");
}

/// Places V's fields with layout::Struct; Offsets, if given, receives them.
static layout::Slot placeFields(const ValueStruct &V,
                                ArrayRef<ValueStruct> Values,
                                SmallVectorImpl<uint32_t> *Offsets) {
  layout::Struct S;
  for (const Field &F : V.Fields) {
    uint32_t At = S.add(slotOf(F.Ty, Values));
    if (Offsets)
      Offsets->push_back(At);
  }
  return S.layout();
}

layout::Slot slotOf(const Type &T, ArrayRef<ValueStruct> Values) {
  switch (T.Kind) {
  case TypeKind::Bool:
    return layout::Bool;
  case TypeKind::I8:
  case TypeKind::U8:
    return layout::Int8;
  case TypeKind::I16:
  case TypeKind::U16:
    return layout::Int16;
  case TypeKind::I32:
  case TypeKind::U32:
    return layout::Int32;
  case TypeKind::I64:
  case TypeKind::U64:
    return layout::Int64;
  case TypeKind::F32:
    return layout::Float32;
  case TypeKind::F64:
    return layout::Float64;
  case TypeKind::Enum:
    return layout::Enum;
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
    return layout::Object;
  case TypeKind::SharedPtr:
    return layout::Shared::Layout;
  case TypeKind::String:
  case TypeKind::Vector:
  case TypeKind::Map:
  case TypeKind::Set:
    return layout::Buffer::Layout;
  case TypeKind::Optional:
    return layout::Optional::of(slotOf(T.element(), Values));
  case TypeKind::Value:
    return placeFields(valueStruct(T, Values), Values, nullptr);
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
    return layout::Handle;
  case TypeKind::Void:
  case TypeKind::StringView:
  case TypeKind::CString:
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::Expected:
    break;
  }
  llvm_unreachable("not a kind that sits in a slot");
}

/// Whether T's slot holds only numbers, bools and enums.
static bool holdsNothingToFree(const Type &T, ArrayRef<ValueStruct> Values) {
  switch (T.Kind) {
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
  case TypeKind::Enum:
    return true;
  case TypeKind::Optional:
    return holdsNothingToFree(T.element(), Values);
  case TypeKind::Value:
    return llvm::all_of(valueStruct(T, Values).Fields, [&](const Field &F) {
      return holdsNothingToFree(F.Ty, Values);
    });
  case TypeKind::String:
  case TypeKind::StringView:
  case TypeKind::CString:
  case TypeKind::Vector:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::ClassValue:
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::UniquePtr:
  case TypeKind::SharedPtr:
  case TypeKind::JsValue:
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::Function:
  case TypeKind::Promise:
  case TypeKind::Expected:
  case TypeKind::Void:
    return false;
  }
  llvm_unreachable("unknown type kind");
}

bool resultInScratch(const Type &T, ArrayRef<ValueStruct> Values) {
  if (T.Kind != TypeKind::Value && T.Kind != TypeKind::Optional)
    return false;
  if (!holdsNothingToFree(T, Values))
    return false;
  layout::Slot S = slotOf(T, Values);
  return S.Size <= layout::ResultScratch::Layout.Size &&
         S.Align <= layout::ResultScratch::Layout.Align;
}

SmallVector<uint32_t, 8> fieldOffsets(const ValueStruct &V,
                                      ArrayRef<ValueStruct> Values) {
  SmallVector<uint32_t, 8> Offsets;
  placeFields(V, Values, &Offsets);
  return Offsets;
}

uint32_t optionalValueOffset(const Type &T, ArrayRef<ValueStruct> Values) {
  assert(T.Kind == TypeKind::Optional && "not an optional");
  return layout::Optional::valueOffset(slotOf(T.element(), Values));
}

uint32_t vectorStride(const Type &T, ArrayRef<ValueStruct> Values) {
  assert((T.Kind == TypeKind::Vector || T.Kind == TypeKind::Set ||
          T.Kind == TypeKind::Map) &&
         "not a vector, set or map");
  if (T.Kind == TypeKind::Map)
    return layout::Buffer::stride(layout::MapEntry::of(
        slotOf(T.key(), Values), slotOf(T.mapped(), Values)));
  return layout::Buffer::stride(slotOf(T.element(), Values));
}

uint32_t mapValueOffset(const Type &T, ArrayRef<ValueStruct> Values) {
  assert(T.Kind == TypeKind::Map && "not a map");
  return layout::MapEntry::valueOffset(slotOf(T.key(), Values),
                                       slotOf(T.mapped(), Values));
}

} // namespace wasmport::manifest
