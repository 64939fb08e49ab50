//===- MinifyScopes.h - Scopes and declarations of the glue ----*- C++ -*-===//
//
// Part of the renamer of `wasmport-js --minify` (MinifyRenamer.h): the scope
// analysis. From the lexer's tokens (MinifyLexer.h) it finds the scopes (the
// module, functions, methods, arrows, blocks, class names, `catch` and `for`
// heads), the declarations in each, and which words may reference a
// variable; a word that is neither (a keyword, property, key, class member,
// another module's name) is kept as it is. Constructs it cannot classify
// exactly from the tokens are refusals, never guesses.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_JS_MINIFYSCOPES_H
#define WASMPORT_JS_MINIFYSCOPES_H

#include "JS/MinifyLexer.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

#include <vector>

namespace wasmport::js::minify {

/// How a renamed word is printed.
enum class Use {
  Rename,    // its short name
  ObjectKey, // `{ name }` shorthand, in an object or a pattern: `name: short`
  ImportAs,  // `import { name }`: `name as short`
  ExportAs,  // `export { name }`: `short as name`
};

struct ScopeInfo {
  static constexpr size_t npos = ~size_t(0);
  int Parent; // -1 for the module
  /// A function, arrow, method, static block or the module: where `var`
  /// declares.
  bool Function;
  /// A function's, arrow's or catch's parameter list, from its `(` (or the
  /// single parameter) to its `)` (or `=>`), exclusive.
  size_t ParamsBegin = npos, ParamsEnd = npos;
};

/// The scopes, and per token what the renamer needs. Scopes are in the
/// order they open, so a scope comes after its parent.
struct ScopeTree {
  std::vector<ScopeInfo> Scopes; // [0] is the module
  std::vector<int> TokScope;     // the innermost scope of each token
  std::vector<int> DeclIn;       // a declaration: the scope it binds in; -1
  std::vector<bool> Exported;    // a declaration of an export
  std::vector<bool> Ref;         // a word that may reference a variable
  std::vector<Use> Shorthand;    // how the word prints if it is renamed
};

/// The scope tree of Tokens; fails with cannotMinify on a construct it does
/// not classify exactly (a label, a class field initialiser, a generator,
/// an unbalanced bracket, ...).
llvm::Expected<ScopeTree> analyzeScopes(llvm::ArrayRef<Token> Tokens);

} // namespace wasmport::js::minify

#endif // WASMPORT_JS_MINIFYSCOPES_H
