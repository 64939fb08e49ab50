//===- Lowering.h - Each crossing of the boundary as a list of ops -*- C++
//-*-===//
//
// The lowering turns every call the generated JS makes into C++ (exported
// functions, methods, accessors, constructors) and every JS function C++
// calls (imports) into a short list of operations: check an argument, lower
// it to wire values, call, throw a std::expected's error, lift the result,
// write span elements back, end the borrows of the objects the call uses,
// and the try/catch/finally structure around them.
// The JS printer interprets these lists; it decides nothing. From the lists
// (and the plan's classes and imports) the lowering also derives, before
// anything is printed, the JS helpers the module needs, as wasm-bindgen's
// cli-support does.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_JS_LOWERING_H
#define WASMPORT_JS_LOWERING_H

#include "Manifest/Manifest.h"

#include <vector>

namespace wasmport::js {

struct Plan;
class HelperSet;

/// What one operation does. The "Arg" kinds name a parameter (Op::Param);
/// the kinds that convert a value carry its type (Op::Ty).
enum class OpKind : unsigned char {
  // JS calls C++ (exports).
  CheckSelf,    ///< `this` is a live object of the class: __wasmport_this,
                ///< borrowed until Release.
  DeclareBorrowed, ///< `let` the address of an object argument (Param),
                   ///< borrowed by its check inside the try.
  DeclareHeld,  ///< `let` the promise result, which holds the borrows.
  CheckArg,     ///< The argument fits its type, else a TypeError; an
                ///< object argument is borrowed until Release.
  LowerArg,     ///< The argument's wire values (memory it needs allocated).
  PassCopies,   ///< The call takes over the arguments' copies in wasm
                ///< memory: the glue forgets them. An error before this
                ///< (out of memory for a later argument) frees them.
  CallExport,   ///< The call of the thunk with the wire values.
  ThrowIfError, ///< A std::expected result: throw its error (Ty).
  LiftResult,   ///< Return the call's result (Ty) as a JS value.
  StoreObject,  ///< Constructors: the new C++ object's address.
  WriteBackArg, ///< A std::span<T>'s elements back into the caller's array.
  Release,      ///< In the finally: the call's borrows end; a promise
                ///< result (Ty) holds them until it settles.
  // C++ calls JS (imports).
  LiftImportArg,   ///< The JS value of a wire argument.
  LendArg,         ///< `const` a wrapper lent for the call of an object
                   ///< argument (T*, T&; null for 0), which EndLoans ends.
  EndLoans,        ///< In the finally: the lent wrappers are detached.
  EnterJS,         ///< Count the JS frame (free() defers destructors).
  DeclareJSResult, ///< `let` the result, assigned inside the try.
  CallJS,          ///< Call the user's JS (a promise result is assigned).
  CheckJSResult,   ///< The result fits its type (Ty), else a TypeError.
  ReturnJSResult,  ///< Lower the result (Ty) and return it to C++.
  LeaveJS,         ///< The JS frame's count goes down.
  // Structure.
  BeginTry, ///< try {
  Finally,  ///< } finally {
  EndTry,   ///< } (of a finally)
  Catch,    ///< } catch (e) { ... as Op::Mode says; Finally or EndTry
            ///< closes it.
};

/// What a Catch op does with the exception.
enum class CatchMode : unsigned char {
  Terminate,       ///< A trap terminates the module; rethrown.
  TerminateReject, ///< As Terminate, but returns a rejected promise.
  PassToCpp,       ///< Left in the return area for C++ (catching imports).
  RepairStack,     ///< Rethrown after repairing the shadow stack.
  Rethrow,         ///< Rethrown after LeaveJS.
  Reject,          ///< The promise result becomes a rejected one.
};

/// One operation.
struct Op {
  OpKind Kind;
  unsigned Param = 0;  ///< The parameter's index, for the Arg kinds.
  manifest::Type Ty{}; ///< The type converted, for the kinds that convert.
  CatchMode Mode = CatchMode::Terminate; ///< For Catch.
};

using OpList = std::vector<Op>;

/// Fills the Ops of every call and import of P and P.Helpers: the helpers
/// the module's code uses. The slot codecs
/// (SlotCodecs) add the helpers their generated functions use.
void lower(Plan &P);

/// The part of lower() that adds to P.Helpers what the op lists and the
/// plan's structure use (LoweringNeeds.cpp).
void requireHelpers(Plan &P);

} // namespace wasmport::js

#endif // WASMPORT_JS_LOWERING_H
