//===- JSClasses.cpp - Exported classes -----------------------------------===//
//
// Each exported class: its constructor(s), free(), methods, accessors and
// statics, then its descriptor (__wasmport_kind) and [Symbol.dispose]. An
// object's state lives in the private fields of the object helper
// (runtime/objects.js), never in properties JS could read or write.
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
  // arguments[0] only if passed: past the end it is read from
  // Object.prototype, whose getters a page can define.
  OS << "    if (arguments.length !== 0 && arguments[0] === __wasmport_derived) {\n"
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
    if (!C.CppOwned)
      printSubclassConstruction(C);
    if (!C.Abstract || C.CppOwned) // Else printSubclassConstruction threw.
      OS << "    throw new " << captured(Helper::Builtins, "TypeError") << "("
         << quote("new " + C.Name + ": " + C.Name +
                  " has no constructor exported to JavaScript; " + C.Name +
                  " objects come from C++ functions")
         << ");\n";
    OS << "  }\n\n";
    return;
  }
  Frame Fr;
  Fr.Class = C.Name;
  if (C.Constructors.size() == 1 && C.Constructors.front().isDispatcher()) {
    // Overloads or default arguments (JSOverloads.cpp).
    OS << "  constructor(...__wasmport_args) {\n";
    printDerivedGuard(C);
    OS << "    let __wasmport_ptr;\n";
    printDispatch(C.Constructors.front(), C.Name, "    ");
  } else if (C.Constructors.size() == 1) {
    const CallPlan &Ctor = C.Constructors.front();
    OS << "  constructor(" << paramList(Ctor) << ") {\n";
    printDerivedGuard(C);
    printSubclassConstruction(C);
    OS << "    let __wasmport_ptr;\n";
    Fr.Call = &Ctor;
    Fr.In = "    ";
    run(Ctor.Ops, Fr);
  } else {
    OS << "  constructor(...__wasmport_args) {\n";
    printDerivedGuard(C);
    printSubclassConstruction(C);
    OS << "    let __wasmport_ptr;\n"
       << "    switch (__wasmport_args.length) {\n";
    for (const CallPlan &Ctor : C.Constructors) {
      OS << "    case " << Ctor.Params.size() << ": {\n";
      // By index (no iterator a page could patch); all of them are passed.
      for (size_t I = 0; I != Ctor.Params.size(); ++I)
        OS << "      const " << Ctor.Params[I].Js << " = __wasmport_args[" << I
           << "];\n";
      Frame Case;
      Case.Call = &Ctor;
      Case.Class = C.Name;
      Case.In = "      ";
      run(Ctor.Ops, Case);
      OS << "      break;\n    }\n";
    }
    OS << "    default:\n      throw new " << captured(Helper::Builtins, "TypeError")
       << "(`new " << C.Name
       << ": no constructor takes ${__wasmport_args.length} arguments`);\n"
       << "    }\n";
  }
  if (!C.Base.empty()) {
    need(Helper::Derived);
    OS << "    super(__wasmport_derived);\n";
  }
  OS << "    __wasmport_" << need(Helper::Init) << "(this, __wasmport_ptr, "
     << kindName(C.Name) << ");\n  }\n\n";
}

void ModulePrinter::printClass(const ClassPlan &C) {
  std::string Kind = kindName(C.Name);
  printDocComment(OS, "", C.Doc);
  OS << "export class " << C.Name
     << (C.Base.empty() ? "" : " extends " + C.Base) << " {\n";
  printConstructor(C);
  // Any object of the class or of a subclass; the object's own class's
  // destructor runs, later if a running call uses the object.
  if (C.CppOwned)
    OS << "  /** C++ owns " << C.Name << " objects: free() throws. */\n"
       << "  free() {\n    throw new " << captured(Helper::Builtins, "TypeError")
       << "("
       << quote(C.Name + ".free: C++ owns " + C.Name +
                " objects; JavaScript cannot free them")
       << ");\n  }\n\n";
  else
    OS << "  /** Destroys the C++ object now; later calls throw. */\n"
       << "  free() {\n"
       << "    __wasmport_free(this, " << Kind << ");\n  }\n\n";
  need(Helper::Object);
  for (const CallPlan &M : C.Methods)
    printMethod(C, M, MemberKind::Method);
  for (const PropertyPlan &Prop : C.Properties)
    printProperty(C, Prop);
  for (const CallPlan &M : C.Statics)
    printMethod(C, M, MemberKind::Static);
  for (const ConstantPlan &K : C.Constants)
    printClassConstant(K);
  // The descriptor the checks compare objects with; `name`, because
  // minifiers rename classes.
  OS << "}\n"
     << "const " << Kind << " = __wasmport_" << need(Helper::Kind) << "("
     << C.Name << ", " << quote(C.Name) << ", " << quote(C.DeleteSymbol)
     << ", " << (C.Base.empty() ? "null" : kindName(C.Base)) << ");\n"
     << "if (typeof Symbol.dispose === 'symbol') " << C.Name
     << ".prototype[Symbol.dispose] = " << C.Name << ".prototype.free;\n\n";
}
} // namespace wasmport::js
