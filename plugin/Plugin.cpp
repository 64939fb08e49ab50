//===- Plugin.cpp - The wasmport Clang plugin entry point -----------------===//
//
// `clang++ -fplugin=wasmport-plugin.so` loads this file's registrations: the
// [[wasmport::...]] attributes (lib/Frontend/Attributes.cpp) and the
// "wasmport" action, which runs before the main action and injects the
// generated thunks into the translation unit (Injection.cpp).
//
// Arguments: -fplugin-arg-wasmport-manifest=PATH writes the TU's manifest,
// -fplugin-arg-wasmport-thunks=PATH the generated C++ (for inspection),
// -fplugin-arg-wasmport-tests keeps the [[wasmport::test]] functions.
//
//===----------------------------------------------------------------------===//
#include "Injection.h"

#include "Frontend/Attributes.h"

#include "clang/Frontend/FrontendPluginRegistry.h"

using namespace clang;

namespace wasmport::plugin {
namespace {

class WasmportAction : public PluginASTAction {
protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef) override {
    return installInjection(CI, Opts);
  }

  bool ParseArgs(const CompilerInstance &CI,
                 const std::vector<std::string> &Args) override {
    frontend::registerAttributes();
    DiagnosticsEngine &DE = CI.getDiagnostics();
    for (StringRef Arg : Args) {
      if (Arg == "tests") {
        Opts.KeepTests = true;
        continue;
      }
      auto [Key, Value] = Arg.split('=');
      std::string *Dest = Key == "manifest" ? &Opts.ManifestPath
                          : Key == "thunks" ? &Opts.ThunksPath
                                            : nullptr;
      if (!Dest) {
        DE.Report(DE.getCustomDiagID(DiagnosticsEngine::Error,
                                     "unknown wasmport plugin argument '%0'; "
                                     "accepted: manifest=PATH, thunks=PATH, tests"))
            << Arg;
        return false;
      }
      if (Value.empty()) {
        DE.Report(DE.getCustomDiagID(DiagnosticsEngine::Error,
                                     "-fplugin-arg-wasmport-%0= needs a path"))
            << Key;
        return false;
      }
      *Dest = Value.str();
    }
    return true;
  }

  ActionType getActionType() override { return AddBeforeMainAction; }

private:
  Options Opts;
};

} // namespace
} // namespace wasmport::plugin

static FrontendPluginRegistry::Add<wasmport::plugin::WasmportAction>
    Registration("wasmport", "generate wasmport bindings for annotated C++");
