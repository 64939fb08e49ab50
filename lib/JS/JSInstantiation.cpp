//===- JSInstantiation.cpp - Instantiating the module for its target ------===//
//
// `__wasmport_finish` (memory views, start functions, the shadow stack
// pointer), the `__wasmport` introspection object, and the code that
// instantiates the module for Node, the Web (initSync and init) or bundlers.
//
//===----------------------------------------------------------------------===//
#include "JS/JSEmitter.h"

#include "JS/Slots.h"
#include "Manifest/Naming.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ErrorHandling.h"

using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::js {

void ModulePrinter::printInstantiation() {
  OS << "function __wasmport_finish(instance) {\n";
  if (P.Opts.StressMemory) {
    OS << "  " << Wasm << " = __wasmport_" << need(Helper::StressMemory)
       << "(instance.exports);\n";
  } else {
    OS << "  " << Wasm << " = instance.exports;\n";
  }
  if (P.HasInitialize)
    OS << "  " << Wasm << "._initialize();\n";
  if (P.UsesRuntime)
    OS << "  __wasmport_retArea = " << Wasm << ".__wasmport_ret_area();\n";
  // Where the shadow stack is repaired to after a JS exception went
  // through C++ frames (imports that do not catch, JsValue operations).
  if (P.HasStackAccess && H.has(Helper::ImportGuard))
    OS << "  __wasmport_stackTop = " << Wasm << "." << naming::StackGetSymbol
       << "();\n";
  for (const std::string &S : P.StartSymbols)
    OS << "  " << Wasm << "." << S << "();\n";
  OS << "}\n\n"
     << "/** Introspection for tests and tools. */\n"
     << "export const __wasmport = Object.freeze({\n"
     << "  liveObjects: () => __wasmport_counts.live + "
        "__wasmport_counts.pending,\n";
  if (P.exportsJsValues())
    OS << "  jsValues: () => __wasmport_heapLive(),\n";
  OS << "  memory: () => " << Wasm << ".memory,\n"
     << "});\n\n";
  std::string URL =
      "new URL(" + quote("./" + P.Opts.WasmFile) + ", import.meta.url)";
  switch (P.Opts.Tgt) {
  case Target::Node:
    OS << "__wasmport_finish(new WebAssembly.Instance(\n"
       << "    new WebAssembly.Module(readFileSync(" << URL << ")),\n"
       << "    __wasmport_imports()));\n";
    return;
  case Target::Bundler:
    OS << "__wasmport_finish(await __wasmport_" << need(Helper::Instantiate)
       << "(" << URL << "));\n";
    return;
  case Target::Web:
    need(Helper::Instantiate);
    OS << R"(/** Instantiates the module synchronously. */
export function initSync(module) {
  if ()" << Wasm << R"( !== undefined) return;
  if (module !== null && typeof module === 'object' &&
      Object.prototype.hasOwnProperty.call(module, 'module')) module = module.module;
  if (!(module instanceof WebAssembly.Module)) module = new WebAssembly.Module(module);
  __wasmport_finish(new WebAssembly.Instance(module, __wasmport_imports()));
}

/** Loads and instantiates the module; by default the .wasm next to this file. */
export default async function init(input) {
  if ()" << Wasm << R"( !== undefined) return;
  if (input !== null && typeof input === 'object' &&
      Object.prototype.hasOwnProperty.call(input, 'module_or_path'))
    input = input.module_or_path;
  if (input === undefined) input = )" << URL << R"(;
  const instance = await __wasmport_instantiate(input);
  if ()" << Wasm << R"( === undefined) __wasmport_finish(instance);
}
)";
    return;
  }
}
} // namespace wasmport::js
