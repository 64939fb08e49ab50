//===- VerifyImports.cpp - What a valid import is ------------------------===//
//
// manifest::verify's rules for one import: its strings and location, the
// JS name its form requires (a global, a dotted path, an ES module's
// export), the member and receiver its kind requires, the shape of
// constructors, getters and setters, its wasm symbol, and the types of its
// parameters and result in import positions (VerifyTypes.cpp).
//
//===----------------------------------------------------------------------===//
#include "Manifest/Naming.h"
#include "Manifest/VerifyInternal.h"

using namespace llvm;

namespace wasmport::manifest::verifier {

/// True for the import kinds that name a member of their JS object.
static bool hasMember(ImportKind K) {
  return K != ImportKind::Function && K != ImportKind::Constructor;
}

Error Verifier::import(const Import &I) {
  std::string Entity = "import " + q(describeImport(I));
  for (auto [Text, What] :
       {std::pair<StringRef, StringRef>{I.Name, "the JS name"},
        {I.Module, "the module specifier"},
        {I.Member, "the member name"},
        {I.CppName, "the C++ name"},
        {I.Symbol, "the symbol"}})
    if (Error E = checkText(Text, Entity, What))
      return E;
  if (Error E = location(I.Loc, Entity))
    return E;
  for (size_t N = 0; N != I.Params.size(); ++N) {
    const auto &P = I.Params[N];
    if (Error E = checkText(P.Name, Entity, "the name of " + paramWhere(P, N)))
      return E;
    if (Error E =
            checkText(P.Doc, Entity, "the doc of " + paramWhere(P, N), true))
      return E;
  }

  switch (I.Form) {
  case ImportForm::Global:
    if (!naming::isJSIdentifier(I.Name))
      return fail(Entity + ": " + q(I.Name) +
                  " is not a JavaScript identifier, as a global's name is (a "
                  "path of several is the form 'path')");
    break;
  case ImportForm::Path:
    if (!StringRef(I.Name).contains('.') || !isDottedPath(I.Name))
      return fail(Entity + ": " + q(I.Name) +
                  " is not a path of JavaScript identifiers joined by dots "
                  "(one identifier is the form 'global')");
    break;
  case ImportForm::Module:
    if (!naming::isJSIdentifier(I.Name))
      return fail(Entity + ": " + q(I.Name) +
                  " is not a JavaScript identifier, as an ES module's export "
                  "name is");
    if (!naming::isSafeModuleSpecifier(I.Module))
      return fail(Entity + ": the module specifier " + q(I.Module) +
                  " is empty or holds quotes, backslashes or line breaks, "
                  "which cannot go verbatim between quotes");
    break;
  }
  if (I.Form != ImportForm::Module && !I.Module.empty())
    return fail(Entity + " names the module " + q(I.Module) +
                "; only an import of form 'module' names one");

  if (hasMember(I.Kind) && !naming::isJSIdentifier(I.Member))
    return fail(Entity + ": the member name " + q(I.Member) + " of " + "a " +
                importKindName(I.Kind) +
                " import is not a JavaScript identifier");
  if (!hasMember(I.Kind) && !I.Member.empty())
    return fail(Entity + " names the member " + q(I.Member) + "; " + "a " +
                importKindName(I.Kind) + " import names none");
  if (I.Const && !hasReceiver(I.Kind))
    return fail(Entity + " is const; only method, getter and setter imports "
                         "are");
  size_t Params = I.Params.size();
  bool VoidResult = I.Result.Kind == TypeKind::Void;
  switch (I.Kind) {
  case ImportKind::Function:
  case ImportKind::Method:
  case ImportKind::Static:
    break;
  case ImportKind::Constructor:
    if (I.Result.Kind != TypeKind::JsValue)
      return fail(Entity + " returns " + aKind(I.Result.Kind) +
                  "; a constructor import returns a jsvalue");
    break;
  case ImportKind::Getter:
    if (Params || VoidResult)
      return fail(Entity + " takes " + plural(Params, "parameter") +
                  " and returns " + aKind(I.Result.Kind) +
                  "; a getter import takes no parameters and returns a value");
    break;
  case ImportKind::Setter:
    if (Params != 1 || !VoidResult)
      return fail(Entity + " takes " + plural(Params, "parameter") +
                  " and returns " + aKind(I.Result.Kind) +
                  "; a setter import takes one parameter and returns void");
    break;
  }
  if (I.Symbol.empty() || !naming::isJSIdentifier(I.Symbol))
    return fail(Entity + ": its symbol " + q(I.Symbol) +
                " is not a JavaScript identifier, as the wasm import names "
                "that wasmport generates are");
  for (size_t N = 0; N != I.Params.size(); ++N)
    if (Error E = Types.check(I.Params[N].Ty, Position::ImportParam, Entity,
                              paramWhere(I.Params[N], N)))
      return E;
  return Types.check(I.Result, Position::ImportResult, Entity, "the result");
}

} // namespace wasmport::manifest::verifier
