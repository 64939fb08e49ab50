//===- ModuleFuzzer.cpp - libFuzzer target: .wasm bytes to JS -------------===//
//
// Feeds arbitrary bytes to wasmport-js's module reader, the path of
// `wasmport-js m.wasm`: the module reader (JS/Input.cpp), the "wasmport"
// section's fragments merged and verified, the section stripped, then the
// plan and the JS and .d.ts
// for every target, in memory. Any input must come back as a value or an
// llvm::Error with a one-line message; a crash, a sanitizer report or a leak
// is a bug.
//
//===----------------------------------------------------------------------===//
#include "FuzzCommon.h"

#include "JS/Input.h"

#include "llvm/Support/MemoryBufferRef.h"

using namespace llvm;
using namespace wasmport;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  StringRef Bytes(reinterpret_cast<const char *>(Data), Size);
  Expected<js::Input> In =
      js::readModule("fuzz.wasm", MemoryBufferRef(Bytes, "fuzz.wasm"));
  if (!In) {
    fuzz::consume(In.takeError());
    return 0;
  }
  // Stripping removes sections and keeps the header.
  if (In->StrippedWasm.size() >= Size ||
      !StringRef(In->StrippedWasm).starts_with(Bytes.take_front(8)))
    fuzz::fail("stripping the wasmport section gave a malformed module");
  fuzz::planAndPrint(*In);
  return 0;
}
