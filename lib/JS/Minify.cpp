//===- Minify.cpp - Compact form of the generated glue --------------------===//
//
// Tokens (Lexer), then scopes and what each word is (Renamer: a variable's
// declaration or reference, which is renamed, or a keyword, property, key,
// class member, global or export, which is kept), then the tokens printed
// with only the separators the grammar needs.
//
//===----------------------------------------------------------------------===//
#include "JS/Minify.h"

#include "Manifest/Naming.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/Twine.h"

#include <algorithm>
#include <vector>

using namespace llvm;

namespace wasmport::js {

namespace {

enum class Kind { Word, Number, String, Template, Regex, Punct, Comment };

struct Token {
  Kind K;
  StringRef Text;
  /// A line break separates this token from the one before it.
  bool LineBefore = false;
};

bool isWordStart(char C) {
  return isAlpha(C) || C == '_' || C == '$' || C == '#' ||
         static_cast<unsigned char>(C) >= 0x80;
}
bool isWordChar(char C) {
  return isAlnum(C) || C == '_' || C == '$' ||
         static_cast<unsigned char>(C) >= 0x80;
}

bool isPunct(const Token &T, StringRef Text) {
  return T.K == Kind::Punct && T.Text == Text;
}
bool isWord(const Token &T, StringRef Text) {
  return T.K == Kind::Word && T.Text == Text;
}

/// Multi-character punctuators, longest first.
constexpr StringLiteral LongPuncts[] = {
    ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=",
    "?\?=", "=>",  "==",  "!=",  "<=",  ">=",  "&&",  "||",  "??",  "?.",
    "++",   "--",  "+=",  "-=",  "*=",  "/=",  "%=",  "&=",  "|=",  "^=",
    "**",   "<<",  ">>"};

class Lexer {
public:
  explicit Lexer(StringRef S) : S(S) {}

  Expected<std::vector<Token>> run() {
    while (true) {
      skipSpace();
      if (I >= S.size())
        break;
      if (Error E = next())
        return E;
    }
    return Tokens;
  }

private:
  StringRef S;
  size_t I = 0;
  bool Line = false;
  std::vector<Token> Tokens;
  /// One entry per open `{`: true where a template's `${` opened it.
  SmallVector<bool, 8> Braces;

  Error fail(const Twine &What, size_t At) {
    return createStringError(inconvertibleErrorCode(),
                             "cannot minify the generated JS: " + What +
                                 " at offset " + Twine(At));
  }

  void push(Kind K, size_t Begin) {
    Tokens.push_back({K, S.slice(Begin, I), Line});
    Line = false;
  }

  void skipSpace() {
    for (; I < S.size(); ++I) {
      char C = S[I];
      if (C == '\n')
        Line = true;
      else if (C != ' ' && C != '\t' && C != '\r')
        return;
    }
  }

  /// The last token that is not a comment.
  const Token *previous() const {
    for (const Token &T : reverse(Tokens))
      if (T.K != Kind::Comment)
        return &T;
    return nullptr;
  }

  /// Whether a `/` here starts a regular expression rather than a division.
  bool regexAllowed() const {
    const Token *P = previous();
    if (!P)
      return true;
    if (P->K == Kind::Punct)
      return P->Text != ")" && P->Text != "]" && P->Text != "}";
    if (P->K == Kind::Word)
      return is_contained({"return", "typeof", "case", "do", "else", "in",
                           "instanceof", "new", "delete", "void", "throw",
                           "of", "yield", "await"},
                          P->Text);
    return false;
  }

  /// From a template's "`" or a substitution's closing "}" to the next "`"
  /// (the end) or "${" (a substitution opens).
  Error templatePart(size_t Begin) {
    for (++I; I < S.size(); ++I) {
      char C = S[I];
      if (C == '\\') {
        ++I;
      } else if (C == '`') {
        ++I;
        push(Kind::Template, Begin);
        return Error::success();
      } else if (C == '$' && I + 1 < S.size() && S[I + 1] == '{') {
        I += 2;
        push(Kind::Template, Begin);
        Braces.push_back(true);
        return Error::success();
      }
    }
    return fail("unterminated template literal", Begin);
  }

