//===- Injection.cpp - Same-TU thunk injection ----------------------------===//
//
// Why two pragmas: a pragma runs while the parser looks one token ahead, so
// when `sync` fires the last user declaration may still be incomplete. The
// buffer it enters starts with a complete declaration (a static_assert);
// by the time the token after it is lexed (`#pragma wasmport emit`), every
// user declaration has been finished and handed to the consumer.
//
//===----------------------------------------------------------------------===//
#include "Injection.h"

#include "Frontend/Collector.h"
#include "Manifest/Manifest.h"
#include "Manifest/Naming.h"
#include "Manifest/Verify.h"
#include "Support/ClangCompat.h"
#include "Thunks/ThunkEmitter.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclGroup.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Lex/Pragma.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Sema/Scope.h"
#include "clang/Sema/Sema.h"
#include "clang/Sema/SemaConsumer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace llvm;

namespace wasmport::plugin {

namespace {

/// Everything one translation unit needs; shared by the consumer and the
/// pragma handlers, which the CompilerInstance owns separately.
struct TUState {
  TUState(CompilerInstance &CI, const Options &Opts) : CI(CI), Opts(Opts) {}
  CompilerInstance &CI;
  Options Opts;
  std::unique_ptr<frontend::Collector> Collector;
  clang::Sema *Sema = nullptr;
};

class Consumer : public SemaConsumer {
public:
  explicit Consumer(std::shared_ptr<TUState> State) : State(std::move(State)) {}

  void InitializeSema(Sema &S) override {
    State->Collector = std::make_unique<frontend::Collector>(S);
    State->Collector->keepTests(State->Opts.KeepTests);
    State->Sema = &S;
  }
  void ForgetSema() override {
    State->Collector.reset();
    State->Sema = nullptr;
  }

  bool HandleTopLevelDecl(DeclGroupRef DG) override {
    if (State->Collector)
      for (Decl *D : DG)
        State->Collector->take(D);
    return true;
  }

  // Member functions defined inside their class arrive here, before the
  // class itself does.
  void HandleInlineFunctionDefinition(FunctionDecl *D) override {
    if (State->Collector)
      State->Collector->take(D);
  }

private:
  std::shared_ptr<TUState> State;
};

/// Enters Text as a new buffer named Name, as if #included at Loc.
void enterBuffer(Preprocessor &PP, StringRef Text, StringRef Name,
                 SourceLocation Loc) {
  SourceManager &SM = PP.getSourceManager();
  FileID FID = SM.createFileID(MemoryBuffer::getMemBufferCopy(Text, Name),
                               SrcMgr::C_User, 0, 0, Loc);
  PP.EnterSourceFile(FID, nullptr, Loc);
}

class SyncPragma : public PragmaHandler {
public:
  SyncPragma() : PragmaHandler("sync") {}
  void HandlePragma(Preprocessor &PP, PragmaIntroducer Introducer,
                    Token &Tok) override {
    PP.DiscardUntilEndOfDirective();
    enterBuffer(PP,
                "static_assert(true, \"wasmport: end of user declarations\");\n"
                "#pragma wasmport emit\n",
                "<wasmport sync>", Introducer.Loc);
  }
};

/// Writes Text to Path; a directory gets <input stem><Suffix> inside it.
void writeSideFile(const TUState &State, StringRef Path, StringRef Suffix,
                   StringRef Text) {
  SmallString<256> P(Path);
  if (sys::fs::is_directory(P))
    sys::path::append(
        P, sys::path::stem(State.CI.getFrontendOpts().Inputs.front().getFile()) +
               Suffix);
  std::error_code EC;
  raw_fd_ostream OS(P, EC, sys::fs::OF_Text);
  if (EC) {
    DiagnosticsEngine &DE = State.CI.getDiagnostics();
    DE.Report(DE.getCustomDiagID(DiagnosticsEngine::Error,
                                 "cannot write '%0': %1"))
        << P << EC.message();
    return;
  }
  OS << Text;
}

/// False when the main file ends inside a declaration (a missing '}'): the
/// thunks would land inside it and bury the one error Clang reports at the
/// end of the file under errors from generated code.
bool atFileScope(Sema &S) {
  const Scope *Sc = S.getCurScope();
  return Sc && !Sc->getParent() && S.CurContext &&
         S.CurContext->isTranslationUnit();
}

/// True when namespace wasmport declares every one of \p Names.
bool declaresInWasmport(Sema &S, ArrayRef<StringRef> Names) {
  ASTContext &Ctx = S.getASTContext();
  for (NamedDecl *D : Ctx.getTranslationUnitDecl()->lookup(
           &Ctx.Idents.get("wasmport")))
    if (auto *NS = dyn_cast<NamespaceDecl>(D))
      return llvm::all_of(Names, [&](StringRef Name) {
        return !NS->lookup(&Ctx.Idents.get(Name)).empty();
      });
  return false;
}

/// True when the translation unit declares wasmport::wire (it included
/// <wasmport/wasmport.h>).
bool declaresWasmport(Sema &S) { return declaresInWasmport(S, {"wire"}); }

class EmitPragma : public PragmaHandler {
public:
  explicit EmitPragma(std::shared_ptr<TUState> State)
      : PragmaHandler("emit"), State(std::move(State)) {}

