//===- Slots.cpp - JS side of values that cross in linear memory ----------===//
//
// The layout of slots, and the generated functions that write a checked JS
// value into a slot (__wasmport_write_<id>) and read one back
// (__wasmport_read_<id>). Names, checks and std::expected errors are in
// SlotChecks.cpp.
//
//===----------------------------------------------------------------------===//
#include "JS/Slots.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ErrorHandling.h"

using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::js {

//===----------------------------------------------------------------------===//
// Layout: must agree with Codec in <wasmport/wire.h>.
//===----------------------------------------------------------------------===//

static unsigned alignTo(unsigned N, unsigned A) { return (N + A - 1) / A * A; }

SlotCodecs::Layout SlotCodecs::layout(const Type &T) const {
  switch (T.Kind) {
  case TypeKind::Bool:
  case TypeKind::I8:
  case TypeKind::U8: return {1, 1};
  case TypeKind::I16:
  case TypeKind::U16: return {2, 2};
  case TypeKind::I32:
  case TypeKind::U32:
  case TypeKind::F32:
  case TypeKind::Enum:
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr: return {4, 4};
  case TypeKind::I64:
  case TypeKind::U64:
  case TypeKind::F64: return {8, 8};
  case TypeKind::String:
  case TypeKind::SharedPtr:
  case TypeKind::Vector: return {8, 4};
  case TypeKind::Optional: {
    Layout E = layout(T.element());
    return {alignTo(E.Align + E.Size, E.Align), E.Align};
  }
  case TypeKind::Value: {
    Layout L{0, 1};
    for (const Field &F : valueStruct(T.Class).Fields) {
      Layout E = layout(F.Ty);
      L.Size = alignTo(L.Size, E.Align) + E.Size;
      L.Align = std::max(L.Align, E.Align);
    }
    L.Size = L.Size ? alignTo(L.Size, L.Align) : 1;
    return L;
  }
  default:
    break;
  }
  llvm_unreachable("not a kind that sits in a slot");
}

/// Offsets of a value struct's fields, in order.
static SmallVector<unsigned, 8> fieldOffsets(const SlotCodecs &S,
                                             const ValueStruct &V) {
  SmallVector<unsigned, 8> Out;
  unsigned At = 0;
  for (const Field &F : V.Fields) {
    SlotCodecs::Layout E = S.layout(F.Ty);
    At = alignTo(At, E.Align);
    Out.push_back(At);
    At += E.Size;
  }
  return Out;
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
  case TypeKind::UniquePtr: return "Uint32";
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
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
  case TypeKind::Expected:
    break;
  }
  llvm_unreachable("not a one-value kind");
}

void SlotCodecs::emitWrite(raw_ostream &OS, const Type &T, StringRef At,
                           StringRef V, StringRef In) {
  auto Set = [&](TypeKind K, StringRef Value) {
    H.require(Helper::GetDataView);
    OS << In << "__wasmport_getDataView().set" << dataViewSuffix(K) << "("
       << At << ", " << Value << (dataViewSuffix(K).ends_with("8") ? "" : ", true")
       << ");\n";
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
    Set(T.Kind, V.str() + ".__wasmport_ptr");
    return;
  case TypeKind::UniquePtr:
    // The object is C++'s now: JS's wrapper lets go of it.
    Set(T.Kind, uniquePtrToWire(V));
    return;
  case TypeKind::SharedPtr:
    H.require(Helper::GetDataView);
    OS << In << "__wasmport_getDataView().setUint32(" << At << ", " << V
       << " ? " << V << ".__wasmport_ptr : 0, true);\n"
       << In << "__wasmport_getDataView().setUint32(" << At << " + 4, "
       << sharedOwnerToWire(V) << ", true);\n";
    return;
  case TypeKind::Vector:
  case TypeKind::Optional:
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
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
  case TypeKind::Expected:
    Set(T.Kind, V);
    return;
  }
}

