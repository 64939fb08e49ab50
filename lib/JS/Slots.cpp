//===- Slots.cpp - JS side of values that cross in linear memory ----------===//
#include "JS/Slots.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ErrorHandling.h"

using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::js {

std::string quote(StringRef Text) {
  std::string Out = "'";
  for (unsigned char C : Text) {
    switch (C) {
    case '\'': Out += "\\'"; break;
    case '\\': Out += "\\\\"; break;
    case '\n': Out += "\\n"; break;
    case '\r': Out += "\\r"; break;
    default:
      if (C < 0x20) {
        char Buf[8];
        snprintf(Buf, sizeof(Buf), "\\x%02x", C);
        Out += Buf;
      } else {
        Out += C;
      }
    }
  }
  // U+2028 and U+2029 end lines in older parsers; write them escaped.
  std::string Safe;
  for (size_t I = 0; I < Out.size(); ++I) {
    if (Out.compare(I, 3, "\xE2\x80\xA8") == 0 ||
        Out.compare(I, 3, "\xE2\x80\xA9") == 0) {
      Safe += Out[I + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      I += 2;
      continue;
    }
    Safe += Out[I];
  }
  return Safe + "'";
}

std::string substitute(StringRef Pattern, StringRef Value) {
  std::string Out;
  for (char C : Pattern) {
    if (C == '$')
      Out += Value;
    else
      Out += C;
  }
  return Out;
}

LeafCheck numberOrStringCheck(TypeKind K) {
  switch (K) {
  case TypeKind::Bool: return {"typeof $ !== 'boolean'", "a boolean"};
  case TypeKind::I8: return {"typeof $ !== 'number' || ($ << 24 >> 24) !== $", "an integer from -128 to 127"};
  case TypeKind::U8: return {"typeof $ !== 'number' || ($ & 0xff) !== $", "an integer from 0 to 255"};
  case TypeKind::I16: return {"typeof $ !== 'number' || ($ << 16 >> 16) !== $", "an integer from -32768 to 32767"};
  case TypeKind::U16: return {"typeof $ !== 'number' || ($ & 0xffff) !== $", "an integer from 0 to 65535"};
  case TypeKind::I32: return {"typeof $ !== 'number' || ($ | 0) !== $", "an integer from -2147483648 to 2147483647"};
  case TypeKind::U32: return {"typeof $ !== 'number' || ($ >>> 0) !== $", "an integer from 0 to 4294967295"};
  case TypeKind::I64:
    return {"typeof $ !== 'bigint' || BigInt.asIntN(64, $) !== $",
            "a bigint from -(2n ** 63n) to 2n ** 63n - 1"};
  case TypeKind::U64:
    return {"typeof $ !== 'bigint' || BigInt.asUintN(64, $) !== $",
            "a bigint from 0n to 2n ** 64n - 1"};
  case TypeKind::F32:
  case TypeKind::F64: return {"typeof $ !== 'number'", "a number"};
  case TypeKind::String:
  case TypeKind::StringView: return {"typeof $ !== 'string'", "a string"};
  case TypeKind::CString: return {"$ !== null && typeof $ !== 'string'", "a string or null"};
  default:
    break;
  }
  llvm_unreachable("not a number or string kind");
}

StringRef typedArrayName(TypeKind K) {
  switch (K) {
  case TypeKind::I8: return "Int8Array";
  case TypeKind::U8: return "Uint8Array";
  case TypeKind::I16: return "Int16Array";
  case TypeKind::U16: return "Uint16Array";
  case TypeKind::I32: return "Int32Array";
  case TypeKind::U32: return "Uint32Array";
  case TypeKind::I64: return "BigInt64Array";
  case TypeKind::U64: return "BigUint64Array";
  case TypeKind::F32: return "Float32Array";
  case TypeKind::F64: return "Float64Array";
  default: break;
  }
  llvm_unreachable("no typed array for this kind");
}

std::string uniquePtrToWire(StringRef V, StringRef Class, HelperSet &H) {
  H.use(Class, HelperSet::Member::Disown);
  return ("(" + V + " === null || " + V + " === undefined) ? 0 : " + V +
          ".__wasmport_disown()")
      .str();
}

std::string sharedOwnerToWire(StringRef V) {
  return (V + " ? " + V + ".__wasmport_owner : 0").str();
}

std::string enumValuesName(StringRef Enum) {
  return ("__wasmport_" + Enum + "_values").str();
}
std::string enumToWireName(StringRef Enum) {
  return ("__wasmport_" + Enum + "_toWire").str();
}
std::string enumFromWireName(StringRef Enum) {
  return ("__wasmport_" + Enum + "_fromWire").str();
}

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
// Names and messages
//===----------------------------------------------------------------------===//

std::string SlotCodecs::id(const Type &T) {
  switch (T.Kind) {
  case TypeKind::Vector: return "vector_" + id(T.element());
  case TypeKind::Optional: return "optional_" + id(T.element());
  case TypeKind::Value: return "value_" + T.Class;
  case TypeKind::Enum: return "enum_" + T.Class;
  case TypeKind::ClassValue: return "class_" + T.Class;
  case TypeKind::UniquePtr: return "unique_" + T.Class;
  case TypeKind::SharedPtr: return "shared_" + T.Class;
  default: return typeKindName(T.Kind).str();
  }
}

std::string SlotCodecs::expected(const Type &T) const {
  switch (T.Kind) {
  case TypeKind::Vector:
    if (hasTypedArray(T.element().Kind))
      return ("a " + typedArrayName(T.element().Kind)).str();
    return "an array";
  case TypeKind::Value:
    return "an object (" + T.Class + ")";
  default:
    llvm_unreachable("only compound kinds are described here");
  }
}

LeafCheck SlotCodecs::enumCheck(const Type &T) const {
  const Enum &E = enumDecl(T.Class);
  SmallVector<std::string, 8> Values;
  for (const Enumerator &V : E.Enumerators)
    Values.push_back(E.StringValued ? quote(V.String) : std::to_string(V.Value));
  std::string Expected = "a " + E.JsName + " value (" + join(Values, ", ") + ")";
  if (E.StringValued)
    return {"!" + enumToWireName(E.JsName) + ".has($)", Expected};
  return {"!" + enumValuesName(E.JsName) + ".has($)", Expected};
}

std::string SlotCodecs::enumToWire(const Type &T, StringRef V) const {
  const Enum &E = enumDecl(T.Class);
  if (E.StringValued)
    return enumToWireName(E.JsName) + ".get(" + V.str() + ")";
  return V.str();
}

std::string SlotCodecs::enumFromWire(const Type &T, StringRef W) {
  const Enum &E = enumDecl(T.Class);
  if (E.StringValued) {
    H.require(Helper::EnumFromWire);
    return "__wasmport_enumFromWire(" + enumFromWireName(E.JsName) + ", " +
           quote(E.JsName) + ", " + W.str() + ")";
  }
  bool Unsigned = E.Underlying == TypeKind::U32;
  return Unsigned ? "(" + W.str() + " >>> 0)" : W.str();
}

//===----------------------------------------------------------------------===//
// Checks
//===----------------------------------------------------------------------===//

std::string SlotCodecs::ownField(const Field &F) {
  H.require(Helper::Field);
  return "__wasmport_field(v, " + quote(F.Name) + ")";
}

void SlotCodecs::emitCheck(raw_ostream &OS, const Type &T, StringRef V,
                           StringRef Path, StringRef In) {
  auto Leaf = [&](const LeafCheck &C) {
    H.require(Helper::Bad);
    OS << In << "if (" << substitute(C.BadIf, V) << ") return __wasmport_bad("
       << Path << ", " << quote(C.Expected) << ", " << V << ");\n";
  };
  auto Nested = [&](const std::string &Call) {
    H.require(Helper::Bad);
    OS << In << "{\n"
       << In << "  const bad = " << Call << ";\n"
       << In << "  if (bad !== undefined) return "
       << (Path == "''" ? std::string("bad")
                        : "__wasmport_nest(bad, " + Path.str() + ")")
       << ";\n"
       << In << "}\n";
  };
  switch (T.Kind) {
  case TypeKind::Enum:
    Leaf(enumCheck(T));
    return;
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
    H.require(Helper::ObjectBad);
    Nested("__wasmport_objectBad(" + V.str() + ", " + T.Class + ", " +
           quote(T.Class) + ", " +
           (T.Kind == TypeKind::UniquePtr ? "true, true" : "false, false") +
           ")");
    return;
  case TypeKind::SharedPtr:
    H.require(Helper::SharedBad);
    Nested("__wasmport_sharedBad(" + V.str() + ", " + T.Class + ", " +
           quote(T.Class) + ")");
    return;
  case TypeKind::Vector:
  case TypeKind::Optional:
  case TypeKind::Value:
    Nested(check(T) + "(" + V.str() + ")");
    return;
  default:
    Leaf(numberOrStringCheck(T.Kind));
    return;
  }
}

std::string SlotCodecs::check(const Type &T) {
  std::string Name = "__wasmport_check_" + id(T);
  if (!Done.try_emplace(Name, true).second)
    return Name;
  H.require(Helper::Bad);
  std::string Body;
  raw_string_ostream OS(Body);
  OS << "function " << Name << "(v) {\n";
  switch (T.Kind) {
  case TypeKind::Vector: {
    const Type &E = T.element();
    if (hasTypedArray(E.Kind)) {
      OS << "  if (!(v instanceof " << typedArrayName(E.Kind)
         << ")) return __wasmport_bad('', " << quote(expected(T)) << ", v);\n";
      break;
    }
    OS << "  if (!Array.isArray(v)) return __wasmport_bad('', "
       << quote(expected(T)) << ", v);\n"
       << "  for (let i = 0; i < v.length; i++) {\n";
    emitCheck(OS, E, "v[i]", "`[${i}]`", "    ");
    OS << "  }\n";
    break;
  }
  case TypeKind::Optional:
    OS << "  if (v === undefined || v === null) return undefined;\n";
    emitCheck(OS, T.element(), "v", "''", "  ");
    break;
  case TypeKind::Value: {
    OS << "  if (v === null || typeof v !== 'object') return __wasmport_bad('', "
       << quote(expected(T)) << ", v);\n";
    for (const Field &F : valueStruct(T.Class).Fields)
      emitCheck(OS, F.Ty, ownField(F), quote("." + F.Name), "  ");
    break;
  }
  default:
    llvm_unreachable("not a slot kind");
  }
  OS << "  return undefined;\n}\n\n";
  Out += Body;
  return Name;
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
  default: break;
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
    Set(T.Kind, uniquePtrToWire(V, T.Class, H));
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
  default:
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
  default:
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
    H.use(T.Class, HelperSet::Member::Wrap);
    return T.Class + ".__wasmport_wrap(" + Get(T.Kind) + ")";
  case TypeKind::UniquePtr:
    H.require(Helper::WrapOrNull);
    H.use(T.Class, HelperSet::Member::Wrap);
    return "__wasmport_wrapOrNull(" + T.Class + ", " + Get(T.Kind) + ")";
  case TypeKind::SharedPtr:
    H.require(Helper::WrapShared);
    H.require(Helper::GetDataView);
    H.use(T.Class, HelperSet::Member::SharedFree);
    return ("__wasmport_wrapShared(" + T.Class +
            ", __wasmport_getDataView().getUint32(" + At +
            ", true), __wasmport_getDataView().getUint32(" + At + " + 4, true))")
        .str();
  case TypeKind::Vector:
  case TypeKind::Optional:
  case TypeKind::Value:
    return read(T) + "(" + At.str() + ")";
  default:
    return Get(T.Kind);
  }
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
  default:
    llvm_unreachable("not a slot kind");
  }
  OS << "}\n\n";
  Out += Body;
  return Name;
}

