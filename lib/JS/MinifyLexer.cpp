//===- MinifyLexer.cpp - Tokens of the generated glue, for --minify -------===//
//
// A single pass over the source. Whether a `/` starts a regular expression
// or divides is decided from the token before it, and where that token does
// not decide it (a `}`, which may close a block or an expression; `++`;
// `of`, a keyword or a name) the lexer refuses; a `)` decides it because
// the lexer remembers whether each `(` opened the head of `if`, `for`,
// `while` or `with`, after which a regular expression starts a statement.
//
//===----------------------------------------------------------------------===//
#include "JS/MinifyLexer.h"

#include "Manifest/Naming.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

#include <algorithm>

using namespace llvm;

namespace wasmport::js::minify {

Error cannotMinify(unsigned Line, const Twine &What) {
  return createStringError(inconvertibleErrorCode(),
                           "cannot minify line " + Twine(Line) + ": " + What);
}

bool isKeyword(StringRef W) {
  return naming::isReservedJSWord(W) ||
         is_contained({"as", "async", "from", "get", "of", "set"}, W);
}

bool lineBreakMatters(const Token &P, const Token &T) {
  if (P.Kind == TokenKind::Word &&
      is_contained({"return", "break", "continue", "throw", "yield"}, P.Text))
    return true;
  if (P.Kind == TokenKind::Punct &&
      !is_contained({")", "]", "}", "++", "--"}, P.Text))
    return false; // an operator or opening bracket: nothing ends here
  if (T.Kind == TokenKind::Punct &&
      !is_contained({"(", "[", "{", "++", "--", "+", "-", "/", "...", "!", "~"},
                    T.Text))
    return false; // a closing bracket, `,`, `;`, `.` or a binary operator
  return true;
}

namespace {

bool isWordStart(char C) {
  return isAlpha(C) || C == '_' || C == '$' ||
         static_cast<unsigned char>(C) >= 0x80;
}
bool isWordChar(char C) {
  return isAlnum(C) || C == '_' || C == '$' ||
         static_cast<unsigned char>(C) >= 0x80;
}

/// Whether S starts with the UTF-8 form of a character JS reads as a space or
/// a line terminator that is not ASCII (U+00A0, U+1680, U+2000-U+200A,
/// U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF).
bool startsWithUnicodeSpace(StringRef S) {
  auto Byte = [&](size_t I) {
    return I < S.size() ? static_cast<unsigned char>(S[I]) : 0u;
  };
  unsigned A = Byte(0), B = Byte(1), C = Byte(2);
  return (A == 0xC2 && B == 0xA0) || (A == 0xE1 && B == 0x9A && C == 0x80) ||
         (A == 0xE2 && B == 0x80 &&
          ((C >= 0x80 && C <= 0x8A) || C == 0xA8 || C == 0xA9 || C == 0xAF)) ||
         (A == 0xE2 && B == 0x81 && C == 0x9F) ||
         (A == 0xE3 && B == 0x80 && C == 0x80) ||
         (A == 0xEF && B == 0xBB && C == 0xBF);
}

/// Multi-character punctuators, longest first.
constexpr StringLiteral LongPuncts[] = {
    ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=",
    "?\?=", "=>",  "==",  "!=",  "<=",  ">=",  "&&",  "||",  "??",  "?.",
    "++",   "--",  "+=",  "-=",  "*=",  "/=",  "%=",  "&=",  "|=",  "^=",
    "**",   "<<",  ">>"};

/// A comment a bundler or the reader still needs.
bool keepComment(StringRef Text, bool First) {
  if (First && Text.starts_with("//"))
    return true; // the banner
  return Text.contains("@vite-ignore") || Text.contains("webpackIgnore") ||
         Text.contains("__PURE__");
}

class Lexer {
public:
  explicit Lexer(StringRef S) : S(S) {}

  Expected<Lexed> run() {
    while (true) {
      if (Error E = skipSpace())
        return E;
      if (I >= S.size())
        break;
      if (Error E = next())
        return E;
    }
    if (!Braces.empty())
      return cannotMinify(Line, "an unclosed '{' or template substitution");
    return std::move(Out);
  }

private:
  StringRef S;
  size_t I = 0;
  unsigned Line = 1;
  bool LineBefore = false;
  bool SeenToken = false; // a token or comment before I
  Lexed Out;
  /// One entry per open `{`: true where a template's `${` opened it.
  SmallVector<bool, 8> Braces;
  /// One entry per open `(`: true where it opens the head of `if`, `for`,
  /// `while` or `with`.
  SmallVector<bool, 8> Parens;
  /// The last token is a `)` that closed such a head.
  bool ClosedHead = false;

