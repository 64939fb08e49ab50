//===- Merge.h - Combining per-TU manifest fragments -----------*- C++ -*-===//
//
// wasm-ld concatenates the "wasmport" custom sections of every object it
// links, so a module carries one fragment (one JSON line) per translation
// unit, and the same entity (a class in a shared header) may appear several
// times. mergeFragments turns them into one Manifest.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_MANIFEST_MERGE_H
#define WASMPORT_MANIFEST_MERGE_H

#include "Manifest/Manifest.h"

namespace wasmport::manifest {

/// Parses every non-empty line of Section as a fragment and merges them.
/// Identical entities are kept once; two different entities with one JS name
/// are an error naming both source locations. Whether the result is a valid
/// manifest is for verify() (Verify.h) to say: its consumer runs it.
llvm::Expected<Manifest> mergeFragments(llvm::StringRef Section);

/// Merges already parsed fragments, in order.
llvm::Expected<Manifest> merge(llvm::ArrayRef<Manifest> Fragments);

} // namespace wasmport::manifest

#endif // WASMPORT_MANIFEST_MERGE_H
