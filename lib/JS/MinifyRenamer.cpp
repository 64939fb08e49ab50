//===- MinifyRenamer.cpp - Short names for the glue's variables -----------===//
//
// From the scope tree (MinifyScopes.h): declarations first (they hoist
// within their scope), then each reference resolved to the nearest
// declaration of its name, outward, or to a global; then short names, scope
// by scope from the outside in, the most used first, each avoiding every
// word printed as it is and the names of the outer variables referenced
// inside the scope.
//
//===----------------------------------------------------------------------===//
#include "JS/MinifyRenamer.h"

#include "JS/MinifyScopes.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

using namespace llvm;

namespace wasmport::js::minify {

namespace {

class Renamer {
public:
  Renamer(ArrayRef<Token> Sig, ScopeTree T)
      : Sig(Sig), N(Sig.size()), T(std::move(T)), TokBinding(N, -1),
        Scopes(this->T.Scopes.size()) {}

  Expected<std::vector<std::string>> run() {
    if (Error E = resolve())
      return E;
    assignShortNames();
    std::vector<std::string> Out;
    Out.reserve(N);
    for (size_t I = 0; I < N; ++I)
      Out.push_back(print(I));
    return Out;
  }

private:
  /// What the renamer learns of each scope.
  struct Names {
    StringMap<int> Declared; // name → binding
    std::vector<int> Seen;   // outer bindings referenced in here
  };
  struct Binding {
    StringRef Name;
    bool Keep = false;     // an export, or a contextual keyword
    bool InParams = false; // declared in its scope's parameter list
    unsigned Count = 0;
    size_t First;
    std::string Short;
  };

  ArrayRef<Token> Sig;
  size_t N;
  ScopeTree T;
  std::vector<int> TokBinding;
  std::vector<Names> Scopes;
  std::vector<Binding> Bindings;

  int bindingIn(int S, StringRef Name, size_t I) {
    auto [It, New] = Scopes[S].Declared.try_emplace(Name, Bindings.size());
    if (New)
      Bindings.push_back({Name, false, false, 0, I, ""});
    return It->second;
  }

  static bool inParams(const ScopeInfo &S, size_t I) {
    return S.ParamsBegin != ScopeInfo::npos && I >= S.ParamsBegin &&
           I < S.ParamsEnd;
  }

  /// Declarations first (they hoist within their scope), then references.
  Error resolve() {
    for (size_t I = 0; I < N; ++I) {
      if (T.DeclIn[I] < 0)
        continue;
      int B = bindingIn(T.DeclIn[I], Sig[I].Text, I);
      TokBinding[I] = B;
      Bindings[B].Keep |= T.Exported[I] || isKeyword(Sig[I].Text);
      Bindings[B].InParams |= inParams(T.Scopes[T.DeclIn[I]], I);
      ++Bindings[B].Count;
    }
    for (size_t I = 0; I < N; ++I) {
      if (!T.Ref[I])
        continue;
      int B = -1;
      SmallVector<int, 8> Path;
      for (int S = T.TokScope[I]; S >= 0; S = T.Scopes[S].Parent) {
        auto It = Scopes[S].Declared.find(Sig[I].Text);
        if (It != Scopes[S].Declared.end()) {
          B = It->second;
          if (inParams(T.Scopes[S], I) && !Bindings[B].InParams)
            return cannotMinify(Sig[I].Line,
                                "a parameter default that names '" +
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
    return Error::success();
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
    for (Names &S : Scopes) {
      StringSet<> Outer; // names of outer variables used in here
      for (int B : S.Seen)
        Outer.insert(Bindings[B].Short);
      std::vector<int> Own;
      for (const auto &E : S.Declared)
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
    switch (T.Shorthand[I]) {
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
  Expected<ScopeTree> T = analyzeScopes(Tokens);
  if (!T)
    return T.takeError();
  return Renamer(Tokens, std::move(*T)).run();
}

} // namespace wasmport::js::minify
