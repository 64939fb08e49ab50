//===- MinifyExtents.h - Where the glue's expressions end ------*- C++ -*-===//
//
// Part of the renamer of `wasmport-js --minify` (MinifyRenamer.h): the
// lexer's tokens (MinifyLexer.h) with their brackets matched, and where an
// expression or a statement that starts at a token ends. The scope walk
// (MinifyScopes.h) asks it how far an initializer, a default, an arrow's
// body or a loop's body reaches, which decides the scope of every name in
// it.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_JS_MINIFYEXTENTS_H
#define WASMPORT_JS_MINIFYEXTENTS_H

#include "JS/MinifyLexer.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

#include <vector>

namespace wasmport::js::minify {

/// Tokens and their brackets; does not own the tokens.
class Extents {
public:
  static constexpr size_t npos = ~size_t(0);

  explicit Extents(llvm::ArrayRef<Token> Sig);

  /// Fills Match; fails with cannotMinify on a bracket that closes nothing
  /// or is never closed. The other members assume it succeeded.
  llvm::Error matchBrackets();

  bool punctAt(size_t I, llvm::StringRef P) const {
    return I < N && isPunct(Sig[I], P);
  }
  bool wordAt(size_t I, llvm::StringRef W) const {
    return I < N && isWord(Sig[I], W);
  }
  /// A word that is not a keyword (MinifyLexer.h).
  bool nameAt(size_t I) const;
  /// A name a declaration may bind: also the contextual keywords, which
  /// then keep their name.
  bool bindingNameAt(size_t I) const;
  /// The token after a `.` or `?.`: a property.
  bool afterDot(size_t I) const {
    return I > 0 && (isPunct(Sig[I - 1], ".") || isPunct(Sig[I - 1], "?."));
  }
  bool isOpener(size_t I) const;

  /// Whether token J ends an operand (a name, literal, closing bracket or
  /// postfix `++`), so that what follows it continues or ends the
  /// expression.
  bool endsOperand(size_t J) const;
  /// Whether automatic semicolon insertion ends the statement before token
  /// I: a line break before a token that cannot continue what precedes it.
  bool statementBreakBefore(size_t I) const;
  /// The last token of the expression (an AssignmentExpression) that starts
  /// at I.
  size_t expressionEnd(size_t I) const;
  /// The last token of the simple statement that starts at I (its `;`, if
  /// any).
  size_t statementEnd(size_t I) const;

protected:
  llvm::ArrayRef<Token> Sig;
  size_t N;
  /// The other bracket of each bracket, and the last token of a template
  /// literal for its first (and the reverse); npos elsewhere.
  std::vector<size_t> Match;
};

} // namespace wasmport::js::minify

#endif // WASMPORT_JS_MINIFYEXTENTS_H
