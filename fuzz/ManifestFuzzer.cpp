//===- ManifestFuzzer.cpp - libFuzzer target: manifest text to JS ---------===//
//
// Feeds arbitrary text to wasmport-js's manifest reader, the path of a side
// file (`wasmport-js m.wasmport.json`): parse (one object, else fragment
// lines), merge and verify, then plan and print the JS and .d.ts for every
// target. Any input must come back as a value or an llvm::Error; a crash, a
// sanitizer report or a leak is a bug. More properties are checked:
//  - a manifest that parses prints JSON that parses back to the same JSON,
//    and verify() says the same of both;
//  - a manifest that verify() accepts plans, prints and minifies;
//  - every error message is one line (wasmport-js prints it after
//    "wasmport-js: error: ").
//
//===----------------------------------------------------------------------===//
#include "FuzzCommon.h"

#include "JS/Input.h"
#include "Manifest/Manifest.h"
#include "Manifest/Verify.h"

using namespace llvm;
using namespace wasmport;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  StringRef Text(reinterpret_cast<const char *>(Data), Size);

  Expected<manifest::Manifest> M = manifest::parseManifest(Text);
  if (M) {
    std::string Once = manifest::toJSONText(*M);
    Expected<manifest::Manifest> Back = manifest::parseManifest(Once);
    if (!Back)
      fuzz::fail("a printed manifest does not parse back", Back.takeError());
    if (manifest::toJSONText(*Back) != Once)
      fuzz::fail("a manifest changes when printed and parsed again");
    Error Before = manifest::verify(*M), After = manifest::verify(*Back);
    bool BeforeFails = bool(Before), AfterFails = bool(After);
    if (BeforeFails)
      fuzz::consume(std::move(Before));
    consumeError(std::move(After));
    if (BeforeFails != AfterFails)
      fuzz::fail("verify changes its mind when a manifest is printed and "
                 "parsed again");
  } else {
    fuzz::consume(M.takeError());
  }

  Expected<js::Input> In = js::readManifestFile("fuzz.json", Text);
  if (!In) {
    fuzz::consume(In.takeError());
    return 0;
  }
  fuzz::planAndPrint(*In, /*MustPlan=*/true);
  return 0;
}
