//===- minify-file.cpp - The minifier on one file, for the oracle test ----===//
//
// A testing driver, not a product: `minify-file IN OUT` writes minifyJS of
// IN to OUT, so that the minify-oracle test can minify each JS helper
// (lib/JS/runtime/*.js) and each golden module on its own, outside
// wasmport-js. A refusal is one `minify-file: error:` line and exit 1.
//
//===----------------------------------------------------------------------===//
#include "JS/Minify.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

int main(int Argc, char **Argv) {
  if (Argc != 3) {
    errs() << "usage: minify-file IN.js OUT.js\n";
    return 2;
  }
  ErrorOr<std::unique_ptr<MemoryBuffer>> In = MemoryBuffer::getFile(Argv[1]);
  if (!In) {
    errs() << "minify-file: error: cannot read '" << Argv[1]
           << "': " << In.getError().message() << "\n";
    return 1;
  }
  Expected<std::string> Out = wasmport::js::minifyJS((*In)->getBuffer());
  if (!Out) {
    errs() << "minify-file: error: " << Argv[1] << ": "
           << toString(Out.takeError()) << "\n";
    return 1;
  }
  std::error_code EC;
  raw_fd_ostream OS(Argv[2], EC, sys::fs::OF_None);
  if (EC) {
    errs() << "minify-file: error: cannot write '" << Argv[2]
           << "': " << EC.message() << "\n";
    return 1;
  }
  OS << *Out;
  return 0;
}