  void HandlePragma(Preprocessor &PP, PragmaIntroducer Introducer,
                    Token &Tok) override {
    PP.DiscardUntilEndOfDirective();
    if (!State->Collector || !atFileScope(*State->Sema))
      return;
    if (!State->CI.getLangOpts().CPlusPlus17) {
      // The thunks need C++17: none are emitted, and <wasmport/config.h>
      // reports it, once (nothing, when an included header already did).
      enterBuffer(PP, "#include <wasmport/config.h>\n", "<wasmport thunks>",
                  Introducer.Loc);
      return;
    }
    std::optional<manifest::Manifest> M = State->Collector->collect();
    if (!M)
      return; // Errors were reported: emit nothing.
    // The Collector writes only valid manifests; one that is not is a bug in
    // wasmport, reported rather than emitted.
    if (Error E = manifest::verify(*M)) {
      DiagnosticsEngine &DE = State->CI.getDiagnostics();
      DE.Report(DE.getCustomDiagID(DiagnosticsEngine::Error,
                                   "wasmport internal error: %0"))
          << toString(std::move(E));
      return;
    }
    if (!State->Opts.ManifestPath.empty())
      writeSideFile(*State, State->Opts.ManifestPath, ".wasmport.json",
                    manifest::toJSONText(*M, /*Pretty=*/true) + "\n");
    if (!PP.getTargetInfo().getTriple().isWasm())
      return; // The thunks and the custom section exist only on wasm.
    std::string Source;
    raw_string_ostream OS(Source);
    // A preprocessed input (-save-temps, a .ii, ccache without its second
    // preprocessor run) holds the headers already, and the compiler has no
    // include path for it.
    bool Preprocessed =
        State->CI.getFrontendOpts().Inputs.front().getKind().isPreprocessed();
    if (Preprocessed && !M->empty() && !declaresWasmport(*State->Sema)) {
      DiagnosticsEngine &DE = State->CI.getDiagnostics();
      DE.Report(Introducer.Loc,
                DE.getCustomDiagID(DiagnosticsEngine::Error,
                                   "this preprocessed file has wasmport "
                                   "attributes but not <wasmport/wasmport.h>; "
                                   "include it in the source"));
      return;
    }
    // The thunks include the runtime headers this translation unit does not
    // have yet, known by what they declare (wasmport::wire from wire.h,
    // Closure from function.h, JsValue from jsvalue.h) rather than by their
    // include guards: a source preprocessed elsewhere then compiles without
    // an include path whether its macros are gone (the client's `-E` output,
    // what Debian's icecream sends) or kept (-frewrite-includes text).
    bool HeadersIncluded =
        declaresInWasmport(*State->Sema, {"wire", "Closure", "JsValue"});
    thunks::emitThunks(*M, OS, /*Includes=*/!Preprocessed && !HeadersIncluded);
    if (!State->Opts.ThunksPath.empty())
      writeSideFile(*State, State->Opts.ThunksPath, ".wasmport.thunks.cpp",
                    Source);
    enterBuffer(PP, Source, "<wasmport thunks>", Introducer.Loc);
  }

private:
  std::shared_ptr<TUState> State;
};

/// Appends the sync pragma to the main file. The main file needs a fresh
/// FileID afterwards: the old one's extent was computed from the old buffer.
void appendSyncPragma(CompilerInstance &CI) {
  SourceManager &SM = CI.getSourceManager();
  FileID Main = SM.getMainFileID();
  auto Buf = SM.getBufferOrNone(Main); // std::optional (Optional in LLVM 14)
  if (!Buf)
    return;
  std::string Text = Buf->getBuffer().str();
  if (!Text.empty() && Text.back() != '\n')
    Text += '\n';
  Text += "#pragma wasmport sync\n";
  if (auto FE = SM.getFileEntryRefForID(Main)) { // OptionalFileEntryRef in 19
    SM.overrideFileContents(
        *FE, MemoryBuffer::getMemBufferCopy(Text, FE->getName()));
    SM.setMainFileID(SM.createFileID(*FE, SourceLocation(), SrcMgr::C_User));
    return;
  }
  // Standard input or an in-memory file.
  SM.setMainFileID(SM.createFileID(
      MemoryBuffer::getMemBufferCopy(Text, Buf->getBufferIdentifier())));
}

} // namespace

std::unique_ptr<ASTConsumer> installInjection(CompilerInstance &CI,
                                              const Options &Opts) {
  // A precompiled header is left as it is (annotations included); this
  // version collects only declarations parsed in the translation unit.
  if (CI.getLangOpts().CompilingPCH)
    return std::make_unique<ASTConsumer>();
  auto State = std::make_shared<TUState>(CI, Opts);
  compat::watchAttributeArguments(CI.getPreprocessor()); // Clang < 17 only
  if (CI.getLangOpts().CPlusPlus) {
    appendSyncPragma(CI);
    Preprocessor &PP = CI.getPreprocessor();
    PP.AddPragmaHandler("wasmport", new SyncPragma());
    PP.AddPragmaHandler("wasmport", new EmitPragma(State));
  }
  return std::make_unique<Consumer>(State);
}

} // namespace wasmport::plugin
