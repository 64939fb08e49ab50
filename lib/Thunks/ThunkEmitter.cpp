//===- ThunkEmitter.cpp - Manifest to C++ export/import thunks ------------===//
//
// Every conversion is a call into <wasmport/wire.h>; this file only decides
// which one, and how many wire values a C++ value takes. It prints the
// exported functions, constructors, methods and destructors, the runtime
// exports and the manifest section, and orders the output; imports are
// printed by Imports.cpp, the Codecs and layout checks of slots by Codecs.cpp.
//
//===----------------------------------------------------------------------===//
#include "Thunks/ThunkEmitter.h"

#include "Manifest/Layout.h"
#include "Manifest/Naming.h"
#include "Support/LLVMCompat.h"
#include "Thunks/ThunkInternal.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <cstdio>
#include <set>
#include <tuple>

using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::thunks {

NumberTypes numberTypes(TypeKind K) {
  switch (K) {
  case TypeKind::Bool:
    return {"int32_t", ""};
  case TypeKind::I8:
    return {"int32_t", "int8_t"};
  case TypeKind::U8:
    return {"int32_t", "uint8_t"};
  case TypeKind::I16:
    return {"int32_t", "int16_t"};
  case TypeKind::U16:
    return {"int32_t", "uint16_t"};
  case TypeKind::I32:
    return {"int32_t", "int32_t"};
  case TypeKind::U32:
    return {"int32_t", "uint32_t"};
  case TypeKind::I64:
    return {"int64_t", "int64_t"};
  case TypeKind::U64:
    return {"int64_t", "uint64_t"};
  case TypeKind::F32:
    return {"float", "float"};
  case TypeKind::F64:
    return {"double", "double"};
  case TypeKind::Void:
  case TypeKind::String:
  case TypeKind::StringView:
  case TypeKind::CString:
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
  case TypeKind::SharedPtr:
  case TypeKind::Enum:
  case TypeKind::Value:
  case TypeKind::Vector:
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
  case TypeKind::Expected:
    break;
  }
  llvm_unreachable("not a number kind");
}

std::string asmEscape(StringRef Text) {
  std::string Out;
  for (unsigned char C : Text) {
    if (C == '"' || C == '\\') {
      Out += '\\';
      Out += C;
    } else if (C < 0x20 || C >= 0x7f) {
      char Buf[5];
      snprintf(Buf, sizeof(Buf), "\\%03o", C);
      Out += Buf;
    } else {
      Out += C;
    }
  }
  return Out;
}

/// Text as a C++ string literal.
std::string cppString(StringRef Text) { return "\"" + asmEscape(Text) + "\""; }

std::string Signature::text(StringRef Text) {
  std::string Name = "text" + std::to_string(Locals.size());
  Locals.push_back("static constexpr char " + Name + "[] = " + cppString(Text) +
                   ";");
  return Name;
}

std::string callbackName(const Param &P, unsigned I, StringRef Where,
                         Signature &S) {
  std::string Name = P.Name.empty() ? naming::jsParamName("", I) : P.Name;
  return S.text(("callback '" + Name + "' of " + Where).str());
}

/// <wasmport/wire.h>'s WASMPORT_EXCEPTIONS spelled with the compiler's
/// predefined macros only: a preprocessed translation unit has those, and
/// none of the headers' macros.
static constexpr const char *ExceptionsCondition =
    "defined(__cpp_exceptions) && (defined(__WASM_EXCEPTIONS__) || "
    "(__clang_major__ < 17 && defined(__wasm_exception_handling__)))";

namespace {

/// The qualified C++ name of the exported class a class kind T refers to
/// (by reference, pointer or value): the Collector records every class a
/// translation unit's signatures use in its manifest.
StringRef classOf(const Type &T, const Manifest &M) {
  for (const Class &C : M.Classes)
    if (C.JsName == T.Class)
      return C.CppName;
  llvm_unreachable("a manifest defines every class its signatures use");
}

/// Expr, a parameter object with a destructor, built where the call puts it
/// and entered in the cleanup list for the call (wire::held): destroyed by
/// __wasmport_unwind if a JS exception abandons the call.
std::string held(const std::string &Expr) {
  return (Wire + "held(" + Wire + "Cleanup(), [&]() __attribute__((nodebug)) { return " + Expr + "; })")
      .str();
}

/// JS → C++: the wire parameters and argument expression for P, the I-th
/// parameter of Where (its JS name, for messages). A string_view, a
/// const char* or a span argument's bytes are entered in the cleanup list by
/// wire::StringArg and wire::SpanArg; every other parameter with a
/// destructor by held().
void lowerParam(const Param &P, unsigned I, StringRef Where, const Manifest &M,
                Signature &S) {
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
    S.WireParams.push_back((numberTypes(T.Kind).Wire + " " + N).str());
    S.Args.push_back((Wire + "fromWire<" + T.Cpp + ">(" + N + ")").str());
    return;
  case TypeKind::String:
  case TypeKind::StringView:
  case TypeKind::CString:
    S.WireParams.push_back("char *" + N + "_ptr");
    S.WireParams.push_back("std::size_t " + N + "_len");
    if (T.Kind == TypeKind::String) {
      S.Args.push_back(held(
          (Wire + "StringArg(" + N + "_ptr, " + N + "_len).as<std::string>()")
              .str()));
      return;
    }
    S.Args.push_back((Wire + "StringArg(" + N + "_ptr, " + N + "_len).as<" +
                      (T.Kind == TypeKind::StringView ? "std::string_view"
                                                      : "const char *") +
                      ">()")
                         .str());
    return;
  case TypeKind::ClassRef:
    S.WireParams.push_back("void *" + N);
    S.Args.push_back(
        (Wire + "objectRef<" + classOf(T, M) + ">(" + N + ")").str());
    return;
  case TypeKind::ClassValue:
    // The copy the function gets is a parameter with a destructor like the
    // others: made by held() (and entered), not by the call, so a JS
    // exception that abandons the call destroys it.
    S.WireParams.push_back("void *" + N);
    S.Args.push_back(held((classOf(T, M) + "(" + Wire + "objectRef<" +
                           classOf(T, M) + ">(" + N + "))")
                              .str()));
    return;
  case TypeKind::ClassPtr:
    S.WireParams.push_back("void *" + N);
    S.Args.push_back(
        (Wire + "objectPtr<" + classOf(T, M) + ">(" + N + ")").str());
    return;
  case TypeKind::UniquePtr:
    S.WireParams.push_back("void *" + N);
    S.Args.push_back(held((Wire + "adoptUnique<" + T.Cpp + ">(" + N + ")").str()));
    return;
  case TypeKind::SharedPtr:
    S.WireParams.push_back("void *" + N + "_owner");
    S.Args.push_back(
        held((Wire + "sharedArg<" + T.Cpp + ">(" + N + "_owner)").str()));
    return;
  case TypeKind::Enum:
    S.WireParams.push_back("int32_t " + N);
    S.Args.push_back("static_cast<" + T.Cpp + ">(" + N + ")");
    return;
  case TypeKind::JsValue:
    S.WireParams.push_back("uint32_t " + N);
    S.Args.push_back(held((Wire + "adoptJs<" + T.Cpp + ">(" + N + ")").str()));
    return;
  case TypeKind::Function:
    S.WireParams.push_back("uint32_t " + N);
    S.Args.push_back(held((Wire + "adoptFunction<" + T.Cpp + ">(" + N + ", " +
                           callbackName(P, I, Where, S) + ")")
                              .str()));
    return;
  case TypeKind::Promise:
    S.WireParams.push_back("uint32_t " + N);
    S.Args.push_back(held((Wire + "adoptPromise<" + T.Cpp + ">(" + N + ")").str()));
    return;
  case TypeKind::Vector:
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::Value:
    if (!isFlatSequence(T)) {
      S.WireParams.push_back("void *" + N);
      S.Args.push_back(held((Wire + "take<" + T.Cpp + ">(" + N + ")").str()));
      return;
    }
    if (T.Kind == TypeKind::Vector) {
      S.WireParams.push_back("void *" + N);
      S.Args.push_back(held((Wire + "takeVector<" + T.Cpp + ", " +
                             numberTypes(T.element().Kind).Element + ">(" + N +
                             ")")
                                .str()));
      return;
    }
    S.WireParams.push_back("void *" + N + "_ptr");
    S.WireParams.push_back("std::size_t " + N + "_len");
    if (T.Kind == TypeKind::Span)
      S.Args.push_back((Wire + "SpanArg(" + N + "_ptr, " + N + "_len).as<" +
                        T.Cpp + ">()")
                           .str());
    else
      S.Args.push_back((Wire + "mutableSpan<" + T.Cpp + ">(" + N + "_ptr, " +
                        N + "_len)")
                           .str());
    return;
  case TypeKind::Void:
  case TypeKind::Expected:
    break;
  }
  llvm_unreachable("void or std::expected parameter");
}

/// C++ → JS: the thunk's return type for a result of type T.
std::string exportReturnType(const Type &T) {
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
    return numberTypes(T.Kind).Wire.str();
  case TypeKind::ClassValue:
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::UniquePtr:
  case TypeKind::SharedPtr:
    return "void *";
  case TypeKind::Enum:
    return "int32_t";
  case TypeKind::JsValue:
  case TypeKind::Promise:
    return "uint32_t";
  case TypeKind::Vector:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::Value:
    return isFlatSequence(T) ? "void" : "void *";
  case TypeKind::Expected:
    return exportReturnType(crossingResult(T));
  // Nothing, or a string or span left in the return area.
  case TypeKind::Void:
  case TypeKind::String:
  case TypeKind::StringView:
  case TypeKind::CString:
  case TypeKind::Span:
  case TypeKind::SpanMut:
    return "void";
  case TypeKind::Function:
    break;
  }
  llvm_unreachable("the classifier and the planner reject function results");
}

