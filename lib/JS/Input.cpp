//===- Input.cpp - What wasmport-js reads ---------------------------------===//
#include "JS/Input.h"

#include "Manifest/Merge.h"
#include "Manifest/Naming.h"
#include "Manifest/Verify.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/BinaryFormat/Wasm.h"
#include "llvm/Support/DataExtractor.h"

using namespace llvm;

namespace wasmport::js {

static Error error(const Twine &Msg) {
  return createStringError(inconvertibleErrorCode(), Msg);
}

/// Prefixes the message of E with Context.
static Error withContext(const Twine &Context, Error E) {
  return error(Context + ": " + toString(std::move(E)));
}

namespace {

/// Reads the parts of a module wasmport-js needs: the "wasmport" sections,
/// the imports and the exports, and the module without those sections. The
/// input is untrusted: every read is bounds-checked through a
/// DataExtractor::Cursor and fails with an Error. (LLVM's WasmObjectFile
/// ends the process through report_fatal_error on some malformed input, an
/// over-long string for one, so it cannot read what wasmport-js is given.)
class ModuleReader {
public:
  explicit ModuleReader(StringRef Bytes) : Bytes(Bytes) {}

  Error read(Input &In, std::string &Manifest, bool &HasManifest) {
    constexpr uint64_t HeaderSize = 8; // "\0asm" and a u32 version
    DataExtractor Data(Bytes, /*IsLittleEndian=*/true, /*AddressSize=*/4);
    DataExtractor::Cursor C(4);
    uint32_t Version = Data.getU32(C);
    if (!C)
      return C.takeError();
    if (Version != 1)
      return error("unsupported WebAssembly version " + Twine(Version) +
                   " (wasmport reads version 1 core modules)");
    In.StrippedWasm = Bytes.take_front(HeaderSize).str();
    while (C.tell() < Bytes.size()) {
      uint64_t Start = C.tell();
      uint8_t Id = Data.getU8(C);
      uint64_t Size = Data.getULEB128(C);
      if (!C)
        return C.takeError();
      uint64_t Payload = C.tell();
      if (Size > Bytes.size() - Payload)
        return error("section " + Twine(unsigned(Id)) + " at offset " +
                     Twine(Start) + " is " + Twine(Size) +
                     " bytes long, past the end of the module");
      uint64_t End = Payload + Size;
      // Reads of one section cannot go past its end.
      Section = DataExtractor(Bytes.take_front(End), /*IsLittleEndian=*/true,
                              /*AddressSize=*/4);
      DataExtractor::Cursor S(Payload);
      bool Keep = true;
      if (Error E = readSection(Id, S, In, Manifest, HasManifest, Keep))
        return E;
      if (!S)
        return S.takeError();
      if ((Id == wasm::WASM_SEC_IMPORT || Id == wasm::WASM_SEC_EXPORT) &&
          S.tell() != End)
        return error("section " + Twine(unsigned(Id)) + " at offset " +
                     Twine(Start) + " has " + Twine(End - S.tell()) +
                     " bytes after its entries");
      if (Keep)
        In.StrippedWasm.append(Bytes.data() + Start, End - Start);
      Data.skip(C, Size);
    }
    return C.takeError();
  }

private:
  Error readSection(uint8_t Id, DataExtractor::Cursor &S, Input &In,
                    std::string &Manifest, bool &HasManifest, bool &Keep) {
    switch (Id) {
    case wasm::WASM_SEC_CUSTOM: {
      StringRef Name = name(S);
      ++CustomSections;
      if (!S || Name != "wasmport")
        return Error::success();
      HasManifest = true;
      Keep = false;
      Manifest += Section.getData().drop_front(S.tell());
      return Error::success();
    }
    case wasm::WASM_SEC_IMPORT:
      for (uint64_t I = 0, N = count(S); S && I != N; ++I) {
        StringRef Module = name(S), Field = name(S);
        if (Error E = skipImportDesc(S))
          return E;
        if (S)
          In.Info.Imports.push_back({Module.str(), Field.str()});
      }
      return Error::success();
    case wasm::WASM_SEC_EXPORT:
      for (uint64_t I = 0, N = count(S); S && I != N; ++I) {
        StringRef Name = name(S);
        Section.getU8(S);      // kind
        Section.getULEB128(S); // index
        if (S)
          In.Info.Exports.insert(Name);
      }
      return Error::success();
    default:
      return Error::success(); // not read; kept as it is
    }
  }

