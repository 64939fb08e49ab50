//===- Slots.cpp - JS side of values that cross in linear memory ----------===//
//
// The layout of slots, and the generated functions that write a checked JS
// value (the copy its check made) into a slot (__wasmport_write_<id>) and
// read one back (__wasmport_read_<id>). Names, checks and std::expected
// errors are in SlotChecks.cpp.
//
//===----------------------------------------------------------------------===//
#include "JS/Slots.h"

#include "Manifest/Layout.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ErrorHandling.h"

using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::js {

//===----------------------------------------------------------------------===//
// Layout: every size and offset comes from lib/Manifest/Layout, which reads
// the table <wasmport/wire.h> reads (<wasmport/layout.h>).
//===----------------------------------------------------------------------===//

SlotCodecs::Layout SlotCodecs::layout(const Type &T) const {
  layout::Slot S = slotOf(T, P.Values);
  return {S.Size, S.Align};
}

/// "at + N", or "at" for N = 0.
static std::string offsetFrom(StringRef At, uint32_t N) {
  return N ? (At + " + " + Twine(N)).str() : At.str();
}

const ValueStruct &SlotCodecs::valueStruct(StringRef JsName) const {
  for (const ValueStruct &V : P.Values)
    if (V.JsName == JsName)
      return V;
  llvm_unreachable("the planner checks that every value struct is defined");
}

const Enum &SlotCodecs::enumDecl(StringRef JsName) const {
  for (const Enum &E : P.Enums)
    if (E.JsName == JsName)
      return E;
  llvm_unreachable("the planner checks that every enum is defined");
}

//===----------------------------------------------------------------------===//
// Writing (JS → C++)
//===----------------------------------------------------------------------===//

static StringRef dataViewSuffix(TypeKind K) {
  switch (K) {
  case TypeKind::Bool:
  case TypeKind::U8: return "Uint8";
  case TypeKind::I8: return "Int8";
  case TypeKind::I16: return "Int16";
  case TypeKind::U16: return "Uint16";
  case TypeKind::I32:
  case TypeKind::Enum: return "Int32";
  case TypeKind::U32:
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise: return "Uint32";
  case TypeKind::I64: return "BigInt64";
  case TypeKind::U64: return "BigUint64";
  case TypeKind::F32: return "Float32";
  case TypeKind::F64: return "Float64";
  case TypeKind::Void:
  case TypeKind::String:
  case TypeKind::StringView:
  case TypeKind::CString:
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::SharedPtr:
  case TypeKind::Value:
  case TypeKind::Vector:
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::Expected:
    break;
  }
  llvm_unreachable("not a one-value kind");
}

void SlotCodecs::emitWrite(raw_ostream &OS, const Type &T, StringRef At,
                           StringRef V, StringRef In) {
  auto Set = [&](TypeKind K, StringRef Value) {
    H.require(Helper::GetDataView);
    OS << In << "__wasmport_dvSet" << dataViewSuffix(K)
       << "(__wasmport_getDataView(), " << At << ", " << Value
       << (dataViewSuffix(K).ends_with("8") ? "" : ", true") << ");\n";
  };
  switch (T.Kind) {
  case TypeKind::Bool:
    Set(T.Kind, V.str() + " ? 1 : 0");
    return;
  case TypeKind::String:
    H.require(Helper::WriteString);
    OS << In << "__wasmport_writeString(" << At << ", " << V << ");\n";
    return;
  case TypeKind::Enum:
    Set(T.Kind, enumToWire(T, V));
    return;
  case TypeKind::ClassValue:
    H.require(Helper::Object);
    Set(T.Kind, "__wasmport_ptrOf(" + V.str() + ")");
    return;
  case TypeKind::UniquePtr:
    // The object is C++'s now: JS's wrapper lets go of it.
    H.require(Helper::Object);
    Set(T.Kind, uniquePtrToWire(V, T.Class));
    return;
  case TypeKind::SharedPtr:
    H.require(Helper::GetDataView);
    OS << In << "__wasmport_dvSetUint32(__wasmport_getDataView(), "
       << offsetFrom(At, layout::Shared::Address) << ", " << V
       << " ? __wasmport_ptrOf(" << V << ") : 0, true);\n"
       << In << "__wasmport_dvSetUint32(__wasmport_getDataView(), "
       << offsetFrom(At, layout::Shared::Owner) << ", " << sharedOwnerToWire(V)
       << ", true);\n";
    return;
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
    // A new handle, which C++ takes over (wire::Codec).
    H.require(Helper::Heap);
    Set(T.Kind, "__wasmport_addHeap(" + V.str() + ")");
    return;
  case TypeKind::Vector:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::Value:
    OS << In << write(T) << "(" << At << ", " << V << ");\n";
    return;
  case TypeKind::Void:
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
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::Expected:
    Set(T.Kind, V);
    return;
  }
}

SlotCodecs::SlotShape SlotCodecs::slotShape(const Type &T) {
  switch (T.Kind) {
  case TypeKind::Vector: return SlotShape::Vector;
  case TypeKind::Optional: return SlotShape::Optional;
  case TypeKind::Map: return SlotShape::Map;
  case TypeKind::Set: return SlotShape::Set;
  case TypeKind::Value: return SlotShape::Value;
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
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
  case TypeKind::Expected:
    break;
  }
  llvm_unreachable("not a slot kind");
}

std::string SlotCodecs::write(const Type &T) {
  std::string Name = "__wasmport_write_" + id(T);
  if (!Done.try_emplace(Name, true).second)
    return Name;
  std::string Body;
  raw_string_ostream OS(Body);
  OS << "function " << Name << "(at, v) {\n";
  switch (slotShape(T)) {
  case SlotShape::Vector: {
    const Type &E = T.element();
    if (hasTypedArray(E.Kind)) {
      // v is typedCopy's copy of the bytes.
      H.require(Helper::WriteTyped);
      OS << "  __wasmport_writeTyped(at, v, " << elementBytes(E.Kind)
         << ");\n";
      break;
    }
    // v is the check's copy: an array of checked elements.
    uint32_t Stride = vectorStride(T, P.Values);
    H.require(Helper::GetDataView);
    H.require(Helper::AllocArg);
    OS << "  const n = v.length;\n"
       << "  const ptr = __wasmport_allocArg(n * " << Stride << ");\n"
       << "  for (let i = 0; i < n; i++) {\n";
    emitWrite(OS, E,
              Stride == 1 ? "ptr + i" : "ptr + i * " + std::to_string(Stride),
              "v[i]", "    ");
    OS << "  }\n"
       << "  const dv = __wasmport_getDataView();\n"
       << "  __wasmport_dvSetUint32(dv, "
       << offsetFrom("at", layout::Buffer::Data) << ", ptr, true);\n"
       << "  __wasmport_dvSetUint32(dv, "
       << offsetFrom("at", layout::Buffer::Length) << ", n, true);\n";
    break;
  }
  case SlotShape::Optional: {
    std::string Flag = offsetFrom("at", layout::Optional::Flag);
    H.require(Helper::GetDataView);
    OS << "  if (v === undefined || v === null) {\n"
       << "    __wasmport_dvSetUint8(__wasmport_getDataView(), " << Flag
       << ", 0);\n"
       << "    return;\n  }\n"
       << "  __wasmport_dvSetUint8(__wasmport_getDataView(), " << Flag
       << ", 1);\n";
    emitWrite(OS, T.element(),
              offsetFrom("at", optionalValueOffset(T, P.Values)), "v", "  ");
    break;
  }
  case SlotShape::Map:
  case SlotShape::Set: {
    // v is the check's copy: a map's keys and values alternating, a set's
    // elements.
    bool Map = T.Kind == TypeKind::Map;
    uint32_t Stride = vectorStride(T, P.Values);
    std::string Entry = "ptr + i * " + std::to_string(Stride);
    H.require(Helper::GetDataView);
    H.require(Helper::AllocArg);
    OS << "  const n = " << (Map ? "v.length >>> 1" : "v.length") << ";\n"
       << "  const ptr = __wasmport_allocArg(n * " << Stride << ");\n"
       << "  for (let i = 0; i < n; i++) {\n";
    if (Map) {
      emitWrite(OS, T.key(), offsetFrom(Entry, layout::MapEntry::Key),
                "v[2 * i]", "    ");
      emitWrite(OS, T.mapped(), offsetFrom(Entry, mapValueOffset(T, P.Values)),
                "v[2 * i + 1]", "    ");
    } else {
      emitWrite(OS, T.element(), Entry, "v[i]", "    ");
    }
    OS << "  }\n"
       << "  const dv = __wasmport_getDataView();\n"
       << "  __wasmport_dvSetUint32(dv, "
       << offsetFrom("at", layout::Buffer::Data) << ", ptr, true);\n"
       << "  __wasmport_dvSetUint32(dv, "
       << offsetFrom("at", layout::Buffer::Length) << ", n, true);\n";
    break;
  }
  case SlotShape::Value: {
    const ValueStruct &V = valueStruct(T.Class);
    SmallVector<uint32_t, 8> Offsets = fieldOffsets(V, P.Values);
    // v is the check's copy, with every field as an own data property.
    for (auto [F, Off] : zip(V.Fields, Offsets))
      emitWrite(OS, F.Ty, offsetFrom("at", Off), "v." + F.Name, "  ");
    break;
  }
  }
  OS << "}\n\n";
  Out += Body;
  return Name;
}

//===----------------------------------------------------------------------===//
// Reading (C++ → JS)
//===----------------------------------------------------------------------===//

std::string SlotCodecs::readExpr(const Type &T, StringRef At) {
  auto Get = [&](TypeKind K) {
    H.require(Helper::GetDataView);
    return ("__wasmport_dvGet" + dataViewSuffix(K) +
            "(__wasmport_getDataView(), " + At +
            (dataViewSuffix(K).ends_with("8") ? "" : ", true") + ")")
        .str();
  };
  switch (T.Kind) {
  case TypeKind::Bool:
    return Get(T.Kind) + " !== 0";
  case TypeKind::String:
    H.require(Helper::ReadString);
    return ("__wasmport_readString(" + At + ")").str();
  case TypeKind::Enum:
    return enumFromWire(T, Get(T.Kind));
  case TypeKind::ClassValue:
    H.require(Helper::Wrap);
    return "__wasmport_wrap(" + kindName(T.Class) + ", " + Get(T.Kind) + ")";
  case TypeKind::UniquePtr:
    H.require(Helper::WrapOrNull);
    return "__wasmport_wrapOrNull(" + kindName(T.Class) + ", " + Get(T.Kind) +
           ")";
  case TypeKind::SharedPtr:
    H.require(Helper::WrapShared);
    H.require(Helper::GetDataView);
    return "__wasmport_wrapShared(" + kindName(T.Class) +
           ", __wasmport_dvGetUint32(__wasmport_getDataView(), " +
           offsetFrom(At, layout::Shared::Address) +
           ", true), __wasmport_dvGetUint32(__wasmport_getDataView(), " +
           offsetFrom(At, layout::Shared::Owner) + ", true))";
  case TypeKind::JsValue:
  case TypeKind::Promise:
    // JS takes the handle C++ released over (wire::Codec).
    H.require(Helper::Heap);
    return "__wasmport_takeObject(" + Get(T.Kind) + ")";
  case TypeKind::Function:
    llvm_unreachable("C++ gives JS no std::function in a slot (Verify)");
  case TypeKind::Vector:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::Value:
    return read(T) + "(" + At.str() + ")";
  case TypeKind::Void:
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
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::Expected:
    return Get(T.Kind);
  }  llvm_unreachable("unknown TypeKind");
}

std::string SlotCodecs::read(const Type &T) {
  std::string Name = "__wasmport_read_" + id(T);
  if (!Done.try_emplace(Name, true).second)
    return Name;
  std::string Body;
  raw_string_ostream OS(Body);
  OS << "function " << Name << "(at) {\n";
  switch (slotShape(T)) {
  case SlotShape::Vector: {
    const Type &E = T.element();
    if (hasTypedArray(E.Kind)) {
      H.require(Helper::ReadTyped);
      OS << "  return __wasmport_readTyped(at, __wasmport_"
         << typedArrayName(E.Kind) << ");\n";
      break;
    }
    uint32_t Stride = vectorStride(T, P.Values);
    H.require(Helper::GetDataView);
    OS << "  const dv = __wasmport_getDataView();\n"
       << "  const ptr = __wasmport_dvGetUint32(dv, "
       << offsetFrom("at", layout::Buffer::Data)
       << ", true), n = __wasmport_dvGetUint32(dv, "
       << offsetFrom("at", layout::Buffer::Length) << ", true);\n"
       << "  const out = __wasmport_newArray(n);\n"
       << "  for (let i = 0; i < n; i++) out[i] = "
       << readExpr(E, Stride == 1 ? "ptr + i"
                                  : "ptr + i * " + std::to_string(Stride))
       << ";\n"
       << "  __wasmport_wasm.__wasmport_free(ptr);\n"
       << "  return __wasmport_arrayDone(out);\n";
    break;
  }
  case SlotShape::Optional: {
    H.require(Helper::GetDataView);
    OS << "  if (__wasmport_dvGetUint8(__wasmport_getDataView(), "
       << offsetFrom("at", layout::Optional::Flag)
       << ") === 0) return undefined;\n"
       << "  return "
       << readExpr(T.element(),
                   offsetFrom("at", optionalValueOffset(T, P.Values)))
       << ";\n";
    break;
  }
  case SlotShape::Map:
  case SlotShape::Set: {
    bool Map = T.Kind == TypeKind::Map;
    uint32_t Stride = vectorStride(T, P.Values);
    std::string Entry = "ptr + i * " + std::to_string(Stride);
    H.require(Helper::GetDataView);
    H.require(Helper::Collections);
    OS << "  const dv = __wasmport_getDataView();\n"
       << "  const ptr = __wasmport_dvGetUint32(dv, "
       << offsetFrom("at", layout::Buffer::Data)
       << ", true), n = __wasmport_dvGetUint32(dv, "
       << offsetFrom("at", layout::Buffer::Length) << ", true);\n"
       << "  const out = new __wasmport_" << (Map ? "Map" : "Set") << "();\n"
       << "  for (let i = 0; i < n; i++) ";
    if (Map)
      OS << "__wasmport_mapSet(out, "
         << readExpr(T.key(), offsetFrom(Entry, layout::MapEntry::Key)) << ", "
         << readExpr(T.mapped(),
                     offsetFrom(Entry, mapValueOffset(T, P.Values)))
         << ");\n";
    else
      OS << "__wasmport_setAdd(out, " << readExpr(T.element(), Entry)
         << ");\n";
    OS << "  __wasmport_wasm.__wasmport_free(ptr);\n"
       << "  return out;\n";
    break;
  }
  case SlotShape::Value: {
    const ValueStruct &V = valueStruct(T.Class);
    SmallVector<uint32_t, 8> Offsets = fieldOffsets(V, P.Values);
    OS << "  return {\n";
    for (auto [F, Off] : zip(V.Fields, Offsets))
      OS << "    " << F.Name << ": " << readExpr(F.Ty, offsetFrom("at", Off))
         << ",\n";
    OS << "  };\n";
    break;
  }
  }
  OS << "}\n\n";
  Out += Body;
  return Name;
}

} // namespace wasmport::js
