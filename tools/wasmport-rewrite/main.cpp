//===- wasmport-rewrite - Source-to-source wasmport, without a plugin -----===//
//
//   wasmport-rewrite SRC... --out-dir DIR [-p BUILD_DIR] [-- COMPILER_FLAGS]
//
// Runs the same Collector and thunk emitter as the plugin over each source
// (LibTooling) and writes DIR/<stem>.wasmport.cpp, which includes the
// original source and appends the thunks, so any Clang (em++ included)
// compiles it without the plugin, and DIR/<stem>.wasmport.json, the
// manifest. Both name files relative to DIR (the source tree moves with
// them: distcc, icecream), and the include is compiled with the
// unknown-attribute warning off, the tool itself having reported every
// unknown attribute that is not wasmport's. Sources with errors produce no
// output and exit status 1.
//
//===----------------------------------------------------------------------===//
#include "Frontend/Attributes.h"
#include "Frontend/Collector.h"
#include "Manifest/Manifest.h"
#include "Manifest/Verify.h"
#include "Thunks/ThunkEmitter.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/DeclGroup.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Sema/SemaConsumer.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace llvm;
using namespace wasmport;

namespace {

cl::OptionCategory Category("wasmport-rewrite options");
cl::opt<std::string> OutDir("out-dir", cl::Required,
                            cl::desc("Directory for <stem>.wasmport.cpp/.json"),
                            cl::value_desc("dir"), cl::cat(Category));
cl::opt<bool> KeepTests("tests",
                        cl::desc("Keep the [[wasmport::test]] functions (as "
                                 "-fplugin-arg-wasmport-tests does)"),
                        cl::cat(Category));

void writeFile(DiagnosticsEngine &DE, StringRef Path, StringRef Text) {
  std::error_code EC;
  raw_fd_ostream OS(Path, EC, sys::fs::OF_Text);
  if (EC) {
    DE.Report(DE.getCustomDiagID(DiagnosticsEngine::Error,
                                 "cannot write '%0': %1"))
        << Path << EC.message();
    return;
  }
  OS << Text;
}

/// Path as the outputs in Dir name it: relative to Dir when the two share
/// more than the root ("/work/p/src/a.cpp" from "/work/p/out" is
/// "../src/a.cpp"), so that moving the tree that holds both keeps the text;
/// else (a system header) absolute. Both paths are absolute; the result uses
/// '/' on every host.
std::string relativeTo(StringRef Path, StringRef Dir) {
  SmallString<256> P(Path), D(Dir);
  sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  sys::path::remove_dots(D, /*remove_dot_dot=*/true);
  SmallVector<StringRef, 16> PC(sys::path::begin(P), sys::path::end(P));
  SmallVector<StringRef, 16> DC(sys::path::begin(D), sys::path::end(D));
  size_t Common = 0;
  while (Common < PC.size() && Common < DC.size() && PC[Common] == DC[Common])
    ++Common;
  // Components: the root first, then the directories.
  if (Common < 2)
    return sys::path::convert_to_slash(P);
  std::string Out;
  for (size_t I = Common; I < DC.size(); ++I)
    Out += "../";
  for (size_t I = Common; I < PC.size(); ++I) {
    Out += PC[I].str();
    if (I + 1 < PC.size())
      Out += "/";
  }
  return Out.empty() ? "." : Out;
}

/// Every Location in M, for naming files relative to the output directory.
template <typename Fn> void forEachLocation(manifest::Manifest &M, Fn F) {
  auto Function = [&](manifest::Function &Fun) { F(Fun.Loc); };
  for (manifest::Function &Fun : M.Functions)
    Function(Fun);
  for (manifest::Function &Fun : M.Starts)
    Function(Fun);
  for (manifest::Class &C : M.Classes) {
    F(C.Loc);
    for (manifest::Function &Fun : C.Constructors)
      Function(Fun);
    for (manifest::Function &Fun : C.Methods)
      Function(Fun);
  }
  for (manifest::Import &I : M.Imports)
    F(I.Loc);
  for (manifest::Enum &E : M.Enums)
    F(E.Loc);
  for (manifest::ValueStruct &V : M.Values)
    F(V.Loc);
}

class RewriteConsumer : public SemaConsumer {
public:
  RewriteConsumer(CompilerInstance &CI, std::string Source)
      : CI(CI), Source(std::move(Source)) {}

  void InitializeSema(Sema &S) override {
    Collector = std::make_unique<wasmport::frontend::Collector>(S);
    Collector->keepTests(KeepTests);
  }
  void ForgetSema() override { Collector.reset(); }

  bool HandleTopLevelDecl(DeclGroupRef DG) override {
    for (Decl *D : DG)
      Collector->take(D);
    return true;
  }