/// Whether T, a ClassRef or ClassPtr, refers to a const object: its
/// spelling (printed by Clang, qualifiers first) starts with "const".
bool borrowsConst(const Type &T) {
  return compat::startsWith(T.Cpp, "const ");
}

/// C++ → JS: the statement that returns Call's value. Values: the module's
/// value structs (whether a result crosses in the result scratch).
static std::string liftResult(const Type &T, const std::string &Call,
                              ArrayRef<ValueStruct> Values) {
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
    return ("return " + Wire + "toWire<" + T.Cpp + ">(" + Call + ");").str();
  case TypeKind::Void:
    return Call + ";";
  case TypeKind::String:
  case TypeKind::StringView:
  case TypeKind::CString:
    return (Wire + "returnString(" + Call + ");").str();
  case TypeKind::ClassValue:
    return ("return " + Wire + "adopt(" + Call + ");").str();
  case TypeKind::ClassRef:
    // A `const T &` or `const T *` is borrowed as a non-const one is: JS
    // keeps no const (docs/Types.md), so the handle drops it.
    if (borrowsConst(T))
      return ("return " + Wire + "borrow(&" + Call + ");").str();
    return "return &" + Call + ";";
  case TypeKind::ClassPtr:
    if (borrowsConst(T))
      return ("return " + Wire + "borrow(" + Call + ");").str();
    return "return " + Call + ";";
  case TypeKind::UniquePtr:
    return ("return " + Wire + "releaseUnique(" + Call + ");").str();
  case TypeKind::SharedPtr:
    return ("return " + Wire + "returnShared<" + T.Cpp + ">(" + Call + ");").str();
  case TypeKind::Enum:
    return "return static_cast<int32_t>(" + Call + ");";
  case TypeKind::JsValue:
    return ("return " + Wire + "releaseJs(" + Call + ");").str();
  case TypeKind::Function:
    llvm_unreachable("the classifier and the planner reject function results");
  case TypeKind::Promise:
    return ("return " + Wire + "releasePromise(" + Call + ");").str();
  case TypeKind::Span:
  case TypeKind::SpanMut:
    return (Wire + "returnSpan(" + Call + ");").str();
  case TypeKind::Vector:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::Value:
    if (isFlatSequence(T))
      return (Wire + "returnVector(" + Call + ");").str();
    if (resultInScratch(T, Values))
      return ("return " + Wire + "giveInScratch<" + T.Cpp + ">(" + Call + ");")
          .str();
    return ("return " + Wire + "give<" + T.Cpp + ">(" + Call + ");").str();
  case TypeKind::Expected:
    break;
  }
  llvm_unreachable("emitFunction lifts a std::expected's value itself");
}

