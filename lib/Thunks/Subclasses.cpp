//===- Subclasses.cpp - The C++ classes of JS subclasses ------------------===//
//
// For each exported class that JS can extend (Class::Virtuals), the C++
// class the objects of its JS subclasses are: `__wasmport_js_NAME`, derived
// from it, holding the JS object as a JsValue and overriding each virtual
// function. An override asks JS whether the object's class defines the
// method below the exported class (the overrides import); if it does, the
// override calls it as an import of kind Method is called (Imports.cpp);
// if not, it runs the base's function, or, for a pure virtual one, calls the
// missing import, which throws a JS Error naming it. While a JS override
// runs, a call of the same function on the object (`super.f()` from JS
// reaching C++) runs the base's. Also the constructor thunks of those
// classes (docs/Subclasses.md).
//
//===----------------------------------------------------------------------===//
#include "Thunks/ThunkInternal.h"

#include "Manifest/Naming.h"

#include "llvm/ADT/StringExtras.h"

using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::thunks {

namespace {

/// The generated C++ class JS subclasses of C make.
std::string subclassType(const Class &C) { return "__wasmport_js_" + C.JsName; }

/// The parameter list of an override: "const ::std::string & a0, int a1".
std::string paramList(const Import &I) {
  SmallVector<std::string, 8> Params;
  for (unsigned N = 0; N != I.Params.size(); ++N)
    Params.push_back(I.Params[N].Ty.Cpp + " a" + std::to_string(N));
  return join(Params, ", ");
}

void emitSubclass(const Class &C, raw_ostream &OS) {
  std::string Type = subclassType(C);
  std::string Overrides = naming::overridesSymbol(C.JsName);
  std::string Missing = naming::missingSymbol(C.JsName);
  std::string Self = (Wire + "borrowJs(__wasmport_self)").str();
  OS << "// " << C.JsName << ": the C++ class of its JavaScript subclasses\n";
  for (const std::string &Decl :
       {"int32_t " + Overrides, "void " + Missing})
    OS << "extern \"C\" __attribute__((import_module(\""
       << naming::ImportModule << "\"), import_name(\""
       << StringRef(Decl).split(' ').second << "\")))\n"
       << Decl << "(uint32_t, uint32_t);\n";

  // The imports, then the bodies of the overrides that call them.
  std::string Bodies;
  raw_string_ostream Out(Bodies);
  for (unsigned N = 0; N != C.Virtuals.size(); ++N) {
    const Virtual &V = C.Virtuals[N];
    const Import &I = V.Call;
    std::string Body;
    raw_string_ostream BodyOS(Body);
    emitImportCall(OS, BodyOS, I, Self);
    SmallVector<std::string, 8> Args;
    for (unsigned A = 0; A != I.Params.size(); ++A)
      Args.push_back("a" + std::to_string(A));
    std::string Index = std::to_string(N);
    Out << "inline " << I.Result.Cpp << " " << Type << "::" << I.Member << "("
        << paramList(I) << ")" << (I.Const ? " const" : "")
        << (I.NoExcept ? " noexcept" : "") << " {\n"
        << "  if (!__wasmport_implements(" << Index << ")) {\n";
    if (V.Pure)
      Out << "    " << Missing << "(" << Self << ", " << Index << ");\n"
          << "    __builtin_trap();\n";
    else
      Out << "    return ::" << I.CppName << "(" << join(Args, ", ") << ");\n";
    Out << "  }\n"
        << "  __wasmport_running running(__wasmport_busy[" << Index << "]);\n"
        << BodyOS.str() << "}\n";
  }

  OS << "struct " << Type << " final : " << C.CppName << " {\n"
     << "  template <typename... A>\n"
     << "  explicit " << Type << "(::wasmport::JsValue self, A &&...args)\n"
     << "      : " << C.CppName << "(static_cast<A &&>(args)...),\n"
     << "        __wasmport_self(static_cast<::wasmport::JsValue &&>(self)) "
        "{}\n";
  for (const Virtual &V : C.Virtuals)
    OS << "  " << V.Call.Result.Cpp << " " << V.Call.Member << "("
       << paramList(V.Call) << ")" << (V.Call.Const ? " const" : "")
       << (V.Call.NoExcept ? " noexcept" : "") << " override;\n";
  OS << "  /// The JS object, released with this object.\n"
     << "  ::wasmport::JsValue __wasmport_self;\n"
     << "  /// Which JS overrides are running.\n"
     << "  mutable bool __wasmport_busy[" << C.Virtuals.size() << "] = {};\n"
     << "  struct __wasmport_running {\n"
     << "    bool &Flag;\n"
     << "    explicit __wasmport_running(bool &F) : Flag(F) { Flag = true; }\n"
     << "    ~__wasmport_running() { Flag = false; }\n"
     << "  };\n"
     << "  /// The JS object's class defines the Index-th virtual function,\n"
     << "  /// and it is not running already.\n"
     << "  bool __wasmport_implements(uint32_t Index) const {\n"
     << "    return !__wasmport_busy[Index] &&\n"
     << "           " << Overrides << "(" << Self << ", Index) != 0;\n"
     << "  }\n"
     << "};\n"
     << Out.str() << "\n";
}

} // namespace

void emitSubclasses(const Manifest &M, raw_ostream &OS) {
  for (const Class &C : M.Classes)
    if (!C.Virtuals.empty())
      emitSubclass(C, OS);
}

void emitSubclassConstructors(const Class &C, const Manifest &M,
                              raw_ostream &OS) {
  // The thunks construct the generated class; messages name the exported one.
  Class Generated;
  Generated.JsName = C.JsName;
  Generated.CppName = subclassType(C);
  for (const Function &F : C.SubclassConstructors)
    emitFunction(OS, F, &Generated, M);
}

} // namespace wasmport::thunks
