//===- Attributes.cpp - The [[wasmport::...]] attributes ------------------===//
//
// Trap (DESIGN.md 3): Clang decides whether to parse a plugin attribute's
// arguments by looking up its unscoped name, so each attribute is registered
// under its bare name too. A bare `[[export]]` is then ours to reject: it is
// reported as an unknown attribute, exactly as Clang would.
//
//===----------------------------------------------------------------------===//
#include "Frontend/Attributes.h"

#include "Frontend/Diagnostics.h"
#include "Support/ClangCompat.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/DiagnosticSema.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/LiteralSupport.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Sema/ParsedAttr.h"
#include "clang/Sema/Sema.h"
#include "llvm/Support/JSON.h"

using namespace clang;
using namespace llvm;

namespace wasmport::frontend {

StringRef attrName(AttrKind K) {
  switch (K) {
  case AttrKind::Export: return "export";
  case AttrKind::Import: return "import";
  case AttrKind::Skip: return "skip";
  case AttrKind::Start: return "start";
  case AttrKind::Value: return "value";
  case AttrKind::Getter: return "getter";
  case AttrKind::Setter: return "setter";
  case AttrKind::Constructor: return "constructor";
  case AttrKind::Rename: return "rename";
  case AttrKind::Test: return "test";
  }
  llvm_unreachable("unknown AttrKind");
}

std::string quotedAttrName(AttrKind K) {
  return ("'wasmport::" + attrName(K) + "'").str();
}

static std::optional<AttrKind> attrKindFromName(StringRef Name) {
  for (AttrKind K : {AttrKind::Export, AttrKind::Import, AttrKind::Skip,
                     AttrKind::Start, AttrKind::Value, AttrKind::Getter,
                     AttrKind::Setter, AttrKind::Constructor,
                     AttrKind::Rename, AttrKind::Test})
    if (attrName(K) == Name)
      return K;
  return std::nullopt;
}

std::string encodeAnnotation(AttrKind K, ArrayRef<std::string> Args) {
  std::string Text = (AnnotationPrefix + attrName(K)).str();
  if (Args.empty())
    return Text;
  json::Array A;
  for (const std::string &S : Args)
    A.push_back(S);
  std::string Buf;
  raw_string_ostream(Buf) << json::Value(std::move(A));
  return Text + " " + Buf;
}

std::optional<Annotation> decodeAnnotation(const AnnotateAttr &A) {
  StringRef Text = A.getAnnotation();
  if (!Text.consume_front(AnnotationPrefix))
    return std::nullopt;
  auto [Name, ArgText] = Text.split(' ');
  std::optional<AttrKind> K = attrKindFromName(Name);
  if (!K)
    return std::nullopt;
  Annotation Out{*K, {}, A.getRange()};
  if (ArgText.empty())
    return Out;
  Expected<json::Value> V = json::parse(ArgText);
  if (!V) {
    consumeError(V.takeError());
    return std::nullopt;
  }
  if (const json::Array *Arr = V->getAsArray())
    for (const json::Value &E : *Arr)
      if (auto S = E.getAsString()) // std::optional (Optional in LLVM 14)
        Out.Args.push_back(S->str());
  return Out;
}

namespace {

/// What a wasmport attribute may be written on.
enum Subject : unsigned {
  OnFunction = 1, ///< Namespace-scope function.
  OnMethod = 2,   ///< Member function, constructor included.
  OnClass = 4,    ///< Class or struct.
  OnNamespace = 8,
  OnEnum = 16,
  OnField = 32,
  OnEnumerator = 64,
  OnAlias = 128, ///< Alias-declaration (`using X = ns::Type;`).
  /// Variable at namespace scope or static data member: a constant.
  OnVariable = 256,
};

bool hasSubject(const Decl *D, unsigned Subjects) {
  if (isa<CXXMethodDecl>(D))
    return Subjects & OnMethod;
  if (isa<FunctionDecl>(D))
    return Subjects & OnFunction;
  if (const auto *RD = dyn_cast<CXXRecordDecl>(D))
    return (Subjects & OnClass) && !RD->isUnion();
  if (isa<NamespaceDecl>(D))
    return Subjects & OnNamespace;
  if (isa<EnumDecl>(D))
    return Subjects & OnEnum;
  if (isa<FieldDecl>(D))
    return Subjects & OnField;
  if (isa<EnumConstantDecl>(D))
    return Subjects & OnEnumerator;
  if (isa<TypeAliasDecl>(D))
    return Subjects & OnAlias;
  if (const auto *V = dyn_cast<VarDecl>(D))
    return (Subjects & OnVariable) && !V->isLocalVarDeclOrParm();
  return false;
}

/// Whether V, a variable, is a function taking std::span written under a
/// standard without it: `int f(std::span<int> xs)` under C++17 is parsed as
/// a variable `f` with a parenthesized initializer, because `std::span<` is
/// no type there. Lexes the source raw: the initializer is not parsed yet.
bool isSpanFunctionBeforeCxx20(const Sema &S, const VarDecl &V) {
  const SourceManager &SM = S.getSourceManager();
  const LangOptions &LO = S.getLangOpts();
  auto Tok = Lexer::findNextToken(SM.getFileLoc(V.getLocation()), SM, LO);
  if (LO.CPlusPlus20 || !Tok || !Tok->is(tok::l_paren))
    return false;
  unsigned Depth = 1;
  bool AfterStd = false;
  // A bounded walk: parameter lists are short, and a stray parenthesis must
  // not make this scan the rest of the file.
  for (unsigned Steps = 0; Depth && Steps != 512; ++Steps) {
    Tok = Lexer::findNextToken(Tok->getLocation(), SM, LO);
    if (!Tok || Tok->is(tok::eof))
      break;
    if (Tok->is(tok::l_paren))
      ++Depth;
    else if (Tok->is(tok::r_paren))
      --Depth;
    else if (AfterStd && Tok->is(tok::raw_identifier) &&
             Tok->getRawIdentifier() == "span")
      return true;
    AfterStd = (Tok->is(tok::coloncolon) && AfterStd) ||
               (Tok->is(tok::raw_identifier) && Tok->getRawIdentifier() == "std");
  }
  return false;
}

bool isWasmportScope(const ParsedAttr &A) {
  const IdentifierInfo *Scope = A.getScopeName();
  return Scope && Scope->isStr("wasmport");
}

/// One wasmport attribute. Kind fixes the spelling and argument count;
/// SubjectsText names the Subjects in Clang's "only applies to" message.
class WasmportAttrInfo : public ParsedAttrInfo {
public:
  WasmportAttrInfo(frontend::AttrKind Which, ArrayRef<Spelling> Spellings,
                   unsigned MaxArgs, unsigned Subjects,
                   const char *SubjectsText)
      : Which(Which), Subjects(Subjects), SubjectsText(SubjectsText) {
    OptArgs = MaxArgs;
    this->Spellings = Spellings;
  }

