//===- SlotChecks.cpp - Checking slot values, and std::expected errors ----===//
//
// The part of SlotCodecs (Slots.h) that names the generated functions,
// checks a JS value against a slot type before anything is allocated
// (__wasmport_check_<id>), converts enums, and reads a std::expected's
// error into what JS throws (__wasmport_error_<id>).
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
// Names and messages
//===----------------------------------------------------------------------===//

std::string SlotCodecs::id(const Type &T) {
  switch (T.Kind) {
  case TypeKind::Vector: return "vector_" + id(T.element());
  case TypeKind::Optional: return "optional_" + id(T.element());
  case TypeKind::Map: return "map_" + id(T.key()) + "_" + id(T.mapped());
  case TypeKind::Set: return "set_" + id(T.element());
  case TypeKind::Value: return "value_" + T.Class;
  case TypeKind::Enum: return "enum_" + T.Class;
  case TypeKind::ClassValue: return "class_" + T.Class;
  case TypeKind::UniquePtr: return "unique_" + T.Class;
  case TypeKind::SharedPtr: return "shared_" + T.Class;
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
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
  case TypeKind::Expected:
    return typeKindName(T.Kind).str();
  }  llvm_unreachable("unknown TypeKind");
}

std::string SlotCodecs::expected(const Type &T) const {
  switch (T.Kind) {
  case TypeKind::Vector:
    if (hasTypedArray(T.element().Kind))
      return withArticle(typedArrayName(T.element().Kind));
    return "an array";
  case TypeKind::Map:
    return T.key().Kind == TypeKind::String ? "a Map or a plain object"
                                            : "a Map";
  case TypeKind::Set:
    return "a Set or an array";
  case TypeKind::Value:
    return "an object (" + T.Class + ")";
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
  case TypeKind::Optional:
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
  case TypeKind::Expected:
    llvm_unreachable("only compound kinds are described here");
  }  llvm_unreachable("unknown TypeKind");
}

LeafCheck SlotCodecs::enumCheck(const Type &T) const {
  const Enum &E = enumDecl(T.Class);
  SmallVector<std::string, 8> Values;
  for (const Enumerator &V : E.Enumerators)
    Values.push_back(E.StringValued ? quote(V.String) : std::to_string(V.Value));
  std::string Expected = "a " + E.JsName + " value (" + join(Values, ", ") + ")";
  if (E.StringValued)
    return {enumToWireName(E.JsName) + "($) === undefined", Expected};
  return {"!" + enumValuesName(E.JsName) + "($)", Expected};
}