void printExportHead(raw_ostream &OS, StringRef RetType, StringRef Symbol,
                     ArrayRef<std::string> WireParams) {
  OS << "__attribute__((weak, nodebug, export_name(\"" << Symbol << "\")))\n"
     << RetType << (compat::endsWith(RetType, "*") ? "" : " ") << Symbol << "("
     << join(WireParams, ", ") << ") {\n";
}

} // namespace

void emitFunction(raw_ostream &OS, const Function &F, const Class *Owner,
                  const Manifest &M) {
  Signature S;
  std::string Callee;
  switch (F.Kind) {
  case FunctionKind::Free:
  case FunctionKind::Start:
    Callee = F.CppName;
    break;
  case FunctionKind::Static:
    Callee = Owner->CppName + "::" + F.CppName;
    break;
  case FunctionKind::Method:
  case FunctionKind::Getter:
  case FunctionKind::Setter:
  case FunctionKind::FieldGet:
  case FunctionKind::FieldSet:
    S.WireParams.push_back("void *self");
    Callee = (Wire + "objectRef<" + Owner->CppName + ">(self)." + F.CppName).str();
    break;
  case FunctionKind::Constructor:
    Callee = (Wire + "construct<" + Owner->CppName + ">").str();
    break;
  }
  std::string Where = F.Kind == FunctionKind::Constructor
                          ? "new " + Owner->JsName
                      : Owner ? Owner->JsName + "." + F.JsName
                              : F.JsName;
  for (unsigned I = 0; I != F.Params.size(); ++I)
    lowerParam(F.Params[I], I, Where, M, S);
  // A data member is read or assigned, not called.
  std::string Call =
      F.Kind == FunctionKind::FieldGet   ? Callee
      : F.Kind == FunctionKind::FieldSet ? Callee + " = " + S.Args.front()
                                         : Callee + "(" + join(S.Args, ", ") + ")";
  // `equals` is the operator, written as one: a member, a friend and a
  // function of the class's namespace are all found.
  if (F.Kind == FunctionKind::Method && F.CppName == "operator==")
    Call = (Wire + "objectRef<" + Owner->CppName + ">(self) == " +
            S.Args.front()).str();
  if (F.takesArgCount()) {
    // Default arguments: JS passes how many arguments it has, the call
    // passes those and the compiler supplies the defaults. The wire values
    // of the others are zeros, never converted.
    S.WireParams.push_back("int32_t argc");
    S.Locals.push_back("auto call = [&]() -> decltype(auto) {");
    S.Locals.push_back("  switch (argc) {");
    for (size_t N = F.requiredParams(); N != F.Params.size(); ++N)
      S.Locals.push_back("  case " + std::to_string(N) + ": return " + Callee +
                         "(" +
                         join(ArrayRef<std::string>(S.Args).take_front(N), ", ") +
                         ");");
    S.Locals.push_back("  default: return " + Call + ";");
    S.Locals.push_back("  }");
    S.Locals.push_back("};");
    Call = "call()";
  }

  OS << "// " << (Owner ? Owner->JsName + "." : std::string()) << F.JsName
     << ": " << functionKindName(F.Kind) << " " << F.Loc.File << ":"
     << F.Loc.Line << "\n";
  bool IsCtor = F.Kind == FunctionKind::Constructor;
  std::string RetType = IsCtor ? "void *" : exportReturnType(F.Result);
  StringRef NoResult = RetType == "void" ? "return;" : "return {};";
  SmallVector<std::string, 8> Body;
  if (IsCtor) {
    Body.push_back("return " + Call + ";");
  } else if (F.Result.Kind == TypeKind::Expected) {
    // The error goes to JS in a slot (wire::returnError), the value as a
    // plain result would.
    Body.push_back("auto result = " + Call + ";");
    Body.push_back("if (!result) {");
    Body.push_back(("  " + Wire + "returnError<" +
                    errorSlotType(F.Result.error()) +
                    ">(::std::move(result).error());")
                       .str());
    Body.push_back(("  " + NoResult).str());
    Body.push_back("}");
    if (crossingResult(F.Result).Kind != TypeKind::Void)
      Body.push_back(
          liftResult(crossingResult(F.Result), "*::std::move(result)", M.Values));
  } else {
    Body.push_back(liftResult(F.Result, Call, M.Values));
  }
  printExportHead(OS, RetType, F.Symbol, S.WireParams);
  for (const std::string &Line : S.Locals)
    OS << "  " << Line << "\n";
  if (!F.Exceptions) {
    for (const std::string &Line : Body)
      OS << "  " << Line << "\n";
    OS << "}\n\n";
    return;
  }
  // -fwasm-exceptions: what escapes is thrown in JS, once the catch block
  // has freed the C++ exception (wire::catchException, wire::throwToJS).
  if (RetType == "void")
    Body.push_back("return;");
  OS << "  uint32_t exception;\n  try {\n";
  for (const std::string &Line : Body)
    OS << "    " << Line << "\n";
  OS << "  } catch (...) {\n"
     << "    exception = " << Wire << "catchException();\n"
     << "  }\n"
     << "  " << Wire << "throwToJS(exception);\n}\n\n";
}