//===----------------------------------------------------------------------===//
// std::expected errors (C++ -> JS)
//===----------------------------------------------------------------------===//

std::string SlotCodecs::error(const Type &T) {
  // The string kinds all cross as a std::string's slot.
  bool IsString = typeGroup(T.Kind) == TypeGroup::String;
  std::string Name = "__wasmport_error_" + (IsString ? "string" : id(T));
  if (!Done.try_emplace(Name, true).second)
    return Name;
  std::string Body;
  raw_string_ostream OS(Body);
  OS << "function " << Name << "(at) {\n";
  if (T.Kind == TypeKind::JsValue) {
    // Thrown as it is: typically what an import threw, passed on.
    H.require(Helper::Heap);
    H.require(Helper::GetU32);
    OS << "  return __wasmport_takeObject(__wasmport_getU32()[at >>> 2]);\n}\n\n";
    Out += Body;
    return Name;
  }
  H.require(Helper::ValueError);
  std::string Message = "v";
  switch (T.Kind) {
  case TypeKind::String:
  case TypeKind::StringView:
  case TypeKind::CString:
    H.require(Helper::ReadString);
    OS << "  const v = __wasmport_readString(at);\n";
    break;
  case TypeKind::Enum: {
    OS << "  const v = " << readExpr(T, "at") << ";\n";
    const Enum &E = enumDecl(T.Class);
    if (!E.StringValued) {
      H.require(Helper::EnumName);
      Message = "__wasmport_enumName(" + E.JsName + ", " + quote(E.JsName) + ", v)";
    }
    break;
  }
  case TypeKind::Value: {
    OS << "  const v = " << read(T) << "(at);\n";
    Message = quote(T.Class);
    for (const Field &F : valueStruct(T.Class).Fields)
      if (F.Name == "message" && F.Ty.Kind == TypeKind::String)
        Message = "v.message";
    break;
  }
  default:
    llvm_unreachable("the planner checks std::expected error kinds");
  }
  OS << "  return __wasmport_valueError(" << Message << ", v);\n}\n\n";
  Out += Body;
  return Name;
}

} // namespace wasmport::js