std::string SlotCodecs::write(const Type &T) {
  std::string Name = "__wasmport_write_" + id(T);
  if (!Done.try_emplace(Name, true).second)
    return Name;
  std::string Body;
  raw_string_ostream OS(Body);
  OS << "function " << Name << "(at, v) {\n";
  switch (T.Kind) {
  case TypeKind::Vector: {
    const Type &E = T.element();
    if (hasTypedArray(E.Kind)) {
      H.require(Helper::WriteTyped);
      OS << "  __wasmport_writeTyped(at, v);\n";
      break;
    }
    Layout L = layout(E);
    H.require(Helper::GetDataView);
    OS << "  const n = v.length;\n"
       << "  const ptr = __wasmport_wasm.__wasmport_alloc(n * " << L.Size
       << ");\n"
       << "  for (let i = 0; i < n; i++) {\n";
    emitWrite(OS, E, L.Size == 1 ? "ptr + i" : "ptr + i * " + std::to_string(L.Size),
              "v[i]", "    ");
    OS << "  }\n"
       << "  const dv = __wasmport_getDataView();\n"
       << "  dv.setUint32(at, ptr, true);\n"
       << "  dv.setUint32(at + 4, n, true);\n";
    break;
  }
  case TypeKind::Optional: {
    Layout E = layout(T.element());
    H.require(Helper::GetDataView);
    OS << "  if (v === undefined || v === null) {\n"
       << "    __wasmport_getDataView().setUint8(at, 0);\n"
       << "    return;\n  }\n"
       << "  __wasmport_getDataView().setUint8(at, 1);\n";
    emitWrite(OS, T.element(), "at + " + std::to_string(E.Align), "v", "  ");
    break;
  }
  case TypeKind::Value: {
    const ValueStruct &V = valueStruct(T.Class);
    SmallVector<unsigned, 8> Offsets = fieldOffsets(*this, V);
    for (auto [F, Off] : zip(V.Fields, Offsets))
      emitWrite(OS, F.Ty, Off ? "at + " + std::to_string(Off) : "at",
                ownField(F), "  ");
    break;
  }
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
    llvm_unreachable("not a slot kind");
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
    return ("__wasmport_getDataView().get" + dataViewSuffix(K) + "(" + At +
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
    return T.Class + ".__wasmport_wrap(" + Get(T.Kind) + ")";
  case TypeKind::UniquePtr:
    H.require(Helper::WrapOrNull);
    return "__wasmport_wrapOrNull(" + T.Class + ", " + Get(T.Kind) + ")";
  case TypeKind::SharedPtr:
    H.require(Helper::WrapShared);
    H.require(Helper::GetDataView);
    return ("__wasmport_wrapShared(" + T.Class +
            ", __wasmport_getDataView().getUint32(" + At +
            ", true), __wasmport_getDataView().getUint32(" + At + " + 4, true))")
        .str();
  case TypeKind::Vector:
  case TypeKind::Optional:
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
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
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
  switch (T.Kind) {
  case TypeKind::Vector: {
    const Type &E = T.element();
    if (hasTypedArray(E.Kind)) {
      H.require(Helper::ReadTyped);
      OS << "  return __wasmport_readTyped(at, " << typedArrayName(E.Kind)
         << ");\n";
      break;
    }
    Layout L = layout(E);
    H.require(Helper::GetDataView);
    OS << "  const dv = __wasmport_getDataView();\n"
       << "  const ptr = dv.getUint32(at, true), n = dv.getUint32(at + 4, true);\n"
       << "  const out = new Array(n);\n"
       << "  for (let i = 0; i < n; i++) out[i] = "
       << readExpr(E, L.Size == 1 ? "ptr + i" : "ptr + i * " + std::to_string(L.Size))
       << ";\n"
       << "  __wasmport_wasm.__wasmport_free(ptr);\n"
       << "  return out;\n";
    break;
  }
  case TypeKind::Optional: {
    Layout E = layout(T.element());
    H.require(Helper::GetDataView);
    OS << "  if (__wasmport_getDataView().getUint8(at) === 0) return undefined;\n"
       << "  return " << readExpr(T.element(), "at + " + std::to_string(E.Align))
       << ";\n";
    break;
  }
  case TypeKind::Value: {
    const ValueStruct &V = valueStruct(T.Class);
    SmallVector<unsigned, 8> Offsets = fieldOffsets(*this, V);
    OS << "  return {\n";
    for (auto [F, Off] : zip(V.Fields, Offsets))
      OS << "    " << F.Name << ": "
         << readExpr(F.Ty, Off ? "at + " + std::to_string(Off) : "at") << ",\n";
    OS << "  };\n";
    break;
  }
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
    llvm_unreachable("not a slot kind");
  }
  OS << "}\n\n";
  Out += Body;
  return Name;
}

} // namespace wasmport::js