namespace {

void emitClass(raw_ostream &OS, const Class &C, const Manifest &M) {
  for (const Function &F : C.Constructors)
    emitFunction(OS, F, &C, M);
  for (const Function &F : C.Methods)
    emitFunction(OS, F, &C, M);
  emitSubclassConstructors(C, M, OS);
  if (C.CppOwned)
    return; // C++ destroys its objects; JS only borrows them.
  OS << "// " << C.JsName << ": destructor\n";
  printExportHead(OS, "void", C.DeleteSymbol, {"void *self"});
  OS << "  " << Wire << "destroy<" << C.CppName << ">(self);\n}\n\n";
}

void emitStackAccess(raw_ostream &OS);

void emitRuntime(raw_ostream &OS) {
  emitPluginMarker(OS);
  OS << "// Runtime exports: one definition per module after linking.\n"
     << "extern \"C\" {\n";
  printExportHead(OS, "void *", naming::AllocSymbol, {"std::size_t size"});
  OS << "  return " << Wire << "alloc(size);\n}\n";
  printExportHead(OS, "void", naming::FreeSymbol, {"void *p"});
  OS << "  " << Wire << "release(p);\n}\n";
  printExportHead(OS, "void", naming::FreeStringSymbol, {"void *p"});
  OS << "  " << Wire << "releaseString(p);\n}\n";
  printExportHead(OS, "void", naming::FreeOwnedSymbol, {"void *p"});
  OS << "  " << Wire << "releaseOwned(p);\n}\n";
  printExportHead(OS, "void *", naming::ReturnAreaSymbol, {});
  OS << "  return " << Wire << "returnArea();\n}\n"
     << "// C++ throws without unwinding support: report and terminate.\n"
     << "#if !(" << ExceptionsCondition << ")\n"
     << "__attribute__((weak, nodebug)) void *__cxa_allocate_exception(std::size_t size) "
        "noexcept {\n"
     << "  return " << Wire << "allocResult(size);\n}\n"
     << "__attribute__((weak, nodebug, noreturn)) void __cxa_throw(void *obj, "
        "std::type_info *type, ::wasmport::wire::detail::ThrowDestructor) {\n"
     << "  " << Wire << "detail::reportThrow(obj, type);\n}\n"
     << "#endif\n"
     << "} // extern \"C\"\n\n";
  emitStackAccess(OS);
}

/// __stack_pointer is a wasm global C++ cannot name: two naked functions
/// read and write it in inline assembly. The assembly sits inside function
/// bodies, never at file scope: under -flto the linker resolves the symbols
/// of file-scope assembly before code generation and knows no wasm global
/// there (it took __stack_pointer for a function, "symbol type mismatch");
/// a function body's assembly is assembled with the code. Naked: no
/// prologue or epilogue moves the stack pointer around the read or undoes
/// the write, at any -O level.
void emitStackAccess(raw_ostream &OS) {
  OS << "// wasm's shadow stack pointer, for the JS side to repair after an\n"
     << "// exception abandoned C++ frames, and the parameters of those frames\n"
     << "// (wire::unwindTo). em++ (clang 14) assembles them as clang 19 does.\n"
     << "extern \"C\" {\n";
  for (auto [Return, Symbol, Param, Body] :
       {std::tuple<StringRef, StringRef, StringRef, StringRef>{
            "uint32_t ", naming::StackGetSymbol, "", "global.get __stack_pointer"},
        {"void ", naming::StackSetSymbol, "uint32_t",
         "local.get 0\\n\\tglobal.set __stack_pointer"}})
    OS << "__attribute__((weak, nodebug, naked, export_name(\"" << Symbol << "\")))\n"
       << Return << Symbol << "(" << Param << ") {\n"
       << "  __asm__ volatile(\".globaltype __stack_pointer, i32\\n\\t" << Body
       << "\\n\\treturn\");\n}\n";
  OS << "__attribute__((weak, nodebug, export_name(\"" << naming::UnwindSymbol
     << "\")))\n"
     << "void " << naming::UnwindSymbol << "(uint32_t depth) {\n"
     << "  " << Wire << "unwindTo(depth);\n}\n";
  OS << "} // extern \"C\"\n\n";
}

} // namespace

