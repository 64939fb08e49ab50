//===- Minify.cpp - Compact form of the generated glue --------------------===//
//
// The last stage of `wasmport-js --minify`: the lexer's tokens
// (MinifyLexer.h), with the text the renamer gives each (MinifyRenamer.h),
// printed with only the separators the grammar needs: a line break where
// automatic semicolon insertion needs the one the source had, a space where
// two tokens would merge, and the comments the lexer kept.
//
//===----------------------------------------------------------------------===//
#include "JS/Minify.h"

#include "JS/MinifyLexer.h"
#include "JS/MinifyRenamer.h"

#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace wasmport::js {

namespace {

using minify::Token;
using minify::TokenKind;

/// Whether P and T need a space between them on one line.
bool needsSpace(const Token &P, const Token &T) {
  auto WordLike = [](const Token &X) {
    return X.Kind == TokenKind::Word || X.Kind == TokenKind::Number;
  };
  if ((WordLike(P) || P.Kind == TokenKind::Regex) && WordLike(T))
    return true;
  if (P.Kind == TokenKind::Number && T.Kind == TokenKind::Punct &&
      T.Text.starts_with("."))
    return true;
  if (P.Kind == TokenKind::Punct && T.Kind == TokenKind::Punct) {
    char A = P.Text.back(), B = T.Text.front();
    if ((A == '+' || A == '-') && A == B)
      return true; // `a - -b`, `a + ++b`
  }
  // `a / /b/`, `/a/ / b`: not a line comment.
  bool EndsInSlash = P.Kind == TokenKind::Regex ||
                     (P.Kind == TokenKind::Punct && P.Text.back() == '/');
  return EndsInSlash && T.Text.starts_with("/");
}

} // namespace

Expected<std::string> minifyJS(StringRef Source) {
  Expected<minify::Lexed> L = minify::lex(Source);
  if (!L)
    return L.takeError();
  const std::vector<Token> &Tokens = L->Tokens;
  Expected<std::vector<std::string>> Text = minify::rename(Tokens);
  if (!Text)
    return Text.takeError();

  std::string Out;
  raw_string_ostream OS(Out);
  const Token *Prev = nullptr;
  auto Kept = L->Comments.begin();
  auto PrintComments = [&](size_t Before) {
    for (; Kept != L->Comments.end() && Kept->Before == Before; ++Kept) {
      if (Prev && Prev->Text.ends_with("/"))
        OS << ' '; // `a / /*` would open a line comment
      OS << Kept->Text;
      if (Kept->Text.starts_with("//")) {
        OS << '\n';
        Prev = nullptr;
      }
    }
  };
  for (size_t I = 0; I < Tokens.size(); ++I) {
    const Token &T = Tokens[I];
    PrintComments(I);
    if (Prev) {
      if (T.LineBefore && minify::lineBreakMatters(*Prev, T))
        OS << '\n';
      else if (needsSpace(*Prev, T)) // a word stays a word when renamed
        OS << ' ';
    }
    OS << (*Text)[I];
    Prev = &T;
  }
  PrintComments(Tokens.size());
  OS << '\n';
  return Out;
}

} // namespace wasmport::js
