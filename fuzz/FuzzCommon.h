//===- FuzzCommon.h - What the wasmport fuzz targets share -----*- C++ -*-===//
//
// The checks both libFuzzer targets apply after reading their input, which
// the readers have verified (manifest::verify): plan the JS for each target
// and print it and its .d.ts in memory, and minify the JS (wasmport-js
// --minify), which must always read what the printer wrote; errors must be
// one line. Whatever passes verify must plan and print without crashing. A
// broken property aborts, which libFuzzer reports as a crash and saves the
// input.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_FUZZ_FUZZCOMMON_H
#define WASMPORT_FUZZ_FUZZCOMMON_H

#include "JS/Input.h"
#include "JS/Minify.h"
#include "JS/Plan.h"
#include "JS/Printers.h"

#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>

namespace wasmport::fuzz {

[[noreturn]] inline void fail(const llvm::Twine &What,
                              llvm::Error E = llvm::Error::success()) {
  llvm::errs() << "wasmport fuzz: " << What;
  if (E)
    llvm::errs() << ": " << llvm::toString(std::move(E));
  llvm::errs() << "\n";
  std::abort();
}

/// Consumes an expected error; its message must be one non-empty line.
inline void consume(llvm::Error E) {
  std::string Msg = llvm::toString(std::move(E));
  if (Msg.empty() || Msg.find_first_of("\r\n") != std::string::npos)
    fail("an error message is not one line: '" + llvm::Twine(Msg) + "'");
}

/// Plans In for each target, prints the JS and .d.ts in memory and minifies
/// the JS. With MustPlan (a manifest side file, whose ModuleInfo lists every
/// export the manifest needs), planning a verified manifest cannot fail.
inline void planAndPrint(const js::Input &In, bool MustPlan = false) {
  for (js::Target T :
       {js::Target::Node, js::Target::Web, js::Target::Bundler}) {
    js::Options Opts;
    Opts.Tgt = T;
    Opts.WasmFile = "fuzz.wasm";
    Opts.ZeroCopySpans = T == js::Target::Bundler;
    llvm::Expected<js::Plan> P = js::plan(In.Manifest, In.Info, Opts);
    if (!P && MustPlan)
      fail("a verified manifest does not plan", P.takeError());
    if (!P) {
      consume(P.takeError());
      return;
    }
    std::string JS, TS;
    llvm::raw_string_ostream JSOut(JS), TSOut(TS);
    js::printJS(*P, JSOut);
    js::printTS(*P, TSOut);
    llvm::Expected<std::string> Min = js::minifyJS(JS);
    if (!Min)
      fail("--minify cannot read the JS printed for a plan", Min.takeError());
  }
}

} // namespace wasmport::fuzz

#endif // WASMPORT_FUZZ_FUZZCOMMON_H
