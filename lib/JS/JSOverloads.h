//===- JSOverloads.h - One JS function for several overloads ----*- C++ -*-===//
//
// The parts of JSOverloads.cpp the lowering and the printers share. Private
// to lib/JS.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_JS_JSOVERLOADS_H
#define WASMPORT_JS_JSOVERLOADS_H

#include "JS/Plan.h"
#include "JS/Runtime.h"

#include "llvm/ADT/SmallVector.h"

#include <string>

namespace wasmport::js {

/// Adds to H the helpers the dispatcher D uses around its variants.
void requireDispatchHelpers(const CallPlan &D, HelperSet &H);

/// The wire values a variant passes for the parameters it leaves out, then
/// the argument count (CallPlan::LeftOut, PassesCount).
void appendLeftOutWire(const CallPlan &V,
                       llvm::SmallVectorImpl<std::string> &WireArgs);

/// The full variants of dispatcher D: one per overload, all its parameters.
llvm::SmallVector<const CallPlan *, 4> overloadsOf(const CallPlan &D);

} // namespace wasmport::js

#endif // WASMPORT_JS_JSOVERLOADS_H
