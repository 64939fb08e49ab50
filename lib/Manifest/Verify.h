//===- Verify.h - What a valid manifest is ---------------------*- C++ -*-===//
//
// The one statement of the manifest's invariants, in the manner of LLVM's IR
// verifier: the readers (Manifest.cpp's JSON reader, Merge.cpp) only parse,
// and verify() decides whether what they made is valid. It runs after each
// producer (the plugin and wasmport-rewrite, on the Collector's manifest;
// merging, on its result) and before each consumer (wasmport-js, on every
// manifest it reads). The planner and the printers may assume everything it
// checks. docs/Manifest.md ("What a valid manifest is") lists the rules.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_MANIFEST_VERIFY_H
#define WASMPORT_MANIFEST_VERIFY_H

#include "Manifest/Manifest.h"

#include "llvm/Support/Error.h"

namespace wasmport::manifest {

/// Checks every invariant of M: JS names (identifiers, no reserved words or
/// names the module or a class keeps for itself, no two exports or members
/// with one name), no control characters in any string (doc strings may hold
/// line breaks), the kinds valid in each position and the number of type
/// arguments of each kind, the shape of each kind of function and import,
/// symbols, and the references between entities (types naming classes,
/// enums and value structs of M; base classes; no inheritance cycle; no value
/// struct containing itself). Returns the first violation as one line that
/// names the offending entity, says what is wrong and what would be valid,
/// and quotes manifest text through escapeForMessage.
llvm::Error verify(const Manifest &M);

} // namespace wasmport::manifest

#endif // WASMPORT_MANIFEST_VERIFY_H
