//===- MinifyRenamer.cpp - Short names for the glue's variables -----------===//
//
// Three passes over the tokens: brackets matched; a walk that opens scopes,
// declares bindings and marks the words that may reference a variable,
// keeping a stack of what each open bracket is (block, object, pattern,
// class body, ...) and, per bracket, the `?` still waiting for their `:`;
// then references resolved and short names given, scope by scope from the
// outside in. Where an expression ends is decided exactly: at a `,`, `;`,
// closing bracket or unmatched `:`, or at a line break where automatic
// semicolon insertion ends the statement.
//
//===----------------------------------------------------------------------===//
#include "JS/MinifyRenamer.h"

#include "Manifest/Naming.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <optional>

using namespace llvm;

namespace wasmport::js::minify {

namespace {

/// What printing does with one word.
enum class Use {
  Keep,      // not a variable, a global, or a variable kept (an export)
  Rename,    // a variable's declaration or a reference to it
  ObjectKey, // `{ name }` shorthand, in an object or a pattern: `name: short`
  ImportAs,  // `import { name }`: `name as short`
  ExportAs,  // `export { name }`: `short as name`
};

enum class Container { Paren, Bracket, Block, Object, Class, Pattern,
                       ImportList, ExportList };

/// Words that end an operand although they are reserved.
bool isOperandKeyword(StringRef W) {
  return is_contained({"this", "super", "null", "true", "false", "arguments",
                       "eval", "undefined", "NaN", "Infinity"},
                      W);
}

class Renamer {
public:
  explicit Renamer(ArrayRef<Token> Sig)
      : Sig(Sig), N(Sig.size()), Match(N, npos), TokScope(N, 0),
        DeclIn(N, -1), Exported(N, false), Shorthand(N, Use::Rename),
        Ref(N, false), NoRef(N, false), TokBinding(N, -1), BodyBrace(N, false),
        PatternBrace(N, false), ClassBrace(N, false), ImportBrace(N, false),
        ExportBrace(N, false), ReExport(N, false), ObjectColon(N, false),
        FunctionExprName(N, false) {}

  Expected<std::vector<std::string>> run() {
    matchBrackets();
    if (!Failure)
      walk();
    if (!Failure)
      resolve();
    if (Failure)
      return std::move(*Failure);
    assignShortNames();
    std::vector<std::string> Out;
    Out.reserve(N);
    for (size_t I = 0; I < N; ++I)
      Out.push_back(print(I));
    return Out;
  }

private:
  static constexpr size_t npos = ~size_t(0);

  struct Scope {
    int Parent;
    bool Function;
    StringMap<int> Names;  // declared here → binding
    std::vector<int> Seen; // outer bindings referenced in here
    /// A function's, arrow's or catch's parameter list: `(` (or the single
    /// parameter) and `)` (or `=>`).
    size_t ParamsBegin = npos, ParamsEnd = npos;
  };
  struct Binding {
    StringRef Name;
    bool Keep = false;
    bool InParams = false; // declared in its scope's parameter list
    unsigned Count = 0;
    size_t First;
    std::string Short;
  };
  struct Frame {
    Container C;
    unsigned Questions = 0; // `?` waiting for their `:`
  };
  struct Open {
    int S;
    size_t Last;
  };

  ArrayRef<Token> Sig;
  size_t N;
  std::vector<size_t> Match;  // the other bracket of each bracket
  std::vector<int> TokScope;  // the innermost scope of each token
  std::vector<int> DeclIn;    // a declaration: the scope it declares in
  std::vector<bool> Exported; // a declaration of an export
  std::vector<Use> Shorthand; // how a renamed word is printed
  std::vector<bool> Ref;      // a word that may reference a variable
  std::vector<bool> NoRef;    // a word of `export * as name`
  std::vector<int> TokBinding;
  std::vector<bool> BodyBrace; // a `{` whose scope its function opened
  std::vector<bool> PatternBrace, ClassBrace, ImportBrace, ExportBrace;
  std::vector<bool> ReExport;    // an export list's `{` of `export {} from`
  std::vector<bool> ObjectColon; // a `:` after which `{` is an object
  std::vector<bool> FunctionExprName;
  std::vector<Scope> Scopes;
  std::vector<Binding> Bindings;
  SmallVector<Open, 16> Opens;
  SmallVector<Frame, 16> Stack;
  std::optional<Error> Failure;
  bool CaseLabel = false; // a `case` or `default` waits for its `:`

