//===- VerifySubclasses.cpp - What a valid JS-extensible class is ---------===//
//
// manifest::verify's rules for what a JS subclass of an exported class
// implements (docs/Subclasses.md): an abstract class exports no
// constructor; each virtual function is a method import on the class's own
// JS name with its generated symbol, one per JS name; the generated class's
// constructors take the JS object first, one per arity; and a class has
// virtual functions exactly when it has such constructors.
//
//===----------------------------------------------------------------------===//
#include "Manifest/Naming.h"
#include "Manifest/VerifyInternal.h"

#include "llvm/ADT/StringSet.h"

#include <set>

using namespace llvm;

namespace wasmport::manifest::verifier {

Error Verifier::subclassing(const Class &C) {
  std::string Name = escapeForMessage(C.JsName);
  if (C.Abstract && !C.Constructors.empty())
    return fail("class '" + Name +
                "' is abstract but has constructors; JS constructs only "
                "subclasses of an abstract class");
  if (C.Virtuals.empty() != C.SubclassConstructors.empty())
    return fail("class '" + Name + "' has " +
                plural(C.Virtuals.size(), "virtual function") + " and " +
                plural(C.SubclassConstructors.size(), "subclass constructor") +
                "; a class JS can extend has both, others neither");
  StringSet<> Members;
  for (const Virtual &V : C.Virtuals) {
    const Import &I = V.Call;
    std::string Entity = "virtual function '" + Name + "." +
                         escapeForMessage(I.Member) + "'";
    if (I.Kind != ImportKind::Method || I.Form != ImportForm::Global ||
        I.Name != C.JsName)
      return fail(Entity + " is not a method import on its class '" + Name +
                  "'");
    if (Error E = import(I))
      return E;
    if (Error E = memberName(I.Member, Entity))
      return E;
    if (I.Member == "free" || I.Member == "constructor")
      return fail(Entity + ": " + q(I.Member) +
                  " is the name of a member every wasmport class has");
    if (!Members.insert(I.Member).second)
      return fail("class '" + Name + "' has two virtual functions named " +
                  q(I.Member) + "; a JS class has one method of a name");
    if (I.Symbol != naming::virtualSymbol(C.JsName, I.Member))
      return fail(Entity + " has the symbol " + q(I.Symbol) + ", not " +
                  q(naming::virtualSymbol(C.JsName, I.Member)));
  }
  std::set<size_t> Arities;
  for (size_t N = 0; N != C.SubclassConstructors.size(); ++N) {
    const Function &F = C.SubclassConstructors[N];
    std::string Entity = "subclass constructor of class '" + Name +
                         "' taking " + plural(F.Params.size(), "parameter");
    if (F.Kind != FunctionKind::Constructor)
      return fail(Entity + " is not a constructor");
    if (F.Params.empty() || F.Params.front().Ty.Kind != TypeKind::JsValue ||
        !F.Params.front().Ty.Class.empty())
      return fail(Entity + " does not take the JS object (a jsvalue) first");
    if (!Arities.insert(F.Params.size()).second)
      return fail("class '" + Name + "' has two subclass constructors taking " +
                  plural(F.Params.size(), "parameter") +
                  "; JS tells constructors apart by their number of "
                  "arguments");
    if (F.Symbol != naming::subclassConstructorSymbol(C.JsName, N))
      return fail(Entity + " has the symbol " + q(F.Symbol) + ", not " +
                  q(naming::subclassConstructorSymbol(C.JsName, N)));
    if (Error E = function(F, Entity, &C))
      return E;
  }
  return Error::success();
}

} // namespace wasmport::manifest::verifier
