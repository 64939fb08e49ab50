//===- MinifyScopes.cpp - Scopes and declarations of the glue -------------===//
//
// One walk over the tokens, keeping a stack of what each open bracket is
// (block, object literal, pattern, class body, import or export list, ...)
// with, per bracket, the `?` still waiting for their `:`, and a stack of the
// open scopes with the token each ends at. What a `{` opens, whether a
// `function` or `class` is an expression, and what a `:` is are decided
// from the token before and that stack; where that does not decide it, the
// walk refuses.
//
//===----------------------------------------------------------------------===//
#include "JS/MinifyScopes.h"

#include "JS/MinifyExtents.h"

#include "Manifest/Naming.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>

using namespace llvm;

namespace wasmport::js::minify {

namespace {

enum class Container { Paren, Bracket, Block, Object, Class, Pattern,
                       ImportList, ExportList };

class ScopeWalker : Extents {
public:
  explicit ScopeWalker(ArrayRef<Token> Sig)
      : Extents(Sig), NoRef(N, false), BodyBrace(N, false),
        PatternBrace(N, false), ClassBrace(N, false), ImportBrace(N, false),
        ExportBrace(N, false), ReExport(N, false), ObjectColon(N, false),
        FunctionExprName(N, false) {
    Out.TokScope.assign(N, 0);
    Out.DeclIn.assign(N, -1);
    Out.Exported.assign(N, false);
    Out.Ref.assign(N, false);
    Out.Shorthand.assign(N, Use::Rename);
  }

  Expected<ScopeTree> run() {
    if (Error E = matchBrackets())
      return E;
    walk();
    if (Failure)
      return std::move(*Failure);
    return std::move(Out);
  }

private:
  struct Frame {
    Container C;
    unsigned Questions = 0; // `?` waiting for their `:`
  };
  struct Open {
    int S;
    size_t Last;
  };

  ScopeTree Out;
  std::vector<bool> NoRef;     // a word of `export * as name from`
  std::vector<bool> BodyBrace; // a `{` whose scope its function opened
  std::vector<bool> PatternBrace, ClassBrace, ImportBrace, ExportBrace;
  std::vector<bool> ReExport;    // an export list's `{` of `export {} from`
  std::vector<bool> ObjectColon; // a `:` after which `{` is an object
  std::vector<bool> FunctionExprName;
  SmallVector<Open, 16> Opens;
  SmallVector<Frame, 16> Stack;
  std::optional<Error> Failure;
  bool CaseLabel = false; // a `case` or `default` waits for its `:`

  /// Records the first refusal; the walk stops at the next check.
  void refuse(size_t I, const Twine &What) {
    if (!Failure)
      Failure.emplace(cannotMinify(Sig[std::min(I, N - 1)].Line, What));
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
    Out.DeclIn[I] = S;
    Out.Shorthand[I] = How;
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
    Out.Scopes.push_back({Parent, Function});
    return static_cast<int>(Out.Scopes.size() - 1);
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
    Out.Scopes[S].ParamsBegin = I;
    Out.Scopes[S].ParamsEnd = Close;
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
    Out.Scopes[S].ParamsBegin = Start;
    Out.Scopes[S].ParamsEnd = I;
    for (size_t J = Start; J < I; ++J)
      Out.TokScope[J] = S;
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
      Out.Exported[Name] = declarationExported(I);
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
    Out.Exported[I + 1] = declarationExported(I);
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
      Out.TokScope[I] = Current;
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
            if (Out.Scopes[O.S].Function) {
              S = O.S;
              break;
            }
        size_t End = declareList(I + 1, S);
        if (declarationExported(I))
          for (size_t J = I + 1; J < End; ++J)
            if (Out.DeclIn[J] >= 0)
              Out.Exported[J] = true;
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
    if (Out.DeclIn[I] >= 0 || NoRef[I] || isKeyword(T.Text))
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
        Out.Shorthand[I] = Use::ObjectKey;
      break;
    case Container::ExportList: {
      size_t Open = I;
      while (Open > 0 && !isPunct(Sig[Open], "{"))
        --Open;
      if (ReExport[Open] || isWord(Sig[I - 1], "as"))
        return; // another module's name, or the name this module exports
      if (!wordAt(I + 1, "as"))
        Out.Shorthand[I] = Use::ExportAs;
      break;
    }
    case Container::Paren:
    case Container::Bracket:
    case Container::Block:
      break;
    }
    Out.Ref[I] = true;
  }

};

} // namespace

Expected<ScopeTree> analyzeScopes(ArrayRef<Token> Tokens) {
  return ScopeWalker(Tokens).run();
}

} // namespace wasmport::js::minify
