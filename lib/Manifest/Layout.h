//===- Manifest/Layout.h - Slot layout of a manifest's types ----*- C++ -*-===//
//
// Where a manifest type sits in a slot (docs/Types.md, "Slots"), computed
// from the table in <wasmport/layout.h> that <wasmport/wire.h> takes its
// Codecs' numbers from: the JS glue reads and writes slots at these offsets
// (lib/JS/Slots.cpp), and the thunks static_assert that wire agrees with them
// for every slot type a module uses (lib/Thunks), so neither side can change
// a layout alone.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_MANIFEST_LAYOUT_H
#define WASMPORT_MANIFEST_LAYOUT_H

#include "Manifest/Manifest.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"

#include <wasmport/layout.h>

#include <cstdint>

namespace wasmport::manifest {

/// The size and alignment of T's slot. T is of a kind that sits in slots:
/// a number, bool, std::string, an exported enum, a value struct, a vector,
/// an optional, an exported class by value, a smart pointer (docs/Types.md),
/// or a JsValue (an export's std::expected error). Values holds every value
/// struct T refers to (a manifest's do).
layout::Slot slotOf(const Type &T, llvm::ArrayRef<ValueStruct> Values);

/// The offset of each of V's fields in V's slot, in declaration order.
llvm::SmallVector<uint32_t, 8> fieldOffsets(const ValueStruct &V,
                                            llvm::ArrayRef<ValueStruct> Values);

/// Where the value of an optional of type T sits, after its flag byte at
/// layout::Optional::Flag.
uint32_t optionalValueOffset(const Type &T, llvm::ArrayRef<ValueStruct> Values);

/// The distance between two elements in the buffer of a vector or set of
/// type T, or between two entries of a map's (the buffer's address and
/// length are at layout::Buffer::Data and Length).
uint32_t vectorStride(const Type &T, llvm::ArrayRef<ValueStruct> Values);

/// Where the value of a map entry sits (its key is at layout::MapEntry::Key).
uint32_t mapValueOffset(const Type &T, llvm::ArrayRef<ValueStruct> Values);

/// Whether an export's result of type T crosses in the result scratch
/// (layout::ResultScratch) rather than in a new slot JS frees: T is a value
/// struct or an optional whose slot holds only numbers, bools and enums
/// (nothing to free) and fits the scratch. The thunks (lib/Thunks) and the
/// glue (lib/JS) both ask this, so they cannot disagree about who frees.
bool resultInScratch(const Type &T, llvm::ArrayRef<ValueStruct> Values);

/// The value struct of JS name JsName in Values, or null.
const ValueStruct *findValueStruct(llvm::StringRef JsName,
                                   llvm::ArrayRef<ValueStruct> Values);

} // namespace wasmport::manifest

#endif // WASMPORT_MANIFEST_LAYOUT_H