  bool diagAppertainsToDecl(Sema &S, const ParsedAttr &A,
                            const Decl *D) const override {
    if (!isWasmportScope(A))
      return true;
    // A function taking std::span reads as a variable before C++20: say so
    // rather than that the variable is no constant.
    const auto *V = dyn_cast<VarDecl>(D);
    if (V && (Subjects & OnFunction) && isSpanFunctionBeforeCxx20(S, *V)) {
      report(S.getDiagnostics(), V->getLocation(), Diag::SpanNeedsCxx20)
          << V->getName() << A.getRange();
      return false;
    }
    if (hasSubject(D, Subjects))
      return true;
    // `[[wasmport::export]] using ::f;` (a Clang extension): what exports
    // a using-declaration is the namespace around it (Foreign.cpp).
    if (isa<UsingDecl>(D)) {
      report(S.getDiagnostics(), A.getLoc(), Diag::ForeignUsingAttribute)
          << quotedAttrName(Which) << A.getRange();
      return false;
    }
    compat::diagWrongDeclType(S, A, SubjectsText);
    return false;
  }

  bool diagAppertainsToStmt(Sema &S, const ParsedAttr &A,
                            const Stmt *St) const override {
    if (!isWasmportScope(A))
      return true;
    compat::diagWrongDeclType(S, A, SubjectsText);
    return false;
  }

  AttrHandling handleDeclAttribute(Sema &S, Decl *D,
                                   const ParsedAttr &A) const override {
#if CLANG_VERSION_MAJOR < 17
    const compat::KeptAttributeArgs *Kept =
        A.getNumArgs() ? nullptr
                       : compat::keptAttributeArguments(S.getPreprocessor(),
                                                        A.getRange().getEnd());
    if (Kept && !checkKeptArgCount(S, A, *Kept))
      return AttributeNotApplied;
#endif
    if (!isWasmportScope(A)) {
      S.Diag(A.getLoc(), diag::warn_unknown_attribute_ignored)
          << A << A.getRange();
      return AttributeNotApplied;
    }
    std::vector<std::string> Args;
#if CLANG_VERSION_MAJOR < 17
    if (Kept && !keptStringArgs(S, A, *Kept, Args))
      return AttributeNotApplied;
#endif
    for (unsigned I = 0, E = A.getNumArgs(); I != E; ++I) {
      const clang::StringLiteral *Lit = nullptr;
      SourceLocation Loc = A.getLoc();
      if (A.isArgExpr(I)) {
        Expr *Arg = A.getArgAsExpr(I);
        Loc = Arg->getBeginLoc();
        Lit = dyn_cast<clang::StringLiteral>(Arg->IgnoreParenImpCasts());
      } else if (IdentifierLoc *Id = A.getArgAsIdent(I)) {
        Loc = Id->Loc;
      }
      if (!Lit || !compat::isOrdinary(*Lit)) {
        reportNotString(S, A, Loc);
        return AttributeNotApplied;
      }
      Args.push_back(Lit->getString().str());
    }
    SourceRange Range = A.getRange();
#if CLANG_VERSION_MAJOR < 17
    if (Kept)
      Range.setEnd(Kept->RParenLoc);
#endif
    D->addAttr(AnnotateAttr::Create(S.Context, encodeAnnotation(Which, Args),
                                    nullptr, 0, Range));
    return AttributeApplied;
  }

private:
  void reportNotString(Sema &S, const ParsedAttr &A, SourceLocation Loc) const {
    report(S.getDiagnostics(), Loc,
           Which == frontend::AttrKind::Import ? Diag::ImportArgNotString
                                               : Diag::ArgNotIdentifierString)
        << A;
  }

#if CLANG_VERSION_MAJOR < 17
  // The arguments this Clang skipped (compat::watchAttributeArguments),
  // checked as Clang 19 checks parsed ones: the count first, as Sema does,
  // then each argument as the loop in handleDeclAttribute does.
  bool checkKeptArgCount(Sema &S, const ParsedAttr &A,
                         const compat::KeptAttributeArgs &Kept) const {
    if (Kept.Args.size() <= OptArgs)
      return true;
    if (OptArgs == 0)
      S.Diag(A.getLoc(), diag::err_attribute_wrong_number_arguments) << A << 0;
    else
      S.Diag(A.getLoc(), diag::err_attribute_too_many_arguments)
          << A << OptArgs;
    return false;
  }