void emitPluginMarker(raw_ostream &OS) {
  OS << "[[maybe_unused]] __attribute__((nodebug)) static void " << naming::PluginMarkerSymbol
     << "() {}\n";
}

/// The makers of the number vector arguments this translation unit's
/// exports take (wire::newVector), one per element kind, in kind order.
static void emitVectorMakers(const Manifest &M, raw_ostream &OS) {
  std::set<TypeKind> Kinds;
  auto Visit = [&](const Function &F) {
    for (const Param &P : F.Params)
      if (isNumberVector(P.Ty))
        Kinds.insert(P.Ty.element().Kind);
  };
  forEachExport(M, Visit);
  if (Kinds.empty())
    return;
  OS << "// The vectors number vector arguments are written into.\n"
     << "extern \"C\" {\n";
  for (TypeKind K : Kinds) {
    printExportHead(OS, "void *", naming::vectorSymbol(typeKindName(K)),
                    {"std::size_t size"});
    OS << "  return " << Wire << "newVector<" << numberTypes(K).Element
       << ">(size);\n}\n";
  }
  OS << "} // extern \"C\"\n\n";
}

/// True when a signature in M has a std::function (<wasmport/function.h>).
static bool usesFunctions(const Manifest &M) {
  bool Found = false;
  auto Check = [&](const Param &P) {
    Found |= P.Ty.Kind == TypeKind::Function;
  };
  forEachExport(M, [&](const Function &F) { llvm::for_each(F.Params, Check); });
  for (const Import &I : M.Imports) {
    llvm::for_each(I.Params, Check);
    Found |= I.Result.Kind == TypeKind::Function;
  }
  return Found;
}

