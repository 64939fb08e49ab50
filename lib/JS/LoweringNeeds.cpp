//===- LoweringNeeds.cpp - The helpers a plan's op lists use -------------===//
//
// What the op lists lower() made, and the plan's structure (classes, runtime
// and WASI imports, the target), need from the JS runtime: each op and each
// type it checks, lowers or lifts requires its helpers, so the printer knows
// every helper before it prints anything. Each switch here is over a closed
// vocabulary and has no `default:`.
//
//===----------------------------------------------------------------------===//
#include "JS/Lowering.h"

#include "JS/JSOverloads.h"

#include "JS/Plan.h"
#include "JS/Runtime.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/ErrorHandling.h"

using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::js {

namespace {


class Needs {
public:
  explicit Needs(Plan &P) : P(P) {}

  void call(const CallPlan &C) {
    for (const Op &O : C.Ops)
      op(O);
    for (const CallPlan &V : C.Variants)
      call(V);
    if (C.isDispatcher())
      requireDispatchHelpers(C, H);
  }
  void import(const ImportPlan &I) {
    if (!I.Self.empty())
      H.require(Helper::Heap); // The receiver is a JS heap handle.
    for (const Op &O : I.Ops)
      op(O);
  }
  void module();

private:
  void op(const Op &O);
  void check(const Type &T);
  void lowerArg(const Type &T);
  void lift(const Type &T);
  void liftImportArg(const Type &T);
  void checkResult(const Type &T);

  bool stringValued(StringRef Enum) const {
    for (const manifest::Enum &E : P.Enums)
      if (E.JsName == Enum)
        return E.StringValued;
    llvm_unreachable("the planner checks enum names");
  }
  Plan &P;
  HelperSet &H = P.Helpers;
};

void Needs::op(const Op &O) {
  switch (O.Kind) {
  case OpKind::CheckSelf:
  case OpKind::DeclareBorrowed:
    H.require(Helper::Object);
    return;
  case OpKind::DeclareHeld:
    return;
  case OpKind::Release:
    H.require(Helper::Object);
    if (O.Ty.Kind == TypeKind::Promise)
      H.require(Helper::Hold);
    return;
  case OpKind::CheckArg:
    check(O.Ty);
    return;
  case OpKind::LowerArg:
    lowerArg(O.Ty);
    return;
  case OpKind::PassCopies:
    H.require(Helper::ArgCopies);
    return;
  case OpKind::CallExport:
  case OpKind::StoreObject:
  case OpKind::BeginTry:
  case OpKind::Finally:
  case OpKind::EndTry:
  case OpKind::CallJS:
  case OpKind::DeclareJSResult:
  case OpKind::LeaveJS:
    return;
  case OpKind::ThrowIfError:
    H.require(Helper::Expected);
    // A JsValue error is thrown as it is, from the JS heap.
    if (O.Ty.Kind == TypeKind::JsValue)
      H.require(Helper::Heap);
    return;
  case OpKind::LiftResult:
    lift(O.Ty);
    return;
  case OpKind::WriteBackArg:
    H.require(Helper::SpanBack);
    return;
  case OpKind::LiftImportArg:
    liftImportArg(O.Ty);
    return;
  case OpKind::LendArg:
    H.require(Helper::WrapBorrowed);
    return;
  case OpKind::EndLoans:
    H.require(Helper::EndLoan);
    return;
  case OpKind::EnterJS:
    H.require(Helper::ImportDepth);
    return;
  case OpKind::CheckJSResult:
    checkResult(O.Ty);
    return;
  case OpKind::ReturnJSResult:
    if (O.Ty.Kind == TypeKind::String)
      H.require(Helper::ReturnString);
    else if (typeGroup(O.Ty.Kind) == TypeGroup::Handle)
      H.require(Helper::Heap);
    return;
  case OpKind::Catch:
    switch (O.Mode) {
    case CatchMode::Terminate:
    case CatchMode::TerminateReject:
      H.require(Helper::Trapped);
      return;
    case CatchMode::PassToCpp:
      H.require(Helper::JsThrew);
      return;
    case CatchMode::RepairStack:
      H.require(Helper::ImportGuard);
      return;
    case CatchMode::Rethrow:
      return;
    case CatchMode::Reject:
      H.require(Helper::Builtins); // __wasmport_reject
      return;
    }
    llvm_unreachable("unknown CatchMode");
  }
  llvm_unreachable("unknown OpKind");
}

void Needs::check(const Type &T) {
  switch (T.Kind) {
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::ClassValue:
    H.require(Helper::Object);
    return;
  case TypeKind::UniquePtr:
    H.require(Helper::BadArg);
    H.require(Helper::ObjectBad);
    return;
  case TypeKind::SharedPtr:
    H.require(Helper::BadArg);
    H.require(Helper::SharedBad);
    return;
  case TypeKind::Vector:
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::Value:
    // A slot's check function is the codec's (SlotCodecs::check).
    if (isFlatSequence(T)) {
      H.require(Helper::ArgError);
      H.require(Helper::TypedLength);
    } else {
      H.require(Helper::BadArg);
    }
    return;
  case TypeKind::JsValue:
  case TypeKind::Promise:
    return; // Any value.
  case TypeKind::Enum:
  case TypeKind::Function:
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
    H.require(Helper::ArgError);
    return;
  case TypeKind::Void:
  case TypeKind::Expected:
    break;
  }
  llvm_unreachable("the planner rejects void and std::expected parameters");
}

void Needs::lowerArg(const Type &T) {
  switch (typeGroup(T.Kind)) {
  case TypeGroup::Number:
  case TypeGroup::Enum:
    return;
  case TypeGroup::Object:
    H.require(Helper::Object); // __wasmport_disown, __wasmport_ownerOf
    return;
  case TypeGroup::Memory:
    if (isNumberVector(T))
      H.require(Helper::PassVector);
    else if (isFlatSequence(T))
      H.require(Helper::PassTyped);
    else
      H.require(Helper::AllocArg);
    return;
  case TypeGroup::Handle:
    H.require(Helper::Heap);
    return;
  case TypeGroup::String:
    H.require(Helper::PassString);
    return;
  case TypeGroup::Void:
  case TypeGroup::Expected:
    break;
  }
  llvm_unreachable("the planner rejects void and std::expected parameters");
}

void Needs::lift(const Type &T) {
  switch (T.Kind) {
  case TypeKind::Void:
  case TypeKind::Bool:
  case TypeKind::I8:
  case TypeKind::U8:
  case TypeKind::I16:
  case TypeKind::U16:
  case TypeKind::I32:
  case TypeKind::U32:
  case TypeKind::I64:
  case TypeKind::F32:
  case TypeKind::F64:
    return;
  case TypeKind::U64:
    H.require(Helper::Builtins); // __wasmport_asUintN
    return;
  case TypeKind::String:
  case TypeKind::StringView:
    H.require(Helper::TakeString);
    return;
  case TypeKind::CString:
    H.require(Helper::TakeCString);
    return;
  case TypeKind::ClassValue:
    H.require(Helper::Wrap);
    return;
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
    H.require(Helper::WrapBorrowed);
    return;
  case TypeKind::UniquePtr:
    H.require(Helper::WrapOrNull);
    return;
  case TypeKind::SharedPtr:
    H.require(Helper::WrapShared);
    H.require(Helper::SharedOwner);
    return;
  case TypeKind::Enum:
    if (stringValued(T.Class))
      H.require(Helper::EnumFromWire);
    return;
  case TypeKind::JsValue:
  case TypeKind::Promise:
    H.require(Helper::Heap);
    return;
  case TypeKind::Span:
  case TypeKind::SpanMut:
    H.require(P.Opts.ZeroCopySpans ? Helper::SpanView : Helper::SpanCopy);
    return;
  case TypeKind::Vector:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::Value:
    if (isFlatSequence(T))
      H.require(Helper::TakeTyped);
    return;
  case TypeKind::Function:
  case TypeKind::Expected:
    break;
  }
  llvm_unreachable("the planner rejects function results; expected is split");
}

void Needs::liftImportArg(const Type &T) {
  // As an export's result of the type is lifted; a slot is freed after.
  if (T.Kind == TypeKind::U64)
    H.require(Helper::Builtins); // __wasmport_asUintN
  switch (T.Kind) {
  case TypeKind::Enum:
    if (stringValued(T.Class))
      H.require(Helper::EnumFromWire);
    return;
  case TypeKind::Vector:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::Value:
    H.require(Helper::TakeSlot);
    return;
  case TypeKind::Span:
    H.require(Helper::CopyOut);
    return;
  case TypeKind::ClassValue:
    H.require(Helper::Wrap);
    return;
  case TypeKind::UniquePtr:
    H.require(Helper::WrapOrNull);
    return;
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
  case TypeKind::SpanMut:
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
  case TypeKind::Expected:
    break;
  }
  switch (typeGroup(T.Kind)) {
  case TypeGroup::String:
    H.require(Helper::DecodeString);
    return;
  case TypeGroup::Handle:
    H.require(Helper::Heap);
    return;
  case TypeGroup::Void:
  case TypeGroup::Number:
  case TypeGroup::Object:
  case TypeGroup::Enum:
  case TypeGroup::Memory:
  case TypeGroup::Expected:
    return; // Passed as the wire value (the Collector allows numbers).
  }
  llvm_unreachable("unknown TypeGroup");
}

void Needs::checkResult(const Type &T) {
  switch (T.Kind) {
  case TypeKind::Vector:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::Value:
    // The slot's check and write are the codec's (SlotCodecs).
    H.require(Helper::BadResult);
    H.require(Helper::AllocArg);
    return;
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
    H.require(Helper::Object);
    H.require(Helper::ObjectBad);
    H.require(Helper::BadResult);
    return;
  case TypeKind::Enum:
  case TypeKind::Function:
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
    H.require(Helper::ResultError);
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

void Needs::module() {
  H.require(Helper::Live);
  for (const ClassPlan &C : P.Classes) {
    // free() (which destroys later while JS code runs inside a call into
    // C++, or while a call uses the object) and the class's descriptor.
    H.require(Helper::Object);
    H.require(Helper::Kind);
    if (!C.Constructors.empty())
      H.require(Helper::Init);
    // A subclass's constructor calls its base's with the `derived` token.
    if (C.HasSubclasses || (!C.Base.empty() && !C.Constructors.empty()))
      H.require(Helper::Derived);
    // JS subclasses (JSSubclasses.cpp).
    if (!C.Virtuals.empty()) {
      H.require(Helper::Overrides);
      H.require(Helper::Init);
      if (!C.Base.empty())
        H.require(Helper::Derived);
    }
  }
  if (P.ImportsThrow)
    H.require(Helper::CppThrow);
  for (const HelperImport &I : P.RuntimeJSImports)
    H.require(I.Impl);
  for (const HelperImport &I : P.WasiImports)
    H.require(I.Impl);
  if (P.Opts.StressMemory)
    H.require(Helper::StressMemory);
  switch (P.Opts.Tgt) {
  case Target::Node:
    break;
  case Target::Web:
  case Target::Bundler:
    H.require(Helper::Instantiate);
    break;
  }
}

} // namespace

void requireHelpers(Plan &P) {
  // In print order, so that nothing depends on the order of the classes.
  Needs N(P);
  for (const CallPlan &F : P.Functions)
    N.call(F);
  for (const ClassPlan &C : P.Classes) {
    for (const CallPlan &Ctor : C.Constructors)
      N.call(Ctor);
    for (const CallPlan &Ctor : C.SubclassConstructors)
      N.call(Ctor);
    for (const CallPlan &M : C.Methods)
      N.call(M);
    for (const PropertyPlan &Prop : C.Properties) {
      N.call(Prop.Get);
      if (Prop.Set)
        N.call(*Prop.Set);
    }
    for (const CallPlan &S : C.Statics)
      N.call(S);
  }
  for (const ImportPlan &I : P.Imports)
    N.import(I);
  N.module();
}

} // namespace wasmport::js
