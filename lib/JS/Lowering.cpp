//===- Lowering.cpp - Each crossing of the boundary as a list of ops ------===//
//
// The op lists of each crossing (lowerExport, lowerImport); what they need
// is derived in LoweringNeeds.cpp. Each switch
// here is over a closed vocabulary and has no `default:`, so a new type kind
// or op kind shows up as a compiler error in every place that must handle it.
//
//===----------------------------------------------------------------------===//
#include "JS/Lowering.h"

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

enum class CallRole { Function, Method, Static, Constructor };

/// An object argument the call borrows: C++ gets its address and may keep
/// using the object until the call returns (or its promise settles).
bool borrowed(const Type &T) {
  return T.Kind == TypeKind::ClassRef || T.Kind == TypeKind::ClassPtr ||
         T.Kind == TypeKind::ClassValue;
}

/// Whether lowering the argument copies it into wasm memory that the thunk
/// frees (a string, a vector, a span, an optional, a value struct).
bool copied(const Type &T) {
  switch (typeGroup(T.Kind)) {
  case TypeGroup::Memory:
  case TypeGroup::String:
    return true;
  case TypeGroup::Void:
  case TypeGroup::Number:
  case TypeGroup::Enum:
  case TypeGroup::Object:
  case TypeGroup::Handle:
  case TypeGroup::Expected:
    return false;
  }
  llvm_unreachable("unknown TypeGroup");
}

/// Whether the argument may hand an object over to C++ (a std::unique_ptr,
/// also inside a vector, optional or value struct). Such arguments are
/// checked last, once every object the call borrows is known.
bool consumes(const Plan &P, const Type &Top) {
  StringSet<> Seen; // Value structs visited: a vector may hold its own.
  std::function<bool(const Type &)> Walk = [&](const Type &T) {
    switch (T.Kind) {
    case TypeKind::UniquePtr:
      return true;
    case TypeKind::Vector:
    case TypeKind::Optional:
      return Walk(T.element());
    case TypeKind::Map:
      return Walk(T.mapped());
    case TypeKind::Set:
      return false; // Keys hold no objects.
    case TypeKind::Value:
      if (!Seen.insert(T.Class).second)
        return false;
      for (const ValueStruct &V : P.Values)
        if (V.JsName == T.Class)
          return any_of(V.Fields, [&](const Field &F) { return Walk(F.Ty); });
      return false;
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
    case TypeKind::ClassValue:
    case TypeKind::SharedPtr:
    case TypeKind::Enum:
    case TypeKind::Span:
    case TypeKind::SpanMut:
    case TypeKind::JsValue:
    case TypeKind::Function:
    case TypeKind::Promise:
    case TypeKind::Expected:
      return false;
    }
    llvm_unreachable("unknown TypeKind");
  };
  return Walk(Top);
}

/// When an argument's check runs: 0 reads JS values (slots), 1 checks
/// others, 2 reads a typed array's length (see lowerExport).
unsigned checkRank(const Type &T) {
  if (isFlatSequence(T))
    return 2;
  switch (T.Kind) {
  case TypeKind::Vector:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::Value:
    return 0;
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
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
  case TypeKind::SharedPtr:
  case TypeKind::Enum:
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
  case TypeKind::Expected:
    return 1;
  }
  llvm_unreachable("unknown TypeKind");
}

/// The position of an argument's check among the call's (see lowerExport):
/// the ranks of checkRank, with the arguments that hand objects over after
/// ranks 0 and 1.
unsigned checkOrder(const Plan &P, const Type &T) {
  unsigned Rank = checkRank(T);
  if (Rank == 2)
    return 3;
  return consumes(P, T) ? 2 : Rank;
}

