//===- Minify.h - Compact form of the generated glue -----------*- C++ -*-===//
//
// `wasmport-js --minify` writes the same ES module in less space, as
// `emcc -O2` does for Emscripten's glue: no comments, no indentation, no line
// break that automatic semicolon insertion does not need, and short names for
// the module's variables.
//
// It reads only JS that printJS wrote: it knows strings, template literals,
// regular expressions, comments, scopes and declarations, and where a word is
// a variable rather than a property, an object key, a class member or a
// module's export/import name, but it is not a general-purpose minifier.
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
/// the exported ones and globals. Deterministic. Fails on JS it cannot
/// tokenize (an unterminated string, comment, template or regular expression).
llvm::Expected<std::string> minifyJS(llvm::StringRef Source);

} // namespace wasmport::js

#endif // WASMPORT_JS_MINIFY_H
