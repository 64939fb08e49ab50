//===- JSDoc.cpp - JSDoc comments -----------------------------------------===//
//
// The `/** ... */` blocks of the JS and the .d.ts printers (Printers.h):
// a function's doc, its documented parameters, `@returns` and `@throws`.
//
//===----------------------------------------------------------------------===//
#include "JS/Printers.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/ErrorHandling.h"

using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::js {

void printCallDoc(raw_ostream &OS, StringRef Indent, const CallPlan &C) {
  std::string Throws;
  if (C.Result.Kind == TypeKind::Expected) {
    const Type &E = C.Result.error();
    switch (typeGroup(E.Kind)) {
    case TypeGroup::String:
      Throws = "{Error} when C++ returns an error: the error string is its "
               "`message` and `value`";
      break;
    case TypeGroup::Handle:
      Throws = "{any} the error C++ returns, a JavaScript value";
      break;
    case TypeGroup::Enum:
    case TypeGroup::Memory:
      Throws = "{Error} when C++ returns an error: its `value` is the " +
               E.Class;
      break;
    case TypeGroup::Void:
    case TypeGroup::Number:
    case TypeGroup::Object:
    case TypeGroup::Expected:
      llvm_unreachable("the planner checks std::expected error kinds");
    }
  }
  printDocComment(OS, Indent, C.Doc, C.Params, C.ReturnsDoc, Throws);
}

void printDocComment(raw_ostream &OS, StringRef Indent, StringRef Doc,
                     ArrayRef<ParamPlan> Params, StringRef Returns,
                     StringRef Throws) {
  SmallVector<std::string, 8> Lines;
  auto Add = [&](StringRef Text) {
    SmallVector<StringRef, 8> Parts;
    Text.split(Parts, '\n');
    for (StringRef Part : Parts)
      Lines.push_back(Part.str());
  };
  if (!Doc.empty())
    Add(Doc);
  bool Tags = !Returns.empty() || !Throws.empty() ||
              any_of(Params, [](const ParamPlan &P) { return !P.Doc.empty(); });
  if (Tags && !Lines.empty())
    Lines.push_back("");
  for (const ParamPlan &P : Params)
    if (!P.Doc.empty())
      Add("@param " + P.Js + " " + P.Doc);
  if (!Returns.empty())
    Add(("@returns " + Returns).str());
  if (!Throws.empty())
    Add(("@throws " + Throws).str());
  if (Lines.empty())
    return;
  OS << Indent << "/**\n";
  for (const std::string &L : Lines) {
    OS << Indent << " *";
    if (!L.empty()) {
      std::string Safe;
      for (size_t I = 0; I != L.size(); ++I) {
        Safe += L[I];
        if (L[I] == '*' && I + 1 != L.size() && L[I + 1] == '/')
          Safe += '\\';
      }
      OS << " " << Safe;
    }
    OS << "\n";
  }
  OS << Indent << " */\n";
}

} // namespace wasmport::js