OpList lowerExport(const Plan &P, const CallPlan &C, CallRole Role) {
  OpList Ops;
  // A call that borrows objects (`this`, object arguments) ends the borrows
  // in a `finally`, so its checks run inside the try: a failed check after
  // a borrow ends it too. Other calls check before the try.
  bool Borrows = Role == CallRole::Method ||
                 any_of(C.Params, [](const ParamPlan &Pa) {
                   return borrowed(Pa.Ty);
                 });
  bool Holds = Borrows && C.Result.Kind == TypeKind::Promise;
  if (Role == CallRole::Method)
    Ops.push_back({OpKind::CheckSelf});
  if (Holds)
    Ops.push_back({OpKind::DeclareHeld});
  for (auto [I, Pa] : enumerate(C.Params))
    if (borrowed(Pa.Ty))
      Ops.push_back({OpKind::DeclareBorrowed, unsigned(I), Pa.Ty});
  if (Borrows)
    Ops.push_back({OpKind::BeginTry});
  // The order of the checks (checkOrder): those that can run JS code (a
  // Proxy's traps while a vector or a value struct is read) first; then the
  // others, whose answers that code could change (an object freed, a typed
  // array's buffer detached); then the arguments that hand objects over,
  // once every object the call borrows is borrowed (`f(c, c)` with a
  // `const C&` and a `std::unique_ptr<C>` is a TypeError before anything is
  // allocated); typed arrays last, their lengths read once and kept until
  // they are copied.
  for (unsigned Order = 0; Order != 4; ++Order)
    for (auto [I, Pa] : enumerate(C.Params))
      if (checkOrder(P, crossingType(Pa.Ty)) == Order)
        Ops.push_back({OpKind::CheckArg, unsigned(I), crossingType(Pa.Ty)});
  // Everything from the first allocation to the lifted result runs inside
  // the trap guard.
  if (!Borrows)
    Ops.push_back({OpKind::BeginTry});
  for (auto [I, Pa] : enumerate(C.Params))
    Ops.push_back({OpKind::LowerArg, unsigned(I), crossingType(Pa.Ty)});
  // The copies made so far are the glue's until the call has them all: out
  // of memory for the second one frees the first (argCopies).
  if (any_of(C.Params,
             [](const ParamPlan &Pa) { return copied(crossingType(Pa.Ty)); }))
    Ops.push_back({OpKind::PassCopies});
  SmallVector<unsigned, 2> WriteBack;
  if (Role != CallRole::Constructor)
    for (auto [I, Pa] : enumerate(C.Params))
      if (Pa.Ty.Kind == TypeKind::SpanMut)
        WriteBack.push_back(I);
  if (!WriteBack.empty())
    Ops.push_back({OpKind::BeginTry});
  Ops.push_back({OpKind::CallExport});
  if (C.Result.Kind == TypeKind::Expected)
    Ops.push_back({OpKind::ThrowIfError, 0, C.Result.error()});
  if (Role == CallRole::Constructor)
    Ops.push_back({OpKind::StoreObject});
  else
    Ops.push_back(
        {OpKind::LiftResult, 0, crossingType(crossingResult(C.Result))});
  if (!WriteBack.empty()) {
    Ops.push_back({OpKind::Finally});
    for (unsigned I : WriteBack)
      Ops.push_back({OpKind::WriteBackArg, I, C.Params[I].Ty});
    Ops.push_back({OpKind::EndTry});
  }
  // A function returning a promise rejects it, as an async function would.
  Op Catch{OpKind::Catch};
  Catch.Mode = C.Result.Kind == TypeKind::Promise ? CatchMode::TerminateReject
                                                  : CatchMode::Terminate;
  Ops.push_back(Catch);
  if (Borrows) {
    Ops.push_back({OpKind::Finally});
    Ops.push_back({OpKind::Release, 0, Holds ? C.Result : Type{}});
  }
  Ops.push_back({OpKind::EndTry});
  return Ops;
}

/// How an import's result goes back to C++.
enum class ResultShape { None, Handle, String, Checked };

ResultShape importResultShape(const Type &R) {
  switch (R.Kind) {
  case TypeKind::Void:
    return ResultShape::None;
  case TypeKind::JsValue:
    return ResultShape::Handle;
  case TypeKind::String:
    return ResultShape::String;
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
  case TypeKind::StringView:
  case TypeKind::CString:
  // Checked as an export's argument, and lowered by the check, inside the
  // try: a failed check or allocation is the JS exception of the call.
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
  case TypeKind::Enum:
  case TypeKind::Value:
  case TypeKind::Vector:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
    return ResultShape::Checked;
  case TypeKind::Promise:
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::SharedPtr:
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::Expected:
    break;
  }
  llvm_unreachable("the Collector and the planner reject this import result");
}