  /// Records the first refusal; the passes stop at the next check.
  void refuse(size_t I, const Twine &What) {
    if (!Failure)
      Failure.emplace(cannotMinify(Sig[std::min(I, N - 1)].Line, What));
  }

  bool punctAt(size_t I, StringRef P) const {
    return I < N && isPunct(Sig[I], P);
  }
  bool wordAt(size_t I, StringRef W) const { return I < N && isWord(Sig[I], W); }
  bool nameAt(size_t I) const {
    return I < N && Sig[I].Kind == TokenKind::Word && !isKeyword(Sig[I].Text);
  }
  /// A name a declaration may bind: also the contextual keywords, which
  /// then keep their name.
  bool bindingNameAt(size_t I) const {
    return I < N && Sig[I].Kind == TokenKind::Word &&
           !naming::isReservedJSWord(Sig[I].Text) &&
           !Sig[I].Text.starts_with("#");
  }
  bool afterDot(size_t I) const {
    return I > 0 && (isPunct(Sig[I - 1], ".") || isPunct(Sig[I - 1], "?."));
  }
  bool isOpener(size_t I) const {
    return Sig[I].Kind == TokenKind::Punct &&
           (Sig[I].Text == "(" || Sig[I].Text == "[" || Sig[I].Text == "{");
  }

  void matchBrackets() {
    SmallVector<size_t, 32> Open;
    for (size_t I = 0; I < N; ++I) {
      if (isOpener(I)) {
        Open.push_back(I);
        continue;
      }
      if (Sig[I].Kind != TokenKind::Punct ||
          !is_contained({")", "]", "}"}, Sig[I].Text))
        continue;
      static constexpr StringLiteral Pairs[] = {"()", "[]", "{}"};
      if (Open.empty() ||
          !is_contained(Pairs, (Sig[Open.back()].Text + Sig[I].Text).str()))
        return refuse(I, "a '" + Sig[I].Text + "' that closes nothing");
      Match[I] = Open.back();
      Match[Open.pop_back_val()] = I;
    }
    if (!Open.empty())
      refuse(Open.back(), "a '" + Sig[Open.back()].Text + "' never closed");
  }