  void push(TokenKind K, size_t Begin, unsigned StartLine) {
    Out.Tokens.push_back({K, S.slice(Begin, I), LineBefore, StartLine});
    LineBefore = false;
    SeenToken = true;
  }

  void newLine() {
    ++Line;
    LineBefore = true;
  }

  Error skipSpace() {
    for (; I < S.size(); ++I) {
      char C = S[I];
      if (C == '\n') {
        newLine();
      } else if (C == '\r') {
        if (I + 1 < S.size() && S[I + 1] == '\n')
          ++I;
        newLine();
      } else if (C != ' ' && C != '\t') {
        if (startsWithUnicodeSpace(S.substr(I)))
          return cannotMinify(Line, "a space or line terminator that is not "
                                    "ASCII, outside a string");
        return Error::success();
      }
    }
    return Error::success();
  }

  const Token *previous() const {
    return Out.Tokens.empty() ? nullptr : &Out.Tokens.back();
  }

  /// Whether a `/` here starts a regular expression (rather than dividing),
  /// or an error where the tokens before it do not say.
  Expected<bool> regexAllowed() const {
    const Token *P = previous();
    if (!P)
      return true;
    auto Unknown = [&] {
      return cannotMinify(Line, "a '/' after '" + P->Text +
                                    "' may start a regular expression or "
                                    "divide");
    };
    switch (P->Kind) {
    case TokenKind::Number:
    case TokenKind::String:
    case TokenKind::Regex:
      return false;
    case TokenKind::Template:
      return P->Text.ends_with("${"); // the start of a substitution
    case TokenKind::Word:
      if (P->Text == "of")
        return Unknown(); // `for (x of /a/)`, or a variable named `of`
      if (!naming::isReservedJSWord(P->Text))
        return false; // a name
      return !is_contained({"this", "super", "null", "true", "false",
                            "arguments", "eval", "undefined", "NaN",
                            "Infinity"},
                           P->Text);
    case TokenKind::Punct:
      if (P->Text == "]")
        return false;
      if (P->Text == ")")
        return ClosedHead;
      if (P->Text == "}" || P->Text == "++" || P->Text == "--")
        return Unknown(); // a block or an expression; postfix or prefix
      return true;
    }
    llvm_unreachable("covered switch");
  }

  /// From a template's "`" or a substitution's closing "}" to the next "`"
  /// (the end) or "${" (a substitution opens).
  Error templatePart(size_t Begin) {
    unsigned StartLine = Line;
    for (++I; I < S.size(); ++I) {
      char C = S[I];
      if (C == '\\') {
        if (I + 1 < S.size() && S[I + 1] == '\n')
          ++Line;
        ++I;
      } else if (C == '\n') {
        ++Line;
      } else if (C == '`') {
        ++I;
        push(TokenKind::Template, Begin, StartLine);
        return Error::success();
      } else if (C == '$' && I + 1 < S.size() && S[I + 1] == '{') {
        I += 2;
        push(TokenKind::Template, Begin, StartLine);
        Braces.push_back(true);
        return Error::success();
      }
    }
    return cannotMinify(StartLine, "an unterminated template literal");
  }

  Error comment(size_t Begin) {
    unsigned StartLine = Line;
    bool Block = S[I + 1] == '*';
    if (Block) {
      size_t End = S.find("*/", I + 2);
      if (End == StringRef::npos)
        return cannotMinify(StartLine, "an unterminated comment");
      I = End + 2;
    } else {
      I = std::min(S.find_first_of("\r\n", I), S.size());
    }
    StringRef Text = S.slice(Begin, I);
    // U+2028 and U+2029 end a line comment, and in a block comment are
    // line terminators, as '\n' is.
    bool Separator =
        Text.contains("\xE2\x80\xA8") || Text.contains("\xE2\x80\xA9");
    if (Separator && !Block)
      return cannotMinify(StartLine, "a line comment holding U+2028 or U+2029 "
                                     "(which end it)");
    size_t Lines = Text.count('\n');
    Line += Lines;
    if (Lines != 0 || Text.contains('\r') || Separator)
      LineBefore = true;
    if (keepComment(Text, !SeenToken))
      Out.Comments.push_back({Out.Tokens.size(), Text});
    SeenToken = true;
    return Error::success();
  }