OpList lowerImport(const ImportPlan &I, bool HasStackAccess) {
  OpList Ops;
  // Objects C++ passes by pointer or reference are lent to JS for the call:
  // a `finally` detaches their wrappers, so later use throws.
  bool Lends = false;
  for (auto [N, Pa] : enumerate(I.Params)) {
    bool Lent =
        Pa.Ty.Kind == TypeKind::ClassRef || Pa.Ty.Kind == TypeKind::ClassPtr;
    Lends |= Lent;
    Ops.push_back({Lent ? OpKind::LendArg : OpKind::LiftImportArg,
                   unsigned(N), crossingType(Pa.Ty)});
  }
  auto CloseTry = [&] {
    if (Lends) {
      Ops.push_back({OpKind::Finally});
      Ops.push_back({OpKind::EndLoans});
    }
    Ops.push_back({OpKind::EndTry});
  };
  // The depth tells free() that C++ frames are below (freeLater). No
  // `finally`: the count goes down on each way out, which is cheaper.
  Ops.push_back({OpKind::EnterJS});
  Op Catch{OpKind::Catch};
  if (I.Result.Kind == TypeKind::Promise) {
    // C++ awaits what the function returns; an exception it throws becomes
    // a rejection there, as in an async function.
    Catch.Mode = CatchMode::Reject;
    Ops.push_back({OpKind::DeclareJSResult});
    Ops.push_back({OpKind::BeginTry});
    Ops.push_back({OpKind::CallJS, 0, I.Result});
    Ops.push_back(Catch);
    CloseTry();
    Ops.push_back({OpKind::LeaveJS});
    Ops.push_back({OpKind::ReturnJSResult, 0, I.Result});
    return Ops;
  }
  const Type &R = crossingType(crossingResult(I.Result));
  // C++ takes what the JS code threw from the return area
  // (wire::takeException); with stack access, an exception leaving the
  // import repairs the shadow stack pointer (the importGuard helper).
  Catch.Mode = I.Catches        ? CatchMode::PassToCpp
               : HasStackAccess ? CatchMode::RepairStack
                                : CatchMode::Rethrow;
  Catch.Ty = R;
  Ops.push_back({OpKind::BeginTry});
  Ops.push_back({OpKind::CallJS, 0, R});
  bool Returns = false;
  switch (importResultShape(R)) {
  case ResultShape::None:
    break;
  case ResultShape::Handle:
    Ops.push_back({OpKind::LeaveJS});
    Ops.push_back({OpKind::ReturnJSResult, 0, R});
    Returns = true;
    break;
  case ResultShape::String:
    Ops.push_back({OpKind::CheckJSResult, 0, R});
    Ops.push_back({OpKind::ReturnJSResult, 0, R});
    break;
  case ResultShape::Checked:
    Ops.push_back({OpKind::CheckJSResult, 0, R});
    Ops.push_back({OpKind::LeaveJS});
    Ops.push_back({OpKind::ReturnJSResult, 0, R});
    Returns = true;
    break;
  }
  Ops.push_back(Catch);
  CloseTry();
  if (!Returns)
    Ops.push_back({OpKind::LeaveJS});
  return Ops;
}

} // namespace

void lower(Plan &P) {
  // A dispatcher's variants are the calls (JSOverloads.cpp).
  auto Lower = [&](CallPlan &C, CallRole Role) {
    if (!C.isDispatcher())
      C.Ops = lowerExport(P, C, Role);
    for (CallPlan &V : C.Variants)
      V.Ops = lowerExport(P, V, Role);
  };
  for (CallPlan &F : P.Functions)
    Lower(F, CallRole::Function);
  for (ClassPlan &C : P.Classes) {
    for (CallPlan &Ctor : C.Constructors)
      Lower(Ctor, CallRole::Constructor);
    for (CallPlan &Ctor : C.SubclassConstructors)
      Ctor.Ops = lowerExport(P, Ctor, CallRole::Constructor);
    for (CallPlan &M : C.Methods)
      Lower(M, CallRole::Method);
    for (PropertyPlan &Prop : C.Properties) {
      Prop.Get.Ops = lowerExport(P, Prop.Get, CallRole::Method);
      if (Prop.Set)
        Prop.Set->Ops = lowerExport(P, *Prop.Set, CallRole::Method);
    }
    for (CallPlan &S : C.Statics)
      Lower(S, CallRole::Static);
  }
  for (ImportPlan &I : P.Imports)
    I.Ops = lowerImport(I, P.HasStackAccess);

  requireHelpers(P);
}

} // namespace wasmport::js
