//===- ClangCompat.cpp - Type names and attribute arguments before 19 -----===//
//
// See ClangCompat.h. The attribute arguments kept before Clang 17 belong to
// one Preprocessor (one translation unit): the watcher, which the
// Preprocessor owns, registers them under its address and removes them when
// it is destroyed with the Preprocessor.
//
//===----------------------------------------------------------------------===//
#include "Support/ClangCompat.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/QualTypeNames.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/DenseMap.h"

#include <memory>
#include <mutex>

using namespace clang;

namespace wasmport::compat {

#if CLANG_VERSION_MAJOR < 19
/// T without the UsingTypes that getFullyQualifiedName does not look through.
static QualType withoutUsingTypes(QualType T, const ASTContext &Ctx) {
  Qualifiers Q = T.getLocalQualifiers();
  const Type *Ty = T.getTypePtr();
  if (const auto *ET = dyn_cast<ElaboratedType>(Ty))
    if (isa<UsingType>(ET->getNamedType().getTypePtr()))
      Ty = ET->getNamedType().getTypePtr();
  QualType Out;
  if (const auto *UT = dyn_cast<UsingType>(Ty))
    Out = withoutUsingTypes(UT->desugar(), Ctx);
  else if (const auto *PT = dyn_cast<PointerType>(Ty))
    Out = Ctx.getPointerType(withoutUsingTypes(PT->getPointeeType(), Ctx));
  else if (const auto *LR = dyn_cast<LValueReferenceType>(Ty))
    Out = Ctx.getLValueReferenceType(
        withoutUsingTypes(LR->getPointeeTypeAsWritten(), Ctx));
  else if (const auto *RR = dyn_cast<RValueReferenceType>(Ty))
    Out = Ctx.getRValueReferenceType(
        withoutUsingTypes(RR->getPointeeTypeAsWritten(), Ctx));
  else
    return T;
  return Ctx.getQualifiedType(Out, Q); // adds Q to Out's own qualifiers
}
#endif

std::string getFullyQualifiedName(QualType T, const ASTContext &Ctx,
                                  const PrintingPolicy &Policy,
                                  bool WithGlobalNsPrefix) {
#if CLANG_VERSION_MAJOR < 19
  T = withoutUsingTypes(T, Ctx);
#endif
  return TypeName::getFullyQualifiedName(T, Ctx, Policy, WithGlobalNsPrefix);
}

#if CLANG_VERSION_MAJOR < 17

namespace {

using KeptMap = llvm::DenseMap<unsigned, KeptAttributeArgs>; // by raw location

std::mutex RegistryMutex;
llvm::DenseMap<const Preprocessor *, KeptMap *> &registry() {
  static llvm::DenseMap<const Preprocessor *, KeptMap *> R;
  return R;
}

/// The watcher: a small state machine over the tokens the parser reads.
class Watcher {
public:
  explicit Watcher(const Preprocessor &PP) : PP(&PP), Kept(new KeptMap) {
    std::lock_guard<std::mutex> Lock(RegistryMutex);
    registry()[this->PP] = Kept.get();
  }
  Watcher(Watcher &&O) : PP(O.PP), Kept(std::move(O.Kept)) { O.PP = nullptr; }
  Watcher(const Watcher &) = delete;
  ~Watcher() {
    if (!PP)
      return;
    std::lock_guard<std::mutex> Lock(RegistryMutex);
    auto It = registry().find(PP);
    if (It != registry().end() && It->second == Kept.get())
      registry().erase(It);
  }

  void operator()(const Token &Tok) {
    if (Depth) {
      capture(Tok);
    } else if (InAttribute) {
      if (Tok.is(tok::l_paren) && startsArguments()) {
        Depth = 1;
        NameLoc = Last[0].getLocation();
        Kept1 = KeptAttributeArgs();
      } else if (Tok.is(tok::r_square) && Last[0].is(tok::r_square)) {
        InAttribute = UsingWasmport = false;
      } else if (Tok.is(tok::colon) && Last[1].is(tok::kw_using) &&
                 isWasmport(Last[0])) {
        UsingWasmport = true;
      }
    } else if (Tok.is(tok::l_square) && Last[0].is(tok::l_square)) {
      InAttribute = true;
    }
    Last[2] = Last[1];
    Last[1] = Last[0];
    Last[0] = Tok;
  }

private:
  static bool isWasmport(const Token &T) {
    const IdentifierInfo *II = T.getIdentifierInfo();
    return T.is(tok::identifier) && II && II->isStr("wasmport");
  }

  /// `wasmport::NAME(`, or `NAME(` after `[[using wasmport:` (NAME may be a
  /// keyword: export).
  bool startsArguments() const {
    if (!Last[0].getIdentifierInfo())
      return false;
    if (Last[1].is(tok::coloncolon))
      return isWasmport(Last[2]);
    return UsingWasmport && Last[1].isOneOf(tok::colon, tok::comma);
  }

  void capture(const Token &Tok) {
    if (Tok.isOneOf(tok::l_paren, tok::l_square, tok::l_brace)) {
      ++Depth;
    } else if (Tok.isOneOf(tok::r_paren, tok::r_square, tok::r_brace)) {
      if (--Depth == 0) {
        Kept1.RParenLoc = Tok.getLocation();
        (*Kept)[NameLoc.getRawEncoding()] = std::move(Kept1);
        return;
      }
    } else if (Depth == 1 && Tok.is(tok::comma)) {
      if (Kept1.Args.empty())
        Kept1.Args.emplace_back(); // `(, x)`: an empty first argument
      Kept1.Args.emplace_back();
      return;
    }
    if (Kept1.Args.empty())
      Kept1.Args.emplace_back();
    Kept1.Args.back().push_back(Tok);
  }

  const Preprocessor *PP;
  std::unique_ptr<KeptMap> Kept;
  Token Last[3] = {};
  bool InAttribute = false, UsingWasmport = false;
  unsigned Depth = 0;
  SourceLocation NameLoc;
  KeptAttributeArgs Kept1; ///< The attribute being read.
};

} // namespace

void watchAttributeArguments(Preprocessor &PP) {
  PP.setTokenWatcher(Watcher(PP));
}

const KeptAttributeArgs *keptAttributeArguments(const Preprocessor &PP,
                                                SourceLocation NameLoc) {
  std::lock_guard<std::mutex> Lock(RegistryMutex);
  auto It = registry().find(&PP);
  if (It == registry().end())
    return nullptr;
  auto Arg = It->second->find(NameLoc.getRawEncoding());
  return Arg == It->second->end() ? nullptr : &Arg->second;
}

#else

void watchAttributeArguments(Preprocessor &) {}

const KeptAttributeArgs *keptAttributeArguments(const Preprocessor &,
                                                SourceLocation) {
  return nullptr;
}

#endif

} // namespace wasmport::compat