  /// Whether token J ends an operand (a name, literal, closing bracket or
  /// postfix `++`), so that what follows it continues or ends the expression.
  bool endsOperand(size_t J) const {
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

  /// Whether automatic semicolon insertion ends the statement before token
  /// I: a line break before a token that cannot continue what precedes it.
  bool statementBreakBefore(size_t I) const {
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

  /// The last token of the expression (an AssignmentExpression) that starts
  /// at I.
  size_t expressionEnd(size_t I) const {
    unsigned Questions = 0;
    for (size_t J = I; J < N; ++J) {
      if (J > I && statementBreakBefore(J))
        return J - 1;
      const Token &T = Sig[J];
      if (isOpener(J)) {
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

  /// The last token of the statement that starts at I (its `;`, if any).
  size_t statementEnd(size_t I) const {
    for (size_t J = I; J < N; ++J) {
      if (J > I && statementBreakBefore(J))
        return J - 1;
      if (isOpener(J)) {
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

  /// The last token of the statement at I that is the body of a `for`
  /// without braces: a block, an `if`, `for` or `while` (whose bodies are
  /// found the same way), or a simple statement.
  size_t bodyEnd(size_t I) {
    if (I >= N)
      return N - 1;
    const Token &B = Sig[I];
    if (punctAt(I, "{"))
      return Match[I];
    size_t Head = I + 1;
    if (isWord(B, "for") && wordAt(Head, "await"))
      ++Head;
    if (B.Kind == TokenKind::Word &&
        is_contained({"if", "for", "while"}, B.Text) && punctAt(Head, "(")) {
      size_t End = bodyEnd(Match[Head] + 1);
      if (isWord(B, "if") && wordAt(End + 1, "else"))
        End = bodyEnd(End + 2);
      return End;
    }
    if (B.Kind == TokenKind::Word &&
        is_contained({"do", "switch", "try", "function", "class", "let",
                      "const", "var", "with", "async"},
                     B.Text))
      refuse(I, "a 'for' whose body is a '" + B.Text +
                    "' statement without braces");
    return statementEnd(I);
  }

  void declare(size_t I, int S, Use How = Use::Rename) {
    DeclIn[I] = S;
    Shorthand[I] = How;
  }

  /// Declares the names of the binding pattern (a name, `{...}` or `[...]`)
  /// at I; returns the index after it, or I if there is none.
  size_t declarePattern(size_t I, int S) {
    if (bindingNameAt(I)) {
      declare(I, S);
      return I + 1;
    }
    bool Object = punctAt(I, "{");
    if (!Object && !punctAt(I, "["))
      return I;
    if (Object)
      PatternBrace[I] = true;
    size_t End = Match[I];
    size_t J = I + 1;
    while (J < End && !Failure) {
      if (punctAt(J, ",")) {
        ++J; // a hole, or the next element
        continue;
      }
      bool Rest = punctAt(J, "...");
      if (Rest)
        ++J;
      bool Short = false;
      if (Object && !Rest) {
        if (punctAt(J, "[") && punctAt(Match[J] + 1, ":"))
          J = Match[J] + 2; // `[key]: target`
        else if (Sig[J].Kind != TokenKind::Punct && punctAt(J + 1, ":"))
          J += 2; // `key: target`
        else
          Short = true; // `name`, `name = default`
      }
      size_t After = Short ? J : declarePattern(J, S);
      if (Short && bindingNameAt(J)) {
        declare(J, S, Use::ObjectKey);
        After = J + 1;
      }
      if (After == J)
        break;
      J = After;
      if (punctAt(J, "="))
        J = expressionEnd(J + 1) + 1; // a default: references only
      if (J < End && !punctAt(J, ","))
        break;
    }
    if (J < End)
      refuse(J, "a destructuring pattern the minifier does not read");
    return End + 1;
  }

  /// Declares a comma-separated list of bindings starting at J, each a name
  /// or pattern, maybe `...` before it and an initializer or default after:
  /// the declarators after `let`/`const`/`var` (ending before `of` or `in`
  /// in a `for` head), or the parameters after a `(`. Returns the index
  /// after the list.
  size_t declareList(size_t J, int S) {
    while (J < N && !Failure) {
      if (punctAt(J, "..."))
        ++J;
      size_t After = declarePattern(J, S);
      if (After == J)
        return J;
      J = After;
      if (wordAt(J, "of") || wordAt(J, "in"))
        return J;
      if (punctAt(J, "="))
        J = expressionEnd(J + 1) + 1;
      if (!punctAt(J, ","))
        return J;
      ++J;
    }
    return J;
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

  /// Whether the `function` or `class` (or the `async` before it) at K is
  /// an expression, rather than a declaration.
  bool isExpression(size_t K, Container In) const {
    if (K == 0)
      return false;
    const Token &P = Sig[K - 1];
    switch (P.Kind) {
    case TokenKind::Number:
    case TokenKind::String:
    case TokenKind::Regex:
      return false; // a new statement, after automatic semicolon insertion
    case TokenKind::Template:
      return P.Text.ends_with("${");
    case TokenKind::Word:
      if (P.Text == "of")
        return In == Container::Paren;
      return is_contained({"return", "throw", "typeof", "void", "delete",
                           "await", "yield", "in", "instanceof", "case", "new",
                           "extends"},
                          P.Text);
    case TokenKind::Punct:
      if (P.Text == ":")
        return ObjectColon[K - 1];
      return !is_contained({";", "{", "}", ")", "]", "++", "--"}, P.Text);
    }
    llvm_unreachable("covered switch");
  }

  /// Whether the `{` at I opens an object literal rather than a block.
  bool opensObject(size_t I, Container In) const {
    if (I == 0)
      return false;
    const Token &P = Sig[I - 1];
    switch (P.Kind) {
    case TokenKind::Number:
    case TokenKind::String:
    case TokenKind::Regex:
      return false; // a block, after automatic semicolon insertion
    case TokenKind::Template:
      return P.Text.ends_with("${");
    case TokenKind::Word:
      if (P.Text == "of")
        return In == Container::Paren;
      if (P.Text == "default")
        return I >= 2 && isWord(Sig[I - 2], "export");
      return is_contained({"return", "throw", "typeof", "void", "delete",
                           "await", "yield", "in", "instanceof", "case",
                           "extends"},
                          P.Text);
    case TokenKind::Punct:
      if (P.Text == ":")
        return ObjectColon[I - 1];
      return !is_contained({";", "{", "}", ")", "]", "=>", "++", "--"},
                           P.Text);
    }
    llvm_unreachable("covered switch");
  }

  /// Whether the word at I stands where an object literal's or pattern's
  /// key does: after `{`, `,`, or `get`/`set`/`async` in that place.
  bool atKey(size_t I) const {
    auto Start = [&](size_t J) {
      return J > 0 && (isPunct(Sig[J - 1], "{") || isPunct(Sig[J - 1], ","));
    };
    if (Start(I))
      return true;
    return I > 0 && Start(I - 1) &&
           is_contained({"get", "set", "async"}, Sig[I - 1].Text);
  }

  /// The scope a function, method, `catch` or `for` opens at the `(` at I,
  /// or -1. Declares its parameters.
  int openParenScope(size_t I, int Current, Container In, size_t &Last) {
    size_t Close = Match[I];
    if (I == 0)
      return -1;
    const Token &P = Sig[I - 1];
    bool Body = punctAt(Close + 1, "{");
    enum { None, Function, Catch, For } What = None;
    if (isWord(P, "function") || (I >= 2 && isWord(Sig[I - 2], "function") &&
                                  bindingNameAt(I - 1)))
      What = Function;
    else if (isWord(P, "catch"))
      What = Catch;
    else if (isWord(P, "for") || (isWord(P, "await") && I >= 2 &&
                                  isWord(Sig[I - 2], "for")))
      What = For;
    else if ((In == Container::Class || In == Container::Object) &&
             (P.Kind == TokenKind::Word || P.Kind == TokenKind::String ||
              P.Kind == TokenKind::Number || isPunct(P, "]")) &&
             Body)
      What = Function; // a method
    if (What == None || (What != For && !Body))
      return -1;
    int S = newScope(Current, What == Function);
    if (What == For) {
      if (Body) {
        BodyBrace[Close + 1] = true;
        Last = Match[Close + 1];
        return S;
      }
      Last = bodyEnd(Close + 1);
      return S;
    }
    BodyBrace[Close + 1] = true;
    Last = Match[Close + 1];
    Scopes[S].ParamsBegin = I;
    Scopes[S].ParamsEnd = Close;
    if (FunctionExprName[I - 1])
      declare(I - 1, S); // a function expression's name is its own
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
    if (punctAt(I - 1, ")")) {
      Start = Match[I - 1];
      declareList(Start + 1, S);
    } else if (bindingNameAt(I - 1)) {
      declare(I - 1, S);
    } else {
      refuse(I, "an arrow function's parameters the minifier does not read");
    }
    Scopes[S].ParamsBegin = Start;
    Scopes[S].ParamsEnd = I;
    for (size_t J = Start; J < I; ++J)
      TokScope[J] = S;
    if (punctAt(I + 1, "{")) {
      BodyBrace[I + 1] = true;
      Last = Match[I + 1];
    } else {
      Last = expressionEnd(I + 1);
    }
    return S;
  }

  /// `class [name] [extends heritage] {`: marks the body, declares the name.
  void declareClass(size_t I, int Current, Container In) {
    bool Expression = isExpression(I, In);
    size_t J = I + 1;
    size_t Name = bindingNameAt(J) ? J++ : npos;
    if (wordAt(J, "extends")) {
      ++J;
      bool Seen = false;
      while (J < N) {
        if (!Seen && nameAt(J)) {
          Seen = true;
          ++J;
        } else if (Seen && (punctAt(J, ".") || punctAt(J, "?.")) &&
                   J + 1 < N && Sig[J + 1].Kind == TokenKind::Word) {
          J += 2;
        } else if (Seen && (punctAt(J, "(") || punctAt(J, "["))) {
          J = Match[J] + 1;
        } else {
          break;
        }
      }
      if (!Seen)
        return refuse(J, "a class heritage other than a name, a member or a "
                         "call");
    }
    if (!punctAt(J, "{"))
      return refuse(J, "a class heritage other than a name, a member or a "
                       "call");
    ClassBrace[J] = true;
    if (Name == npos)
      return;
    if (!Expression) {
      declare(Name, Current);
      Exported[Name] = declarationExported(I);
      return;
    }
    int S = newScope(Current, false); // the class's own name
    declare(Name, S);
    Opens.push_back({S, Match[J]});
  }

  /// `function [name] (`: declares the name of a declaration, or marks that
  /// of an expression for openParenScope.
  void declareFunction(size_t I, Container In) {
    if (punctAt(I + 1, "*"))
      return refuse(I, "a generator function");
    if (!bindingNameAt(I + 1))
      return;
    size_t K = I > 0 && isWord(Sig[I - 1], "async") ? I - 1 : I;
    if (isExpression(K, In)) {
      FunctionExprName[I + 1] = true;
      return;
    }
    declare(I + 1, Opens.back().S);
    Exported[I + 1] = declarationExported(I);
  }

  /// An import statement's local names, in the module scope, and its list.
  void declareImports(size_t I, int Module) {
    for (size_t J = I + 1; J < N; ++J) {
      const Token &T = Sig[J];
      if (T.Kind == TokenKind::String || punctAt(J, ";") || wordAt(J, "from"))
        return;
      if (punctAt(J, "{"))
        ImportBrace[J] = true;
      if (!bindingNameAt(J) || wordAt(J + 1, "as") ||
          (isWord(T, "as") && !wordAt(J - 1, "as")))
        continue;
      if (isWord(Sig[J - 1], "as") || J == I + 1)
        declare(J, Module); // `a as local`, `* as ns`, the default import
      else
        declare(J, Module, Use::ImportAs);
    }
  }

  void punctuator(size_t I, int Current) {
    StringRef P = Sig[I].Text;
    Frame &F = Stack.back();
    size_t Last = npos;
    if (P == "(") {
      if (int S = openParenScope(I, Current, F.C, Last); S >= 0)
        Opens.push_back({S, Last});
      Stack.push_back({Container::Paren});
    } else if (P == "[") {
      Stack.push_back({Container::Bracket});
    } else if (P == "{") {
      Container C = Container::Block;
      if (ClassBrace[I])
        C = Container::Class;
      else if (ImportBrace[I])
        C = Container::ImportList;
      else if (ExportBrace[I])
        C = Container::ExportList;
      else if (PatternBrace[I])
        C = Container::Pattern;
      else if (opensObject(I, F.C))
        C = Container::Object;
      if (C == Container::Block && !BodyBrace[I]) // a static block is a body
        Opens.push_back({newScope(Current, F.C == Container::Class), Match[I]});
      Stack.push_back({C});
    } else if (P == ")" || P == "]" || P == "}") {
      if (Stack.size() > 1)
        Stack.pop_back();
    } else if (P == "?") {
      ++F.Questions;
    } else if (P == ":") {
      colon(I, F);
    } else if (P == "=>") {
      if (int S = openArrowScope(I, Current, Last); S >= 0)
        Opens.push_back({S, Last});
    } else if (P == "=" && F.C == Container::Class) {
      refuse(I, "a class field initialiser");
    } else if (P == "*" && (F.C == Container::Class ||
                            (F.C == Container::Object && I > 0 &&
                             (atKey(I) || isPunct(Sig[I - 1], "{") ||
                              isPunct(Sig[I - 1], ","))))) {
      refuse(I, "a generator method");
    }
  }

  void colon(size_t I, Frame &F) {
    if (F.Questions > 0) {
      --F.Questions;
      ObjectColon[I] = true; // the `:` of `?:`
      return;
    }
    switch (F.C) {
    case Container::Object:
    case Container::Pattern:
      ObjectColon[I] = true; // `key: value`
      return;
    case Container::Block:
      if (CaseLabel) {
        CaseLabel = false;
        return;
      }
      return refuse(I, "a label");
    case Container::Paren:
    case Container::Bracket:
    case Container::Class:
    case Container::ImportList:
    case Container::ExportList:
      return refuse(I, "a ':' the minifier does not read");
    }
  }

  /// Scopes and declarations, and which words are references.
  void walk() {
    int Module = newScope(-1, true);
    Opens = {{Module, npos}};
    Stack = {{Container::Block}};
    for (size_t I = 0; I < N && !Failure; ++I) {
      while (Opens.size() > 1 && Opens.back().Last < I)
        Opens.pop_back();
      int Current = Opens.back().S;
      TokScope[I] = Current;
      Container In = Stack.back().C;
      const Token &T = Sig[I];
      if (T.Kind == TokenKind::Punct) {
        punctuator(I, Current);
        continue;
      }
      if (T.Kind != TokenKind::Word || afterDot(I) || In == Container::Class)
        continue; // a property, or a class member's name or modifier
      if ((In == Container::Object || In == Container::Pattern) &&
          atKey(I) && (punctAt(I + 1, ":") || punctAt(I + 1, "(")))
        continue; // a key, or a method's name
      StringRef W = T.Text;
      if (W == "eval")
        return refuse(I, "eval, which would see the variables' short names");
      if (W == "with")
        return refuse(I, "'with' (a statement or import attributes)");
      if (W == "class") {
        declareClass(I, Current, In);
      } else if (W == "function") {
        declareFunction(I, In);
      } else if ((W == "let" || W == "const" || W == "var") &&
                 (In == Container::Block || In == Container::Paren)) {
        int S = Current;
        if (W == "var")
          for (const Open &O : reverse(Opens))
            if (Scopes[O.S].Function) {
              S = O.S;
              break;
            }
        size_t End = declareList(I + 1, S);
        if (declarationExported(I))
          for (size_t J = I + 1; J < End; ++J)
            if (DeclIn[J] >= 0)
              Exported[J] = true;
      } else if (W == "case" || (W == "default" && punctAt(I + 1, ":"))) {
        CaseLabel = true;
      } else if (W == "import" && Opens.size() == 1 && !punctAt(I + 1, "(") &&
                 !punctAt(I + 1, ".")) {
        declareImports(I, Module);
      } else if (W == "export" && punctAt(I + 1, "{")) {
        ExportBrace[I + 1] = true;
        ReExport[I + 1] = wordAt(Match[I + 1] + 1, "from");
      } else if (W == "export" && punctAt(I + 1, "*")) {
        for (size_t J = I + 1; J < N && Sig[J].Kind != TokenKind::String; ++J)
          NoRef[J] = true;
      }
      classifyWord(I, In);
    }
  }

  /// Whether the word at I may name a variable, from where it stands.
  void classifyWord(size_t I, Container In) {
    const Token &T = Sig[I];
    if (DeclIn[I] >= 0 || NoRef[I] || isKeyword(T.Text))
      return;
    bool BeforeEnd = punctAt(I + 1, "}") || punctAt(I + 1, ",") ||
                     punctAt(I + 1, "=");
    switch (In) {
    case Container::Class:
    case Container::ImportList:
      return; // a member's name; an imported name
    case Container::Object:
    case Container::Pattern:
      if (atKey(I) && BeforeEnd)
        Shorthand[I] = Use::ObjectKey;
      break;
    case Container::ExportList: {
      size_t Open = I;
      while (Open > 0 && !isPunct(Sig[Open], "{"))
        --Open;
      if (ReExport[Open] || isWord(Sig[I - 1], "as"))
        return; // another module's name, or the name this module exports
      if (!wordAt(I + 1, "as"))
        Shorthand[I] = Use::ExportAs;
      break;
    }
    case Container::Paren:
    case Container::Bracket:
    case Container::Block:
      break;
    }
    Ref[I] = true;
  }

  int bindingIn(int S, StringRef Name, size_t I) {
    auto [It, New] = Scopes[S].Names.try_emplace(Name, Bindings.size());
    if (New)
      Bindings.push_back({Name, false, false, 0, I, ""});
    return It->second;
  }

  static bool inParams(const Scope &S, size_t I) {
    return S.ParamsBegin != npos && I >= S.ParamsBegin && I < S.ParamsEnd;
  }

  /// Declarations first (they hoist within their scope), then references.
  void resolve() {
    for (size_t I = 0; I < N; ++I) {
      if (DeclIn[I] < 0)
        continue;
      int B = bindingIn(DeclIn[I], Sig[I].Text, I);
      TokBinding[I] = B;
      Bindings[B].Keep |= Exported[I] || isKeyword(Sig[I].Text);
      Bindings[B].InParams |= inParams(Scopes[DeclIn[I]], I);
      ++Bindings[B].Count;
    }
    for (size_t I = 0; I < N; ++I) {
      if (!Ref[I])
        continue;
      int B = -1;
      SmallVector<int, 8> Path;
      for (int S = TokScope[I]; S >= 0; S = Scopes[S].Parent) {
        auto It = Scopes[S].Names.find(Sig[I].Text);
        if (It != Scopes[S].Names.end()) {
          B = It->second;
          if (inParams(Scopes[S], I) && !Bindings[B].InParams)
            return refuse(I, "a parameter default that names '" +
                                 Sig[I].Text +
                                 "', a variable of the function's body");
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
  }

  /// Short names, scope by scope from the outside in.
  void assignShortNames() {
    StringSet<> Taken; // every word printed as it is
    for (size_t I = 0; I < N; ++I)
      if (Sig[I].Kind == TokenKind::Word &&
          (TokBinding[I] < 0 || Bindings[TokBinding[I]].Keep))
        Taken.insert(Sig[I].Text);
    for (Binding &B : Bindings)
      if (B.Keep)
        B.Short = B.Name.str();
    static constexpr StringLiteral First =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$";
    static constexpr StringLiteral Rest =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$0123456789";
    auto Make = [&](unsigned K) {
      std::string Name(1, First[K % First.size()]);
      for (K /= First.size(); K != 0; K = (K - 1) / Rest.size())
        Name += Rest[(K - 1) % Rest.size()];
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

  std::string print(size_t I) const {
    StringRef Text = Sig[I].Text;
    int B = TokBinding[I];
    if (B < 0 || Bindings[B].Keep)
      return Text.str();
    StringRef Short = Bindings[B].Short;
    switch (Shorthand[I]) {
    case Use::Keep:
      return Text.str();
    case Use::Rename:
      return Short.str();
    case Use::ObjectKey:
      return (Text + ":" + Short).str();
    case Use::ImportAs:
      return (Text + " as " + Short).str();
    case Use::ExportAs:
      return (Short + " as " + Text).str();
    }
    llvm_unreachable("covered switch");
  }
};

} // namespace

Expected<std::vector<std::string>> rename(ArrayRef<Token> Tokens) {
  if (Tokens.empty())
    return std::vector<std::string>();
  return Renamer(Tokens).run();
}

} // namespace wasmport::js::minify
