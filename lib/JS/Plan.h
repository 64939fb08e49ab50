//===- Plan.h - What the generated JS module contains ----------*- C++ -*-===//
//
// The planner turns a merged manifest and the facts of the linked module
// (its imports and exports) into a Plan: every name the printers will write
// is decided here, and everything the module needs is checked here, so the
// printers cannot fail.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_JS_PLAN_H
#define WASMPORT_JS_PLAN_H

#include "JS/Lowering.h"
#include "JS/Runtime.h"
#include "Manifest/Manifest.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"

#include <optional>
#include <string>
#include <vector>

namespace wasmport::js {

enum class Target { Node, Web, Bundler };

/// What wasmport-js read from the linked module.
struct ModuleInfo {
  struct ImportEntry {
    std::string Module;
    std::string Field;
  };
  std::vector<ImportEntry> Imports;
  llvm::StringSet<> Exports;
};

struct Options {
  Target Tgt = Target::Web;
  std::string WasmFile; ///< File name of the .wasm next to the .js.
  /// std::span results are views of wasm memory instead of copies.
  bool ZeroCopySpans = false;
  /// Testing aid: every call into the module is followed by memory.grow, so
  /// that any view of memory kept across a call shows up as a bug.
  bool StressMemory = false;
};

struct ParamPlan {
  std::string Js;  ///< Binding name in the generated JS.
  std::string Cpp; ///< Name in messages: the C++ parameter name.
  manifest::Type Ty;
  std::string Doc = {}; ///< Its `\param` text.
  /// It has a default argument: JS may leave it out (`name?:`).
  bool Optional = false;
};

/// One call from JS into a thunk.
struct CallPlan {
  std::string JsName; ///< Function, method or static name.
  std::string Where;  ///< "greet", "Counter.value", "new Counter".
  std::string Symbol;
  std::vector<ParamPlan> Params;
  manifest::Type Result;
  std::string Doc = {};        ///< The doc comment's text.
  std::string ReturnsDoc = {}; ///< Its `\returns` text.
  OpList Ops = {};             ///< What the JS does (lower()).
  /// One JS function for several C++ overloads, or for one with default
  /// arguments (JSOverloads.cpp): the calls it picks from, each passing a
  /// fixed number of arguments, grouped by overload in declaration order
  /// and by ascending count. Its own Params, Symbol and Ops are unused.
  std::vector<CallPlan> Variants = {};
  /// For a variant: the overload's index, and how many parameters it has in
  /// all and without default arguments. Params holds the first few.
  size_t Overload = 0;
  size_t Total = 0;
  size_t Required = 0;
  /// For a variant of an overload with default arguments: the thunk takes
  /// zeros for the parameters left out, then the count (Params.size()).
  std::vector<manifest::Type> LeftOut = {};
  bool PassesCount = false;