  Error next() {
    size_t Begin = I;
    char C = S[I];
    char D = I + 1 < S.size() ? S[I + 1] : '\0';
    if (C == '/' && D == '/') {
      I = std::min(S.find('\n', I), S.size());
      push(Kind::Comment, Begin);
      return Error::success();
    }
    if (C == '/' && D == '*') {
      size_t End = S.find("*/", I + 2);
      if (End == StringRef::npos)
        return fail("unterminated comment", Begin);
      I = End + 2;
      push(Kind::Comment, Begin);
      return Error::success();
    }
    if (C == '\'' || C == '"') {
      for (++I; I < S.size() && S[I] != C; ++I) {
        if (S[I] == '\\')
          ++I;
        else if (S[I] == '\n')
          break;
      }
      if (I >= S.size() || S[I] != C)
        return fail("unterminated string", Begin);
      ++I;
      push(Kind::String, Begin);
      return Error::success();
    }
    if (C == '`')
      return templatePart(Begin);
    if (C == '}' && !Braces.empty() && Braces.back()) {
      Braces.pop_back();
      return templatePart(Begin);
    }
    if (C == '/' && regexAllowed()) {
      bool InClass = false;
      for (++I; I < S.size(); ++I) {
        char R = S[I];
        if (R == '\\')
          ++I;
        else if (R == '[')
          InClass = true;
        else if (R == ']')
          InClass = false;
        else if (R == '/' && !InClass)
          break;
        else if (R == '\n')
          return fail("unterminated regular expression", Begin);
      }
      if (I >= S.size())
        return fail("unterminated regular expression", Begin);
      for (++I; I < S.size() && isWordChar(S[I]); ++I)
        ;
      push(Kind::Regex, Begin);
      return Error::success();
    }
    if (isDigit(C) || (C == '.' && isDigit(D))) {
      bool Hex = C == '0' && (D == 'x' || D == 'X');
      for (; I < S.size() && (isWordChar(S[I]) || S[I] == '.'); ++I)
        if (!Hex && (S[I] == 'e' || S[I] == 'E') && I + 1 < S.size() &&
            (S[I + 1] == '+' || S[I + 1] == '-'))
          ++I;
      push(Kind::Number, Begin);
      return Error::success();
    }
    if (isWordStart(C)) {
      for (++I; I < S.size() && isWordChar(S[I]); ++I)
        ;
      push(Kind::Word, Begin);
      return Error::success();
    }
    for (StringRef P : LongPuncts)
      if (S.substr(I).starts_with(P)) {
        I += P.size();
        push(Kind::Punct, Begin);
        return Error::success();
      }
    if (!StringRef("{}()[];,<>+-*/%&|^!~?:=.@").contains(C))
      return fail(Twine("unexpected character '") + Twine(C) + "'", Begin);
    if (C == '{')
      Braces.push_back(false);
    else if (C == '}' && !Braces.empty())
      Braces.pop_back();
    ++I;
    push(Kind::Punct, Begin);
    return Error::success();
  }
};

/// What printing does with one word.
enum class Use {
  Keep,      // not a variable (a keyword, property, key or class member), a
             // global, or a variable visible outside the module (an export)
  Rename,    // a variable's declaration or a reference to it
  ObjectKey, // `{ name }` shorthand, in an object or a pattern: `name: short`
  ImportAs,  // `import { name }`: `name as short`
  ExportAs,  // `export { name }`: `short as name`
};

/// Reserved words, literals and the contextual keywords: never renamed, and
/// never chosen as a short name.
bool isKeyword(StringRef W) {
  return naming::isReservedJSWord(W) ||
         is_contained({"as", "async", "from", "get", "of", "set"}, W);
}

/// Gives every variable of the module a short name: scopes (the module,
/// functions, blocks, `catch` and `for` heads), the declarations in each,
/// and what each reference resolves to. A variable never takes the name of
/// a global or keyword, nor of an outer variable referenced inside its scope;
/// sibling scopes reuse names. Exports keep theirs.
class Renamer {
public:
  explicit Renamer(ArrayRef<Token> Sig)
      : Sig(Sig), Match(Sig.size(), npos), TokScope(Sig.size(), 0),
        Uses(Sig.size(), Use::Keep), DeclIn(Sig.size(), -1),
        Exported(Sig.size(), false), Shorthand(Sig.size(), Use::Rename),
        Ref(Sig.size(), false), TokBinding(Sig.size(), -1),
        BodyBrace(Sig.size(), false), PatternBrace(Sig.size(), false) {}

  void run() {
    matchBrackets();
    walk();
    resolve();
    assignShortNames();
  }

