//===- Minify.h - Compact form of the generated glue -----------*- C++ -*-===//
//
// `wasmport-js --minify` writes the same ES module in less space, as
// `emcc -O2` does for Emscripten's glue: no comments, no indentation, no line
// break that automatic semicolon insertion does not need, and short names for
// the module's variables.
//
// It reads only JS that printJS wrote, in three stages: tokens
// (MinifyLexer.h), scopes and short names (MinifyRenamer.h, over
// MinifyScopes.h and MinifyExtents.h), printing (Minify.cpp). It is not a general-purpose minifier: what it does not
// handle exactly (a `/` the tokens before it do not classify, a label, a
// class field initialiser, a generator, ...) it refuses, naming the
// construct and its line, rather than guess.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_JS_MINIFY_H
#define WASMPORT_JS_MINIFY_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>

namespace wasmport::js {

/// Source without comments (except a leading `//` banner and the hints
/// bundlers read: `@vite-ignore`, `webpackIgnore`, `#__PURE__`), without
/// whitespace that separates nothing, and with every variable renamed except
/// the exported ones and globals. Deterministic. Fails, with
/// `cannot minify line N: <construct>`, on JS it cannot tokenize (an
/// unterminated literal) or does not handle exactly.
llvm::Expected<std::string> minifyJS(llvm::StringRef Source);

} // namespace wasmport::js

#endif // WASMPORT_JS_MINIFY_H
