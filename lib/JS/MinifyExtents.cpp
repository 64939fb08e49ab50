//===- MinifyExtents.cpp - Where the glue's expressions end ---------------===//
//
// Token-level grammar for the renamer: brackets matched, and the ends of
// expressions and statements, found by skipping bracketed groups and
// stopping at a separator, a closing bracket, a `:` no `?` waits for, or a
// line break where automatic semicolon insertion ends the statement (decided
// from whether the token before the break ends an operand and whether the
// one after it could continue it).
//
//===----------------------------------------------------------------------===//
#include "JS/MinifyExtents.h"

#include "Manifest/Naming.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

using namespace llvm;

namespace wasmport::js::minify {

namespace {

/// Words that end an operand although they are reserved.
bool isOperandKeyword(StringRef W) {
  return is_contained({"this", "super", "null", "true", "false", "arguments",
                       "eval", "undefined", "NaN", "Infinity"},
                      W);
}

} // namespace

Extents::Extents(ArrayRef<Token> Sig) : Sig(Sig), N(Sig.size()), Match(N, npos) {}

bool Extents::nameAt(size_t I) const {
  return I < N && Sig[I].Kind == TokenKind::Word && !isKeyword(Sig[I].Text);
}

bool Extents::bindingNameAt(size_t I) const {
  return I < N && Sig[I].Kind == TokenKind::Word &&
         !naming::isReservedJSWord(Sig[I].Text) &&
         !Sig[I].Text.starts_with("#");
}

bool Extents::isOpener(size_t I) const {
  return Sig[I].Kind == TokenKind::Punct &&
         (Sig[I].Text == "(" || Sig[I].Text == "[" || Sig[I].Text == "{");
}

Error Extents::matchBrackets() {
  SmallVector<size_t, 32> Open;
  for (size_t I = 0; I < N; ++I) {
    const Token &T = Sig[I];
    bool Template = T.Kind == TokenKind::Template;
    if (isOpener(I) || (Template && T.Text.starts_with("`") &&
                        T.Text.ends_with("${"))) {
      Open.push_back(I);
      continue;
    }
    bool Closer = T.Kind == TokenKind::Punct &&
                  is_contained({")", "]", "}"}, T.Text);
    bool Continues = Template && T.Text.starts_with("}"); // `}...${`, `}...``
    if (!Closer && !Continues)
      continue;
    StringRef Opener = Open.empty() ? "" : Sig[Open.back()].Text;
    std::string Pair = (Opener + T.Text).str();
    bool Matches = Continues ? Opener.ends_with("${")
                             : Pair == "()" || Pair == "[]" || Pair == "{}";
    if (!Matches)
      return cannotMinify(T.Line, "a '" + T.Text.take_front() +
                                      "' that closes nothing");
    if (Continues && T.Text.ends_with("${"))
      continue; // the next substitution of the same template
    Match[I] = Open.back();
    Match[Open.pop_back_val()] = I;
  }
  if (!Open.empty())
    return cannotMinify(Sig[Open.back()].Line,
                        "a '" + Sig[Open.back()].Text.take_front() +
                            "' never closed");
  return Error::success();
}

bool Extents::endsOperand(size_t J) const {
  const Token &T = Sig[J];
  switch (T.Kind) {
  case TokenKind::Number:
  case TokenKind::String:
  case TokenKind::Regex:
    return true;
  case TokenKind::Template:
    return T.Text.ends_with("`");
  case TokenKind::Word:
    return !naming::isReservedJSWord(T.Text) || isOperandKeyword(T.Text);
  case TokenKind::Punct:
    if (is_contained({")", "]", "}"}, T.Text))
      return true;
    if (T.Text == "++" || T.Text == "--")
      return J > 0 && !T.LineBefore && endsOperand(J - 1);
    return false;
  }
  llvm_unreachable("covered switch");
}

bool Extents::statementBreakBefore(size_t I) const {
  if (I == 0 || !Sig[I].LineBefore)
    return false;
  const Token &P = Sig[I - 1], &T = Sig[I];
  if (P.Kind == TokenKind::Word &&
      is_contained({"return", "break", "continue", "throw", "yield"}, P.Text))
    return true;
  if (!endsOperand(I - 1))
    return false;
  switch (T.Kind) {
  case TokenKind::Word:
    return T.Text != "in" && T.Text != "instanceof";
  case TokenKind::Number:
  case TokenKind::String:
    return true;
  case TokenKind::Template: // a tagged template
  case TokenKind::Regex:    // not after an operand
    return false;
  case TokenKind::Punct:
    return is_contained({"{", "!", "~", "++", "--", "..."}, T.Text);
  }
  llvm_unreachable("covered switch");
}

size_t Extents::expressionEnd(size_t I) const {
  unsigned Questions = 0;
  for (size_t J = I; J < N; ++J) {
    if (J > I && statementBreakBefore(J))
      return J - 1;
    const Token &T = Sig[J];
    if (isOpener(J) || (Match[J] != npos && Match[J] > J)) { // or a template
      J = Match[J];
      continue;
    }
    if (T.Kind == TokenKind::Template && T.Text.starts_with("}"))
      return J - 1; // the end of a template substitution
    if (T.Kind != TokenKind::Punct)
      continue;
    if (T.Text == "?") {
      ++Questions;
    } else if (T.Text == ":") {
      if (Questions == 0)
        return J - 1;
      --Questions;
    } else if (is_contained({",", ";", ")", "]", "}"}, T.Text)) {
      return J - 1;
    }
  }
  return N - 1;
}

size_t Extents::statementEnd(size_t I) const {
  for (size_t J = I; J < N; ++J) {
    if (J > I && statementBreakBefore(J))
      return J - 1;
    if (isOpener(J) || (Match[J] != npos && Match[J] > J)) {
      J = Match[J];
      continue;
    }
    if (punctAt(J, ";"))
      return J;
    const Token &T = Sig[J];
    if ((T.Kind == TokenKind::Punct &&
         is_contained({")", "]", "}"}, T.Text)) ||
        (T.Kind == TokenKind::Template && T.Text.starts_with("}")))
      return J - 1;
  }
  return N - 1;
}

} // namespace wasmport::js::minify
