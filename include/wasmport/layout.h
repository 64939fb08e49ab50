//===- wasmport/layout.h - The slot layout, for both sides ------*- C++ -*-===//
//
// The one table of how values sit in a slot (docs/Types.md, "Slots"): the
// size and alignment of each leaf, where the parts of strings, vectors,
// shared pointers and optionals sit, and how a value struct places its
// fields. Both sides read it: <wasmport/wire.h> takes every Codec's numbers
// from here (and checks them against sizeof and alignof where C++ decides),
// and wasmport's lib/Manifest/Layout computes from it, for a manifest's
// types, the layouts the JS glue reads and writes. The thunks of each module
// then static_assert that wire's Codecs agree with those numbers, so the two
// sides cannot drift apart. It depends on nothing but <cstdint>: host tools
// and wasm code include it alike. Every address and length is a u32 (wasm32).
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_LAYOUT_H
#define WASMPORT_LAYOUT_H

#include <wasmport/config.h>
#if WASMPORT_SUPPORTED_STANDARD

#include <cstdint>

namespace wasmport::layout {

/// The size and alignment of a slot, or of a part of one, in bytes.
struct Slot {
  std::uint32_t Size;
  std::uint32_t Align;
};

/// N rounded up to a multiple of A.
constexpr std::uint32_t alignTo(std::uint32_t N, std::uint32_t A) {
  return (N + A - 1) / A * A;
}

//===--- leaves -----------------------------------------------------------===//

/// bool: one byte, 0 or 1.
inline constexpr Slot Bool{1, 1};
/// Numbers: their own size and alignment.
inline constexpr Slot Int8{1, 1};
inline constexpr Slot Int16{2, 2};
inline constexpr Slot Int32{4, 4};
inline constexpr Slot Int64{8, 8};
inline constexpr Slot Float32{4, 4};
inline constexpr Slot Float64{8, 8};
/// An exported enum: its value as an i32, whatever its underlying type.
inline constexpr Slot Enum = Int32;
/// A u32 address in linear memory.
inline constexpr Slot Pointer{4, 4};
/// An exported class by value, or a std::unique_ptr of one: the address of
/// a heap object.
inline constexpr Slot Object = Pointer;
/// A wasmport::JsValue, an imported class, a std::function from JS or a
/// wasmport::Promise (an element, a field, an export's std::expected error):
/// its u32 handle to the glue's JS heap.
inline constexpr Slot Handle{4, 4};

/// std::string and std::vector<E>: the address of a separate buffer and its
/// length (bytes of UTF-8 for a string, elements for a vector). Element I
/// of a vector's buffer is E's slot at I * stride(E).
struct Buffer {
  static constexpr std::uint32_t Data = 0;
  static constexpr std::uint32_t Length = 4;
  static constexpr Slot Layout{8, 4};
  static constexpr std::uint32_t stride(Slot Element) { return Element.Size; }
};

/// std::shared_ptr<T>: the object's address, then the owner JS holds (a
/// heap std::shared_ptr, null for an empty pointer).
struct Shared {
  static constexpr std::uint32_t Address = 0;
  static constexpr std::uint32_t Owner = 4;
  static constexpr Slot Layout{8, 4};
};

//===--- the return area --------------------------------------------------===//

/// wire::ReturnArea, where a thunk leaves what does not fit in its wasm
/// result (strings, vectors and spans out, exceptions, std::expected
/// errors) and where the glue reads it right after the call: the byte
/// offset of each field. The JS helpers (lib/JS/runtime) name these offsets
/// as WASMPORT_RET_* words, which wasmport-js replaces with Offset / 4.
struct ReturnArea {
  /// The address of a string's bytes or of a vector's or span's elements.
  static constexpr std::uint32_t Data = 0;
  /// Their count: bytes of UTF-8, or elements.
  static constexpr std::uint32_t Size = 4;
  /// What JS frees them through (a std::string or a wire::Owned), or 0.
  static constexpr std::uint32_t Owner = 8;
  /// A JS exception caught for C++: a JS heap handle, or 0.
  static constexpr std::uint32_t Exception = 12;
  /// A std::expected error's slot, or 0.
  static constexpr std::uint32_t Error = 16;
  static constexpr Slot Layout{20, 4};
};

/// Where a thunk leaves a result slot that holds nothing to free (numbers,
/// bools, enums, and value structs and optionals of only those: see
/// manifest::resultInScratch), instead of a new allocation: the glue reads it
/// right after the call and frees nothing, so returning a b2Vec2 costs no
/// malloc/free pair. A slot larger than this still gets its own allocation.
struct ResultScratch {
  static constexpr Slot Layout{64, 8};
};

//===--- composition ------------------------------------------------------===//

/// std::optional<E>: a byte at Flag (1: a value follows), then E at E's
/// alignment; the size rounds up to E's alignment.
struct Optional {
  static constexpr std::uint32_t Flag = 0;
  static constexpr std::uint32_t valueOffset(Slot Element) {
    return alignTo(Flag + 1, Element.Align);
  }
  static constexpr Slot of(Slot Element) {
    return {alignTo(valueOffset(Element) + Element.Size, Element.Align),
            Element.Align};
  }
};

/// An entry of a std::map's or std::unordered_map's buffer (a Buffer whose
/// length counts entries; a std::set's buffer is a vector's): the key, then
/// the value at its alignment, as a struct of the two would place them.
struct MapEntry {
  static constexpr std::uint32_t Key = 0;
  static constexpr std::uint32_t valueOffset(Slot KeySlot, Slot Value) {
    return alignTo(KeySlot.Size, Value.Align);
  }
  static constexpr Slot of(Slot KeySlot, Slot Value) {
    std::uint32_t A = KeySlot.Align > Value.Align ? KeySlot.Align : Value.Align;
    return {alignTo(valueOffset(KeySlot, Value) + Value.Size, A), A};
  }
};

/// A value struct: its fields in order, each at its alignment; the size
/// rounds up to the largest alignment, and a struct without fields takes one
/// byte. Add the fields in declaration order, then read the layout.
class Struct {
public:
  /// Places the next field; returns its offset.
  constexpr std::uint32_t add(Slot Field) {
    std::uint32_t At = alignTo(End, Field.Align);
    End = At + Field.Size;
    if (Field.Align > MaxAlign)
      MaxAlign = Field.Align;
    return At;
  }
  constexpr Slot layout() const {
    return {End ? alignTo(End, MaxAlign) : 1, MaxAlign};
  }

private:
  std::uint32_t End = 0;
  std::uint32_t MaxAlign = 1;
};

} // namespace wasmport::layout

#endif // WASMPORT_SUPPORTED_STANDARD
#endif // WASMPORT_LAYOUT_H
