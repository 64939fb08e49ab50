//===- wasmport-js - JS glue and .d.ts from a module's wasmport section ---===//
//
//   wasmport-js IN.wasm --out-dir DIR [--target node|web|bundler]
//               [--out-name NAME] [--no-typescript] [--minify]
//               [--pkg [--pkg-name NAME] [--pkg-version VERSION]]
//
// Reads the module (JS/Input.h: LLVM's Wasm object reader, the manifest
// fragments of its "wasmport" custom section merged), plans and prints the ES
// module and its .d.ts, and writes the module without that section. Every failure
// is one line `wasmport-js: error: ...` and exit status 1; nothing is written
// unless everything succeeded.
//
//===----------------------------------------------------------------------===//
#include "JS/Input.h"
#include "JS/Minify.h"
#include "JS/Plan.h"
#include "JS/Printers.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace wasmport;

namespace {

cl::OptionCategory Category("wasmport-js options");

cl::opt<std::string> Input(cl::Positional,
                           cl::desc("<module.wasm | manifest.json>"),
                           cl::cat(Category));
cl::opt<std::string> OutDir("out-dir",
                            cl::desc("Directory to write the package to"),
                            cl::value_desc("dir"), cl::cat(Category));
cl::opt<std::string> TargetName(
    "target",
    cl::desc("Where the module runs: node (ready after import), web (`await "
             "init()` first; the default) or bundler (ready after import, "
             "top-level await)"),
    cl::value_desc("node|web|bundler"), cl::init("web"), cl::cat(Category));
cl::opt<std::string> OutName("out-name",
                             cl::desc("Base name of the output files "
                                      "(default: the input's stem)"),
                             cl::value_desc("name"), cl::cat(Category));
cl::opt<bool> NoTypeScript("no-typescript", cl::desc("Do not write a .d.ts"),
                           cl::cat(Category));
cl::opt<bool> ZeroCopySpans(
    "zero-copy-spans",
    cl::desc("Return std::span results as views of wasm memory instead of "
             "copies (unsafe: a view is valid only while C++ keeps the memory "
             "and memory does not grow; see docs/Types.md)"),
    cl::cat(Category));
cl::opt<bool> StressMemory(
    "stress-memory",
    cl::desc("Testing aid: grow wasm memory after every call the glue makes "
             "into the module, so that a stale view of memory fails at once "
             "(slow; see docs/Runtime.md)"),
    cl::cat(Category));
cl::opt<bool> Tests(
    "tests",
    cl::desc("For wasmport-test: also export the module's [[wasmport::test]] "
             "functions, as wasmportTest0, wasmportTest1, ..., and list them "
             "in NAME.tests.json"),
    cl::cat(Category));
cl::opt<bool> Minify(
    "minify",
    cl::desc("Write compact JS: no comments, indentation or unneeded line "
             "breaks, the glue's own names shortened (docs/Runtime.md)"),
    cl::cat(Category));
cl::opt<bool> Pkg("pkg",
                  cl::desc("Write a package.json that makes the output "
                           "directory an installable npm package (npm pack)"),
                  cl::cat(Category));
cl::opt<std::string> PkgName("pkg-name",
                             cl::desc("With --pkg: the package's name "
                                      "(default: the output name, lowercased)"),
                             cl::value_desc("name"), cl::cat(Category));
cl::opt<std::string> PkgVersion("pkg-version",
                                cl::desc("With --pkg: the package's version "
                                         "(default: 0.0.0)"),
                                cl::value_desc("version"), cl::init("0.0.0"),
                                cl::cat(Category));

[[noreturn]] void fail(const Twine &Msg) {
  errs() << "wasmport-js: error: " << Msg << "\n";
  exit(1);
}

template <typename T> T check(Expected<T> V, const Twine &Context = "") {
  if (!V) {
    std::string Msg = toString(V.takeError());
    fail(Context.isTriviallyEmpty() ? Twine(Msg) : Context + ": " + Msg);
  }
  return std::move(*V);
}

void writeFile(StringRef Path, StringRef Text) {
  std::error_code EC;
  raw_fd_ostream OS(Path, EC, sys::fs::OF_None);
  if (EC)
    fail("cannot write '" + Path + "': " + EC.message());
  OS << Text;
  OS.close();
  if (OS.has_error())
    fail("cannot write '" + Path + "': " + OS.error().message());
}

/// package.json marks the directory as ES modules (DESIGN.md 1.2: the
/// output directory is the package); Text replaces the minimal one (--pkg).
/// Replacing one that wasmport did not write gets a warning.
void writePackageJson(StringRef Dir, StringRef Name, std::string Text = "") {
  SmallString<256> Path(Dir);
  sys::path::append(Path, "package.json");
  constexpr StringLiteral Marker = "\"//\": \"generated by wasmport\"";
  if (auto Old = MemoryBuffer::getFile(Path);
      Old && !(*Old)->getBuffer().contains(Marker))
    WithColor::warning(errs(), "wasmport-js")
        << "replacing " << Path << ", which wasmport did not write\n";
  if (Text.empty()) {
    raw_string_ostream OS(Text);
    json::OStream J(OS, 2);
    J.object([&] {
      J.attribute("//", "generated by wasmport");
      J.attribute("name", Name.lower());
      J.attribute("type", "module");
      J.attribute("main", "./" + Name.str() + ".js");
      J.attribute("types", "./" + Name.str() + ".d.ts");
    });
    OS << "\n";
  }
  writeFile(Path, Text);
}

/// With --pkg, package.json describes an installable package (docs/npm.md):
/// its entry points, and in "files" what `npm pack` puts in the tarball,
/// including NAME.wasm (which the user provides when the input is a
/// manifest) and the ES modules the glue imports by relative path ("./x.js"),
/// which the user copies into the directory.
std::string npmPackageJson(StringRef Name, StringRef PkgName, const js::Plan &P,
                           bool HasTS) {
  std::vector<std::string> Helpers;
  for (const js::ModuleImport &I : P.ModuleImports) {
    StringRef Spec = I.Specifier;
    if (Spec.starts_with("../"))
      fail("with --pkg, the import from '" + Spec +
           "' points outside the package; put that module inside --out-dir");
    if (!Spec.consume_front("./"))
      continue; // a package or URL, not a file of this package
    if (!is_contained(Helpers, Spec))
      Helpers.push_back(Spec.str());
  }
  llvm::sort(Helpers);

  std::string Text;
  raw_string_ostream OS(Text);
  json::OStream J(OS, 2);
  std::string JS = "./" + Name.str() + ".js", TS = "./" + Name.str() + ".d.ts",
              Wasm = "./" + Name.str() + ".wasm";
  J.object([&] {
    J.attribute("//", "generated by wasmport");
    J.attribute("name", PkgName);
    J.attribute("version", PkgVersion);
    J.attribute("type", "module");
    J.attribute("main", JS);
    J.attribute("module", JS);
    if (HasTS)
      J.attribute("types", TS);
    J.attributeObject("exports", [&] {
      J.attributeObject(".", [&] {
        if (HasTS)
          J.attribute("types", TS);
        J.attribute("default", JS);
      });
      J.attribute(Wasm, Wasm);
      J.attribute("./package.json", "./package.json");
    });
    J.attributeArray("files", [&] {
      J.value(StringRef(JS).drop_front(2));
      if (HasTS)
        J.value(StringRef(TS).drop_front(2));
      J.value(StringRef(Wasm).drop_front(2));
      for (const std::string &H : Helpers)
        J.value(H);
    });
    // node and bundler instantiate the module when it is imported; the web
    // glue does nothing until init(). Imported modules may do anything.
    bool InstantiatesOnImport = P.Opts.Tgt != js::Target::Web;
    if (!InstantiatesOnImport && Helpers.empty()) {
      J.attribute("sideEffects", false);
    } else {
      J.attributeArray("sideEffects", [&] {
        if (InstantiatesOnImport)
          J.value(JS);
        for (const std::string &H : Helpers)
          J.value("./" + H);
      });
    }
  });
  OS << "\n";
  return Text;
}

} // namespace

