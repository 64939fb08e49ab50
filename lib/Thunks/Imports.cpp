//===- Imports.cpp - C++ definitions of imported functions ----------------===//
//
// The part of the thunks that calls JS: for each [[wasmport::import]]
// function or member of an imported class, the wasm import it forwards to
// and the definition of the user's declaration, which lowers the arguments
// and lifts the result through <wasmport/wire.h>.
//
//===----------------------------------------------------------------------===//
#include "Thunks/ThunkInternal.h"

#include "Manifest/Naming.h"
#include "Support/LLVMCompat.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ErrorHandling.h"

using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::thunks {

namespace {

/// C++ → JS for an import: the wire arguments passed for parameter P, the
/// I-th parameter of the import Where.
void lowerImportArg(const Param &P, unsigned I, StringRef Where, Signature &S) {
  std::string N = "a" + std::to_string(I);
  const Type &T = P.Ty;
  switch (crossingType(T).Kind) {
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
    S.WireParams.push_back(numberTypes(T.Kind).Wire.str());
    S.Args.push_back((Wire + "toWire<" + T.Cpp + ">(" + N + ")").str());
    return;
  case TypeKind::String:
  case TypeKind::StringView:
  case TypeKind::CString:
    S.WireParams.push_back("const char *");
    S.WireParams.push_back("std::size_t");
    S.Args.push_back((Wire + "stringData(" + N + ")").str());
    S.Args.push_back((Wire + "stringSize(" + N + ")").str());
    return;
  case TypeKind::JsValue:
    S.WireParams.push_back("uint32_t");
    S.Args.push_back((Wire + "borrowJs(" + N + ")").str());
    return;
  case TypeKind::Function:
    // A temporary: JS calls fail once the import call's statement ends, or
    // once a JS exception leaves the import (wire::held).
    S.WireParams.push_back("uint32_t");
    S.Args.push_back((Wire + "held(" + Wire + "Cleanup(), [&]() __attribute__((nodebug)) { return " +
                      Wire + "lendFunction(" + N + ", " +
                      callbackName(P, I, Where, S) + "); }).handle()")
                         .str());
    return;
  case TypeKind::Promise:
    S.WireParams.push_back("uint32_t");
    S.Args.push_back((Wire + "borrowPromise(" + N + ")").str());
    return;
  case TypeKind::ClassPtr:
    // The address; JS lends a wrapper of it for the call (null for 0).
    S.WireParams.push_back("const void *");
    S.Args.push_back("static_cast<const void *>(" + N + ")");
    return;
  case TypeKind::ClassRef:
    S.WireParams.push_back("const void *");
    S.Args.push_back("static_cast<const void *>(__builtin_addressof(" + N +
                     "))");
    return;
  case TypeKind::Enum:
    S.WireParams.push_back("int32_t");
    S.Args.push_back("static_cast<int32_t>(" + N + ")");
    return;
  case TypeKind::Vector:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::Value:
    // A copy in a new slot, as an export's result: JS reads it and frees it
    // before it calls the function.
    S.WireParams.push_back("void *");
    S.Args.push_back((Wire + "give<" + Wire + "Bare<decltype(" + N + ")>>(" +
                      N + ")")
                         .str());
    return;
  case TypeKind::Span:
    // The caller's elements, which JS copies into a typed array.
    S.WireParams.push_back("const void *");
    S.WireParams.push_back("std::size_t");
    S.Args.push_back("static_cast<const void *>(" + N + ".data())");
    S.Args.push_back(N + ".size()");
    return;
  case TypeKind::ClassValue:
    // A copy JS owns, as an export's result by value.
    S.WireParams.push_back("void *");
    S.Args.push_back((Wire + "adopt(" + Wire + "Bare<decltype(" + N + ")>(" +
                      N + "))")
                         .str());
    return;
  case TypeKind::UniquePtr:
    // JS owns the object from now on.
    S.WireParams.push_back("void *");
    S.Args.push_back((Wire + "releaseUnique(std::move(" + N + "))").str());
    return;
  case TypeKind::Void:
  case TypeKind::SharedPtr:
  case TypeKind::SpanMut:
  case TypeKind::Expected:
    break;
  }
  llvm_unreachable("the classifier rejects other import parameter kinds");
}

/// Whether a parameter of type T may be a value with a destructor, which
/// the import's C++ function enters (wire::enterParam decides by its type).
bool ownsParam(const Type &T) {
  switch (T.Kind) {
  case TypeKind::String:
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
  case TypeKind::SharedPtr:
  case TypeKind::Value:
  case TypeKind::Vector:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
  case TypeKind::Expected:
    return !compat::endsWith(T.Cpp, "&");
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
  case TypeKind::StringView:
  case TypeKind::CString:
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::Enum:
  case TypeKind::Span:
  case TypeKind::SpanMut:
    return false;
  }
  llvm_unreachable("unknown TypeKind");
}

} // namespace

void emitImportCall(raw_ostream &Decl, raw_ostream &OS, const Import &Imp,
                    StringRef Receiver) {
  Signature S;
  // A member called on an object passes its JsValue handle first.
  if (hasReceiver(Imp.Kind)) {
    S.WireParams.push_back("uint32_t");
    S.Args.push_back(Receiver.str());
  }
  for (unsigned I = 0; I != Imp.Params.size(); ++I)
    lowerImportArg(Imp.Params[I], I, Imp.Name, S);
  // What the JS function returns: a std::expected's value type.
  const Type &R = crossingResult(Imp.Result);
  // The result's wire value, and how C++ takes it: a number or handle is
  // returned and converted (Lift), a string waits in the return area.
  std::string WireRet = "void", Convert, Extra;
  // The template argument of Convert.
  std::string As = R.Cpp;
  switch (crossingType(R).Kind) {
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
    WireRet = numberTypes(R.Kind).Wire.str();
    Convert = "fromWire";
    break;
  case TypeKind::JsValue:
    WireRet = "uint32_t";
    Convert = "adoptJs";
    break;
  case TypeKind::Function:
    WireRet = "uint32_t";
    Convert = "adoptFunction";
    Extra = ", " + S.text("the function " + Imp.Name + " returned");
    break;
  case TypeKind::Promise:
    WireRet = "uint32_t";
    Convert = "adoptPromise";
    break;
  case TypeKind::Enum:
    WireRet = "int32_t";
    Convert = "enumFromWire";
    break;
  case TypeKind::Vector:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::Value:
    // JS checked the value and wrote it into a slot, as an export's
    // argument.
    WireRet = "void *";
    Convert = "take";
    break;
  case TypeKind::ClassValue:
    // A copy of the object JS returned, which JS keeps.
    WireRet = "void *";
    Convert = "objectRef";
    break;
  case TypeKind::UniquePtr:
    // JS gave the object up.
    WireRet = "void *";
    Convert = "adoptUnique";
    break;
  case TypeKind::Void:
  case TypeKind::String: // Taken from the return area (wire::takeString).
    break;
  case TypeKind::StringView:
  case TypeKind::CString:
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::SharedPtr:
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::Expected:
    llvm_unreachable("the classifier rejects other import result kinds");
  }
  auto Lift = [&](StringRef Value) {
    return (Wire + Convert + "<" + As + ">(" + Value + Extra + ")").str();
  };

  Decl << "// import " << describeImport(Imp) << ": " << Imp.CppName << " "
       << Imp.Loc.File << ":" << Imp.Loc.Line << "\n";
  Decl << "extern \"C\" __attribute__((import_module(\"" << naming::ImportModule
       << "\"), import_name(\"" << Imp.Symbol << "\")))\n"
       << WireRet << " " << Imp.Symbol << "(" << join(S.WireParams, ", ")
       << ");\n";

  for (const std::string &Line : S.Locals)
    OS << "  " << Line << "\n";
  // The parameters the caller made are this frame's to destroy if a JS
  // exception leaves it (wire::enterParam); the import's call is counted
  // among the imports running (wire::callImport).
  for (unsigned I = 0; I != Imp.Params.size(); ++I) {
    if (!ownsParam(Imp.Params[I].Ty))
      continue;
    std::string N = std::to_string(I);
    OS << "  " << Wire << "Cleanup cleanup" << N << ";\n  " << Wire
       << "enterParam<decltype(a" << N << ")>(cleanup" << N << ", a" << N
       << ");\n";
  }
  SmallVector<std::string, 8> CallArgs{"&" + Imp.Symbol};
  CallArgs.append(S.Args.begin(), S.Args.end());
  std::string Call = (Wire + "callImport(" + join(CallArgs, ", ") + ")").str();
  if (!Imp.catchesJS()) {
    if (!Convert.empty())
      OS << "  return " << Lift(Call) << ";\n";
    else if (R.Kind == TypeKind::String)
      OS << "  " << Call << ";\n  return " << Wire << "takeString();\n";
    else
      OS << "  " << Call << ";\n";
    return;
  }
  // The JS caught what the function threw (wire::ReturnArea::Exception): a
  // std::expected's error, or a JsError to throw. The result is taken after.
  bool Expected = Imp.Result.Kind == TypeKind::Expected;
  OS << "  " << (Convert.empty() ? "" : WireRet + " r = ") << Call << ";\n"
     << "  if (uint32_t e = " << Wire << "takeException())\n    "
     << (Expected
             ? ("return " + Wire + "unexpectedJs<" + Imp.Result.Cpp + ">(e);")
                   .str()
             : "::wasmport::detail::raise(e);")
     << "\n";
  if (!Convert.empty())
    OS << "  return " << Lift("r") << ";\n";
  else if (R.Kind == TypeKind::String)
    OS << "  return " << Wire << "takeString();\n";
  else if (Expected)
    OS << "  return {};\n";
}

void emitImport(raw_ostream &OS, const Import &Imp) {
  std::string Text;
  raw_string_ostream Body(Text);
  emitImportCall(OS, Body, Imp, (Wire + "borrowJs(*this)").str());
  // The user's declaration, now defined (a member out of its class). Weak:
  // a header may declare the import in several translation units.
  SmallVector<std::string, 8> Params;
  for (unsigned I = 0; I != Imp.Params.size(); ++I)
    Params.push_back(Imp.Params[I].Ty.Cpp + " a" + std::to_string(I));
  OS << "__attribute__((weak, nodebug)) " << Imp.Result.Cpp << " " << Imp.CppName << "("
     << join(Params, ", ") << ")" << (Imp.Const ? " const" : "")
     << (Imp.NoExcept ? " noexcept" : "") << " {\n";
  OS << Body.str() << "}\n\n";
}

} // namespace wasmport::thunks