  /// A vector's length: each element takes at least one byte, so a length
  /// past the section's end is an error before anything is allocated.
  uint64_t count(DataExtractor::Cursor &S) {
    uint64_t N = Section.getULEB128(S);
    if (S && N > Section.size() - S.tell())
      Section.skip(S, N); // fails with the offset of the overrun
    return N;
  }

  StringRef name(DataExtractor::Cursor &S) {
    uint64_t Len = Section.getULEB128(S);
    return Section.getBytes(S, Len);
  }

  void skipLimits(DataExtractor::Cursor &S) {
    uint8_t Flags = Section.getU8(S);
    Section.getULEB128(S); // minimum
    if (Flags & wasm::WASM_LIMITS_FLAG_HAS_MAX)
      Section.getULEB128(S);
  }

  void skipValueType(DataExtractor::Cursor &S) {
    uint8_t Type = Section.getU8(S);
    // (ref null? heaptype): a signed LEB128 heap type follows.
    if (Type == 0x63 || Type == 0x64)
      Section.getSLEB128(S);
  }

  Error skipImportDesc(DataExtractor::Cursor &S) {
    uint64_t At = S.tell();
    uint8_t Kind = Section.getU8(S);
    if (!S)
      return Error::success();
    switch (Kind) {
    case wasm::WASM_EXTERNAL_FUNCTION:
      Section.getULEB128(S);
      return Error::success();
    case wasm::WASM_EXTERNAL_TABLE:
      skipValueType(S);
      skipLimits(S);
      return Error::success();
    case wasm::WASM_EXTERNAL_MEMORY:
      skipLimits(S);
      return Error::success();
    case wasm::WASM_EXTERNAL_GLOBAL:
      skipValueType(S);
      Section.getU8(S); // mutability
      return Error::success();
    case wasm::WASM_EXTERNAL_TAG:
      Section.getU8(S); // attribute
      Section.getULEB128(S);
      return Error::success();
    }
    return error("unknown import kind " + Twine(unsigned(Kind)) +
                 " at offset " + Twine(At));
  }

public:
  /// The custom sections read, "wasmport" included: wasm-ld writes
  /// "producers" and "target_features" into every module, so none left
  /// means a tool stripped them all.
  unsigned CustomSections = 0;

private:
  StringRef Bytes;
  DataExtractor Section{StringRef(), true, 4};
};

/// Why a module has no "wasmport" section, from what it has instead.
std::string missingSectionMessage(const std::string &Name, const Input &In,
                                  unsigned CustomSections) {
  std::string Msg = "'" + Name + "' has no 'wasmport' section: ";
  if (In.Info.Exports.contains(naming::AllocSymbol))
    // The plugin's runtime exports are linked, so its objects were: the
    // section was removed after linking.
    return Msg +
           "it has wasmport's code, so the section was removed after linking " +
           (CustomSections == 0 ? "(every custom section is gone, as "
                                  "wasm-strip does)"
                                : "(by a tool that strips custom sections)") +
           "; run wasmport-js on the module as the linker wrote it (its "
           "output has no 'wasmport' section) and strip that output instead";
  return Msg +
         "none of its objects has wasmport's bindings. If the annotated C++ "
         "is in a static library, the linker left its objects out (it takes "
         "only the members something else refers to): link the library "
         "whole, -Wl,--whole-archive libNAME.a -Wl,--no-whole-archive "
         "(docs/Plugin.md). Otherwise compile the annotated C++ with "
         "-fplugin=wasmport-plugin.so (a plugin built for another clang "
         "version loads but does nothing; this one needs clang " +
         std::to_string(LLVM_VERSION_MAJOR) + ")";
}

} // namespace

Expected<Input> readModule(StringRef Path, MemoryBufferRef Buffer) {
  std::string Name = manifest::escapeForMessage(Path);
  StringRef Bytes = Buffer.getBuffer();
  if (!Bytes.starts_with(StringRef("\0asm", 4)))
    return error("'" + Name + "' is not a WebAssembly module");
  Input In;
  std::string Section;
  bool Found = false;
  ModuleReader Reader(Bytes);
  if (Error E = Reader.read(In, Section, Found))
    return withContext("cannot read '" + Name + "'", std::move(E));
  if (!Found)
    return error(missingSectionMessage(Name, In, Reader.CustomSections));
  if (Error E = manifest::mergeFragments(Section).moveInto(In.Manifest))
    return withContext(Name, std::move(E));
  if (Error E = manifest::verify(In.Manifest))
    return withContext(Name, std::move(E));
  // Every object compiled with the plugin adds a line, one without
  // annotations an empty one: the module has wasmport objects, none of
  // them with bindings, which is what a static library linked plainly
  // leaves (docs/Plugin.md, "Static libraries").
  if (In.Manifest.empty())
    In.Warnings.push_back(
        "'" + Name +
        "' binds nothing: its objects were compiled with the wasmport plugin "
        "but none has an export or an import. If the annotated C++ is in a "
        "static library, the linker left its objects out (it takes only the "
        "members something else refers to): link the library whole, "
        "-Wl,--whole-archive libNAME.a -Wl,--no-whole-archive");
  if (In.Info.Exports.contains("_start"))
    return error("'" + Name +
                 "' is a command module (it exports _start); link it as a "
                 "library with -mexec-model=reactor");
  return In;
}

Expected<Input> readManifestFile(StringRef Path, StringRef Text) {
  std::string Name = manifest::escapeForMessage(Path);
  Input In;
  Expected<manifest::Manifest> Whole = manifest::parseManifest(Text);
  if (Whole) {
    In.Manifest = std::move(*Whole);
  } else {
    consumeError(Whole.takeError());
    if (Error E = manifest::mergeFragments(Text).moveInto(In.Manifest))
      return withContext(Name, std::move(E));
  }
  if (Error E = manifest::verify(In.Manifest))
    return withContext(Name, std::move(E));
  ModuleInfo &Info = In.Info;
  auto AddCall = [&](const manifest::Function &F) {
    Info.Exports.insert(F.Symbol);
    for (const manifest::Param &P : F.Params)
      if (isNumberVector(P.Ty))
        Info.Exports.insert(manifest::vectorMakerSymbol(P.Ty));
  };
  for (const manifest::Function &F : In.Manifest.Functions)
    AddCall(F);
  for (const manifest::Function &F : In.Manifest.Starts)
    AddCall(F);
  for (const manifest::Function &F : In.Manifest.Tests)
    AddCall(F);
  for (const manifest::Class &C : In.Manifest.Classes) {
    if (!C.CppOwned)
      Info.Exports.insert(C.DeleteSymbol);
    for (const manifest::Function &F : C.Constructors)
      AddCall(F);
    for (const manifest::Function &F : C.Methods)
      AddCall(F);
  }
  for (StringRef S :
       {StringRef(naming::AllocSymbol), StringRef(naming::FreeSymbol),
        StringRef(naming::FreeStringSymbol), StringRef(naming::FreeOwnedSymbol),
        StringRef(naming::ReturnAreaSymbol), StringRef(naming::StackGetSymbol),
        StringRef(naming::StackSetSymbol), StringRef("_initialize")})
    Info.Exports.insert(S);
  for (const manifest::Import &I : In.Manifest.Imports)
    Info.Imports.push_back({naming::ImportModule.str(), I.Symbol});
  // The JS runtime functions thunks that catch exceptions call
  // (<wasmport/jsvalue.h>): JsError, and the values of C++ exceptions.
  bool Catches = any_of(In.Manifest.Imports, [](const manifest::Import &I) {
    return I.catchesJS();
  });
  bool Throws = false;
  auto Visit = [&](const manifest::Function &F) { Throws |= F.Exceptions; };
  for_each(In.Manifest.Functions, Visit);
  for_each(In.Manifest.Starts, Visit);
  for_each(In.Manifest.Tests, Visit);
  for (const manifest::Class &C : In.Manifest.Classes) {
    for_each(C.Constructors, Visit);
    for_each(C.Methods, Visit);
  }
  SmallVector<StringRef, 4> Runtime;
  if (Catches || Throws)
    Runtime.append({"__wasmport_js_drop", "__wasmport_js_message"});
  if (Throws)
    Runtime.append({"__wasmport_js_cpp_error", "__wasmport_js_exception",
                    "__wasmport_js_rethrow"});
  for (StringRef R : Runtime)
    Info.Imports.push_back({naming::ImportModule.str(), R.str()});
  Info.Imports.push_back(
      {naming::ImportModule.str(), naming::ThrowImport.str()});
  for (StringRef W :
       {"fd_write", "fd_close", "fd_seek", "fd_fdstat_get", "proc_exit",
        "clock_time_get", "random_get", "environ_get", "environ_sizes_get"})
    Info.Imports.push_back({"wasi_snapshot_preview1", W.str()});
  return In;
}

} // namespace wasmport::js