int main(int argc, char **argv) {
  InitLLVM X(argc, argv);
  cl::HideUnrelatedOptions(Category);
  std::string CLErrors;
  raw_string_ostream CLErrs(CLErrors);
  if (!cl::ParseCommandLineOptions(
          argc, argv, "wasmport-js: JS and TypeScript bindings for a module "
                      "built with the wasmport plugin\n",
          &CLErrs)) {
    // cl's first line, without its own hint: "Unknown command line
    // argument '--x'.  Try: 'wasmport-js --help'".
    StringRef First = StringRef(CLErrors).trim().split('\n').first;
    First.consume_front("wasmport-js: ");
    First = First.split("  Try:").first.rtrim(". ");
    fail(First.take_front(1).lower() + First.drop_front(1) +
         " (see wasmport-js --help)");
  }
  // Checked here rather than with cl::Required, whose messages take two lines.
  if (Input.empty())
    fail("no input module; usage: wasmport-js IN.wasm --out-dir DIR");
  if (OutDir.empty())
    fail("--out-dir is required; usage: wasmport-js IN.wasm --out-dir DIR");

  auto Buffer = MemoryBuffer::getFile(Input, /*IsText=*/false,
                                      /*RequiresNullTerminator=*/false);
  if (!Buffer)
    fail("cannot read '" + Input + "': " + Buffer.getError().message());
  bool IsJSON = StringRef(Input).ends_with(".json");
  js::Input M =
      check(IsJSON ? js::readManifestFile(Input, (*Buffer)->getBuffer())
                   : js::readModule(Input, (*Buffer)->getMemBufferRef()));

  // The tests become exports under generated names; NAME.tests.json maps
  // them back to the tests' own names.
  json::Array TestList;
  if (Tests) {
    manifest::Manifest &Man = M.Manifest;
    if (Man.Tests.empty())
      fail("'" + Input + "' has no [[wasmport::test]] functions; compile "
           "its tests with -fplugin-arg-wasmport-tests");
    for (size_t I = 0; I != Man.Tests.size(); ++I) {
      manifest::Function F = Man.Tests[I];
      std::string Js = "wasmportTest" + std::to_string(I);
      TestList.push_back(json::Object{
          {"name", F.JsName},
          {"js", Js},
          {"cpp", F.CppName},
          {"file", F.Loc.File},
          {"line", F.Loc.Line},
          {"async", F.Result.Kind == manifest::TypeKind::Promise}});
      F.JsName = Js;
      Man.Functions.push_back(std::move(F));
    }
  }

  // A side file "foo.wasmport.json" describes "foo".
  std::string Name = OutName;
  if (Name.empty()) {
    StringRef Stem = sys::path::stem(Input);
    if (IsJSON)
      Stem.consume_back(".wasmport");
    Name = Stem.str();
  }
  if (Name.empty() || StringRef(Name).find_first_of("/\\") != StringRef::npos)
    fail("'" + Name + "' cannot name the output files");
  js::Options Opts;
  if (TargetName == "node")
    Opts.Tgt = js::Target::Node;
  else if (TargetName == "web")
    Opts.Tgt = js::Target::Web;
  else if (TargetName == "bundler")
    Opts.Tgt = js::Target::Bundler;
  else
    fail("unknown target '" + TargetName + "'; use node, web or bundler");
  Opts.WasmFile = Name + ".wasm";
  Opts.ZeroCopySpans = ZeroCopySpans;
  Opts.StressMemory = StressMemory;

  // npm's rules for names of new packages, and semantic versions.
  if (!Pkg && PkgName.getNumOccurrences())
    fail("--pkg-name needs --pkg");
  if (!Pkg && PkgVersion.getNumOccurrences())
    fail("--pkg-version needs --pkg");
  std::string PackageName = PkgName.empty() ? StringRef(Name).lower() : PkgName;
  if (Pkg && (PackageName.size() > 214 ||
              !Regex("^(@[a-z0-9-][a-z0-9._-]*/)?[a-z0-9-][a-z0-9._-]*$")
                   .match(PackageName)))
    fail("'" + PackageName + "' is not a valid npm package name (lowercase "
         "letters, digits, '-', '.', '_', optionally '@scope/')" +
         (PkgName.empty() ? "; choose one with --pkg-name" : ""));
  if (Pkg && !Regex("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)"
                    "(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?"
                    "(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$")
                  .match(PkgVersion))
    fail("'" + PkgVersion + "' is not a version like 1.2.3");
  js::Plan P = check(js::plan(M.Manifest, M.Info, Opts), Input);
  // After the checks: an error is the one line a bad input gets.
  for (const std::string &W : M.Warnings)
    WithColor::warning(errs(), "wasmport-js") << W << "\n";
  std::string PackageJson =
      Pkg ? npmPackageJson(Name, PackageName, P, !NoTypeScript) : "";

  std::string JS, TS;
  raw_string_ostream JSOut(JS), TSOut(TS);
  js::printJS(P, JSOut);
  js::printTS(P, TSOut);
  // A refusal is wasmport's fault, not the input's: printJS wrote JS that
  // the minifier does not handle exactly (docs/Diagnostics.md).
  if (Minify)
    JS = check(js::minifyJS(JS), "internal error (the JS printer wrote what "
                                 "--minify does not handle)");

  if (std::error_code EC = sys::fs::create_directories(OutDir))
    fail("cannot create '" + OutDir + "': " + EC.message());
  auto OutPath = [&](StringRef Ext) {
    SmallString<256> Path(OutDir);
    sys::path::append(Path, Name + Ext);
    return std::string(Path);
  };
  writeFile(OutPath(".js"), JS);
  if (!NoTypeScript)
    writeFile(OutPath(".d.ts"), TS);
  if (!M.StrippedWasm.empty())
    writeFile(OutPath(".wasm"), M.StrippedWasm);
  if (Tests) {
    std::string Text;
    raw_string_ostream(Text) << formatv("{0:2}", json::Value(std::move(TestList)))
                             << "\n";
    writeFile(OutPath(".tests.json"), Text);
  }
  writePackageJson(OutDir, Name, PackageJson);
  return 0;
}
