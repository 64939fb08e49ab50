//===- Naming.h - Names of generated symbols and JS names ------*- C++ -*-===//
//
// The only place that spells the wasm symbols wasmport generates: the thunk
// emitter (C++ side) and the JS printer (JS side) both ask here, so the two
// halves cannot drift apart. Also decides which JS names are acceptable.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_MANIFEST_NAMING_H
#define WASMPORT_MANIFEST_NAMING_H

#include "llvm/ADT/StringRef.h"

#include <string>

namespace wasmport::naming {

/// Every generated symbol starts with this; user JS names may not.
inline constexpr llvm::StringLiteral Prefix = "__wasmport_";

/// The wasm import module of every JS function the thunks import.
inline constexpr llvm::StringLiteral ImportModule = "wasmport";

/// Runtime exports emitted once per module (weak, merged by the linker).
inline constexpr llvm::StringLiteral AllocSymbol = "__wasmport_alloc";
inline constexpr llvm::StringLiteral FreeSymbol = "__wasmport_free";
inline constexpr llvm::StringLiteral FreeStringSymbol = "__wasmport_free_string";
inline constexpr llvm::StringLiteral ReturnAreaSymbol = "__wasmport_ret_area";
/// Deletes a wire::Owned: a number vector result, a std::shared_ptr owner.
inline constexpr llvm::StringLiteral FreeOwnedSymbol = "__wasmport_free_owned";
/// Read and write wasm's shadow stack pointer (__stack_pointer), so the JS
/// side can repair it after an exception abandoned C++ frames. Not defined
/// under Emscripten, whose JS glue is not used.
inline constexpr llvm::StringLiteral StackGetSymbol = "__wasmport_stack_get";
inline constexpr llvm::StringLiteral StackSetSymbol = "__wasmport_stack_set";
/// Destroys the parameters of the thunks a JS exception is about to leave
/// (wire::unwindTo); defined where the stack accessors are.
inline constexpr llvm::StringLiteral UnwindSymbol = "__wasmport_unwind";
/// The JS import a C++ throw reports to (module ImportModule).
inline constexpr llvm::StringLiteral ThrowImport = "__wasmport_throw";
/// Imports whose names start with this are the JS runtime of
/// <wasmport/jsvalue.h>: the JsValue operations, provided by the JS helper
/// of the same name without the "__wasmport_" prefix.
inline constexpr llvm::StringLiteral RuntimeJSImportPrefix = "__wasmport_js_";
/// The runtime import that makes a JS function calling C++
/// (<wasmport/function.h>), and the runtime export those functions call
/// into; the header defines it, weak.
inline constexpr llvm::StringLiteral ClosureImport = "__wasmport_js_closure";
inline constexpr llvm::StringLiteral ClosureCallSymbol =
    "__wasmport_closure_call";
/// The export <wasmport/promise.h> defines in modules that co_await a JS
/// promise: the glue calls it when the promise settles, to resume the
/// coroutine (with the runtime import __wasmport_js_promise_then).
inline constexpr llvm::StringLiteral PromiseResumeSymbol =
    "__wasmport_promise_resume";
inline constexpr llvm::StringLiteral PromiseThenImport =
    "__wasmport_js_promise_then";
/// A static function <wasmport/wasmport.h> declares and refers to, defined
/// in every TU the plugin processes: a TU compiled without the plugin fails
/// to link, naming the fix.
inline constexpr llvm::StringLiteral PluginMarkerSymbol =
    "__wasmport_compiled_without_the_wasmport_plugin";

/// `__wasmport_fn_5greet`: the thunk of a free function with JS name JsName.
std::string functionSymbol(llvm::StringRef JsName);
/// `__wasmport_new_7Counter_0`: the Index-th exported constructor.
std::string constructorSymbol(llvm::StringRef ClassJsName, unsigned Index);
/// `__wasmport_method_7Counter_9increment`: a method or static.
std::string methodSymbol(llvm::StringRef ClassJsName, llvm::StringRef JsName);
/// `__wasmport_static_7Counter_4make`: a static member function.
std::string staticMethodSymbol(llvm::StringRef ClassJsName,
                               llvm::StringRef JsName);
/// `__wasmport_get_7Counter_5value`: reads property Property (a data member
/// or a [[wasmport::getter]]).
std::string getterSymbol(llvm::StringRef ClassJsName, llvm::StringRef Property);
/// `__wasmport_set_7Counter_5value`: assigns property Property.
std::string setterSymbol(llvm::StringRef ClassJsName, llvm::StringRef Property);
/// `__wasmport_delete_7Counter`: destroys an object the JS side owns.
std::string deleteSymbol(llvm::StringRef ClassJsName);
/// The import a JS subclass's implementation of virtual function JsName of
/// class ClassJsName is called through (docs/Subclasses.md).
std::string virtualSymbol(llvm::StringRef ClassJsName, llvm::StringRef JsName);
/// The import that tells whether a JS subclass object of class ClassJsName
/// defines the Index-th virtual function (Class::Virtuals).
std::string overridesSymbol(llvm::StringRef ClassJsName);
/// The import that throws the JS Error for a pure virtual function of class
/// ClassJsName that a JS subclass object does not define.
std::string missingSymbol(llvm::StringRef ClassJsName);
/// The thunk of the Index-th constructor of the generated C++ class a JS
/// subclass of ClassJsName makes (Class::SubclassConstructors).
std::string subclassConstructorSymbol(llvm::StringRef ClassJsName,
                                      unsigned Index);
/// `__wasmport_start__Z5setupv`: runs a start function, from its mangled name.
std::string startSymbol(llvm::StringRef MangledName);
/// `__wasmport_test__Z4addsv`: runs a [[wasmport::test]] function, from its
/// mangled name.
std::string testSymbol(llvm::StringRef MangledName);
/// `__wasmport_import__Z5twicei`: a JS import, from the C++ mangled name so
/// that overloads stay distinct.
std::string importSymbol(llvm::StringRef MangledName);
/// `__wasmport_vector_i32`: makes the std::vector a number vector argument
/// of element kind ElementKind (manifest spelling) is written into. Emitted
/// by each translation unit that needs it, weak like the runtime exports.
std::string vectorSymbol(llvm::StringRef ElementKind);

/// True for an ECMAScript IdentifierName made of ASCII letters, digits, `_`
/// and `$`, not starting with a digit.
bool isJSIdentifier(llvm::StringRef Name);
/// True when Spec can go verbatim between double quotes in JS and TS: not
/// empty, no quotes, backquotes, backslashes, control characters (line
/// breaks among them) or U+2028/U+2029.
bool isSafeModuleSpecifier(llvm::StringRef Spec);
/// True for words that cannot name a binding in a module (strict mode) or a
/// generated export: keywords, `arguments`, `eval`, ...
bool isReservedJSWord(llvm::StringRef Name);
/// True for names the generated module uses itself (`default`, `init`,
/// `initSync`, `memory`, `__wasmport`, the .d.ts types `InitInput` and
/// `SyncInitInput`, and anything starting with Prefix), `then`, which would
/// make the module namespace object thenable, and `__esModule`, which
/// bundlers read as "compiled from CommonJS".
bool isReservedExportName(llvm::StringRef Name);
/// True for the names of JavaScript's global objects (`Object`, `Map`,
/// `Error`, `Promise`, `Uint8Array`, `WebAssembly`, `globalThis`, `console`,
/// `TextDecoder`, `URL`, ...): the standard built-ins and the host globals
/// the generated module uses. A top-level export of that name would hide the
/// global from the glue in the same module (a function declaration is
/// hoisted over the whole module), so it cannot be one.
bool isJSGlobalName(llvm::StringRef Name);
/// True for member names that would break a JS class (`constructor`,
/// `prototype`, `free`, `__proto__`, `then`, and Prefix).
bool isReservedMemberName(llvm::StringRef Name);

/// A parameter name that is safe as a JS binding: Name itself when it is,
/// else Name with `_` appended (reserved words), `p` prepended (names with
/// Prefix), or `argN` when unnamed or not an identifier.
std::string jsParamName(llvm::StringRef Name, unsigned Index);

} // namespace wasmport::naming

#endif // WASMPORT_MANIFEST_NAMING_H
