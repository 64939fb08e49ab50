//===- Overloads.h - Which JS arguments an overload accepts -----*- C++ -*-===//
//
// Several C++ overloads under one JS name are one JS function that picks the
// overload from its arguments (docs/Types.md "Overloads"). This header says,
// from manifest types alone, which JS values each parameter's check accepts
// and so whether two overloads could accept the same arguments: the
// Collector reports such own overloads at their declaration, and
// manifest::verify rejects them. Shared by the plugin and wasmport-js.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_MANIFEST_OVERLOADS_H
#define WASMPORT_MANIFEST_OVERLOADS_H

#include "Manifest/Manifest.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <utility>

namespace wasmport::manifest {

/// The JS values an argument check accepts: a set of kinds of value, and
/// for objects of exported classes the class.
struct AcceptedValues {
  enum : unsigned {
    Integer = 1 << 0,   ///< A number that is an integer.
    Fraction = 1 << 1,  ///< Any other number (and NaN, infinities).
    BigInt = 1 << 2,
    Boolean = 1 << 3,
    String = 1 << 4,
    Null = 1 << 5,
    Undefined = 1 << 6,
    Instance = 1 << 7,  ///< An object of the exported class Class.
    Array = 1 << 8,     ///< An array or a typed array.
    Object = 1 << 9,    ///< Any other object.
    Function = 1 << 10,
    Any = (1 << 11) - 1,
  };
  unsigned Kinds = 0;
  /// For Instance: the exported class; "" when any object is accepted.
  std::string Class;
};

AcceptedValues acceptedValues(const Type &T);

/// True when classes A and B are one class or one extends the other.
using RelatedFn = llvm::function_ref<bool(llvm::StringRef, llvm::StringRef)>;

/// True when one JS argument could pass the checks of both A and B.
bool couldAcceptSame(const Type &A, const Type &B, RelatedFn Related);

/// True when one JS call could be accepted by both A and B: an argument
/// count both take (default arguments counted) with every argument
/// acceptable to both.
bool couldAcceptSame(const Function &A, const Function &B, RelatedFn Related);

/// RelatedFn for the classes of M, through their Base chains.
bool relatedClasses(const Manifest &M, llvm::StringRef A, llvm::StringRef B);

/// True when A and B are the two overloads of one JS name that are kept
/// even though they could accept the same arguments: both foreign.
inline bool mayShareArguments(const Function &A, const Function &B) {
  return A.Foreign && B.Foreign;
}

/// The first two overloads of Group (one JS name, in declaration order)
/// that could accept the same call and are not allowed to (not both
/// foreign); {nullptr, nullptr} when there are none.
std::pair<const Function *, const Function *>
ambiguousOverloads(llvm::ArrayRef<const Function *> Group, RelatedFn Related);

} // namespace wasmport::manifest

#endif // WASMPORT_MANIFEST_OVERLOADS_H
