//===- MinifyLexer.h - Tokens of the generated glue, for --minify -*- C++ -*-=//
//
// The first stage of `wasmport-js --minify` (JS/Minify.h): the generated JS
// as tokens. It decides exactly where a `/` starts a regular expression, where
// a template literal's substitutions begin and end, which comments are kept,
// and which line breaks separate tokens (the ones automatic semicolon
// insertion may need), and it refuses, naming the line, any input it cannot
// tokenize exactly: an unterminated literal, a `/` whose meaning depends on
// more than the tokens before it, a character outside the JS wasmport writes.
// The renamer (MinifyRenamer.h) and the printer (Minify.cpp) read its tokens.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_JS_MINIFYLEXER_H
#define WASMPORT_JS_MINIFYLEXER_H

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"

#include <vector>

namespace wasmport::js::minify {

enum class TokenKind { Word, Number, String, Template, Regex, Punct };

/// One significant token (comments are not tokens), a slice of the source.
struct Token {
  TokenKind Kind;
  llvm::StringRef Text;
  /// A line terminator (or a comment holding one) separates this token from
  /// the one before it.
  bool LineBefore = false;
  /// The 1-based line the token starts on, for errors.
  unsigned Line = 1;
};

/// A comment the output keeps, printed before token Before.
struct KeptComment {
  size_t Before;
  llvm::StringRef Text;
};

struct Lexed {
  std::vector<Token> Tokens;
  std::vector<KeptComment> Comments;
};

/// The error of every refusal: `cannot minify line N: What`.
llvm::Error cannotMinify(unsigned Line, const llvm::Twine &What);

/// Source as tokens, with the comments to keep (a leading `//` banner and the
/// hints bundlers read: `@vite-ignore`, `webpackIgnore`, `#__PURE__`).
/// Fails with cannotMinify on what it cannot tokenize exactly.
llvm::Expected<Lexed> lex(llvm::StringRef Source);

inline bool isPunct(const Token &T, llvm::StringRef Text) {
  return T.Kind == TokenKind::Punct && T.Text == Text;
}
inline bool isWord(const Token &T, llvm::StringRef Text) {
  return T.Kind == TokenKind::Word && T.Text == Text;
}

/// Reserved words, literals and the contextual keywords (`as`, `async`,
/// `from`, `get`, `of`, `set`): never renamed, never chosen as a short name.
bool isKeyword(llvm::StringRef Word);

/// Whether a line break between P and T must stay: where automatic
/// semicolon insertion may put a `;` (P could end a statement and T could
/// start one), or after a keyword whose operand must be on its line. Keeping
/// a line break the source had is always correct; this says where dropping
/// one is.
bool lineBreakMatters(const Token &P, const Token &T);

} // namespace wasmport::js::minify

#endif // WASMPORT_JS_MINIFYLEXER_H
