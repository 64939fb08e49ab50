//===- Runtime.cpp - The JS helpers embedded in wasmport-js ---------------===//
//
// The table of helpers (name, file, dependencies) generated from the
// `//@helper` lines, their bodies cut out of the embedded files with the
// layout words (WASMPORT_RET_*, WASMPORT_BUFFER_*) replaced by their numbers
// from <wasmport/layout.h>, the closed tables from wasm import names to
// helpers, and HelperSet.
//
//===----------------------------------------------------------------------===//
#include "JS/Runtime.h"

#include "Manifest/Naming.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/ErrorHandling.h"

#include <wasmport/layout.h>

#include <string>
#include <vector>

using namespace llvm;

namespace wasmport::js {

namespace {

struct EmbeddedFile {
  const char *Name;
  const char *Text;
};

const EmbeddedFile Files[] = {
#include "RuntimeFiles.inc"
};

struct HelperInfo {
  StringRef Name;
  StringRef File;
  std::vector<Helper> Requires;
};

const HelperInfo Infos[] = {
#define WASMPORT_HELPER(Id, Name, File, ...) {Name, File, {__VA_ARGS__}},
#include "RuntimeHelpers.inc"
#undef WASMPORT_HELPER
};
static_assert(std::size(Infos) == NumHelpers);

/// The number a layout word in a helper stands for: the helpers read the
/// return area (a u32 array from __wasmport_retArea >>> 2) and slots (byte
/// offsets) where <wasmport/layout.h> says, which wire.h checks C++ against.
std::optional<uint32_t> layoutWord(StringRef Word) {
  using layout::Buffer;
  using layout::ReturnArea;
  return StringSwitch<std::optional<uint32_t>>(Word)
      .Case("WASMPORT_RET_DATA", ReturnArea::Data / 4)
      .Case("WASMPORT_RET_SIZE", ReturnArea::Size / 4)
      .Case("WASMPORT_RET_OWNER", ReturnArea::Owner / 4)
      .Case("WASMPORT_RET_EXCEPTION", ReturnArea::Exception / 4)
      .Case("WASMPORT_RET_ERROR", ReturnArea::Error / 4)
      .Case("WASMPORT_BUFFER_DATA", Buffer::Data)
      .Case("WASMPORT_BUFFER_LENGTH", Buffer::Length)
      .Default(std::nullopt);
}

/// Body with each layout word replaced by its number; ` + WORD` for a word
/// that is 0 is dropped, so `u32[at + WASMPORT_RET_DATA]` is `u32[at]`.
std::string substituteLayout(StringRef Name, StringRef Body) {
  constexpr StringLiteral Prefix = "WASMPORT_";
  std::string Out;
  while (true) {
    size_t At = Body.find(Prefix);
    if (At == StringRef::npos)
      break;
    size_t End = At + Prefix.size();
    while (End < Body.size() && (isUpper(Body[End]) || Body[End] == '_'))
      ++End;
    StringRef Word = Body.slice(At, End);
    std::optional<uint32_t> N = layoutWord(Word);
    if (!N)
      report_fatal_error(Twine("wasmport-js: the embedded helper '") + Name +
                         "' names an unknown layout word '" + Word + "'");
    StringRef Before = Body.take_front(At);
    if (*N == 0 && Before.ends_with(" + "))
      Out += Before.drop_back(3);
    else
      Out += (Before + Twine(*N)).str();
    Body = Body.drop_front(End);
  }
  Out += Body;
  return Out;
}

/// The bodies of the helpers, by Helper, cut out of the embedded files:
/// each runs from the line after its `//@helper` line to the next one.
std::vector<std::string> parseBodies() {
  std::vector<std::string> Out;
  constexpr StringLiteral Marker = "//@helper ";
  for (const EmbeddedFile &F : Files) {
    StringRef Rest = F.Text;
    size_t At = Rest.find(Marker);
    while (At != StringRef::npos) {
      Rest = Rest.drop_front(At + Marker.size());
      auto [Header, Body] = Rest.split('\n');
      size_t Next = Body.find(Marker);
      StringRef Name = Header.split(' ').first;
      // EmbedFiles.cmake read the same lines in the same order.
      if (Out.size() >= NumHelpers || Infos[Out.size()].Name != Name)
        report_fatal_error(Twine("wasmport-js: the embedded helper '") + Name +
                           "' does not match RuntimeHelpers.inc");
      Out.push_back(substituteLayout(Name, Body.take_front(Next).rtrim()));
      Rest = Body;
      At = Next;
    }
  }
  return Out;
}

const std::vector<std::string> &bodies() {
  static const std::vector<std::string> All = parseBodies();
  return All;
}

} // namespace

StringRef helperName(Helper H) { return Infos[unsigned(H)].Name; }

std::optional<Helper> runtimeImportHelper(StringRef Field) {
  if (!Field.consume_front(naming::RuntimeJSImportPrefix))
    return std::nullopt;
  // The functions <wasmport/jsvalue.h>, function.h and promise.h import.
  return StringSwitch<std::optional<Helper>>(Field)
      .Case("closure", Helper::JsClosure)
      .Case("closure_end", Helper::JsClosureEnd)
      .Case("arg_failure", Helper::JsArgFailure)
      .Case("result_error", Helper::JsResultError)
      .Case("clone", Helper::JsClone)
      .Case("drop", Helper::JsDrop)
      .Case("number", Helper::JsNumber)
      .Case("bigint", Helper::JsBigint)
      .Case("string", Helper::JsString)
      .Case("global", Helper::JsGlobal)
      .Case("object", Helper::JsObject)
      .Case("array", Helper::JsArray)
      .Case("type", Helper::JsType)
      .Case("number_of", Helper::JsNumberOf)
      .Case("bigint_of", Helper::JsBigintOf)
      .Case("string_of", Helper::JsStringOf)
      .Case("message", Helper::JsMessage)
      .Case("get", Helper::JsGet)
      .Case("set", Helper::JsSet)
      .Case("call", Helper::JsCall)
      .Case("call_method", Helper::JsCallMethod)
      .Case("call_numbers", Helper::JsCallNumbers)
      .Case("new", Helper::JsNew)
      .Case("instanceof", Helper::JsInstanceof)
      .Case("equals", Helper::JsEquals)
      .Case("error", Helper::JsError)
      .Case("rethrow", Helper::JsRethrow)
      .Case("exception", Helper::JsException)
      .Case("cpp_error", Helper::JsCppError)
      .Case("promise_new", Helper::JsPromiseNew)
      .Case("promise_settle", Helper::JsPromiseSettle)
      .Case("promise_then", Helper::JsPromiseThen)
      .Case("describe", Helper::JsDescribe)
      .Default(std::nullopt);
}

Helper wasiHelper(StringRef Field) {
  return StringSwitch<Helper>(Field)
      .Case("fd_write", Helper::WasiFdWrite)
      .Case("fd_read", Helper::WasiFdRead)
      .Case("fd_fdstat_get", Helper::WasiFdFdstatGet)
      .Case("fd_close", Helper::WasiFdClose)
      .Case("fd_seek", Helper::WasiFdSeek)
      .Case("fd_prestat_get", Helper::WasiFdPrestatGet)
      .Case("proc_exit", Helper::WasiProcExit)
      .Case("clock_time_get", Helper::WasiClockTimeGet)
      .Case("clock_res_get", Helper::WasiClockResGet)
      .Case("random_get", Helper::WasiRandomGet)
      .Cases("environ_sizes_get", "args_sizes_get", Helper::WasiSizesGet)
      .Cases("environ_get", "args_get", Helper::WasiGet)
      .Case("sched_yield", Helper::WasiSchedYield)
      .Default(Helper::WasiNosys);
}

void HelperSet::require(Helper H) {
  if (has(H))
    return;
  Required.set(unsigned(H));
  for (Helper Dep : Infos[unsigned(H)].Requires)
    require(Dep);
}

void printHelper(Helper H, raw_ostream &OS) {
  OS << bodies()[unsigned(H)] << "\n\n";
}

void HelperSet::print(raw_ostream &OS) const {
  for (unsigned I = 0; I != NumHelpers; ++I)
    if (Required.test(I))
      printHelper(Helper(I), OS);
}

} // namespace wasmport::js