  bool keptStringArgs(Sema &S, const ParsedAttr &A,
                      const compat::KeptAttributeArgs &Kept,
                      std::vector<std::string> &Args) const {
    for (const auto &Toks : Kept.Args) {
      bool Literal = !Toks.empty() && all_of(Toks, [](const Token &T) {
        return T.is(tok::string_literal); // "..." (adjacent ones concatenate)
      });
      if (Literal) {
        StringLiteralParser P(Toks, S.getPreprocessor());
        if (!P.hadError) {
          Args.push_back(P.GetString().str());
          continue;
        }
      }
      reportNotString(S, A, Toks.empty() ? A.getLoc() : Toks[0].getLocation());
      return false;
    }
    return true;
  }
#endif

  frontend::AttrKind Which;
  unsigned Subjects;
  const char *SubjectsText;
};

#define WASMPORT_SPELLINGS(NAME)                                               \
  static constexpr ParsedAttrInfo::Spelling NAME##Spellings[] = {              \
      {ParsedAttr::AS_CXX11, "wasmport::" #NAME},                              \
      {ParsedAttr::AS_CXX11, #NAME}};

WASMPORT_SPELLINGS(export)
WASMPORT_SPELLINGS(import)
WASMPORT_SPELLINGS(skip)
WASMPORT_SPELLINGS(start)
WASMPORT_SPELLINGS(value)
WASMPORT_SPELLINGS(getter)
WASMPORT_SPELLINGS(setter)
WASMPORT_SPELLINGS(constructor)
WASMPORT_SPELLINGS(rename)
WASMPORT_SPELLINGS(test)
#undef WASMPORT_SPELLINGS

#define WASMPORT_ATTR(NAME, KIND, MAXARGS, SUBJECTS, SUBJECTS_TEXT)            \
  struct NAME##AttrInfo : WasmportAttrInfo {                                   \
    NAME##AttrInfo()                                                           \
        : WasmportAttrInfo(frontend::AttrKind::KIND, NAME##Spellings, MAXARGS, \
                           SUBJECTS, SUBJECTS_TEXT) {}                         \
  };                                                                           \
  ParsedAttrInfoRegistry::Add<NAME##AttrInfo>                                  \
      NAME##Registration("wasmport-" #NAME, "[[wasmport::" #NAME "]]");

WASMPORT_ATTR(export, Export, 1,
              OnFunction | OnMethod | OnClass | OnNamespace | OnEnum |
                  OnEnumerator | OnAlias | OnVariable,
              "functions, classes, enums, enumerators, constants and "
              "namespaces")
// On a member function: a member of an imported class (the Collector checks).
WASMPORT_ATTR(import, Import, 2, OnFunction | OnMethod | OnClass,
              "functions declared without a body and classes")
// On an alias of a foreign class: skip("member") (Foreign.cpp checks).
WASMPORT_ATTR(skip, Skip, 1,
              OnMethod | OnField | OnFunction | OnClass | OnEnum | OnAlias |
                  OnVariable,
              "members of exported classes and declarations in exported "
              "namespaces")
WASMPORT_ATTR(start, Start, 0, OnFunction, "functions")
WASMPORT_ATTR(value, Value, 0, OnClass | OnAlias, "structs and classes")
WASMPORT_ATTR(getter, Getter, 1, OnMethod, "member functions")
WASMPORT_ATTR(setter, Setter, 1, OnMethod, "member functions")
WASMPORT_ATTR(constructor, Constructor, 0, OnMethod, "member functions")
WASMPORT_ATTR(rename, Rename, 2, OnAlias, "alias-declarations")
WASMPORT_ATTR(test, Test, 1, OnFunction, "functions")
#undef WASMPORT_ATTR

} // namespace

void registerAttributes() {
  // The registry entries above are constructed when this object file is
  // loaded; referencing this function keeps the file in static links.
}

} // namespace wasmport::frontend
