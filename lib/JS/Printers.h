//===- Printers.h - The JS and .d.ts printers ------------------*- C++ -*-===//
//
// Both read only a Plan. Output is deterministic: the same plan prints the
// same bytes.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_JS_PRINTERS_H
#define WASMPORT_JS_PRINTERS_H

#include "JS/Plan.h"

#include "llvm/Support/raw_ostream.h"

namespace wasmport::js {

/// The ES module: imports, helpers, exported functions and classes, and the
/// instantiation code for the plan's target.
void printJS(const Plan &P, llvm::raw_ostream &OS);

/// The TypeScript declarations of what printJS exports.
void printTS(const Plan &P, llvm::raw_ostream &OS);

/// A JSDoc block at Indent for Doc, with `@param` lines for the documented
/// Params, an `@returns` and a `@throws` line; nothing when there is no
/// text. `*/` in the text is written `*\/`, so no comment can end the block
/// early.
void printDocComment(llvm::raw_ostream &OS, llvm::StringRef Indent,
                     llvm::StringRef Doc, llvm::ArrayRef<ParamPlan> Params = {},
                     llvm::StringRef Returns = "", llvm::StringRef Throws = "");

/// How the TypeError of a call no overload accepts names the overload C (a
/// full variant, CallPlan::Variants): `Where(name: type, opt?: type): type`.
std::string overloadSignature(const CallPlan &C);

/// printDocComment for a function or method, with a `@throws` line saying
/// what it throws when its std::expected result holds an error.
void printCallDoc(llvm::raw_ostream &OS, llvm::StringRef Indent,
                  const CallPlan &C);

} // namespace wasmport::js

#endif // WASMPORT_JS_PRINTERS_H
