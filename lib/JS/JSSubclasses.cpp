//===- JSSubclasses.cpp - JS classes extending exported classes -----------===//
//
// What lets a JS class extend an exported class with virtual functions
// (docs/Subclasses.md): in the exported class's constructor, when
// `new.target` is a JS subclass, the construction of the generated C++
// class (Class::SubclassConstructors) with the JS object as its first
// argument, and for an abstract class the TypeError of `new Listener()`;
// in the import object, per class, the table of its virtual functions' JS
// names and the two imports its overrides call: whether the object's JS
// class defines a method (overrides) and the Error of a pure virtual one it
// does not define (missing). The virtual functions themselves are method
// imports printed with the others (JSImports.cpp).
//
//===----------------------------------------------------------------------===//
#include "JS/JSEmitter.h"

#include "Manifest/Naming.h"

#include "llvm/ADT/StringExtras.h"

using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::js {

void ModulePrinter::printSubclassConstruction(const ClassPlan &C) {
  if (C.SubclassConstructors.empty()) {
    if (C.Abstract)
      OS << "    throw new " << captured(Helper::Builtins, "TypeError") << "("
         << quote(C.Name + " is an abstract class: it cannot be constructed")
         << ");\n";
    return;
  }
  OS << "    if (new.target !== " << C.Name << ") {\n";
  // A JS subclass: the generated C++ class holds `this`.
  if (!C.Base.empty())
    OS << "      super(__wasmport_" << need(Helper::Derived) << ");\n";
  OS << "      let __wasmport_ptr;\n"
     << "      switch (arguments.length) {\n";
  for (const CallPlan &Ctor : C.SubclassConstructors) {
    OS << "      case " << Ctor.Params.size() - 1 << ": {\n"
       << "        const " << Ctor.Params.front().Js << " = this;\n";
    // By index (no iterator a page could patch); all of them are passed.
    for (size_t I = 1; I != Ctor.Params.size(); ++I)
      OS << "        const " << Ctor.Params[I].Js << " = arguments[" << I - 1
         << "];\n";
    Frame Fr;
    Fr.Call = &Ctor;
    Fr.Class = C.Name;
    Fr.In = "        ";
    run(Ctor.Ops, Fr);
    OS << "        break;\n      }\n";
  }
  OS << "      default:\n        throw new " << captured(Helper::Builtins, "TypeError")
     << "(`new ${new.target.name}: "
        "no constructor of "
     << C.Name << " takes ${arguments.length} arguments`);\n"
     << "      }\n"
     << "      __wasmport_" << need(Helper::Init) << "(this, __wasmport_ptr, "
     << kindName(C.Name) << ");\n"
     << "      return;\n    }\n";
  if (C.Abstract)
    OS << "    throw new " << captured(Helper::Builtins, "TypeError") << "("
       << quote(C.Name + " is an abstract class: construct a JavaScript "
                         "subclass of it that defines its pure virtual "
                         "functions")
       << ");\n";
}

void ModulePrinter::printSubclassImports() {
  for (const ClassPlan &C : P.Classes) {
    if (C.Virtuals.empty())
      continue;
    SmallVector<std::string, 8> Names;
    for (const std::string &Name : C.Virtuals)
      Names.push_back(quote(Name));
    std::string Table = "__wasmport_virtuals_" + C.Name;
    OS << "  const " << Table << " = [" << join(Names, ", ") << "];\n"
       << "  wasmport." << naming::overridesSymbol(C.Name)
       << " = (self, i) => __wasmport_" << need(Helper::Overrides) << "(self, "
       << C.Name << ", " << Table << "[i]);\n"
       << "  wasmport." << naming::missingSymbol(C.Name)
       << " = (self, i) => __wasmport_pureVirtual(self, " << C.Name << ", "
       << Table << "[i]);\n";
  }
}

} // namespace wasmport::js