/// True when the translation unit was compiled with -fwasm-exceptions: some
/// export or import lets C++ exceptions through.
static bool hasExceptions(const Manifest &M) {
  bool Found = any_of(M.Imports, [](const Import &I) { return I.Exceptions; }) ||
               any_of(M.Starts, [](const Function &F) { return F.Exceptions; }) ||
               any_of(M.Tests, [](const Function &F) { return F.Exceptions; });
  forEachExport(M, [&](const Function &F) { Found |= F.Exceptions; });
  return Found;
}

/// True when a class of M can be extended in JS: its generated subclass
/// holds the JS object as a wasmport::JsValue (<wasmport/jsvalue.h>).
static bool hasSubclasses(const Manifest &M) {
  return any_of(M.Classes, [](const Class &C) { return !C.Virtuals.empty(); });
}

void emitThunks(const Manifest &M, raw_ostream &OS, bool Includes) {
  // Users cannot change generated code, so it reports no warning under any
  // -W flag (errors still show); the headers it calls are kept clean of the
  // usual ones (-Wall -Wextra -Wpedantic -Wconversion ...) themselves.
  OS << "// generated by wasmport — do not edit\n"
     << "#pragma clang diagnostic push\n"
     << "#pragma clang diagnostic ignored \"-Weverything\"\n";
  if (M.empty()) {
    // Nothing annotated: only the marker <wasmport/wasmport.h> refers to,
    // and a fragment saying so; no header is needed.
    emitPluginMarker(OS);
    emitManifestSection(M, OS);
    OS << "#pragma clang diagnostic pop\n";
    return;
  }
  // A preprocessed translation unit has the headers' declarations already,
  // and no include path to find them again.
  if (Includes) {
    OS << "#include <wasmport/wire.h>\n";
    if (usesFunctions(M))
      OS << "#include <wasmport/function.h>\n";
    if (hasExceptions(M) || hasSubclasses(M))
      OS << "#include <wasmport/jsvalue.h>\n";
  }
  OS << "\n";
  if (hasExceptions(M))
    OS << "// Made for -fwasm-exceptions: the thunks catch C++ exceptions and "
          "throw\n// JS ones as wasmport::JsError.\n"
       << "#if !(" << ExceptionsCondition << ")\n"
       << "#error \"wasmport: these bindings were made for -fwasm-exceptions, "
          "but this file is compiled without it; give wasmport-rewrite the "
          "compiler's flags\"\n"
       << "#endif\n\n";
  emitRuntime(OS);
  emitVectorMakers(M, OS);
  emitSlotCodecs(M, OS);
  emitSubclasses(M, OS);
  if (!M.Functions.empty() || !M.Classes.empty() || !M.Starts.empty() ||
      !M.Tests.empty()) {
    OS << "extern \"C\" {\n\n";
    for (const Function &F : M.Functions)
      emitFunction(OS, F, nullptr, M);
    for (const Class &C : M.Classes)
      emitClass(OS, C, M);
    for (const Function &F : M.Starts)
      emitFunction(OS, F, nullptr, M);
    for (const Function &F : M.Tests)
      emitFunction(OS, F, nullptr, M);
    OS << "} // extern \"C\"\n\n";
  }
  for (const Import &I : M.Imports)
    emitImport(OS, I);
  emitManifestSection(M, OS);
  OS << "#pragma clang diagnostic pop\n";
}

void emitManifestSection(const Manifest &M, raw_ostream &OS) {
  // The delimiter cannot occur in the text: asmEscape leaves no ')' next to
  // a '"' since every '"' gets a backslash before it.
  OS << "// The manifest of this translation unit, one line of the section.\n"
     << "__asm__(R\"wasmport(\n"
     << "\t.section .custom_section.wasmport,\"\",@\n"
     << "\t.ascii \"" << asmEscape(toJSONText(M)) << "\\n\"\n"
     << ")wasmport\");\n";
}

} // namespace wasmport::thunks
