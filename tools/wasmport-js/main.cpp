//===- wasmport-js - JS glue and .d.ts from a module's wasmport section ---===//
//
//   wasmport-js IN.wasm --out-dir DIR [--target node|web|bundler]
//               [--out-name NAME] [--no-typescript]
//               [--pkg [--pkg-name NAME] [--pkg-version VERSION]]
//
// Reads the module with LLVM's Wasm object reader, merges the manifest
// fragments of its "wasmport" custom section, plans and prints the ES module
// and its .d.ts, and writes the module without that section. Every failure
// is one line `wasmport-js: error: ...` and exit status 1; nothing is written
// unless everything succeeded.
//
//===----------------------------------------------------------------------===//
#include "JS/Plan.h"
#include "JS/Printers.h"
#include "Manifest/Merge.h"
#include "Manifest/Naming.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Object/Wasm.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/LEB128.h"
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

/// Everything read from the input.
struct InputModule {
  manifest::Manifest Manifest;
  js::ModuleInfo Info;
  std::string StrippedWasm; ///< Empty for manifest-only input.
};

/// The module's bytes without any "wasmport" custom section. The Wasm object
/// reader has validated the framing already.
std::string stripManifestSections(StringRef Bytes) {
  std::string Out = Bytes.take_front(8).str();
  const uint8_t *P = Bytes.bytes_begin() + 8, *End = Bytes.bytes_end();
  while (P < End) {
    const uint8_t *Start = P;
    uint8_t Id = *P++;
    unsigned N = 0;
    uint64_t Size = decodeULEB128(P, &N, End);
    P += N;
    const uint8_t *Payload = P;
    P += Size;
    if (Id == 0) {
      uint64_t NameLen = decodeULEB128(Payload, &N, P);
      StringRef Name(reinterpret_cast<const char *>(Payload + N), NameLen);
      if (Name == "wasmport")
        continue;
    }
    Out.append(reinterpret_cast<const char *>(Start), P - Start);
  }
  return Out;
}

InputModule readWasm(StringRef Path, MemoryBufferRef Buffer) {
  StringRef Bytes = Buffer.getBuffer();
  if (!Bytes.starts_with(StringRef("\0asm", 4)))
    fail("'" + Path + "' is not a WebAssembly module");
  auto Obj = check(object::ObjectFile::createObjectFile(Buffer),
                   "cannot read '" + Path + "'");
  auto *Wasm = dyn_cast<object::WasmObjectFile>(Obj.get());
  if (!Wasm)
    fail("'" + Path + "' is not a WebAssembly module");

  InputModule M;
  std::string Section;
  bool Found = false;
  for (const object::SectionRef &Sec : Wasm->sections()) {
    const object::WasmSection &S = Wasm->getWasmSection(Sec);
    if (S.Type != wasm::WASM_SEC_CUSTOM || S.Name != "wasmport")
      continue;
    Found = true;
    Section.append(S.Content.begin(), S.Content.end());
  }
  if (!Found)
    fail("'" + Path + "' has no 'wasmport' section: compile its C++ with "
         "-fplugin=wasmport-plugin.so (a plugin built for another clang "
         "version loads but does nothing; this one needs clang " +
         Twine(LLVM_VERSION_MAJOR) + ")");
  M.Manifest = check(manifest::mergeFragments(Section), Path);
  for (const wasm::WasmImport &I : Wasm->imports())
    M.Info.Imports.push_back({I.Module.str(), I.Field.str()});
  for (const wasm::WasmExport &E : Wasm->exports())
    M.Info.Exports.insert(E.Name);
  if (M.Info.Exports.contains("_start"))
    fail("'" + Path + "' is a command module (it exports _start); link it "
         "as a library with -mexec-model=reactor");
  M.StrippedWasm = stripManifestSections(Bytes);
  return M;
}

/// A manifest alone (a side file or a section dump): there is no module to
/// check against, so the plan assumes every thunk and the usual WASI imports.
InputModule readManifest(StringRef Path, StringRef Text) {
  InputModule M;
  Expected<manifest::Manifest> Whole = manifest::parseManifest(Text);
  if (Whole) {
    M.Manifest = std::move(*Whole);
  } else {
    consumeError(Whole.takeError());
    M.Manifest = check(manifest::mergeFragments(Text), Path);
  }
  js::ModuleInfo &Info = M.Info;
  auto AddCall = [&](const manifest::Function &F) { Info.Exports.insert(F.Symbol); };
  for (const manifest::Function &F : M.Manifest.Functions)
    AddCall(F);
  for (const manifest::Function &F : M.Manifest.Starts)
    AddCall(F);
  for (const manifest::Class &C : M.Manifest.Classes) {
    Info.Exports.insert(C.DeleteSymbol);
    for (const manifest::Function &F : C.Constructors)
      AddCall(F);
    for (const manifest::Function &F : C.Methods)
      AddCall(F);
  }
  for (StringRef S : std::initializer_list<StringRef>{naming::AllocSymbol, naming::FreeSymbol,
                      naming::FreeStringSymbol, naming::FreeOwnedSymbol,
                      naming::ReturnAreaSymbol,
                      naming::StackGetSymbol, naming::StackSetSymbol,
                      StringRef("_initialize")})
    Info.Exports.insert(S);
  for (const manifest::Import &I : M.Manifest.Imports)
    Info.Imports.push_back({naming::ImportModule.str(), I.Symbol});
  Info.Imports.push_back({naming::ImportModule.str(), naming::ThrowImport.str()});
  for (StringRef W : {"fd_write", "fd_close", "fd_seek", "fd_fdstat_get",
                      "proc_exit", "clock_time_get", "random_get",
                      "environ_get", "environ_sizes_get"})
    Info.Imports.push_back({"wasi_snapshot_preview1", W.str()});
  return M;
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
  InputModule M = IsJSON ? readManifest(Input, (*Buffer)->getBuffer())
                         : readWasm(Input, (*Buffer)->getMemBufferRef());

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
  std::string PackageJson =
      Pkg ? npmPackageJson(Name, PackageName, P, !NoTypeScript) : "";

  std::string JS, TS;
  raw_string_ostream JSOut(JS), TSOut(TS);
  js::printJS(P, JSOut);
  js::printTS(P, TSOut);

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
  writePackageJson(OutDir, Name, PackageJson);
  return 0;
}