  bool isDispatcher() const { return !Variants.empty(); }
};

/// An accessor property: a thunk with no parameters and a result, and
/// optionally one with one parameter and no result.
struct PropertyPlan {
  std::string Name;
  CallPlan Get;
  std::optional<CallPlan> Set; ///< None: read-only.
  std::string Doc;             ///< The getter's doc, else the setter's.
};

/// A constant (manifest::Constant): a read-only static property of a class,
/// or an `export const` of the module.
struct ConstantPlan {
  std::string Name;
  std::string Literal; ///< Its value as a JS literal (constantLiteral).
  manifest::Type Ty;
  std::string Doc;
};

/// The JS literal of K's value: numbers in their shortest exact spelling,
/// 64-bit integers as bigint literals, NaN and the infinities by name, an
/// enum's value as its JS value (a number, or the enumerator's string), E
/// being K's enum (null for other kinds). JSConstants.cpp.
std::string constantLiteral(const manifest::Constant &K,
                            const manifest::Enum *E);

struct ClassPlan {
  std::string Name;
  std::string DeleteSymbol; ///< Empty when CppOwned.
  /// C++ owns the objects (manifest::Class::CppOwned): free() throws.
  bool CppOwned = false;
  std::string Base; ///< The JS class this one extends ("" for none).
  /// Another exported class extends this one: its constructor lets the
  /// subclass's constructor call it without making an object.
  bool HasSubclasses = false;
  std::string Doc;
  std::vector<CallPlan> Constructors; ///< Distinct arities, ascending.
  std::vector<CallPlan> Methods;
  std::vector<PropertyPlan> Properties; ///< In order of first accessor.
  std::vector<CallPlan> Statics;
  /// JS subclasses (docs/Subclasses.md): JS constructs only subclasses of an
  /// abstract class.
  bool Abstract = false;
  /// The JS names of the virtual functions a JS subclass may implement, in
  /// manifest order (their imports are in Plan::Imports).
  std::vector<std::string> Virtuals;
  /// The generated C++ class's constructors (distinct arities, ascending);
  /// the first parameter is the JS object.
  std::vector<CallPlan> SubclassConstructors;
  std::vector<ConstantPlan> Constants; ///< Static read-only properties.
};

/// One JS function the module imports (module "wasmport").
struct ImportPlan {
  std::string Symbol;
  manifest::ImportKind Kind = manifest::ImportKind::Function;
  /// JS expression of the function called, or of the class whose member
  /// is used: globalThis.a.b or a local.
  std::string Callee;
  std::string Member; ///< The member of the class, for member kinds.
  /// The JS parameter holding the object's handle, for the kinds with a
  /// receiver (manifest::hasReceiver); no parameter has its name.
  std::string Self;
  std::string Where;  ///< Its JS spelling, for messages.
  std::vector<ParamPlan> Params;
  manifest::Type Result;
  /// What the JS function throws is caught and handed to C++ in the return
  /// area (manifest::Import::catchesJS).
  bool Catches = false;
  OpList Ops = {}; ///< What the JS function does (lower()).
};

/// A wasm import that a JS helper implements.
struct HelperImport {
  std::string Field; ///< The import's field name.
  Helper Impl;
};

/// `import { Name as Local } from "Specifier";`
struct ModuleImport {
  std::string Specifier;
  std::string Name;
  std::string Local;
};

struct Plan {
  Options Opts;
  std::vector<manifest::Enum> Enums;
  std::vector<manifest::ValueStruct> Values;
  std::vector<CallPlan> Functions;
  std::vector<ConstantPlan> Constants; ///< `export const`s.
  /// Bases before the classes that extend them, else in manifest order.
  std::vector<ClassPlan> Classes;
  std::vector<ImportPlan> Imports;
  std::vector<ModuleImport> ModuleImports;
  /// WASI functions the module imports, by field name, sorted.
  std::vector<HelperImport> WasiImports;
  std::vector<std::string> StartSymbols;
  /// The module can report a C++ exception (naming::ThrowImport).
  bool ImportsThrow = false;
  /// The JS runtime functions the module imports (JsValue operations,
  /// naming::RuntimeJSImportPrefix), by field name, sorted; each is
  /// implemented by a JS helper (runtimeImportHelper).
  std::vector<HelperImport> RuntimeJSImports;

  /// True when the module imports the JS runtime function Field.
  bool importsRuntime(llvm::StringRef Field) const {
    return llvm::any_of(RuntimeJSImports,
                        [&](const HelperImport &I) { return I.Field == Field; });
  }
  /// The module exports naming::StackGetSymbol and StackSetSymbol.
  bool HasStackAccess = false;
  bool HasInitialize = false;
  /// Something crosses the boundary, so the runtime exports (allocation,
  /// return area) are used.
  bool UsesRuntime = false;
  /// The helpers the module's code uses (lower()); the slot codecs add
  /// those of the functions they generate.
  HelperSet Helpers;

  /// `__wasmport.jsValues()` is exported: the module has a JS heap. The JS
  /// and the .d.ts printer both ask this.
  bool exportsJsValues() const { return Helpers.has(Helper::Heap); }

  /// C++ may call JS code: through imports or JsValue operations. free()
  /// then defers destructors while JS code runs inside a call into C++.
  bool callsJS() const {
    return !Imports.empty() || !RuntimeJSImports.empty();
  }
};

/// Plans the JS for M linked into a module described by Info; M has passed
/// manifest::verify (Manifest/Verify.h). Fails when the module and the
/// manifest disagree (a thunk missing from the exports) or the module imports
/// something the glue cannot provide.
llvm::Expected<Plan> plan(const manifest::Manifest &M, const ModuleInfo &Info,
                          const Options &Opts);

/// Overloads (JSOverloads.cpp): Calls, one per C++ function in declaration
/// order, becomes one call per JS name; several overloads of one name, or
/// one with default arguments, become a dispatcher (CallPlan::Variants).
/// Constructors whose numbers of parameters differ and have no defaults
/// stay apart, by ascending count (the class's constructor switches on the
/// count).
void groupOverloads(std::vector<CallPlan> &Calls, bool Constructors);

/// True for the wasm import module names the glue provides.
bool isProvidedImportModule(llvm::StringRef Module);

} // namespace wasmport::js

#endif // WASMPORT_JS_PLAN_H