std::string SlotCodecs::enumToWire(const Type &T, StringRef V) const {
  const Enum &E = enumDecl(T.Class);
  if (E.StringValued)
    return enumToWireName(E.JsName) + "(" + V.str() + ")";
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

std::string SlotCodecs::withArticle(StringRef Word) {
  // 'U' as in Uint8Array takes "a".
  bool Vowel = !Word.empty() && StringRef("AEIOaeiou").contains(Word[0]);
  return ((Vowel ? "an " : "a ") + Word).str();
}

unsigned SlotCodecs::elementBytes(TypeKind K) {
  switch (K) {
  case TypeKind::I8:
  case TypeKind::U8:
    return 1;
  case TypeKind::I16:
  case TypeKind::U16:
    return 2;
  case TypeKind::I32:
  case TypeKind::U32:
  case TypeKind::F32:
    return 4;
  case TypeKind::I64:
  case TypeKind::U64:
  case TypeKind::F64:
    return 8;
  case TypeKind::Void:
  case TypeKind::Bool:
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
    break;
  }
  llvm_unreachable("no typed array for this kind");
}

std::string SlotCodecs::ownField(const Field &F) {
  H.require(Helper::Field);
  return "__wasmport_field(v, " + quote(F.Name) + ")";
}

std::string SlotCodecs::emitCheck(raw_ostream &OS, const Type &T, StringRef V,
                                  StringRef Path, StringRef In,
                                  unsigned &Temp) {
  H.require(Helper::Bad);
  // A failure below V: its path gets V's in front.
  std::string Up = Path == "''" ? std::string("__wasmport_BAD")
                                : "__wasmport_nest(" + Path.str() + ")";
  auto Leaf = [&](const LeafCheck &C) {
    OS << In << "if (" << substitute(C.BadIf, V)
       << ") return __wasmport_fail(__wasmport_bad(" << Path << ", "
       << quote(C.Expected) << ", " << V << "));\n";
    return V.str();
  };
  // `instanceof` throws for a revoked Proxy: that is a failed check too.
  auto Object = [&](const std::string &Call) {
    OS << In << "{\n"
       << In << "  let bad;\n"
       << In << "  try {\n"
       << In << "    bad = " << Call << ";\n"
       << In << "  } catch (e) {\n"
       << In << "    return __wasmport_threw(" << Path << ", e);\n"
       << In << "  }\n"
       << In << "  if (bad !== undefined) {\n"
       << In << "    __wasmport_fail(bad);\n"
       << In << "    return " << Up << ";\n"
       << In << "  }\n"
       << In << "}\n";
    return V.str();
  };
  switch (T.Kind) {
  case TypeKind::Enum:
    return Leaf(enumCheck(T));
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
    H.require(Helper::ObjectBad);
    return Object("__wasmport_objectBad(" + V.str() + ", " + kindName(T.Class) +
                  ", " +
                  (T.Kind == TypeKind::UniquePtr ? "true, true"
                                                 : "false, false") +
                  ")");
  case TypeKind::SharedPtr:
    H.require(Helper::SharedBad);
    return Object("__wasmport_sharedBad(" + V.str() + ", " + kindName(T.Class) +
                  ")");
  case TypeKind::JsValue:
  case TypeKind::Promise:
    // Any value, as at the top level (a promise resolves to a non-promise
    // one); it gets its handle when written.
    return V.str();
  case TypeKind::Function:
    return Leaf({"typeof $ !== 'function'", "a function"});
  case TypeKind::Vector:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::Value: {
    std::string C = "c" + std::to_string(Temp++);
    OS << In << "const " << C << " = " << check(T) << "(" << V << ");\n"
       << In << "if (" << C << " === __wasmport_BAD) return " << Up << ";\n";
    return C;
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
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::Expected:
    return Leaf(numberOrStringCheck(T.Kind));
  }
  llvm_unreachable("unknown TypeKind");
}

std::string SlotCodecs::check(const Type &T) {
  std::string Name = "__wasmport_check_" + id(T);
  if (!Done.try_emplace(Name, true).second)
    return Name;
  H.require(Helper::Bad);
  std::string Body;
  raw_string_ostream OS(Body);
  unsigned Temp = 0;
  OS << "function " << Name << "(v) {\n";
  switch (slotShape(T)) {
  case SlotShape::Vector: {
    const Type &E = T.element();
    if (hasTypedArray(E.Kind)) {
      H.require(Helper::TypedCopy);
      OS << "  return __wasmport_typedCopy(v, " << quote(typedArrayName(E.Kind))
         << ", " << elementBytes(E.Kind) << ", " << quote(expected(T))
         << ");\n}\n\n";
      Out += Body;
      return Name;
    }
    H.require(Helper::ArrayLength);
    OS << "  const n = __wasmport_arrayLength(v, " << vectorStride(T, P.Values)
       << ", " << quote(expected(T)) << ");\n"
       << "  if (n === __wasmport_BAD) return n;\n"
       << "  const out = __wasmport_newArray(n);\n"
       << "  for (let i = 0; i < n; i++) {\n"
       << "    const e = __wasmport_element(v, i);\n"
       << "    if (e === __wasmport_BAD) return e;\n";
    std::string C = emitCheck(OS, E, "e", "`[${i}]`", "    ", Temp);
    OS << "    out[i] = " << C << ";\n"
       << "  }\n"
       << "  return out;\n";
    break;
  }
  case SlotShape::Optional: {
    OS << "  if (v === undefined || v === null) return undefined;\n";
    std::string C = emitCheck(OS, T.element(), "v", "''", "  ", Temp);
    OS << "  return " << C << ";\n";
    break;
  }
  case SlotShape::Map:
  case SlotShape::Set: {
    // Every entry is read into e before any is checked (mapEntries,
    // setElements): a Proxy's trap cannot change what a check found.
    bool Map = T.Kind == TypeKind::Map;
    H.require(Helper::Collections);
    if (Map)
      OS << "  const e = __wasmport_mapEntries(v, " << vectorStride(T, P.Values)
         << ", " << quote(expected(T)) << ", "
         << (T.key().Kind == TypeKind::String ? "true" : "false") << ");\n";
    else
      OS << "  const e = __wasmport_setElements(v, "
         << vectorStride(T, P.Values) << ", " << quote(expected(T)) << ");\n";
    OS << "  if (e === __wasmport_BAD) return e;\n"
       << "  const n = " << (Map ? "e.length >>> 1" : "e.length") << ";\n"
       << "  const out = __wasmport_newArray(e.length);\n"
       << "  for (let i = 0; i < n; i++) {\n";
    if (Map) {
      OS << "    const k = e[2 * i], x = e[2 * i + 1];\n";
      std::string K = emitCheck(OS, T.key(), "k", "` key ${i}`", "    ", Temp);
      std::string V =
          emitCheck(OS, T.mapped(), "x", "` value ${i}`", "    ", Temp);
      OS << "    out[2 * i] = " << K << ";\n"
         << "    out[2 * i + 1] = " << V << ";\n";
    } else {
      OS << "    const x = e[i];\n";
      std::string C =
          emitCheck(OS, T.element(), "x", "` element ${i}`", "    ", Temp);
      OS << "    out[i] = " << C << ";\n";
    }
    OS << "  }\n"
       << "  return out;\n";
    break;
  }
  case SlotShape::Value: {
    OS << "  if (v === null || typeof v !== 'object') return "
          "__wasmport_fail(__wasmport_bad('', "
       << quote(expected(T)) << ", v));\n";
    // Every field is read before any is checked: reading one (a Proxy's
    // trap) cannot change what the check of another found.
    const std::vector<Field> &Fields = valueStruct(T.Class).Fields;
    for (size_t I = 0; I != Fields.size(); ++I) {
      std::string Raw = "f" + std::to_string(I);
      OS << "  const " << Raw << " = " << ownField(Fields[I]) << ";\n"
         << "  if (" << Raw << " === __wasmport_BAD) return " << Raw << ";\n";
    }
    SmallVector<std::string, 8> Checked;
    for (size_t I = 0; I != Fields.size(); ++I)
      Checked.push_back(Fields[I].Name + ": " +
                        emitCheck(OS, Fields[I].Ty, "f" + std::to_string(I),
                                  quote("." + Fields[I].Name), "  ", Temp));
    OS << "  return { " << join(Checked, ", ") << " };\n";
    break;
  }
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
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
  case TypeKind::SharedPtr:
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
    llvm_unreachable("the planner checks std::expected error kinds");
  }
  OS << "  return __wasmport_valueError(" << Message << ", v);\n}\n\n";
  Out += Body;
  return Name;
}

} // namespace wasmport::js
