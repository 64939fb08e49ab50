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

/// Whether printResultCheck lowers an import's result of kind K into
/// __wasmport_w, as its check gives the wire value.
static bool loweredByCheck(TypeKind K) {
  switch (K) {
  case TypeKind::Enum:
  case TypeKind::Vector:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::Value:
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
    return true;
  case TypeKind::Void:
  case TypeKind::Bool:
  case TypeKind::I8:
  case TypeKind::U8:
  case TypeKind::I16:
  case TypeKind::U16:
  case TypeKind::I32:
  case TypeKind::U32:
  case TypeKind::I64:
  case TypeKind::U64:
  case TypeKind::F32:
  case TypeKind::F64:
  case TypeKind::String:
  case TypeKind::StringView:
  case TypeKind::CString:
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::SharedPtr:
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
  case TypeKind::Expected:
    return false;
  }
  llvm_unreachable("unknown TypeKind");
}

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
    need(Helper::Builtins);
    return "__wasmport_asUintN(64, " + Pa.Js + ")";
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
    need(Helper::Heap);
    return "__wasmport_heap[" + Pa.Js + "]";
  // The rest as an export's result of the type is lifted (printLift).
  case TypeKind::Enum:
    return Slots.enumFromWire(Pa.Ty, Pa.Js);
  case TypeKind::Vector:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::Value:
    // C++ made a slot for the call (wire::give): read, then freed.
    return "__wasmport_" + need(Helper::TakeSlot).str() + "(" +
           Slots.read(Pa.Ty) + ", " + Pa.Js + ")";
  case TypeKind::Span:
    // Its elements copied once, into an array of the constructor captured
    // at load (a page's own Int32Array would be handed memory).
    return "__wasmport_" + need(Helper::CopyOut).str() + "(__wasmport_" +
           typedArrayName(Pa.Ty.element().Kind).str() + ", " + Pa.Js +
           "_ptr, " + Pa.Js + "_len)";
  case TypeKind::ClassValue:
    return "__wasmport_" + need(Helper::Wrap).str() + "(" +
           kindName(Pa.Ty.Class) + ", " + Pa.Js + ")";
  case TypeKind::UniquePtr:
    return "__wasmport_" + need(Helper::WrapOrNull).str() + "(" +
           kindName(Pa.Ty.Class) + ", " + Pa.Js + ")";
  case TypeKind::I8:
  case TypeKind::U8:
  case TypeKind::I16:
  case TypeKind::U16:
  case TypeKind::I32:
  case TypeKind::I64:
  case TypeKind::F32:
  case TypeKind::F64:
  case TypeKind::ClassRef: // Lent instead (LendArg).
  case TypeKind::ClassPtr:
  case TypeKind::SharedPtr:
  case TypeKind::SpanMut:
  case TypeKind::Void:
  case TypeKind::Expected:
    return Pa.Js; // The wire value (the Collector allows numbers).
  }
  llvm_unreachable("unknown TypeKind");
}

void ModulePrinter::wireParams(const ParamPlan &Pa,
                               SmallVectorImpl<std::string> &Out) {
  if (typeGroup(Pa.Ty.Kind) == TypeGroup::String ||
      Pa.Ty.Kind == TypeKind::Span) {
    Out.push_back(Pa.Js + "_ptr");
    Out.push_back(Pa.Js + "_len");
    return;
  }
  Out.push_back(Pa.Js);
}

void ModulePrinter::printResultCheck(const Type &R, const Frame &F) {
  std::string Where = quote(F.where());
  auto Leaf = [&](const LeafCheck &Check) {
    OS << F.In << "if (" << substitute(Check.BadIf, "__wasmport_r")
       << ") throw __wasmport_" << need(Helper::ResultError) << "(" << Where
       << ", " << quote(Check.Expected) << ", __wasmport_r);\n";
  };
  // After an `if`: a failed slot or object check, whose record says where
  // and what.
  auto Bad = [&](StringRef Record) {
    OS << "throw __wasmport_" << need(Helper::BadResult) << "(" << Where
       << ", " << Record << ");\n";
  };
  auto Object = [&](bool Unique) {
    OS << F.In << "const __wasmport_bad = __wasmport_"
       << need(Helper::ObjectBad) << "(__wasmport_r, " << kindName(R.Class)
       << ", " << (Unique ? "true, true" : "false, false") << ");\n"
       << F.In << "if (__wasmport_bad !== undefined) ";
    Bad("__wasmport_bad");
  };
  switch (R.Kind) {
  case TypeKind::Function:
    Leaf({"typeof $ !== 'function'", "a function"});
    return;
  // As an export's argument of the type is checked and lowered (printCheck,
  // printLowering), into __wasmport_w, which ReturnJSResult returns.
  case TypeKind::Enum:
    Leaf(Slots.enumCheck(R));
    OS << F.In << "const __wasmport_w = "
       << Slots.enumToWire(R, "__wasmport_r") << ";\n";
    return;
  case TypeKind::Vector:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::Value:
    OS << F.In << "const __wasmport_c = " << Slots.check(R)
       << "(__wasmport_r);\n"
       << F.In << "if (__wasmport_c === __wasmport_BAD) ";
    Bad("__wasmport_lastBad");
    OS << F.In << "const __wasmport_w = __wasmport_" << need(Helper::AllocArg)
       << "(" << Slots.layout(R).Size << ");\n"
       << F.In << Slots.write(R) << "(__wasmport_w, __wasmport_c);\n";
    return;
  case TypeKind::ClassValue:
    // C++ copies the object, which JS keeps.
    Object(/*Unique=*/false);
    OS << F.In << "const __wasmport_w = __wasmport_ptrOf(__wasmport_r);\n";
    return;
  case TypeKind::UniquePtr:
    // C++ takes the object over (null: an empty std::unique_ptr).
    Object(/*Unique=*/true);
    OS << F.In << "const __wasmport_w = "
       << uniquePtrToWire("__wasmport_r", R.Class) << ";\n";
    return;
  case TypeKind::Bool:
  case TypeKind::I8:
  case TypeKind::U8:
  case TypeKind::I16:
  case TypeKind::U16:
  case TypeKind::I32:
  case TypeKind::U32:
  case TypeKind::I64:
  case TypeKind::U64:
  case TypeKind::F32:
  case TypeKind::F64:
  case TypeKind::String:
  case TypeKind::StringView:
  case TypeKind::CString:
    Leaf(numberOrStringCheck(R.Kind));
    return;
  case TypeKind::Void:
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::SharedPtr:
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::JsValue:
  case TypeKind::Promise:
  case TypeKind::Expected:
    break;
  }
  llvm_unreachable("the lowering checks no other import result");
}

void ModulePrinter::printReturnToCpp(const Type &R, StringRef In) {
  if (loweredByCheck(R.Kind)) {
    OS << In << "return __wasmport_w;\n";
    return;
  }
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