  Use use(size_t I) const { return Uses[I]; }
  StringRef shortName(size_t I) const {
    return TokBinding[I] < 0 ? Sig[I].Text
                             : StringRef(Bindings[TokBinding[I]].Short);
  }

private:
  static constexpr size_t npos = ~size_t(0);

  struct Scope {
    int Parent;
    bool Function;
    StringMap<int> Names;  // declared here → binding
    std::vector<int> Seen; // outer bindings referenced in here
  };
  struct Binding {
    StringRef Name;
    bool Keep = false;
    unsigned Count = 0;
    size_t First;
    std::string Short;
  };

  ArrayRef<Token> Sig;
  std::vector<size_t> Match;    // the other bracket of each bracket
  std::vector<int> TokScope;    // the innermost scope of each token
  std::vector<Use> Uses;
  std::vector<int> DeclIn;      // a declaration: the scope it declares in
  std::vector<bool> Exported;   // a declaration of an export
  std::vector<Use> Shorthand;   // how a renamed word is printed
  std::vector<bool> Ref;        // a word that may reference a variable
  std::vector<int> TokBinding;
  std::vector<bool> BodyBrace;  // a `{` whose scope its function opened
  std::vector<bool> PatternBrace;
  std::vector<Scope> Scopes;
  std::vector<Binding> Bindings;

  bool punctAt(size_t I, StringRef P) const {
    return I < Sig.size() && isPunct(Sig[I], P);
  }
  bool wordAt(size_t I, StringRef W) const {
    return I < Sig.size() && isWord(Sig[I], W);
  }
  bool nameAt(size_t I) const {
    return I < Sig.size() && Sig[I].K == Kind::Word && !isKeyword(Sig[I].Text);
  }
  bool isOpener(size_t I) const {
    return Sig[I].K == Kind::Punct &&
           (Sig[I].Text == "(" || Sig[I].Text == "[" || Sig[I].Text == "{");
  }

  void matchBrackets() {
    SmallVector<size_t, 32> Stack;
    for (size_t I = 0; I < Sig.size(); ++I) {
      if (isOpener(I)) {
        Stack.push_back(I);
      } else if (Sig[I].K == Kind::Punct &&
                 (Sig[I].Text == ")" || Sig[I].Text == "]" ||
                  Sig[I].Text == "}") &&
                 !Stack.empty()) {
        Match[I] = Stack.back();
        Match[Stack.pop_back_val()] = I;
      }
    }
  }

  /// The last token of the expression that starts at I: before the first
  /// `,`, `;` or closing bracket outside brackets, or the end of a template
  /// substitution (a template part that starts with `}`).
  size_t expressionEnd(size_t I) const {
    for (; I < Sig.size(); ++I) {
      if (isOpener(I) && Match[I] != npos) {
        I = Match[I];
        continue;
      }
      const Token &T = Sig[I];
      if ((T.K == Kind::Punct &&
           is_contained({",", ";", ")", "]", "}"}, T.Text)) ||
          (T.K == Kind::Template && T.Text.starts_with("}")))
        return I - 1;
    }
    return Sig.size() - 1;
  }

  void declare(size_t I, int S, Use How = Use::Rename) {
    DeclIn[I] = S;
    Shorthand[I] = How;
  }

  /// Declares the names of a binding pattern (a name, `{...}` or `[...]`)
  /// starting at I; returns the index after it.
  size_t declarePattern(size_t I, int S) {
    if (nameAt(I)) {
      declare(I, S);
      return I + 1;
    }
    bool Object = punctAt(I, "{");
    if ((!Object && !punctAt(I, "[")) || Match[I] == npos)
      return I + 1;
    if (Object)
      PatternBrace[I] = true;
    size_t End = Match[I];
    for (size_t J = I + 1; J < End; ++J) {
      if (isOpener(J) && Match[J] != npos) {
        // A nested pattern after `:`, `,`, `[` or `...`; a default value's
        // brackets are skipped.
        const Token &P = Sig[J - 1];
        if (P.K == Kind::Punct && is_contained({":", ",", "[", "{", "..."}, P.Text))
          J = declarePattern(J, S) - 1;
        else
          J = Match[J];
        continue;
      }
      if (!nameAt(J))
        continue;
      const Token &P = Sig[J - 1];
      bool AfterStart = isPunct(P, "{") || isPunct(P, "[") || isPunct(P, ",") ||
                        isPunct(P, "...");
      if (Object && AfterStart && punctAt(J + 1, ":"))
        continue; // a key: `{ key: name }`
      if (AfterStart || isPunct(P, ":")) // else a default value's name
        declare(J, S, Object && !isPunct(P, ":") && !isPunct(P, "...")
                          ? Use::ObjectKey
                          : Use::Rename);
    }
    return End + 1;
  }

