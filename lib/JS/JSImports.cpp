//===- JSImports.cpp - The import object ----------------------------------===//
//
// The JS functions a wasm import calls ([[wasmport::import]]: lift the
// arguments, call the user's JS, check and lower the result; their op lists
// run through the interpreter of JSCalls.cpp), the runtime's JS functions
// (JsValue operations) and WASI, all in `__wasmport_imports()`.
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

std::string ModulePrinter::liftImportArg(const ParamPlan &Pa) {
  switch (Pa.Ty.Kind) {
  case TypeKind::String:
  case TypeKind::StringView:
    return "__wasmport_" + need(Helper::DecodeString).str() + "(" + Pa.Js +
           "_ptr, " + Pa.Js + "_len)";
  case TypeKind::CString:
    return Pa.Js + "_ptr === 0 ? null : __wasmport_" +
           need(Helper::DecodeString).str() + "(" + Pa.Js + "_ptr, " + Pa.Js +
           "_len)";
  case TypeKind::Bool:
    return Pa.Js + " !== 0";
  case TypeKind::U32:
    return Pa.Js + " >>> 0";
  case TypeKind::U64:
    return "BigInt.asUintN(64, " + Pa.Js + ")";
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
    need(Helper::Heap);
    return "__wasmport_heap[" + Pa.Js + "]";
  case TypeKind::I8:
  case TypeKind::U8:
  case TypeKind::I16:
  case TypeKind::U16:
  case TypeKind::I32:
  case TypeKind::I64:
  case TypeKind::F32:
  case TypeKind::F64:
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
  case TypeKind::SharedPtr:
  case TypeKind::Enum:
  case TypeKind::Value:
  case TypeKind::Vector:
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::Optional:
  case TypeKind::Void:
  case TypeKind::Expected:
    return Pa.Js; // The wire value (the Collector allows numbers).
  }
  llvm_unreachable("unknown TypeKind");
}

void ModulePrinter::wireParams(const ParamPlan &Pa,
                               SmallVectorImpl<std::string> &Out) {
  if (typeGroup(Pa.Ty.Kind) == TypeGroup::String) {
    Out.push_back(Pa.Js + "_ptr");
    Out.push_back(Pa.Js + "_len");
    return;
  }
  Out.push_back(Pa.Js);
}

void ModulePrinter::printReturnToCpp(const Type &R, StringRef In) {
  switch (typeGroup(R.Kind)) {
  case TypeGroup::Handle:
    need(Helper::Heap);
    OS << In << "return __wasmport_addHeap(__wasmport_r);\n";
    return;
  case TypeGroup::String:
    if (R.Kind == TypeKind::String) {
      OS << In << "__wasmport_" << need(Helper::ReturnString)
         << "(__wasmport_r);\n";
      return;
    }
    break;
  case TypeGroup::Number:
    if (R.Kind == TypeKind::Bool) {
      OS << In << "return __wasmport_r ? 1 : 0;\n";
      return;
    }
    break;
  case TypeGroup::Void:
  case TypeGroup::Object:
  case TypeGroup::Enum:
  case TypeGroup::Memory:
  case TypeGroup::Expected:
    break;
  }
  OS << In << "return __wasmport_r;\n";
}

void ModulePrinter::printImport(const ImportPlan &I) {
  SmallVector<std::string, 8> WireParams;
  if (!I.Self.empty())
    WireParams.push_back(I.Self);
  for (const ParamPlan &Pa : I.Params)
    wireParams(Pa, WireParams);
  OS << "  wasmport." << I.Symbol << " = (" << join(WireParams, ", ")
     << ") => {\n";
  Frame Fr;
  Fr.Import = &I;
  Fr.In = "    ";
  run(I.Ops, Fr);
  OS << "  };\n";
}

std::string ModulePrinter::importCall(const ImportPlan &I,
                                      ArrayRef<std::string> Args) {
  std::string List = "(" + join(Args, ", ") + ")";
  std::string Self;
  if (!I.Self.empty())
    Self = "__wasmport_heap[" + I.Self + "]";
  switch (I.Kind) {
  case ImportKind::Function:
    return I.Callee + List;
  case ImportKind::Constructor:
    return "new " + I.Callee + List;
  case ImportKind::Method:
    return Self + "." + I.Member + List;
  case ImportKind::Static:
    return I.Callee + "." + I.Member + List;
  case ImportKind::Getter:
    return Self + "." + I.Member;
  case ImportKind::Setter:
    return Self + "." + I.Member + " = " + Args.front();
  }
  llvm_unreachable("unknown ImportKind");
}

void ModulePrinter::printImportObject() {
  OS << "function __wasmport_imports() {\n"
     << "  const wasmport = Object.create(null);\n";
  for (const ImportPlan &I : P.Imports)
    printImport(I);
  printSubclassImports();
  if (P.ImportsThrow)
    OS << "  wasmport." << naming::ThrowImport << " = __wasmport_"
       << need(Helper::CppThrow) << ";\n";
  for (const HelperImport &I : P.RuntimeJSImports)
    OS << "  wasmport." << I.Field << " = " << naming::Prefix << need(I.Impl)
       << ";\n";
  OS << "  const wasi = Object.create(null);\n";
  for (const HelperImport &I : P.WasiImports)
    OS << "  wasi." << I.Field << " = " << naming::Prefix << need(I.Impl)
       << ";\n";
  OS << "  const imports = Object.create(null);\n"
     << "  imports.wasmport = wasmport;\n"
     << "  imports.wasi_snapshot_preview1 = wasi;\n"
     << "  return imports;\n}\n\n";
}
} // namespace wasmport::js
