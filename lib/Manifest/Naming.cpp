//===- Naming.cpp - Names of generated symbols and JS names ---------------===//
//
// Symbol parts are length-prefixed (`7Counter`), as in the Itanium mangling,
// so no two entities can produce the same symbol whatever their names hold.
//
//===----------------------------------------------------------------------===//
#include "Manifest/Naming.h"

#include "Support/LLVMCompat.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

using namespace llvm;

namespace wasmport::naming {

static void appendPart(std::string &Out, StringRef Part) {
  Out += std::to_string(Part.size());
  Out += Part;
}

static std::string symbol(StringRef Tag, StringRef A, StringRef B = {}) {
  std::string S = Prefix.str();
  S += Tag;
  S += '_';
  appendPart(S, A);
  if (!B.empty()) {
    S += '_';
    appendPart(S, B);
  }
  return S;
}

std::string functionSymbol(StringRef JsName) { return symbol("fn", JsName); }

std::string constructorSymbol(StringRef ClassJsName, unsigned Index) {
  return symbol("new", ClassJsName) + "_" + std::to_string(Index);
}

std::string virtualSymbol(StringRef ClassJsName, StringRef JsName) {
  return symbol("virtual", ClassJsName, JsName);
}

std::string overridesSymbol(StringRef ClassJsName) {
  return symbol("overrides", ClassJsName);
}

std::string missingSymbol(StringRef ClassJsName) {
  return symbol("missing", ClassJsName);
}

std::string subclassConstructorSymbol(StringRef ClassJsName, unsigned Index) {
  return symbol("subclass", ClassJsName) + "_" + std::to_string(Index);
}

std::string methodSymbol(StringRef ClassJsName, StringRef JsName) {
  return symbol("method", ClassJsName, JsName);
}

std::string getterSymbol(StringRef ClassJsName, StringRef Property) {
  return symbol("get", ClassJsName, Property);
}

std::string setterSymbol(StringRef ClassJsName, StringRef Property) {
  return symbol("set", ClassJsName, Property);
}

std::string deleteSymbol(StringRef ClassJsName) {
  return symbol("delete", ClassJsName);
}

std::string staticMethodSymbol(StringRef ClassJsName, StringRef JsName) {
  return symbol("static", ClassJsName, JsName);
}

std::string startSymbol(StringRef MangledName) {
  return Prefix.str() + "start_" + MangledName.str();
}

std::string testSymbol(StringRef MangledName) {
  return Prefix.str() + "test_" + MangledName.str();
}

std::string vectorSymbol(StringRef ElementKind) {
  return Prefix.str() + "vector_" + ElementKind.str();
}

std::string importSymbol(StringRef MangledName) {
  return Prefix.str() + "import_" + MangledName.str();
}

bool isJSIdentifier(StringRef Name) {
  if (Name.empty() || isDigit(Name.front()))
    return false;
  return all_of(Name, [](char C) { return isAlnum(C) || C == '_' || C == '$'; });
}

bool isSafeModuleSpecifier(StringRef Spec) {
  if (Spec.empty())
    return false;
  if (Spec.find_first_of("\"'\\`") != StringRef::npos)
    return false;
  // Control characters, line breaks among them, are text no module is named
  // by, and the printers' own.
  if (any_of(Spec, [](unsigned char C) { return C < 0x20 || C == 0x7f; }))
    return false;
  // U+2028 and U+2029 end lines in some JS parsers.
  return !Spec.contains("\xE2\x80\xA8") && !Spec.contains("\xE2\x80\xA9");
}

bool isReservedJSWord(StringRef Name) {
  static const StringSet<> Words = {
      "await",     "break",    "case",       "catch",     "class",
      "const",     "continue", "debugger",   "default",   "delete",
      "do",        "else",     "enum",       "export",    "extends",
      "false",     "finally",  "for",        "function",  "if",
      "implements", "import",  "in",         "instanceof", "interface",
      "let",       "new",      "null",       "package",   "private",
      "protected", "public",   "return",     "static",    "super",
      "switch",    "this",     "throw",      "true",      "try",
      "typeof",    "var",      "void",       "while",     "with",
      "yield",     "arguments", "eval",      "undefined", "NaN",
      "Infinity"};
  return Words.contains(Name);
}

bool isReservedExportName(StringRef Name) {
  // `then` would make the module namespace thenable: `await import()` would
  // call it instead of resolving to the module. `__wasmport` is the module's
  // introspection export; `InitInput` and `SyncInitInput` are types the web
  // target's .d.ts exports; bundlers take a module exporting `__esModule`
  // for a CommonJS module compiled to ES.
  static const StringSet<> Names = {"init",      "initSync",      "memory",
                                    "default",   "then",          "__wasmport",
                                    "InitInput", "SyncInitInput", "__esModule"};
  return Names.contains(Name) || compat::startsWith(Name, Prefix);
}

bool isJSGlobalName(StringRef Name) {
  // ECMAScript's global constructors and namespaces, then the host globals
  // (WASI clocks, randomness, stdout, fetch, text coding) the glue reads.
  static const StringSet<> Names = {
      "AggregateError", "Array", "ArrayBuffer", "Atomics", "BigInt",
      "BigInt64Array", "BigUint64Array", "Boolean", "DataView", "Date",
      "Error", "EvalError", "FinalizationRegistry", "Float32Array",
      "Float64Array", "Function", "Int8Array", "Int16Array", "Int32Array",
      "JSON", "Map", "Math", "Number", "Object", "Promise", "Proxy",
      "RangeError", "ReferenceError", "Reflect", "RegExp", "Set",
      "SharedArrayBuffer", "String", "Symbol", "SyntaxError", "TypeError",
      "URIError", "Uint8Array", "Uint8ClampedArray", "Uint16Array",
      "Uint32Array", "WeakMap", "WeakRef", "WeakSet", "globalThis",
      "WebAssembly", "console", "crypto", "fetch", "performance", "process",
      "queueMicrotask", "Request", "Response", "self", "TextDecoder",
      "TextEncoder", "URL"};
  return Names.contains(Name);
}

bool isReservedMemberName(StringRef Name) {
  return Name == "constructor" || Name == "prototype" || Name == "free" ||
         Name == "__proto__" || Name == "then" ||
         compat::startsWith(Name, Prefix);
}

std::string jsParamName(StringRef Name, unsigned Index) {
  if (Name.empty() || !isJSIdentifier(Name))
    return "arg" + std::to_string(Index);
  if (compat::startsWith(Name, Prefix))
    return "p" + Name.str();
  if (isReservedJSWord(Name))
    return Name.str() + "_";
  return Name.str();
}

} // namespace wasmport::naming