  /// Declares a comma-separated list of bindings starting at J, each a name
  /// or pattern, maybe `...` before it and an initializer or default after:
  /// the declarators after `let`/`const`/`var` (ending at `;`, or at `of` or
  /// `in` in a `for` head), or the parameters after a `(`.
  void declareList(size_t J, int S) {
    while (J < Sig.size()) {
      if (punctAt(J, "..."))
        ++J;
      J = declarePattern(J, S);
      if (wordAt(J, "of") || wordAt(J, "in"))
        return;
      if (punctAt(J, "="))
        J = expressionEnd(J + 1) + 1;
      if (!punctAt(J, ","))
        return;
      ++J;
    }
  }

  int newScope(int Parent, bool Function) {
    Scopes.push_back({Parent, Function, {}, {}});
    return static_cast<int>(Scopes.size() - 1);
  }

  bool declarationExported(size_t Keyword) const {
    size_t K = Keyword;
    if (K > 0 && isWord(Sig[K - 1], "async"))
      --K;
    if (K > 0 && isWord(Sig[K - 1], "default"))
      --K;
    return K > 0 && isWord(Sig[K - 1], "export");
  }

  enum class Container { Paren, Bracket, Block, Object, Class, Pattern,
                         ImportList, ExportList };

  /// Whether the `{` at I opens an object literal (rather than a block).
  bool opensObject(size_t I, bool CaseLabel) const {
    if (I == 0)
      return false;
    const Token &P = Sig[I - 1];
    if (P.K == Kind::Word)
      return P.Text == "return";
    if (P.K != Kind::Punct)
      return false;
    if (P.Text == ":")
      return !CaseLabel;
    return is_contained({"=", "(", ",", "?", "[", "||", "&&", "??", "..."},
                        P.Text);
  }

  /// The scope a function, method, `catch` or `for` opens at the `(` at I,
  /// or -1. Declares its parameters.
  int openParenScope(size_t I, int Current, Container In, size_t &Last) {
    size_t Close = Match[I];
    if (I == 0 || Close == npos)
      return -1;
    const Token &P = Sig[I - 1];
    bool Body = punctAt(Close + 1, "{") && Match[Close + 1] != npos;
    enum { None, Function, Catch, For } What = None;
    if (isWord(P, "function") ||
        (P.K == Kind::Word && I >= 2 && isWord(Sig[I - 2], "function")))
      What = Function;
    else if (isWord(P, "catch"))
      What = Catch;
    else if (isWord(P, "for"))
      What = For;
    else if ((In == Container::Class || In == Container::Object) &&
             (P.K == Kind::Word || isPunct(P, "]")))
      What = Function; // a method
    if (What == None || (What != For && !Body))
      return -1;
    int S = newScope(Current, What == Function);
    if (What == For) {
      if (Body) {
        BodyBrace[Close + 1] = true;
        Last = Match[Close + 1];
      } else {
        Last = expressionEnd(Close + 1) + 1; // the statement's `;`
        while (Last < Sig.size() && !punctAt(Last, ";"))
          Last = expressionEnd(Last + 1) + 1;
      }
      return S;
    }
    BodyBrace[Close + 1] = true;
    Last = Match[Close + 1];
    declareList(I + 1, S);
    return S;
  }

  /// The scope an arrow function at I (`=>`) opens; its parameters, before
  /// I, were walked as part of the enclosing scope.
  int openArrowScope(size_t I, int Current, size_t &Last) {
    if (I == 0)
      return -1;
    size_t Start = I - 1;
    int S = newScope(Current, true);
    if (punctAt(I - 1, ")") && Match[I - 1] != npos) {
      Start = Match[I - 1];
      declareList(Start + 1, S);
    } else if (nameAt(I - 1)) {
      declare(I - 1, S);
    }
    for (size_t J = Start; J < I; ++J)
      TokScope[J] = S;
    if (punctAt(I + 1, "{") && Match[I + 1] != npos) {
      BodyBrace[I + 1] = true;
      Last = Match[I + 1];
    } else {
      Last = expressionEnd(I + 1);
    }
    return S;
  }

