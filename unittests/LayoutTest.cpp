//===- LayoutTest.cpp - Where manifest types sit in a slot ----------------===//
//
// lib/Manifest/Layout gives the JS glue the slot layout that
// <wasmport/wire.h> uses (docs/Types.md, "Slots"); the thunks check it
// against wire per module. These tests pin the numbers themselves, so a
// change to the table in <wasmport/layout.h> is a decision made here too.
//
//===----------------------------------------------------------------------===//
#include "Manifest/Layout.h"

#include "gtest/gtest.h"

using namespace wasmport;
using namespace wasmport::manifest;
using llvm::ArrayRef;
using llvm::SmallVector;

namespace {

Type leaf(TypeKind K, std::string Class = "") {
  return Type{K, std::string(typeKindName(K)), std::move(Class)};
}

Type of(TypeKind K, Type Element) {
  Type T = leaf(K);
  T.Args.push_back(std::move(Element));
  return T;
}

Field field(std::string Name, Type Ty) {
  return Field{std::move(Name), std::move(Ty)};
}

ValueStruct value(std::string Name, std::vector<Field> Fields) {
  ValueStruct V;
  V.CppName = "::" + Name;
  V.JsName = std::move(Name);
  V.Fields = std::move(Fields);
  return V;
}

void expectSlot(const Type &T, ArrayRef<ValueStruct> Values, uint32_t Size,
                uint32_t Align) {
  layout::Slot S = slotOf(T, Values);
  EXPECT_EQ(S.Size, Size) << typeKindName(T.Kind).str() << " " << T.Class;
  EXPECT_EQ(S.Align, Align) << typeKindName(T.Kind).str() << " " << T.Class;
}

TEST(LayoutTest, Leaves) {
  expectSlot(leaf(TypeKind::Bool), {}, 1, 1);
  expectSlot(leaf(TypeKind::I8), {}, 1, 1);
  expectSlot(leaf(TypeKind::U8), {}, 1, 1);
  expectSlot(leaf(TypeKind::I16), {}, 2, 2);
  expectSlot(leaf(TypeKind::U16), {}, 2, 2);
  expectSlot(leaf(TypeKind::I32), {}, 4, 4);
  expectSlot(leaf(TypeKind::U32), {}, 4, 4);
  expectSlot(leaf(TypeKind::I64), {}, 8, 8);
  expectSlot(leaf(TypeKind::U64), {}, 8, 8);
  expectSlot(leaf(TypeKind::F32), {}, 4, 4);
  expectSlot(leaf(TypeKind::F64), {}, 8, 8);
  // An enum is its i32 whatever its underlying type.
  expectSlot(leaf(TypeKind::Enum, "Shape"), {}, 4, 4);
  expectSlot(leaf(TypeKind::ClassValue, "Item"), {}, 4, 4);
  expectSlot(leaf(TypeKind::UniquePtr, "Item"), {}, 4, 4);
  expectSlot(leaf(TypeKind::SharedPtr, "Item"), {}, 8, 4);
  expectSlot(leaf(TypeKind::String), {}, 8, 4);
  expectSlot(leaf(TypeKind::JsValue), {}, 4, 4);
}

TEST(LayoutTest, PartsOfStringsVectorsAndSharedPointers) {
  EXPECT_EQ(layout::Buffer::Data, 0u);
  EXPECT_EQ(layout::Buffer::Length, 4u);
  EXPECT_EQ(layout::Shared::Address, 0u);
  EXPECT_EQ(layout::Shared::Owner, 4u);
  EXPECT_EQ(layout::Optional::Flag, 0u);
}

TEST(LayoutTest, VectorsAreAPointerAndALengthWhateverTheElement) {
  expectSlot(of(TypeKind::Vector, leaf(TypeKind::U8)), {}, 8, 4);
  expectSlot(of(TypeKind::Vector, leaf(TypeKind::F64)), {}, 8, 4);
  EXPECT_EQ(vectorStride(of(TypeKind::Vector, leaf(TypeKind::Bool)), {}), 1u);
  EXPECT_EQ(vectorStride(of(TypeKind::Vector, leaf(TypeKind::I16)), {}), 2u);
  EXPECT_EQ(vectorStride(of(TypeKind::Vector, leaf(TypeKind::String)), {}), 8u);
  Type Nested =
      of(TypeKind::Vector, of(TypeKind::Optional, leaf(TypeKind::F64)));
  EXPECT_EQ(vectorStride(Nested, {}), 16u);
}

TEST(LayoutTest, OptionalsPutTheValueAtItsAlignmentAfterTheFlag) {
  Type Bool = of(TypeKind::Optional, leaf(TypeKind::Bool));
  expectSlot(Bool, {}, 2, 1);
  EXPECT_EQ(optionalValueOffset(Bool, {}), 1u);

  Type Int = of(TypeKind::Optional, leaf(TypeKind::I32));
  expectSlot(Int, {}, 8, 4);
  EXPECT_EQ(optionalValueOffset(Int, {}), 4u);

  Type Double = of(TypeKind::Optional, leaf(TypeKind::F64));
  expectSlot(Double, {}, 16, 8);
  EXPECT_EQ(optionalValueOffset(Double, {}), 8u);

  Type String = of(TypeKind::Optional, leaf(TypeKind::String));
  expectSlot(String, {}, 12, 4);
  EXPECT_EQ(optionalValueOffset(String, {}), 4u);

  // An optional of an optional: the inner one is 2 bytes at offset 1.
  Type Twice = of(TypeKind::Optional, Bool);
  expectSlot(Twice, {}, 3, 1);
  EXPECT_EQ(optionalValueOffset(Twice, {}), 1u);
}

TEST(LayoutTest, ValueStructsPlaceFieldsInOrderAtTheirAlignment) {
  std::vector<ValueStruct> Values = {
      value("Point",
            {field("x", leaf(TypeKind::F64)), field("y", leaf(TypeKind::F64))}),
      // As in test/lit/thunks/Inputs/types.cpp.
      value("Polygon", {field("name", leaf(TypeKind::String)),
                        field("points", of(TypeKind::Vector,
                                           leaf(TypeKind::Value, "Point"))),
                        field("fill", of(TypeKind::Optional,
                                         leaf(TypeKind::Enum, "Color"))),
                        field("kind", leaf(TypeKind::Enum, "Shape")),
                        field("id", leaf(TypeKind::I64))}),
      // Padding inside and at the end.
      value("Padded", {field("flag", leaf(TypeKind::Bool)),
                       field("count", leaf(TypeKind::I32)),
                       field("tag", leaf(TypeKind::U8))}),
      value("Empty", {}),
      value("Outer", {field("small", leaf(TypeKind::I16)),
                      field("inner", leaf(TypeKind::Value, "Point"))}),
  };
  auto Offsets = [&](size_t I) {
    SmallVector<uint32_t, 8> O = fieldOffsets(Values[I], Values);
    return std::vector<uint32_t>(O.begin(), O.end());
  };

  expectSlot(leaf(TypeKind::Value, "Point"), Values, 16, 8);
  EXPECT_EQ(Offsets(0), (std::vector<uint32_t>{0, 8}));

  expectSlot(leaf(TypeKind::Value, "Polygon"), Values, 40, 8);
  EXPECT_EQ(Offsets(1), (std::vector<uint32_t>{0, 8, 16, 24, 32}));

  expectSlot(leaf(TypeKind::Value, "Padded"), Values, 12, 4);
  EXPECT_EQ(Offsets(2), (std::vector<uint32_t>{0, 4, 8}));

  // A struct without fields still takes a byte.
  expectSlot(leaf(TypeKind::Value, "Empty"), Values, 1, 1);
  EXPECT_TRUE(Offsets(3).empty());

  expectSlot(leaf(TypeKind::Value, "Outer"), Values, 24, 8);
  EXPECT_EQ(Offsets(4), (std::vector<uint32_t>{0, 8}));

  Type OptionalPoint = of(TypeKind::Optional, leaf(TypeKind::Value, "Point"));
  expectSlot(OptionalPoint, Values, 24, 8);
  EXPECT_EQ(optionalValueOffset(OptionalPoint, Values), 8u);
}

TEST(LayoutTest, TheStructRuleIsTheHeadersAtCompileTime) {
  // wire.h's ValueCodec places fields with this same constexpr builder.
  constexpr layout::Slot Padded = [] {
    layout::Struct S;
    S.add(layout::Bool);
    S.add(layout::Int32);
    S.add(layout::Int8);
    return S.layout();
  }();
  static_assert(Padded.Size == 12 && Padded.Align == 4);
  static_assert(layout::Optional::of(layout::Float64).Size == 16);
  static_assert(layout::Optional::valueOffset(layout::Int16) == 2);
}

TEST(LayoutTest, FindValueStruct) {
  std::vector<ValueStruct> Values = {value("A", {}), value("B", {})};
  ASSERT_NE(findValueStruct("B", Values), nullptr);
  EXPECT_EQ(findValueStruct("B", Values)->CppName, "::B");
  EXPECT_EQ(findValueStruct("C", Values), nullptr);
}

} // namespace