  Error next() {
    size_t Begin = I;
    unsigned StartLine = Line;
    char C = S[I];
    char D = I + 1 < S.size() ? S[I + 1] : '\0';
    bool WasClosedHead = ClosedHead;
    ClosedHead = false;
    if (C == '/' && (D == '/' || D == '*')) {
      ClosedHead = WasClosedHead; // a comment is not a token
      return comment(Begin);
    }
    if (C == '\'' || C == '"') {
      for (++I; I < S.size() && S[I] != C; ++I) {
        if (S[I] == '\\') {
          if (I + 2 < S.size() && S[I + 1] == '\r' && S[I + 2] == '\n')
            ++I;
          if (I + 1 < S.size() && (S[I + 1] == '\n' || S[I + 1] == '\r'))
            ++Line;
          ++I;
        } else if (S[I] == '\n' || S[I] == '\r') {
          break;
        }
      }
      if (I >= S.size() || S[I] != C)
        return cannotMinify(StartLine, "an unterminated string");
      ++I;
      push(TokenKind::String, Begin, StartLine);
      return Error::success();
    }
    if (C == '`')
      return templatePart(Begin);
    if (C == '}' && !Braces.empty() && Braces.back()) {
      Braces.pop_back();
      return templatePart(Begin);
    }
    if (C == '/') {
      Expected<bool> Regex = regexAllowed();
      if (!Regex)
        return Regex.takeError();
      if (*Regex) {
        bool InClass = false;
        for (++I; I < S.size(); ++I) {
          char R = S[I];
          if (R == '\n' || R == '\r' || startsWithUnicodeSpace(S.substr(I)))
            return cannotMinify(StartLine, "an unterminated regular expression");
          if (R == '\\')
            ++I;
          else if (R == '[')
            InClass = true;
          else if (R == ']')
            InClass = false;
          else if (R == '/' && !InClass)
            break;
        }
        if (I >= S.size())
          return cannotMinify(StartLine, "an unterminated regular expression");
        for (++I; I < S.size() && isWordChar(S[I]); ++I)
          ;
        push(TokenKind::Regex, Begin, StartLine);
        return Error::success();
      }
    }
    if (isDigit(C) || (C == '.' && isDigit(D))) {
      bool Hex = C == '0' && (D == 'x' || D == 'X');
      for (; I < S.size() && (isWordChar(S[I]) || S[I] == '.'); ++I)
        if (!Hex && (S[I] == 'e' || S[I] == 'E') && I + 1 < S.size() &&
            (S[I + 1] == '+' || S[I + 1] == '-'))
          ++I;
      push(TokenKind::Number, Begin, StartLine);
      return Error::success();
    }
    if (isWordStart(C) || (C == '#' && I + 1 < S.size() && isWordStart(D))) {
      for (++I; I < S.size() && isWordChar(S[I]); ++I)
        if (startsWithUnicodeSpace(S.substr(I)))
          return cannotMinify(StartLine, "a space or line terminator that is "
                                         "not ASCII, outside a string");
      push(TokenKind::Word, Begin, StartLine);
      return Error::success();
    }
    for (StringRef P : LongPuncts) {
      // `a?.5:b` is `a ? .5 : b`.
      if (!S.substr(I).starts_with(P) ||
          (P == "?." && I + 2 < S.size() && isDigit(S[I + 2])))
        continue;
      I += P.size();
      push(TokenKind::Punct, Begin, StartLine);
      return Error::success();
    }
    if (!StringRef("{}()[];,<>+-*/%&|^!~?:=.").contains(C))
      return cannotMinify(StartLine,
                          Twine("an unexpected character '") + Twine(C) + "'");
    if (C == '{') {
      Braces.push_back(false);
    } else if (C == '}') {
      if (Braces.empty())
        return cannotMinify(StartLine, "a '}' that closes nothing");
      Braces.pop_back();
    } else if (C == '(') {
      const Token *P = previous();
      size_t N = Out.Tokens.size();
      bool AfterDot = N >= 2 && (isPunct(Out.Tokens[N - 2], ".") ||
                                 isPunct(Out.Tokens[N - 2], "?."));
      bool Head = P && P->Kind == TokenKind::Word && !AfterDot &&
                  (is_contained({"if", "for", "while", "with"}, P->Text) ||
                   (P->Text == "await" && N >= 2 &&
                    isWord(Out.Tokens[N - 2], "for")));
      Parens.push_back(Head);
    } else if (C == ')') {
      if (Parens.empty())
        return cannotMinify(StartLine, "a ')' that closes nothing");
      ClosedHead = Parens.pop_back_val();
    }
    ++I;
    push(TokenKind::Punct, Begin, StartLine);
    return Error::success();
  }
};

} // namespace

Expected<Lexed> lex(StringRef Source) { return Lexer(Source).run(); }

} // namespace wasmport::js::minify