  /// Scopes and declarations, and which words are references.
  void walk() {
    int Module = newScope(-1, true);
    struct Open {
      int S;
      size_t Last;
    };
    SmallVector<Open, 16> Opens = {{Module, npos}};
    SmallVector<Container, 16> Stack;
    bool ClassPending = false, CaseLabel = false, ImportPending = false,
         ExportPending = false;
    for (size_t I = 0; I < Sig.size(); ++I) {
      while (Opens.size() > 1 && Opens.back().Last < I)
        Opens.pop_back();
      int Current = Opens.back().S;
      TokScope[I] = Current;
      Container In = Stack.empty() ? Container::Block : Stack.back();
      const Token &T = Sig[I];
      if (T.K == Kind::Punct) {
        StringRef P = T.Text;
        size_t Last = npos;
        if (P == "(") {
          if (int S = openParenScope(I, Current, In, Last); S >= 0)
            Opens.push_back({S, Last});
          Stack.push_back(Container::Paren);
        } else if (P == "[") {
          Stack.push_back(Container::Bracket);
        } else if (P == "{") {
          Container C = Container::Block;
          if (ClassPending)
            C = Container::Class;
          else if (ImportPending)
            C = Container::ImportList;
          else if (ExportPending)
            C = Container::ExportList;
          else if (PatternBrace[I])
            C = Container::Pattern;
          else if (opensObject(I, CaseLabel))
            C = Container::Object;
          if (C == Container::Block && !BodyBrace[I] && Match[I] != npos)
            Opens.push_back({newScope(Current, false), Match[I]});
          Stack.push_back(C);
          ClassPending = ImportPending = ExportPending = CaseLabel = false;
        } else if (P == ")" || P == "]" || P == "}") {
          if (!Stack.empty())
            Stack.pop_back();
          CaseLabel = false;
        } else if (P == ";") {
          CaseLabel = ImportPending = ExportPending = false;
        } else if (P == "=>") {
          if (int S = openArrowScope(I, Current, Last); S >= 0)
            Opens.push_back({S, Last});
        }
        continue;
      }
      if (T.K != Kind::Word)
        continue;
      StringRef W = T.Text;
      if (W == "class" && !punctAt(I + 1, ":") &&
          !(I > 0 && isPunct(Sig[I - 1], "."))) {
        ClassPending = true;
        if (nameAt(I + 1)) {
          declare(I + 1, Current);
          Exported[I + 1] = declarationExported(I);
        }
      } else if (W == "function" && nameAt(I + 1)) {
        declare(I + 1, Current);
        Exported[I + 1] = declarationExported(I);
      } else if (W == "let" || W == "const" || W == "var") {
        int S = Current;
        if (W == "var")
          for (const Open &O : reverse(Opens))
            if (Scopes[O.S].Function) {
              S = O.S;
              break;
            }
        size_t Before = I;
        declareList(I + 1, S);
        if (declarationExported(Before))
          for (size_t J = I + 1; J < Sig.size() && !punctAt(J, ";"); ++J)
            if (DeclIn[J] >= 0)
              Exported[J] = true;
      } else if (W == "case" || W == "default") {
        CaseLabel = true;
      } else if (W == "import" && Opens.size() == 1 && !punctAt(I + 1, "(") &&
                 !punctAt(I + 1, ".")) {
        declareImports(I, Module);
        ImportPending = punctAt(I + 1, "{");
      } else if (W == "export" && punctAt(I + 1, "{")) {
        ExportPending = true;
      }
      classifyWord(I, In);
    }
  }

  /// An import statement's local names, in the module scope.
  void declareImports(size_t I, int Module) {
    for (size_t J = I + 1; J < Sig.size(); ++J) {
      const Token &T = Sig[J];
      if (T.K == Kind::String || punctAt(J, ";") || wordAt(J, "from"))
        return;
      if (!nameAt(J))
        continue;
      if (J > 0 && isWord(Sig[J - 1], "as"))
        declare(J, Module);
      else if (J == I + 1)
        declare(J, Module); // the default import
      else if (!wordAt(J + 1, "as"))
        declare(J, Module, Use::ImportAs);
    }
  }

