//===- MinifyRenamer.h - Short names for the glue's variables --*- C++ -*-===//
//
// The second stage of `wasmport-js --minify` (JS/Minify.h), between the lexer
// (MinifyLexer.h) and the printer: which short name each variable gets, and
// so the text of every token. It takes the scopes, declarations and
// references from the scope analysis (MinifyScopes.h, which finds the ends
// of expressions with MinifyExtents.h), resolves each reference and names
// the bindings. Every construct the analysis cannot classify exactly from
// the tokens is a refusal naming the construct and its line, never a guess.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_JS_MINIFYRENAMER_H
#define WASMPORT_JS_MINIFYRENAMER_H

#include "JS/MinifyLexer.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace wasmport::js::minify {

/// The text to print for each token of Tokens: the token itself, or for a
/// variable its short name (`name:short` where a shorthand property or
/// pattern would otherwise change its key, `name as short` in an import
/// list, `short as name` in an export list). A variable never takes the name
/// of a global or keyword, nor of an outer variable referenced inside its
/// scope; sibling scopes reuse names; exports keep theirs. Deterministic.
/// Fails with cannotMinify on a construct it does not handle exactly.
llvm::Expected<std::vector<std::string>> rename(llvm::ArrayRef<Token> Tokens);

} // namespace wasmport::js::minify

#endif // WASMPORT_JS_MINIFYRENAMER_H
