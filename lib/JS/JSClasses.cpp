//===- JSClasses.cpp - Exported classes -----------------------------------===//
//
// Each exported class: its finalizer, constructor(s), the optional members
// (ClassMembers: __wasmport_wrap, free()'s std::shared_ptr branch,
// __wasmport_disown) as the lowering decided, free(), methods, accessors and
// statics, and the prototype defaults.
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

void ModulePrinter::printDerivedGuard(const ClassPlan &C) {
  if (!C.HasSubclasses)
    return;
  need(Helper::Derived);
  OS << "    if (arguments[0] === __wasmport_derived) {\n"
     << (C.Base.empty() ? "" : "      super(__wasmport_derived);\n")
     << "      return;\n    }\n";
}

void ModulePrinter::printConstructor(const ClassPlan &C) {
  if (C.Constructors.size() == 1)
    printDocComment(OS, "  ", C.Constructors.front().Doc,
                    C.Constructors.front().Params);
  if (C.Constructors.empty()) {
    OS << "  constructor() {\n";
    printDerivedGuard(C);
    OS << "    throw new TypeError("
       << quote(C.Name + " has no constructor exported to JavaScript")
       << ");\n  }\n\n";
    return;
  }
  Frame Fr;
  Fr.Class = C.Name;
  if (C.Constructors.size() == 1) {
    const CallPlan &Ctor = C.Constructors.front();
    OS << "  constructor(" << paramList(Ctor) << ") {\n";
    printDerivedGuard(C);
    OS << "    let __wasmport_ptr;\n";
    Fr.Call = &Ctor;
    Fr.In = "    ";
    run(Ctor.Ops, Fr);
  } else {
    OS << "  constructor(...__wasmport_args) {\n";
    printDerivedGuard(C);
    OS << "    let __wasmport_ptr;\n"
       << "    switch (__wasmport_args.length) {\n";
    for (const CallPlan &Ctor : C.Constructors) {
      OS << "    case " << Ctor.Params.size() << ": {\n";
      if (!Ctor.Params.empty())
        OS << "      const [" << paramList(Ctor) << "] = __wasmport_args;\n";
      Frame Case;
      Case.Call = &Ctor;
      Case.Class = C.Name;
      Case.In = "      ";
      run(Ctor.Ops, Case);
      OS << "      break;\n    }\n";
    }
    OS << "    default:\n      throw new TypeError(`new " << C.Name
       << ": no constructor takes ${__wasmport_args.length} arguments`);\n"
       << "    }\n";
  }
  if (!C.Base.empty()) {
    need(Helper::Derived);
    OS << "    super(__wasmport_derived);\n";
  }
  OS << "    this.__wasmport_ptr = __wasmport_ptr;\n"
     << "    this.__wasmport_owner = -2;\n"
     << "    __wasmport_track(this);\n  }\n\n";
}

std::string ModulePrinter::finalizerName(const ClassPlan &C) {
  return "__wasmport_" + C.Name + "_finalizer";
}

void ModulePrinter::printClass(const ClassPlan &C) {
  need(Helper::Track);
  std::string Fin = finalizerName(C);
  OS << "const " << Fin << " = __wasmport_" << need(Helper::Finalizer) << "("
     << quote(C.DeleteSymbol) << ");\n\n";
  printDocComment(OS, "", C.Doc);
  OS << "export class " << C.Name
     << (C.Base.empty() ? "" : " extends " + C.Base) << " {\n";
  printConstructor(C);
  // The optional members (ClassMembers) print when the lowering found a
  // use of them.
  if (C.Members.Wrap)
    OS << "  static __wasmport_wrap(ptr) {\n"
       << "    const obj = Object.create(" << C.Name << ".prototype);\n"
       << "    obj.__wasmport_ptr = ptr;\n"
       << "    obj.__wasmport_owner = -2;\n"
       << "    __wasmport_track(obj);\n"
       << "    return obj;\n  }\n\n";
  OS << "  /** Destroys the C++ object now; later calls throw. */\n"
     << "  free() {\n"
     << "    const ptr = this.__wasmport_ptr;\n"
     << "    if (!ptr) return;\n"
     << "    this.__wasmport_ptr = 0;\n"
     << "    const owner = this.__wasmport_owner;\n"
     << "    if (owner === -1) return; // borrowed: only detached\n"
     << "    if (owner === -2) __wasmport_counts.pending--;\n"
     << "    else __wasmport_counts.live--;\n";
  if (C.Members.SharedFree) {
    OS << "    if (owner > 0) {\n"
       << "      __wasmport_owners.unregister(this);\n";
    printRelease(naming::FreeOwnedSymbol, "owner");
    OS << "      return;\n    }\n";
  }
  OS << "    if (owner === 0) " << Fin << ".unregister(this);\n";
  printRelease(C.DeleteSymbol, "ptr", "    ");
  OS << "  }\n\n";
  if (C.Members.Disown)
    OS << "  /** Hands the C++ object to C++ (a std::unique_ptr argument). "
          "*/\n"
       << "  __wasmport_disown() {\n"
       << "    const ptr = this.__wasmport_ptr;\n"
       << "    this.__wasmport_ptr = 0;\n"
       << "    const owner = this.__wasmport_owner;\n"
       << "    if (owner === -2) __wasmport_counts.pending--;\n"
       << "    else __wasmport_counts.live--;\n"
       << "    if (owner === 0) " << Fin << ".unregister(this);\n"
       << "    return ptr;\n  }\n\n";
  for (const CallPlan &M : C.Methods)
    printMethod(C, M, MemberKind::Method);
  for (const PropertyPlan &Prop : C.Properties)
    printProperty(C, Prop);
  for (const CallPlan &M : C.Statics)
    printMethod(C, M, MemberKind::Static);
  // An object that did not come from the glue (Object.create of the
  // prototype) finds these defaults, never a polluted Object.prototype's.
  // The registry is where __wasmport_track registers the class's objects.
  OS << "}\n"
     << C.Name << ".prototype.__wasmport_ptr = 0;\n"
     << C.Name << ".prototype.__wasmport_owner = -1;\n"
     << C.Name << ".prototype.__wasmport_registry = " << Fin << ";\n"
     << "if (typeof Symbol.dispose === 'symbol') " << C.Name
     << ".prototype[Symbol.dispose] = " << C.Name << ".prototype.free;\n\n";
}

void ModulePrinter::printRelease(StringRef Symbol, StringRef Arg,
                                 StringRef Indent) {
  if (P.callsJS()) {
    OS << Indent << "if (__wasmport_importState.depth !== 0) __wasmport_"
       << need(Helper::FreeLater) << "(" << quote(Symbol) << ", " << Arg
       << ");\n"
       << Indent << "else if (__wasmport_terminated === null) " << Wasm << "."
       << Symbol << "(" << Arg << ");\n";
    return;
  }
  OS << Indent << "if (__wasmport_terminated === null) " << Wasm << "."
     << Symbol << "(" << Arg << ");\n";
}
} // namespace wasmport::js