  /// Whether the word at I may name a variable, from where it stands.
  void classifyWord(size_t I, Container In) {
    const Token &T = Sig[I];
    if (DeclIn[I] >= 0 || isKeyword(T.Text))
      return;
    if (I > 0 && (isPunct(Sig[I - 1], ".") || isPunct(Sig[I - 1], "?.")))
      return; // a property
    bool AfterOpenOrComma =
        I > 0 && (isPunct(Sig[I - 1], "{") || isPunct(Sig[I - 1], ","));
    bool BeforeCloseOrComma = punctAt(I + 1, "}") || punctAt(I + 1, ",");
    bool Modifier = I > 0 && (isWord(Sig[I - 1], "get") ||
                              isWord(Sig[I - 1], "set") ||
                              isWord(Sig[I - 1], "async") ||
                              isWord(Sig[I - 1], "static"));
    switch (In) {
    case Container::Class:
      return; // a member's name
    case Container::Object:
    case Container::Pattern:
      if ((AfterOpenOrComma || Modifier) &&
          (punctAt(I + 1, ":") || punctAt(I + 1, "(")))
        return; // a key, or a method's name
      if (AfterOpenOrComma && BeforeCloseOrComma)
        Shorthand[I] = Use::ObjectKey;
      break;
    case Container::ImportList:
      return;
    case Container::ExportList:
      if (I > 0 && isWord(Sig[I - 1], "as"))
        return; // the name this module exports
      if (!wordAt(I + 1, "as"))
        Shorthand[I] = Use::ExportAs;
      break;
    default:
      break;
    }
    Ref[I] = true;
  }

  int bindingIn(int S, StringRef Name, size_t I) {
    auto [It, New] = Scopes[S].Names.try_emplace(Name, Bindings.size());
    if (New)
      Bindings.push_back({Name, false, 0, I, ""});
    return It->second;
  }

  /// Declarations first (they hoist within their scope), then references.
  void resolve() {
    for (size_t I = 0; I < Sig.size(); ++I) {
      if (DeclIn[I] < 0)
        continue;
      int B = bindingIn(DeclIn[I], Sig[I].Text, I);
      TokBinding[I] = B;
      Bindings[B].Keep |= Exported[I] || isKeyword(Sig[I].Text);
      ++Bindings[B].Count;
    }
    for (size_t I = 0; I < Sig.size(); ++I) {
      if (!Ref[I])
        continue;
      int B = -1;
      SmallVector<int, 8> Path;
      for (int S = TokScope[I]; S >= 0; S = Scopes[S].Parent) {
        auto It = Scopes[S].Names.find(Sig[I].Text);
        if (It != Scopes[S].Names.end()) {
          B = It->second;
          break;
        }
        Path.push_back(S);
      }
      if (B < 0)
        continue; // a global
      TokBinding[I] = B;
      ++Bindings[B].Count;
      for (int S : Path)
        Scopes[S].Seen.push_back(B);
    }
    for (size_t I = 0; I < Sig.size(); ++I)
      if (TokBinding[I] >= 0 && !Bindings[TokBinding[I]].Keep)
        Uses[I] = Shorthand[I];
  }