  void HandleTranslationUnit(ASTContext &) override {
    if (!Collector || CI.getDiagnostics().hasErrorOccurred())
      return;
    std::optional<manifest::Manifest> M = Collector->collect();
    if (!M)
      return;
    DiagnosticsEngine &DE = CI.getDiagnostics();
    // The Collector writes only valid manifests; one that is not is a bug in
    // wasmport, reported rather than written.
    if (Error E = manifest::verify(*M)) {
      DE.Report(DE.getCustomDiagID(DiagnosticsEngine::Error,
                                   "wasmport internal error: %0"))
          << toString(std::move(E));
      return;
    }
    SmallString<256> Base(OutDir);
    sys::path::append(Base, sys::path::stem(Source));
    // Files are named relative to the output directory, in the include, the
    // thunks' comments and the manifest alike: the outputs move with the
    // source tree and compile elsewhere byte for byte (distcc, icecream).
    // A relative loc.file is relative to the compile command's directory,
    // the tool's working directory while it runs that command.
    auto InDir = [&](StringRef File) {
      SmallString<256> Abs(File);
      if (CI.getFileManager().getVirtualFileSystem().makeAbsolute(Abs))
        sys::fs::make_absolute(Abs);
      return relativeTo(Abs, OutDir);
    };
    forEachLocation(*M, [&](manifest::Location &L) {
      if (!L.File.empty())
        L.File = InDir(L.File);
    });

    // The source's own annotations are unknown to a compiler without the
    // plugin. Its other unknown attributes have been reported by this parse,
    // made with the same flags (an error under -Werror, and then no output),
    // so the compile of the output turns the warning off for the source
    // alone; the thunks after it are compiled with the user's warnings.
    std::string Cpp;
    raw_string_ostream OS(Cpp);
    OS << "// generated by wasmport-rewrite — do not edit\n"
       << "#pragma clang diagnostic push\n"
       << "#pragma clang diagnostic ignored \"-Wunknown-attributes\"\n"
       << "#include \"" << InDir(Source) << "\"\n"
       << "#pragma clang diagnostic pop\n";
    thunks::emitThunks(*M, OS);
    writeFile(DE, (Base + ".wasmport.cpp").str(), Cpp);
    writeFile(DE, (Base + ".wasmport.json").str(),
              manifest::toJSONText(*M, /*Pretty=*/true) + "\n");
  }

private:
  CompilerInstance &CI;
  std::string Source;
  std::unique_ptr<wasmport::frontend::Collector> Collector;
};

class RewriteAction : public ASTFrontendAction {
protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef InFile) override {
    return std::make_unique<RewriteConsumer>(CI, InFile.str());
  }
};

/// The classifier needs wasm32's type sizes, and clang's own headers.
tooling::ArgumentsAdjuster wasmDefaults() {
  return [](const tooling::CommandLineArguments &Args, StringRef) {
    tooling::CommandLineArguments Out = Args;
    bool HasTarget = any_of(Args, [](StringRef A) {
      return A.starts_with("--target") || A == "-target";
    });
    if (!HasTarget)
      Out.insert(Out.begin() + 1, "--target=wasm32-wasi");
    if (none_of(Args, [](StringRef A) { return A.starts_with("-resource-dir"); }))
      Out.push_back("-resource-dir=" WASMPORT_CLANG_RESOURCE_DIR);
    // The source is parsed without its thunks, which define the marker that
    // <wasmport/wasmport.h> declares.
    Out.push_back("-Wno-undefined-internal");
    return Out;
  };
}

} // namespace

int main(int argc, const char **argv) {
  wasmport::frontend::registerAttributes();
  auto Parser = tooling::CommonOptionsParser::create(
      argc, argv, Category, cl::OneOrMore,
      "wasmport-rewrite: C++ sources with wasmport attributes to sources with "
      "bindings, for builds that cannot load the plugin\n");
  if (!Parser) {
    errs() << "wasmport-rewrite: error: " << toString(Parser.takeError())
           << "\n";
    return 1;
  }
  if (std::error_code EC = sys::fs::create_directories(OutDir)) {
    errs() << "wasmport-rewrite: error: cannot create '" << OutDir
           << "': " << EC.message() << "\n";
    return 1;
  }
  // ClangTool runs each compile command in its directory (-p), so a
  // relative --out-dir would name a different directory per command.
  SmallString<256> AbsOutDir(OutDir);
  sys::fs::make_absolute(AbsOutDir);
  OutDir = std::string(AbsOutDir);
  tooling::ClangTool Tool(Parser->getCompilations(),
                          Parser->getSourcePathList());
  Tool.appendArgumentsAdjuster(wasmDefaults());
  return Tool.run(tooling::newFrontendActionFactory<RewriteAction>().get()) ? 1
                                                                            : 0;
}
