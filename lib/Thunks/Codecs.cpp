//===- Codecs.cpp - Codecs and layout checks of the types in slots --------===//
//
// The part of the thunks that concerns slots (docs/Types.md, "Slots"): the
// wire::Codec specialisations of the classes and value structs a translation
// unit's signatures hold in memory, and the static_asserts that tie wire's
// Codecs to the layouts lib/Manifest/Layout gives the JS glue, so that a
// layout changed on one side only stops the compile of every module using it.
//
//===----------------------------------------------------------------------===//
#include "Thunks/ThunkInternal.h"

#include "Manifest/Layout.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/Twine.h"

#include <vector>

using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::thunks {

std::string errorSlotType(const Type &E) {
  return typeGroup(E.Kind) == TypeGroup::String ? "::std::string" : E.Cpp;
}

/// Adds the classes T holds inside a slot (a vector or optional element,
/// a value struct's field) to Out.
static void collectSlotClasses(const Type &T, bool InSlot,
                               const std::vector<ValueStruct> &Values,
                               StringSet<> &Seen,
                               std::vector<std::string> &Out) {
  if (InSlot && T.Kind == TypeKind::ClassValue && Seen.insert(T.Class).second)
    Out.push_back(T.Class);
  if (T.Kind == TypeKind::Value && Seen.insert("value " + T.Class).second)
    for (const ValueStruct &V : Values)
      if (V.JsName == T.Class)
        for (const Field &F : V.Fields)
          collectSlotClasses(F.Ty, true, Values, Seen, Out);
  for (const Type &A : T.Args)
    collectSlotClasses(A, true, Values, Seen, Out);
}

/// Visits every JS function C++ calls: the imports, and the JS overrides of
/// virtual functions (whose calls are imports too).
template <typename Fn> static void forEachImport(const Manifest &M, Fn Visit) {
  for (const Import &I : M.Imports)
    Visit(I);
  for (const Class &C : M.Classes)
    for (const Virtual &V : C.Virtuals)
      Visit(V.Call);
}

/// Codec specialisations for the classes held in slots and for the value
/// structs (see wire.h): the only templates the thunks define.
static void emitCodecs(const Manifest &M, raw_ostream &OS) {
  StringSet<> Seen;
  std::vector<std::string> SlotClasses;
  auto Visit = [&](const auto &F) {
    for (const Param &P : F.Params)
      collectSlotClasses(P.Ty, false, M.Values, Seen, SlotClasses);
    collectSlotClasses(F.Result, false, M.Values, Seen, SlotClasses);
  };
  forEachExport(M, Visit);
  forEachImport(M, Visit);
  for (const ValueStruct &V : M.Values)
    for (const Field &F : V.Fields)
      collectSlotClasses(F.Ty, true, M.Values, Seen, SlotClasses);
  if (SlotClasses.empty() && M.Values.empty())
    return;
  OS << "// How this translation unit's classes and value structs sit in "
        "memory.\n";
  for (const std::string &JsName : SlotClasses)
    for (const Class &C : M.Classes)
      if (C.JsName == JsName)
        OS << "template <> struct " << Wire << "Codec<" << C.CppName
           << "> : " << Wire << "ObjectCodec<" << C.CppName << "> {};\n";
  for (const ValueStruct &V : M.Values) {
    OS << "template <> struct " << Wire << "Codec<" << V.CppName
       << "> : " << Wire << "ValueCodec<" << V.CppName;
    for (const Field &F : V.Fields)
      OS << ", &" << V.CppName << "::" << F.Name;
    OS << "> {};\n";
  }
  OS << "\n";
}

/// Adds the types that cross in slots within T (a type in a slot, or at the
/// top level if InSlot is false) to Out, by spelling, each after the types
/// inside it.
static void collectSlotTypes(const Type &T, bool InSlot, const Manifest &M,
                             StringSet<> &Seen, std::vector<Type> &Out) {
  // A top-level optional of a JS value crosses as a bare handle.
  if (!InSlot && &crossingType(T) != &T)
    return;
  switch (T.Kind) {
  case TypeKind::Vector:
  case TypeKind::Optional:
    // A number vector at the top level skips the slot (wire::takeVector).
    if (!InSlot && isFlatSequence(T))
      return;
    collectSlotTypes(T.element(), true, M, Seen, Out);
    break;
  case TypeKind::Map:
  case TypeKind::Set:
    for (const Type &A : T.Args)
      collectSlotTypes(A, true, M, Seen, Out);
    break;
  case TypeKind::Value:
    // Once each, also when a field holds the struct itself (in a vector).
    if (!Seen.insert("value " + T.Class).second)
      return;
    if (const ValueStruct *V = findValueStruct(T.Class, M.Values))
      for (const Field &F : V->Fields)
        collectSlotTypes(F.Ty, true, M, Seen, Out);
    break;
  case TypeKind::Expected:
    collectSlotTypes(crossingResult(T), false, M, Seen, Out);
    // An export's error crosses in a slot of its type, a std::string's for
    // the string kinds (errorSlotType).
    if (typeGroup(T.error().Kind) == TypeGroup::String) {
      Type String;
      String.Kind = TypeKind::String;
      String.Cpp = errorSlotType(T.error());
      collectSlotTypes(String, true, M, Seen, Out);
      return;
    }
    collectSlotTypes(T.error(), true, M, Seen, Out);
    return;
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
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
  case TypeKind::SharedPtr:
  case TypeKind::Enum:
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
    // Leaves: in a slot only when something holds them.
    if (!InSlot)
      return;
    break;
  case TypeKind::Void:
  case TypeKind::StringView:
  case TypeKind::CString:
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::Span:
  case TypeKind::SpanMut:
    return;
  }
  if (Seen.insert(T.Cpp).second)
    Out.push_back(T);
}

/// "1 byte", "8 bytes".
static std::string bytes(uint32_t N) {
  return std::to_string(N) + (N == 1 ? " byte" : " bytes");
}

/// One static_assert: the numbers wire's Codec for a slot type has (What,
/// a C++ condition) are the ones lib/Manifest/Layout gave the JS glue
/// (Claim, for the message).
static void emitLayoutCheck(raw_ostream &OS, const std::string &What,
                            const Twine &Claim) {
  OS << "static_assert(" << What << ",\n              "
     << cppString(("wasmport: JS reads " + Claim +
                   "; <wasmport/wire.h> disagrees (headers of another "
                   "wasmport version than the plugin?)")
                      .str())
     << ");\n";
}

/// For every type in a slot that M's exports use: static_asserts that
/// wire's Codec has the size, alignment and offsets the JS glue reads and
/// writes (lib/Manifest/Layout), so that a layout cannot change on one side
/// alone: every module using the type stops compiling.
static void emitLayoutChecks(const Manifest &M, raw_ostream &OS) {
  StringSet<> Seen;
  std::vector<Type> Types;
  forEachExport(M, [&](const Function &F) {
    for (const Param &P : F.Params)
      collectSlotTypes(P.Ty, false, M, Seen, Types);
    collectSlotTypes(F.Result, false, M, Seen, Types);
  });
  // An import's vectors, optionals and value structs all cross in slots,
  // number vectors too (wire::give, wire::take).
  auto ImportType = [&](const Type &T) {
    // A `const V &` parameter crosses as a V (wire::Bare).
    Type Value = T;
    StringRef Cpp = Value.Cpp;
    if (Cpp.consume_back("&")) {
      Cpp = Cpp.rtrim();
      Cpp.consume_front("const ");
      Value.Cpp = Cpp.str();
    }
    collectSlotTypes(Value, isNumberVector(Value), M, Seen, Types);
  };
  forEachImport(M, [&](const Import &I) {
    for (const Param &P : I.Params)
      ImportType(P.Ty);
    ImportType(I.Result);
  });
  if (Types.empty())
    return;
  OS << "// Slots as the JS glue reads and writes them "
        "(lib/Manifest/Layout).\n";
  for (const Type &T : Types) {
    std::string Codec = (Wire + "Codec<" + T.Cpp + ">::").str();
    layout::Slot L = slotOf(T, M.Values);
    emitLayoutCheck(OS,
                    Codec + "Size == " + std::to_string(L.Size) + " && " +
                        Codec + "Align == " + std::to_string(L.Align),
                    T.Cpp + " as " + bytes(L.Size) + " aligned to " +
                        Twine(L.Align));
    switch (T.Kind) {
    case TypeKind::Value: {
      const ValueStruct *V = findValueStruct(T.Class, M.Values);
      SmallVector<uint32_t, 8> Offsets = fieldOffsets(*V, M.Values);
      for (unsigned I = 0; I != Offsets.size(); ++I)
        emitLayoutCheck(OS,
                        Codec + "offset(" + std::to_string(I) +
                            ") == " + std::to_string(Offsets[I]),
                        "field '" + V->Fields[I].Name + "' of " + T.Cpp +
                            " at offset " + Twine(Offsets[I]));
      break;
    }
    case TypeKind::Optional: {
      uint32_t At = optionalValueOffset(T, M.Values);
      emitLayoutCheck(OS, Codec + "Offset == " + std::to_string(At),
                      "the value of " + T.Cpp + " at offset " + Twine(At));
      break;
    }
    case TypeKind::Map: {
      uint32_t At = mapValueOffset(T, M.Values);
      emitLayoutCheck(OS, Codec + "valueOffset() == " + std::to_string(At),
                      "the values of " + T.Cpp + " at offset " + Twine(At));
      [[fallthrough]];
    }
    case TypeKind::Set:
    case TypeKind::Vector: {
      uint32_t Stride = vectorStride(T, M.Values);
      emitLayoutCheck(OS, Codec + "stride() == " + std::to_string(Stride),
                      "the elements of " + T.Cpp + " " + bytes(Stride) +
                          " apart");
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
      break; // No parts at offsets of their own.
    }
  }
  OS << "\n";
}

void emitSlotCodecs(const Manifest &M, raw_ostream &OS) {
  emitCodecs(M, OS);
  emitLayoutChecks(M, OS);
}

} // namespace wasmport::thunks
