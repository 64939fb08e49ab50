//===- JSConstants.cpp - Constants as JS values ---------------------------===//
//
// A constant (manifest::Constant) needs no call: its value is written into
// the module as a literal, a class's as a static getter (read-only, as a
// `static readonly` in the .d.ts), the module's as an `export const`.
//
//===----------------------------------------------------------------------===//
#include "JS/JSEmitter.h"

#include "JS/JSSyntax.h"
#include "JS/Printers.h"

#include "llvm/Support/ErrorHandling.h"

#include <cstdio>
#include <cstdlib>

using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::js {

/// The shortest decimal spelling that reads back as D (a finite double),
/// with the exponent written as JS prints it (`1e-7`, `1e+21`).
static std::string shortestDouble(double D) {
  char Buf[40];
  for (int Digits = 1; Digits <= 17; ++Digits) {
    snprintf(Buf, sizeof Buf, "%.*g", Digits, D);
    if (std::strtod(Buf, nullptr) == D)
      break;
  }
  std::string S = Buf;
  // %g writes at least two exponent digits.
  size_t E = S.find('e');
  if (E != std::string::npos && E + 2 < S.size()) {
    size_t Digits = E + 2;
    while (Digits + 1 < S.size() && S[Digits] == '0')
      S.erase(Digits, 1);
  }
  return S;
}

std::string constantLiteral(const Constant &K, const Enum *E) {
  const json::Value &V = K.Value;
  switch (K.Ty.Kind) {
  case TypeKind::Bool:
    return *V.getAsBoolean() ? "true" : "false";
  case TypeKind::I8:
  case TypeKind::U8:
  case TypeKind::I16:
  case TypeKind::U16:
  case TypeKind::I32:
  case TypeKind::U32:
    return std::to_string(*V.getAsInteger());
  case TypeKind::I64:
    return std::to_string(*V.getAsInteger()) + "n";
  case TypeKind::U64:
    return std::to_string(*V.getAsUINT64()) + "n";
  case TypeKind::F32:
  case TypeKind::F64:
    if (auto S = V.getAsString())
      return S->str(); // NaN, Infinity, -Infinity, -0: JS spells them so.
    return shortestDouble(*V.getAsNumber());
  case TypeKind::StringView:
  case TypeKind::CString:
    return quote(*V.getAsString());
  case TypeKind::Enum: {
    if (!E->StringValued)
      return std::to_string(*V.getAsInteger());
    // A value named twice reads as its last name, as from C++ (printEnum).
    std::string Literal;
    for (const Enumerator &N : E->Enumerators)
      if (N.Value == *V.getAsInteger())
        Literal = quote(N.String);
    return Literal;
  }
  case TypeKind::Void:
  case TypeKind::String:
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
  case TypeKind::SharedPtr:
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
    break; // verify() refuses them (isConstantKind).
  }
  llvm_unreachable("not a constant kind");
}

void ModulePrinter::printClassConstant(const ConstantPlan &K) {
  printDocComment(OS, "  ", K.Doc);
  OS << "  static get " << K.Name << "() {\n    return " << K.Literal
     << ";\n  }\n\n";
}

void ModulePrinter::printModuleConstant(const ConstantPlan &K) {
  printDocComment(OS, "", K.Doc);
  OS << "export const " << K.Name << " = " << K.Literal << ";\n";
}

} // namespace wasmport::js
