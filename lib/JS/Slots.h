//===- Slots.h - JS side of values that cross in linear memory --*- C++ -*-===//
//
// Vectors, optionals, maps, sets and value structs cross as "slots": fixed-size records
// in linear memory whose layout <wasmport/wire.h> (Codec) computes the same
// way, documented in docs/Types.md. For each such type a generated module
// uses, SlotCodecs writes three functions, once, named after the type:
//   __wasmport_check_<id>(v)      undefined, or a "bad" record saying where
//                                 inside v what was expected (no allocation
//                                 unless something is wrong)
//   __wasmport_write_<id>(at, v)  writes a checked v at address `at`,
//                                 allocating the buffers it points to
//   __wasmport_read_<id>(at)      reads the slot at `at` and frees the
//                                 buffers it points to
// Leaf kinds (numbers, strings, enums, objects) are inlined into them.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_JS_SLOTS_H
#define WASMPORT_JS_SLOTS_H

#include "JS/JSSyntax.h"
#include "JS/Plan.h"
#include "JS/Runtime.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace wasmport::js {

class SlotCodecs {
public:
  SlotCodecs(const Plan &P, HelperSet &H) : P(P), H(H) {}

  struct Layout {
    unsigned Size = 1;
    unsigned Align = 1;
  };
  Layout layout(const manifest::Type &T) const;

  /// The check of an enum value (inline: no function).
  LeafCheck enumCheck(const manifest::Type &T) const;
  /// A JS expression turning enum value V into its wire number, and back.
  std::string enumToWire(const manifest::Type &T, llvm::StringRef V) const;
  std::string enumFromWire(const manifest::Type &T, llvm::StringRef W);

  /// Names of the generated functions for T (a slot kind), generating them
  /// on first use. check(v) reads v once, through intrinsics where it can,
  /// and returns the checked copy that write(at, copy) writes, or
  /// __wasmport_BAD with the failure in __wasmport_lastBad.
  std::string check(const manifest::Type &T);
  std::string write(const manifest::Type &T);
  std::string read(const manifest::Type &T);
  /// The name of `__wasmport_error_<id>(at)`, generated on first use: reads
  /// the slot of a std::expected error of type T at `at` (for the string
  /// kinds, a std::string's) and returns what JS throws (docs/Errors.md):
  /// an Error with the error as `value`, or a JsValue error itself.
  std::string error(const manifest::Type &T);

  /// "a Word", "an Apple", "a Uint8Array".
  static std::string withArticle(llvm::StringRef Word);
  /// The size of an element of a number kind's typed array.
  static unsigned elementBytes(manifest::TypeKind K);

  /// Prints every generated function, in the order they were generated.
  void print(llvm::raw_ostream &OS) const { OS << Out; }

private:
  /// The kinds that sit in a slot of their own; check, write and read
  /// switch over these, and slotShape (one complete switch over TypeKind)
  /// is the one place that says which kinds they are.
  enum class SlotShape { Vector, Optional, Map, Set, Value };
  static SlotShape slotShape(const manifest::Type &T);
  static std::string id(const manifest::Type &T);
  const manifest::ValueStruct &valueStruct(llvm::StringRef JsName) const;
  const manifest::Enum &enumDecl(llvm::StringRef JsName) const;
  std::string expected(const manifest::Type &T) const;
  /// Field F of the value struct `v`: its own property, never an inherited
  /// one (a polluted Object.prototype cannot fill in a missing field).
  std::string ownField(const manifest::Field &F);

  /// Statements that return __wasmport_BAD when the local V (at Path, a JS
  /// string literal) does not fit T; returns the local (or V itself) then
  /// holding the checked value. Temp numbers the locals of one function.
  std::string emitCheck(llvm::raw_ostream &OS, const manifest::Type &T,
                        llvm::StringRef V, llvm::StringRef Path,
                        llvm::StringRef In, unsigned &Temp);
  void emitWrite(llvm::raw_ostream &OS, const manifest::Type &T,
                 llvm::StringRef At, llvm::StringRef V, llvm::StringRef In);
  std::string readExpr(const manifest::Type &T, llvm::StringRef At);

  const Plan &P;
  HelperSet &H;
  llvm::StringMap<bool> Done; ///< "check_<id>" etc. already generated.
  std::string Out;
};

} // namespace wasmport::js

#endif // WASMPORT_JS_SLOTS_H