  /// Short names, scope by scope from the outside in.
  void assignShortNames() {
    StringSet<> Taken; // every word printed as it is
    for (size_t I = 0; I < Sig.size(); ++I)
      if (Sig[I].K == Kind::Word && Uses[I] == Use::Keep)
        Taken.insert(Sig[I].Text);
    for (Binding &B : Bindings)
      if (B.Keep)
        B.Short = B.Name.str();
    static constexpr StringLiteral First =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$";
    static constexpr StringLiteral Rest =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$0123456789";
    auto Make = [&](unsigned N) {
      std::string Name(1, First[N % First.size()]);
      for (N /= First.size(); N != 0; N = (N - 1) / Rest.size())
        Name += Rest[(N - 1) % Rest.size()];
      return Name;
    };
    for (Scope &S : Scopes) {
      StringSet<> Outer; // names of outer variables used in here
      for (int B : S.Seen)
        Outer.insert(Bindings[B].Short);
      std::vector<int> Own;
      for (const auto &E : S.Names)
        if (!Bindings[E.second].Keep)
          Own.push_back(E.second);
      // The most used get the shortest names; ties in order of appearance.
      llvm::sort(Own, [&](int A, int B) {
        if (Bindings[A].Count != Bindings[B].Count)
          return Bindings[A].Count > Bindings[B].Count;
        return Bindings[A].First < Bindings[B].First;
      });
      unsigned Next = 0;
      for (int B : Own) {
        std::string Name;
        do
          Name = Make(Next++);
        while (Taken.contains(Name) || Outer.contains(Name) || isKeyword(Name));
        Bindings[B].Short = Name;
      }
    }
  }
};

bool isRestrictedKeyword(const Token &T) {
  return T.K == Kind::Word &&
         is_contained({"return", "break", "continue", "throw", "yield"}, T.Text);
}

/// Whether the line break between P and T must stay: where automatic
/// semicolon insertion may put a `;` (P could end a statement and T could
/// start one), or after a keyword whose operand must be on its line.
bool needsLine(const Token &P, const Token &T) {
  if (isRestrictedKeyword(P))
    return true;
  if (P.K == Kind::Punct &&
      !is_contained({")", "]", "}", "++", "--"}, P.Text))
    return false; // an operator or opening bracket: nothing ends here
  if (T.K == Kind::Punct &&
      !is_contained({"(", "[", "{", "++", "--", "+", "-", "/", "..."}, T.Text))
    return false; // a closing bracket, `,`, `;`, `.` or a binary operator
  return true;
}

/// Whether P and T need a space between them on one line.
bool needsSpace(const Token &P, const Token &T) {
  auto WordLike = [](const Token &X) {
    return X.K == Kind::Word || X.K == Kind::Number;
  };
  if ((WordLike(P) || P.K == Kind::Regex) && WordLike(T))
    return true;
  if (P.K == Kind::Number && T.K == Kind::Punct && T.Text.starts_with("."))
    return true;
  if (P.K == Kind::Punct && T.K == Kind::Punct) {
    char A = P.Text.back(), B = T.Text.front();
    if ((A == '+' || A == '-') && A == B)
      return true; // `a - -b`, `a + ++b`
  }
  return P.K == Kind::Punct && P.Text.back() == '/' && T.K == Kind::Regex;
}

/// A comment a bundler or the reader still needs.
bool keepComment(StringRef Text, bool First) {
  if (First && Text.starts_with("//"))
    return true; // the banner
  return Text.contains("@vite-ignore") || Text.contains("webpackIgnore") ||
         Text.contains("__PURE__");
}

} // namespace

Expected<std::string> minifyJS(StringRef Source) {
  Expected<std::vector<Token>> Tokens = Lexer(Source).run();
  if (!Tokens)
    return Tokens.takeError();

  // Significant tokens carry the line breaks of the comments dropped before them.
  std::vector<Token> Sig;
  std::vector<std::pair<size_t, StringRef>> Kept; // before Sig[i], a comment
  bool Line = false;
  for (size_t I = 0; I < Tokens->size(); ++I) {
    const Token &T = (*Tokens)[I];
    if (T.K == Kind::Comment) {
      Line |= T.LineBefore || T.Text.contains('\n') || T.Text.starts_with("//");
      if (keepComment(T.Text, I == 0))
        Kept.push_back({Sig.size(), T.Text});
      continue;
    }
    Sig.push_back(T);
    Sig.back().LineBefore |= Line;
    Line = false;
  }

  Renamer R(Sig);
  R.run();

  std::string Out;
  raw_string_ostream OS(Out);
  const Token *Prev = nullptr;
  auto KeptIt = Kept.begin();
  for (size_t I = 0; I < Sig.size(); ++I) {
    const Token &T = Sig[I];
    for (; KeptIt != Kept.end() && KeptIt->first == I; ++KeptIt) {
      OS << KeptIt->second;
      if (KeptIt->second.starts_with("//")) {
        OS << '\n';
        Prev = nullptr;
      }
    }
    std::string Text;
    switch (R.use(I)) {
    case Use::Keep:
      Text = T.Text.str();
      break;
    case Use::Rename:
      Text = R.shortName(I).str();
      break;
    case Use::ObjectKey:
      Text = (T.Text + ":" + R.shortName(I)).str();
      break;
    case Use::ImportAs:
      Text = (T.Text + " as " + R.shortName(I)).str();
      break;
    case Use::ExportAs:
      Text = (R.shortName(I) + " as " + T.Text).str();
      break;
    }
    if (Prev) {
      if (T.LineBefore && needsLine(*Prev, T))
        OS << '\n';
      else if (needsSpace(*Prev, T)) // a word stays a word when renamed
        OS << ' ';
    }
    OS << Text;
    Prev = &T;
  }
  for (; KeptIt != Kept.end(); ++KeptIt)
    OS << KeptIt->second;
  OS << '\n';
  return Out;
}

} // namespace wasmport::js
