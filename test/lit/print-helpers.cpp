//===- print-helpers.cpp - Every JS helper as generated modules hold it --===//
//
// A testing driver, not a product: `print-helpers` writes, in their fixed
// order, every helper of lib/JS/runtime as wasmport-js prints it into a
// generated module (js::printHelper), each after its `//@helper NAME` line.
// The lit suite keeps this listing once, as golden/helpers.js, and the
// goldens of generated modules name each helper they hold by a placeholder
// line instead of repeating its body (golden.py --helpers-from), so a change
// to one helper changes one golden.
//
//===----------------------------------------------------------------------===//
#include "JS/Runtime.h"

#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace wasmport::js;

int main(int Argc, char **) {
  if (Argc != 1) {
    errs() << "usage: print-helpers\n";
    return 2;
  }
  for (unsigned I = 0; I != NumHelpers; ++I) {
    outs() << "//@helper " << helperName(Helper(I)) << "\n";
    printHelper(Helper(I), outs());
  }
  return 0;
}
