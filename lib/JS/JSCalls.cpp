//===- JSCalls.cpp - Exported functions and methods: the op interpreter ---===//
//
// Interprets the op lists of lib/JS/Lowering.h: each exported function,
// method and accessor checks every argument first (nothing is allocated
// before all checks pass), then lowers, calls once, and lifts, inside the
// trap guard; the import side's ops print here too. Holds the bodies of the
// conversions: argument checks, lowering, lifting.
//
//===----------------------------------------------------------------------===//
#include "Manifest/Layout.h"
#include "JS/JSEmitter.h"

#include "JS/JSOverloads.h"

#include "JS/Slots.h"
#include "Manifest/Naming.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ErrorHandling.h"

using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::js {

void ModulePrinter::run(const OpList &Ops, Frame &F) {
  for (const Op &O : Ops)
    run(O, F);
}

void ModulePrinter::run(const Op &O, Frame &F) {
  switch (O.Kind) {
  case OpKind::CheckSelf:
    need(Helper::Object);
    OS << F.In << "const __wasmport_this = __wasmport_self(this, "
       << kindName(F.Class) << ", " << quote(F.where()) << ");\n";
    F.WireArgs.push_back("__wasmport_this");
    F.Borrowed.push_back("this");
    return;
  case OpKind::DeclareBorrowed: {
    const ParamPlan &Pa = F.param(O);
    OS << F.In << "let " << Pa.Js << "_ptr = 0;\n";
    F.Borrowed.push_back(Pa.Js);
    return;
  }
  case OpKind::DeclareHeld:
    OS << F.In << "let __wasmport_held;\n";
    F.Held = true;
    return;
  case OpKind::Release:
    printRelease(O, F);
    return;
  case OpKind::CheckArg:
    printCheck(F.param(O), quote(F.where()), F.In);
    return;
  case OpKind::LowerArg:
    printLowering(F.param(O), F.where(), F.WireArgs, F.In);
    return;
  case OpKind::PassCopies:
    need(Helper::ArgCopies);
    OS << F.In << "__wasmport_argsPassed();\n";
    return;
  case OpKind::CallExport:
    appendLeftOutWire(*F.Call, F.WireArgs);
    F.Value = (Wasm + "." + F.Call->Symbol + "(" + join(F.WireArgs, ", ") + ")")
                  .str();
    return;
  case OpKind::ThrowIfError:
    F.Value = "__wasmport_" + need(Helper::Expected).str() + "(" + F.Value +
              ", " + Slots.error(O.Ty) + ")";
    return;
  case OpKind::LiftResult:
    if (F.Held) {
      // The finally holds the borrows until the promise settles.
      need(Helper::Heap);
      OS << F.In << "__wasmport_held = __wasmport_takeObject(" << F.Value
         << ");\n"
         << F.In << "return __wasmport_held;\n";
      return;
    }
    printLift(O.Ty, F.Value, F.In);
    return;
  case OpKind::StoreObject:
    OS << F.In << "__wasmport_ptr = " << F.Value << ";\n";
    return;
  case OpKind::WriteBackArg: {
    const ParamPlan &Pa = F.param(O);
    OS << F.In << "__wasmport_" << need(Helper::SpanBack) << "(" << Pa.Js
       << ", " << Pa.Js << "_ptr, " << Pa.Js << "_n * "
       << SlotCodecs::elementBytes(Pa.Ty.element().Kind) << ");\n";
    return;
  }
  case OpKind::LiftImportArg:
    F.JSArgs.push_back(liftImportArg(F.param(O)));
    return;
  case OpKind::LendArg: {
    const ParamPlan &Pa = F.param(O);
    std::string Lent = Pa.Js + "_lent";
    OS << F.In << "const " << Lent << " = __wasmport_"
       << need(Helper::WrapBorrowed) << "(" << kindName(O.Ty.Class) << ", "
       << Pa.Js << ");\n";
    F.JSArgs.push_back(Lent);
    F.Lent.push_back({Lent, kindName(O.Ty.Class)});
    return;
  }
  case OpKind::EndLoans:
    for (const auto &L : F.Lent)
      OS << F.In << "__wasmport_" << need(Helper::EndLoan) << "(" << L.first
         << ", " << L.second << ");\n";
    return;
  case OpKind::EnterJS:
    need(Helper::ImportDepth);
    OS << F.In << "__wasmport_importState.depth++;\n";
    return;
  case OpKind::DeclareJSResult:
    OS << F.In << "let __wasmport_r;\n";
    return;
  case OpKind::CallJS: {
    std::string Call = importCall(*F.Import, F.JSArgs);
    if (O.Ty.Kind == TypeKind::Promise)
      OS << F.In << "__wasmport_r = " << Call << ";\n";
    else if (O.Ty.Kind == TypeKind::Void)
      OS << F.In << Call << ";\n";
    else
      OS << F.In << "const __wasmport_r = " << Call << ";\n";
    return;
  }
  case OpKind::CheckJSResult:
    printResultCheck(O.Ty, F); // JSImports.cpp
    return;
  case OpKind::ReturnJSResult:
    printReturnToCpp(O.Ty, F.In);
    return;
  case OpKind::LeaveJS:
    OS << F.In << "__wasmport_importState.depth--;\n";
    return;
  case OpKind::BeginTry:
    OS << F.In << "try {\n";
    F.push();
    return;
  case OpKind::Finally:
    F.pop();
    OS << F.In << "} finally {\n";
    F.push();
    return;
  case OpKind::EndTry:
    F.pop();
    OS << F.In << "}\n";
    return;
  case OpKind::Catch:
    F.pop();
    OS << F.In << "} catch (e) {\n";
    F.push();
    printCatch(O, F.In);
    return;
  }
  llvm_unreachable("unknown OpKind");
}

void ModulePrinter::printCatch(const Op &O, StringRef In) {
  switch (O.Mode) {
  case CatchMode::Terminate:
    OS << In << "throw __wasmport_" << need(Helper::Trapped) << "(e);\n";
    return;
  case CatchMode::TerminateReject:
    OS << In << "return __wasmport_reject(__wasmport_" << need(Helper::Trapped)
       << "(e));\n";
    return;
  case CatchMode::PassToCpp:
    // C++ takes the exception from the return area (wire::takeException)
    // and throws it, or returns it as a std::expected's error.
    need(Helper::JsThrew);
    OS << In << "__wasmport_importState.depth--;\n";
    if (O.Ty.Kind == TypeKind::I64 || O.Ty.Kind == TypeKind::U64)
      OS << In << "__wasmport_jsThrew(e);\n" << In << "return 0n;\n";
    else
      OS << In << "return __wasmport_jsThrew(e);\n";
    return;
  case CatchMode::RepairStack:
    need(Helper::ImportGuard);
    OS << In << "throw __wasmport_importThrew(e);\n";
    return;
  case CatchMode::Rethrow:
    OS << In << "__wasmport_importState.depth--;\n" << In << "throw e;\n";
    return;
  case CatchMode::Reject:
    need(Helper::Builtins);
    OS << In << "__wasmport_r = __wasmport_reject(e);\n";
    return;
  }
  llvm_unreachable("unknown CatchMode");
}

void ModulePrinter::printFunction(const CallPlan &F) {
  printCallDoc(OS, "", F);
  if (F.isDispatcher()) {
    OS << "export function " << F.JsName << "(...__wasmport_args) {\n";
    printDispatch(F, "", "  ");
    OS << "}\n\n";
    return;
  }
  OS << "export function " << F.JsName << "(" << paramList(F) << ") {\n";
  Frame Fr;
  Fr.Call = &F;
  Fr.In = "  ";
  run(F.Ops, Fr);
  OS << "}\n\n";
}

void ModulePrinter::printRelease(const Op &O, const Frame &F) {
  auto Object = [&](StringRef Js) {
    return Js == "this" ? std::string("this")
                        : (Js + "_ptr === 0 ? null : " + Js).str();
  };
  if (O.Ty.Kind == TypeKind::Promise) {
    SmallVector<std::string, 4> Objects;
    for (StringRef Js : F.Borrowed)
      Objects.push_back(Object(Js));
    OS << F.In << "__wasmport_" << need(Helper::Hold)
       << "(__wasmport_held, [" << join(Objects, ", ") << "]);\n";
    return;
  }
  for (StringRef Js : F.Borrowed) {
    if (Js == "this")
      OS << F.In << "__wasmport_release(this);\n";
    else
      OS << F.In << "if (" << Js << "_ptr !== 0) __wasmport_release(" << Js
         << ");\n";
  }
}

void ModulePrinter::printCheck(const ParamPlan &Pa, StringRef Where,
                               StringRef Indent) {
  const Type &T = Pa.Ty;
  TypeKind K = T.Kind;
  auto Leaf = [&](const LeafCheck &C) {
    OS << Indent << "if (" << substitute(C.BadIf, Pa.Js)
       << ") throw __wasmport_" << need(Helper::ArgError) << "(" << Where
       << ", " << quote(Pa.Cpp) << ", " << quote(C.Expected) << ", " << Pa.Js
       << ");\n";
  };
  auto Slot = [&](const std::string &Call) {
    OS << Indent << "{\n"
       << Indent << "  const bad = " << Call << ";\n"
       << Indent << "  if (bad !== undefined) throw __wasmport_"
       << need(Helper::BadArg) << "(" << Where << ", " << quote(Pa.Cpp)
       << ", bad);\n"
       << Indent << "}\n";
  };
  switch (K) {
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::ClassValue:
    // Declared before the try (DeclareBorrowed): the finally releases it.
    need(Helper::Object);
    OS << Indent << Pa.Js << "_ptr = __wasmport_objectArg(" << Pa.Js << ", "
       << kindName(T.Class) << ", " << Where << ", " << quote(Pa.Cpp) << ", "
       << (K == TypeKind::ClassPtr ? "true" : "false") << ");\n";
    return;
  case TypeKind::UniquePtr:
    Slot("__wasmport_" + need(Helper::ObjectBad).str() + "(" + Pa.Js + ", " +
         kindName(T.Class) + ", true, true)");
    return;
  case TypeKind::SharedPtr:
    Slot("__wasmport_" + need(Helper::SharedBad).str() + "(" + Pa.Js + ", " +
         kindName(T.Class) + ")");
    return;
  case TypeKind::Enum:
    Leaf(Slots.enumCheck(T));
    return;
  case TypeKind::Vector:
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::Value:
    if (isFlatSequence(T)) {
      // Its length, once, through the intrinsic getters (typedLength).
      StringRef Array = typedArrayName(T.element().Kind);
      OS << Indent << "const " << Pa.Js << "_n = __wasmport_"
         << need(Helper::TypedLength) << "(" << Pa.Js << ", " << quote(Array)
         << ");\n";
      Leaf({"$_n < 0", SlotCodecs::withArticle(Array)});
      return;
    }
    // The checked copy, which the lowering writes.
    OS << Indent << "const " << Pa.Js << "_c = " << Slots.check(T) << "("
       << Pa.Js << ");\n"
       << Indent << "if (" << Pa.Js << "_c === __wasmport_BAD) throw __wasmport_"
       << need(Helper::BadArg) << "(" << Where << ", " << quote(Pa.Cpp)
       << ", __wasmport_lastBad);\n";
    return;
  case TypeKind::JsValue:
    return; // Any value.
  case TypeKind::Function:
    Leaf({"typeof $ !== 'function'", "a function"});
    return;
  case TypeKind::Promise:
    return; // Any value (a promise resolves to a non-promise one).
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
    Leaf(numberOrStringCheck(K));
    return;
  case TypeKind::Void:
  case TypeKind::Expected:
    break;
  }
  llvm_unreachable("the planner rejects void and std::expected parameters");
}

void ModulePrinter::printLowering(const ParamPlan &Pa, StringRef Where,
                                  SmallVectorImpl<std::string> &WireArgs,
                                  StringRef Indent) {
  const Type &T = Pa.Ty;
  TypeKind K = T.Kind;
  switch (typeGroup(K)) {
  case TypeGroup::Void:
    llvm_unreachable("void parameter");
  case TypeGroup::Number:
    WireArgs.push_back(K == TypeKind::Bool ? Pa.Js + " ? 1 : 0" : Pa.Js);
    return;
  case TypeGroup::Enum:
    WireArgs.push_back(Slots.enumToWire(T, Pa.Js));
    return;
  case TypeGroup::Object:
    if (K == TypeKind::UniquePtr)
      WireArgs.push_back(uniquePtrToWire(Pa.Js, T.Class, Where, Pa.Cpp));
    else if (K == TypeKind::SharedPtr)
      WireArgs.push_back(sharedOwnerToWire(Pa.Js));
    else
      WireArgs.push_back(Pa.Js + "_ptr");
    return;
  case TypeGroup::Memory:
    if (isNumberVector(T)) {
      OS << Indent << "const " << Pa.Js << "_ptr = __wasmport_"
         << need(Helper::PassVector) << "(" << Pa.Js << ", " << Pa.Js
         << "_n, " << Pa.Js << "_n * "
         << SlotCodecs::elementBytes(T.element().Kind) << ", " << Wasm << "."
         << vectorMakerSymbol(T) << ");\n";
      WireArgs.push_back(Pa.Js + "_ptr");
    } else if (isFlatSequence(T)) {
      OS << Indent << "const " << Pa.Js << "_ptr = __wasmport_"
         << need(Helper::PassTyped) << "(" << Pa.Js << ", " << Pa.Js
         << "_n * " << SlotCodecs::elementBytes(T.element().Kind) << ");\n";
      WireArgs.push_back(Pa.Js + "_ptr");
      WireArgs.push_back(Pa.Js + "_n");
    } else {
      OS << Indent << "const " << Pa.Js << "_ptr = __wasmport_"
         << need(Helper::AllocArg) << "(" << Slots.layout(T).Size << ");\n"
         << Indent << Slots.write(T) << "(" << Pa.Js << "_ptr, " << Pa.Js
         << "_c);\n";
      WireArgs.push_back(Pa.Js + "_ptr");
    }
    return;
  case TypeGroup::Handle:
    need(Helper::Heap);
    WireArgs.push_back("__wasmport_addHeap(" + Pa.Js + ")");
    return;
  case TypeGroup::Expected:
    llvm_unreachable("the planner rejects std::expected parameters");
  case TypeGroup::String:
    need(Helper::PassString);
    if (K == TypeKind::CString)
      OS << Indent << "const " << Pa.Js << "_ptr = " << Pa.Js
         << " === null ? 0 : __wasmport_passString(" << Pa.Js << ", 1);\n"
         << Indent << "const " << Pa.Js << "_len = " << Pa.Js
         << " === null ? 0 : __wasmport_passLen;\n";
    else
      OS << Indent << "const " << Pa.Js << "_ptr = __wasmport_passString("
         << Pa.Js << ", 0);\n"
         << Indent << "const " << Pa.Js << "_len = __wasmport_passLen;\n";
    WireArgs.push_back(Pa.Js + "_ptr");
    WireArgs.push_back(Pa.Js + "_len");
    return;
  }
  llvm_unreachable("unknown TypeGroup");
}

void ModulePrinter::printLift(const Type &R, StringRef Call, StringRef Indent) {
  switch (R.Kind) {
  case TypeKind::Void:
    OS << Indent << Call << ";\n";
    return;
  case TypeKind::Bool:
    OS << Indent << "return " << Call << " !== 0;\n";
    return;
  case TypeKind::U32:
    OS << Indent << "return " << Call << " >>> 0;\n";
    return;
  case TypeKind::U64:
    need(Helper::Builtins);
    OS << Indent << "return __wasmport_asUintN(64, " << Call << ");\n";
    return;
  case TypeKind::I8:
  case TypeKind::U8:
  case TypeKind::I16:
  case TypeKind::U16:
  case TypeKind::I32:
  case TypeKind::I64:
  case TypeKind::F32:
  case TypeKind::F64:
    OS << Indent << "return " << Call << ";\n";
    return;
  case TypeKind::String:
  case TypeKind::StringView:
    OS << Indent << Call << ";\n"
       << Indent << "return __wasmport_" << need(Helper::TakeString) << "();\n";
    return;
  case TypeKind::CString:
    OS << Indent << Call << ";\n"
       << Indent << "return __wasmport_" << need(Helper::TakeCString)
       << "();\n";
    return;
  case TypeKind::ClassValue:
    OS << Indent << "return __wasmport_" << need(Helper::Wrap) << "("
       << kindName(R.Class) << ", " << Call << ");\n";
    return;
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
    OS << Indent << "return __wasmport_" << need(Helper::WrapBorrowed) << "("
       << kindName(R.Class) << ", " << Call << ");\n";
    return;
  case TypeKind::UniquePtr:
    OS << Indent << "return __wasmport_" << need(Helper::WrapOrNull) << "("
       << kindName(R.Class) << ", " << Call << ");\n";
    return;
  case TypeKind::SharedPtr:
    OS << Indent << "const __wasmport_p = " << Call << ";\n"
       << Indent << "return __wasmport_" << need(Helper::WrapShared) << "("
       << kindName(R.Class) << ", __wasmport_p, __wasmport_"
       << need(Helper::SharedOwner) << "());\n";
    return;
  case TypeKind::Enum:
    OS << Indent << "return " << Slots.enumFromWire(R, Call) << ";\n";
    return;
  case TypeKind::JsValue:
  case TypeKind::Promise:
    need(Helper::Heap);
    OS << Indent << "return __wasmport_takeObject(" << Call << ");\n";
    return;
  case TypeKind::Function:
    llvm_unreachable("the planner rejects function results");
  case TypeKind::Span:
  case TypeKind::SpanMut: {
    Helper Lift = P.Opts.ZeroCopySpans ? Helper::SpanView : Helper::SpanCopy;
    OS << Indent << Call << ";\n"
       << Indent << "return __wasmport_" << need(Lift) << "(__wasmport_"
       << typedArrayName(R.element().Kind) << ");\n";
    return;
  }
  case TypeKind::Vector:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::Value:
    if (isFlatSequence(R)) {
      OS << Indent << Call << ";\n"
         << Indent << "return __wasmport_" << need(Helper::TakeTyped)
         << "(__wasmport_" << typedArrayName(R.element().Kind) << ");\n";
      return;
    }
    // A slot with nothing to free comes in the result scratch, which the
    // next call reuses: read it now, free nothing.
    if (resultInScratch(R, P.Values)) {
      OS << Indent << "return " << Slots.read(R) << "(" << Call << ");\n";
      return;
    }
    OS << Indent << "const __wasmport_r = " << Call << ";\n"
       << Indent << "const __wasmport_v = " << Slots.read(R)
       << "(__wasmport_r);\n"
       << Indent << Wasm << ".__wasmport_free(__wasmport_r);\n"
       << Indent << "return __wasmport_v;\n";
    return;
  case TypeKind::Expected:
    break;
  }
  llvm_unreachable("the lowering splits std::expected results");
}

void ModulePrinter::printMethod(const ClassPlan &C, const CallPlan &M,
                                MemberKind Kind) {
  bool Accessor = false;
  StringRef Prefix;
  switch (Kind) {
  case MemberKind::Method:
    break;
  case MemberKind::Static:
    Prefix = "static ";
    break;
  case MemberKind::Getter:
    Prefix = "get ";
    Accessor = true;
    break;
  case MemberKind::Setter:
    Prefix = "set ";
    Accessor = true;
    break;
  }
  if (!Accessor)
    printCallDoc(OS, "  ", M);
  if (M.isDispatcher()) {
    OS << "  " << Prefix << M.JsName << "(...__wasmport_args) {\n";
    printDispatch(M, C.Name, "    ");
    OS << "  }\n\n";
    return;
  }
  OS << "  " << Prefix << M.JsName << "(" << paramList(M) << ") {\n";
  Frame Fr;
  Fr.Call = &M;
  Fr.Class = C.Name;
  Fr.In = "    ";
  run(M.Ops, Fr);
  OS << "  }\n\n";
}

void ModulePrinter::printProperty(const ClassPlan &C,
                                  const PropertyPlan &Prop) {
  printDocComment(OS, "  ", Prop.Doc);
  printMethod(C, Prop.Get, MemberKind::Getter);
  if (Prop.Set)
    printMethod(C, *Prop.Set, MemberKind::Setter);
}
} // namespace wasmport::js
