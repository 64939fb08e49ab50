//===- Manifest.h - The wasmport binding schema -----------------*- C++ -*-===//
//
// The one description of a module's bindings, shared by the producers (the
// plugin and the rewrite tool, through the Collector) and the consumer
// (wasmport-js). It holds no Clang types: every fact a later stage needs is a
// field here. The JSON form is versioned by SchemaVersion; docs/Manifest.md
// documents it and unittests/ManifestTest.cpp pins it.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_MANIFEST_MANIFEST_H
#define WASMPORT_MANIFEST_MANIFEST_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"

#include <optional>
#include <string>
#include <vector>

namespace wasmport::manifest {

/// Bump when the meaning of a field changes or a field is added that an older
/// wasmport-js would silently ignore. ManifestTest fails on any schema change
/// until this number and the expected JSON are updated together.
inline constexpr int64_t SchemaVersion = 5;

// The enumerators of TypeKind, FunctionKind, ImportForm and ImportKind keep
// their default values (0, 1, ...): each kind's name function is the one
// table of its names, and the FromName functions walk it.

/// Every kind of value that can cross the boundary in this version.
enum class TypeKind {
  Void,
  Bool,
  I8,
  U8,
  I16,
  U16,
  I32,
  U32,
  I64,
  U64,
  F32,
  F64,
  String,     ///< std::string: owned UTF-8 bytes.
  StringView, ///< std::string_view: borrowed UTF-8 bytes.
  CString,    ///< const char*: NUL-terminated UTF-8, may be null.
  ClassRef,   ///< T& or const T& of an exported class.
  ClassPtr,   ///< T* or const T* of an exported class, may be null.
  ClassValue, ///< T by value: the receiving side owns a new object.
  UniquePtr,  ///< std::unique_ptr<T> of an exported class: ownership moves.
  SharedPtr,  ///< std::shared_ptr<T> of an exported class: a shared owner.
  Enum,       ///< An exported enum; Type::Class is its JS name.
  Value,      ///< A [[wasmport::value]] struct; Type::Class is its JS name.
  Vector,     ///< std::vector<Args[0]>: copied.
  Span,       ///< std::span<const Args[0]> of a number type.
  SpanMut,    ///< std::span<Args[0]> of a number type: written back.
  Optional,   ///< std::optional<Args[0]>: undefined when empty.
  /// std::map or std::unordered_map<Args[0], Args[1]>: a JS Map, copied
  /// (keys: isMapKey).
  Map,
  /// std::set or std::unordered_set<Args[0]>: a JS Set, copied (elements:
  /// isMapKey).
  Set,
  /// wasmport::JsValue, or an imported JS class deriving from it: a handle
  /// to a value in the JS heap. Type::Class is the global path of the
  /// imported class ("Date", "Intl.Collator"); "" for JsValue itself and for
  /// classes imported from ES modules.
  JsValue,
  /// std::function<R(A...)>: a JS function (a JS heap handle). Args are R,
  /// then A..., converted by wasmport::JsTraits (<wasmport/function.h>).
  Function,
  /// wasmport::Promise<Args[0]>: a handle to a JS promise of Args[0]
  /// (isPromiseValue; Void for Promise<void>).
  Promise,
  /// std::expected<Args[0], Args[1]>: an export's result (the value, or a
  /// JS Error made from the error), or an import's result with error type
  /// JsValue (the value, or the exception the JS code threw).
  Expected,
};

llvm::StringRef typeKindName(TypeKind K);
/// Every TypeKind, in declaration order.
llvm::ArrayRef<TypeKind> allTypeKinds();

/// Kinds that cross the boundary the same way.
enum class TypeGroup {
  Void,
  Number, ///< bool and every integer and floating-point kind: one wasm value.
  String, ///< UTF-8 bytes in linear memory.
  Object, ///< An exported class: a pointer to the C++ object.
  Enum,   ///< An exported enum: its value as an i32.
  /// Vectors, spans, optionals and value structs: their contents in linear
  /// memory, in the layout of docs/Types.md ("slots").
  Memory,
  /// JS values, functions and promises: a u32 handle to the glue's JS heap
  /// (<wasmport/jsvalue.h>).
  Handle,
  /// std::expected: the value crosses as its own kind; an error crosses
  /// beside it (an export's in a slot, an import's as a JS heap handle).
  Expected,
};
TypeGroup typeGroup(TypeKind K);
std::optional<TypeKind> typeKindFromName(llvm::StringRef Name);

struct Type {
  TypeKind Kind = TypeKind::Void;
  /// The C++ spelling, fully qualified, usable at global scope.
  std::string Cpp;
  /// The JS name of the exported class (class kinds, smart pointers), enum
  /// or value struct the type refers to; for JsValue, the imported class's
  /// global path (see TypeKind::JsValue); "" otherwise.
  std::string Class;
  /// The element type of Vector, Span, SpanMut, Optional and Set; the key
  /// and value types of Map; the result
  /// then the parameter types of Function; the value type of Promise; the
  /// value and error types of Expected; empty otherwise.
  std::vector<Type> Args = {};

  const Type &element() const { return Args.front(); }
  /// Expected's value and error types.
  const Type &value() const { return Args[0]; }
  const Type &error() const { return Args[1]; }
  /// Map's key and value types.
  const Type &key() const { return Args[0]; }
  const Type &mapped() const { return Args[1]; }

  friend bool operator==(const Type &A, const Type &B) {
    return A.Kind == B.Kind && A.Cpp == B.Cpp && A.Class == B.Class &&
           A.Args == B.Args;
  }
};

/// What crosses as a result of type Result: a std::expected's value type
/// (its error crosses beside it, docs/Errors.md), Result itself otherwise.
inline const Type &crossingResult(const Type &Result) {
  return Result.Kind == TypeKind::Expected ? Result.value() : Result;
}

/// A parameter's or result's type as it crosses: a top-level std::optional
/// of a JsValue or an imported class crosses as its element does, a bare
/// handle (undefined, 0, when empty; JS null is empty too), with no slot
/// (docs/Types.md, "Optionals"); every other type as itself.
inline const Type &crossingType(const Type &T) {
  return T.Kind == TypeKind::Optional && T.Args.size() == 1 &&
                 T.element().Kind == TypeKind::JsValue
             ? T.element()
             : T;
}

/// True for the types a wasmport::Promise can settle with (converted by
/// wasmport::JsTraits): void, numbers, std::string, JsValue, and optionals
/// of numbers and std::string.
bool isPromiseValue(const Type &T);

/// True for the kinds a Map's key or a Set's element may have: bool, the
/// integer kinds, std::string and exported enums (no floating point: NaN
/// and -0 keys would not survive the copy both ways).
bool isMapKey(TypeKind K);

/// True for the number kinds that have a JS typed array (every number kind
/// but bool).
bool hasTypedArray(TypeKind K);

/// True when a top-level T crosses as (ptr, len) of number elements rather
/// than as a slot: number vectors and spans. Thunks and glue must agree.
bool isFlatSequence(const Type &T);
/// True for a std::vector of a number type with a typed array.
bool isNumberVector(const Type &T);
/// The runtime export that makes the std::vector a number vector argument
/// of type T is written into (`__wasmport_vector_i32`); "" for other types.
std::string vectorMakerSymbol(const Type &T);

/// True for the kinds a Constant may have: bool, the number kinds,
/// StringView, CString and Enum.
bool isConstantKind(TypeKind K);

struct Param {
  std::string Name; ///< The C++ parameter name ("" when unnamed).
  Type Ty;
  /// The text of the function's `\param` for it ("" when undocumented).
  std::string Doc = {};
  /// The parameter has a default argument: JS may omit it (or pass
  /// undefined) and C++ gets its default. Only a trailing run of parameters
  /// is optional; the thunk then takes the argument count last
  /// (docs/Types.md "Default arguments").
  bool Optional = false;
  friend bool operator==(const Param &A, const Param &B) {
    return A.Name == B.Name && A.Ty == B.Ty && A.Doc == B.Doc &&
           A.Optional == B.Optional;
  }
};

/// Where an entity was declared, for messages from later stages.
struct Location {
  std::string File;
  int64_t Line = 0;
  int64_t Column = 0;
  friend bool operator==(const Location &A, const Location &B) {
    return A.File == B.File && A.Line == B.Line && A.Column == B.Column;
  }
};

enum class FunctionKind {
  Free,        ///< A namespace-scope function.
  Constructor, ///< A constructor of an exported class.
  Method,      ///< A non-static member function.
  Static,      ///< A static member function.
  Start,       ///< A [[wasmport::start]] function, run once at start-up.
  /// Accessor properties. JsName is the property's name; several entries of
  /// one class may share it (a getter and a setter).
  Getter,   ///< A [[wasmport::getter]] method: no parameters, a result.
  Setter,   ///< A [[wasmport::setter]] method: one parameter, result void
            ///< (the C++ result, if any, is discarded).
  FieldGet, ///< Reads the public data member CppName: no parameters.
  FieldSet, ///< Assigns the public data member CppName: one parameter.
};

/// True for the kinds that make up accessor properties.
bool isAccessor(FunctionKind K);

llvm::StringRef functionKindName(FunctionKind K);
std::optional<FunctionKind> functionKindFromName(llvm::StringRef Name);

/// A C++ function callable from JS through an exported thunk.
struct Function {
  FunctionKind Kind = FunctionKind::Free;
  std::string JsName;
  /// How the thunk calls it: "::ns::greet" for free and start functions, the
  /// member name for methods and statics, "" for constructors.
  std::string CppName;
  /// The wasm export name of the thunk (see Naming.h).
  std::string Symbol;
  std::vector<Param> Params;
  Type Result;
  /// The doc comment's text, plain paragraphs separated by blank lines
  /// ("" when undocumented); parameters carry their own.
  std::string Doc;
  /// The text of the doc comment's `\returns` ("" when there is none).
  std::string ReturnsDoc;
  /// C++ exceptions unwind here: the translation unit was compiled with
  /// -fwasm-exceptions and the function is not noexcept. The thunk catches
  /// what the call throws and throws it into JS itself (wire::throwToJS);
  /// the glue does nothing for it.
  bool Exceptions = false;
  /// Declared in code the user cannot edit (a library header): overloads of
  /// it that could accept the same JS arguments are kept, in declaration
  /// order, rather than being an error (docs/Types.md "Overloads").
  bool Foreign = false;
  Location Loc;
  /// The number of leading parameters without a default argument: a JS
  /// call passes at least these.
  size_t requiredParams() const {
    size_t N = Params.size();
    while (N != 0 && Params[N - 1].Optional)
      --N;
    return N;
  }
  /// The thunk takes the number of arguments passed last (an int32_t).
  bool takesArgCount() const { return requiredParams() != Params.size(); }
  friend bool operator==(const Function &A, const Function &B) {
    return A.Kind == B.Kind && A.JsName == B.JsName &&
           A.CppName == B.CppName && A.Symbol == B.Symbol &&
           A.Params == B.Params && A.Result == B.Result && A.Doc == B.Doc &&
           A.ReturnsDoc == B.ReturnsDoc && A.Exceptions == B.Exceptions &&
           A.Foreign == B.Foreign;
  }
};

enum class ImportForm {
  Global, ///< [[wasmport::import]] or ("name"): globalThis.name
  Path,   ///< [[wasmport::import("a.b.c")]]: globalThis.a.b.c
  Module, ///< [[wasmport::import("name", "./m.js")]]: a named ES export.
};

llvm::StringRef importFormName(ImportForm F);
std::optional<ImportForm> importFormFromName(llvm::StringRef Name);

/// What JS does for an import. Form, Name and Module locate the JS function
/// for Function and the JS class for the other kinds: members of a class
/// marked [[wasmport::import]] (docs/ImportedClasses.md).
enum class ImportKind {
  Function,    ///< callee(args)
  Constructor, ///< new C(args): a [[wasmport::constructor]] static factory.
  Method,      ///< obj.member(args), obj being the C++ object's JS value.
  Static,      ///< C.member(args)
  Getter,      ///< obj.member: no parameters.
  Setter,      ///< obj.member = arg: one parameter, result void.
};

llvm::StringRef importKindName(ImportKind K);
std::optional<ImportKind> importKindFromName(llvm::StringRef Name);
/// True for the kinds called on an object: the wasm import takes the
/// object's JsValue handle before the parameters.
bool hasReceiver(ImportKind K);

/// A C++ function declared without a body and implemented in JS.
struct Import {
  ImportKind Kind = ImportKind::Function;
  ImportForm Form = ImportForm::Global;
  /// The JS name for Global, the dotted path for Path, the export name for
  /// Module.
  std::string Name;
  /// The module specifier for Module, verbatim.
  std::string Module;
  /// The JS member name for Method, Static, Getter and Setter; "" otherwise.
  std::string Member;
  /// The C++ declaration's qualified name without a leading "::"
  /// ("ns::log", "ns::Date::getTime"), used to define it after its return
  /// type.
  std::string CppName;
  /// The wasm import field name, module "wasmport" (see Naming.h).
  std::string Symbol;
  bool NoExcept = false;
  /// A const member function (Method, Getter, Setter).
  bool Const = false;
  /// C++ exceptions unwind here: the translation unit was compiled with
  /// -fwasm-exceptions and the import is not noexcept. The JS catches what
  /// the JS function throws, and the thunk throws it as wasmport::JsError.
  bool Exceptions = false;
  std::vector<Param> Params;
  Type Result;
  Location Loc;
  friend bool operator==(const Import &A, const Import &B) {
    return A.Kind == B.Kind && A.Form == B.Form && A.Name == B.Name &&
           A.Module == B.Module && A.Member == B.Member &&
           A.CppName == B.CppName && A.Symbol == B.Symbol &&
           A.NoExcept == B.NoExcept && A.Const == B.Const &&
           A.Exceptions == B.Exceptions && A.Params == B.Params &&
           A.Result == B.Result;
  }

  /// The JS catches what the JS function throws and hands it to C++ (the
  /// return area's Exception): with exceptions, and for a std::expected
  /// result.
  bool catchesJS() const {
    return Exceptions || Result.Kind == TypeKind::Expected;
  }
};

/// A virtual member function of an exported class that a JS subclass may
/// implement (docs/Subclasses.md). C++ calls it on an object made by a JS
/// subclass's constructor through Call, an import of kind Method whose
/// receiver is the JS object: Name is the class's JS name, Member the JS
/// method name, CppName the C++ member's qualified name without a leading
/// "::" ("ns::Listener::onHit"), Symbol naming::virtualSymbol.
struct Virtual {
  Import Call;
  /// Pure virtual: C++ has no implementation to fall back on, so a JS class
  /// that does not define the method gets an Error when C++ calls it.
  bool Pure = false;
  friend bool operator==(const Virtual &A, const Virtual &B) {
    return A.Call == B.Call && A.Pure == B.Pure;
  }
};

/// A `static constexpr` data member of an exported class (a read-only static
/// property of the JS class) or a `[[wasmport::export]] constexpr` variable
/// at namespace scope (an `export const` of the module): a value the
/// Collector evaluated, which needs no thunk (docs/Types.md "Constants").
struct Constant {
  std::string JsName;
  /// Fully qualified: "::ns::Limits::Max", "::ns::Version".
  std::string CppName;
  /// Bool, a number kind, StringView or CString, or Enum.
  Type Ty;
  /// The value, by Ty's kind: a JSON boolean; an integer (any integer kind,
  /// 64-bit ones included, exactly); for F32 and F64 a number, or one of the
  /// strings "NaN", "Infinity", "-Infinity" and "-0", which JSON has no
  /// number for; the UTF-8 text for strings; for Enum the enumerator's
  /// integer value.
  llvm::json::Value Value = nullptr;
  std::string Doc; ///< The doc comment's text, as Function::Doc.
  Location Loc;
  friend bool operator==(const Constant &A, const Constant &B) {
    return A.JsName == B.JsName && A.CppName == B.CppName && A.Ty == B.Ty &&
           A.Value == B.Value && A.Doc == B.Doc;
  }
};

/// An exported C++ class, seen from JS as a class owning one C++ object.
struct Class {
  std::string JsName;
  std::string CppName; ///< Fully qualified: "::ns::Counter".
  std::string DeleteSymbol; ///< Empty exactly when CppOwned.
  /// The destructor is not public (objects the library makes and destroys
  /// itself): JS cannot construct or free() them, there is no delete thunk,
  /// and they cross only as pointers and references (borrowed), never by
  /// value or in a std::unique_ptr.
  bool CppOwned = false;
  /// The JS name of the exported class this one extends ("" for none). The
  /// base subobject sits at offset 0, so an object pointer of this class is
  /// also a valid pointer to the base.
  std::string Base;
  std::vector<Function> Constructors;
  /// Methods, statics and accessors (kinds Getter, Setter, FieldGet and
  /// FieldSet), in source order.
  std::vector<Function> Methods;
  std::string Doc; ///< The doc comment's text, as Function::Doc.
  Location Loc;
  /// The class has a pure virtual function: JS cannot construct it, only a
  /// JS subclass of it.
  bool Abstract = false;
  /// The virtual functions a JS subclass may implement (empty when the class
  /// cannot be extended in JS), by JS name.
  std::vector<Virtual> Virtuals = {};
  /// The constructors of the generated C++ class a JS subclass's objects
  /// are (naming::subclassConstructorSymbol): kind Constructor, a first
  /// parameter `self` of kind JsValue (the JS object), then the parameters
  /// of a constructor of this class. Empty exactly when Virtuals is.
  std::vector<Function> SubclassConstructors = {};
  /// Its constants, static read-only properties (their names are among the
  /// statics'), in source order.
  std::vector<Constant> Constants = {};
  friend bool operator==(const Class &A, const Class &B) {
    return A.JsName == B.JsName && A.CppName == B.CppName &&
           A.DeleteSymbol == B.DeleteSymbol && A.CppOwned == B.CppOwned &&
           A.Base == B.Base && A.Constructors == B.Constructors && A.Methods == B.Methods &&
           A.Doc == B.Doc && A.Abstract == B.Abstract &&
           A.Virtuals == B.Virtuals &&
           A.SubclassConstructors == B.SubclassConstructors &&
           A.Constants == B.Constants;
  }
};

/// One enumerator of an exported enum.
struct Enumerator {
  std::string Name; ///< The C++ name: the key of the JS object.
  int64_t Value = 0;
  /// For string-valued enums: the JS string standing for Value.
  std::string String;
  friend bool operator==(const Enumerator &A, const Enumerator &B) {
    return A.Name == B.Name && A.Value == B.Value && A.String == B.String;
  }
};

/// `[[wasmport::export]] enum class Color {...}`: a frozen JS object.
struct Enum {
  std::string JsName;
  std::string CppName; ///< Fully qualified: "::ns::Color".
  /// The underlying type's kind (an integer kind of at most 32 bits); the
  /// wire value is its i32.
  TypeKind Underlying = TypeKind::I32;
  /// Values are strings in JS when any enumerator has a JS string.
  bool StringValued = false;
  std::vector<Enumerator> Enumerators;
  Location Loc;
  friend bool operator==(const Enum &A, const Enum &B) {
    return A.JsName == B.JsName && A.CppName == B.CppName &&
           A.Underlying == B.Underlying && A.StringValued == B.StringValued &&
           A.Enumerators == B.Enumerators;
  }
};

/// A public data member of a value struct.
struct Field {
  std::string Name; ///< C++ and JS name.
  Type Ty;
  friend bool operator==(const Field &A, const Field &B) {
    return A.Name == B.Name && A.Ty == B.Ty;
  }
};

/// `[[wasmport::value]] struct Point {...}`: a plain JS object, copied.
struct ValueStruct {
  std::string JsName;
  std::string CppName; ///< Fully qualified: "::geo::Point".
  std::vector<Field> Fields; ///< In declaration order.
  Location Loc;
  friend bool operator==(const ValueStruct &A, const ValueStruct &B) {
    return A.JsName == B.JsName && A.CppName == B.CppName &&
           A.Fields == B.Fields;
  }
};

/// How messages and comments name what JS does for I: `alert`, `console.log`,
/// `new Date`, `Date.prototype.getTime`, `Date.now`, each followed by
/// ` from "./m.js"` for an ES-module import.
std::string describeImport(const Import &I);

/// The bindings of one translation unit (a fragment) or, after merging, of a
/// whole module. Entities are kept in source order.
struct Manifest {
  int64_t Version = SchemaVersion;
  std::vector<Function> Functions; ///< Free functions.
  std::vector<Class> Classes;
  std::vector<Import> Imports;
  std::vector<Function> Starts;
  std::vector<Enum> Enums;
  /// Value structs used by this TU's signatures, each after the value
  /// structs its fields use.
  std::vector<ValueStruct> Values;
  /// [[wasmport::test]] functions (kind free; the JS name is the test's
  /// name; the result void or a promise of void), kept only in a TU built
  /// with the plugin's `tests` argument. Written to JSON only when present.
  std::vector<Function> Tests;
  /// Namespace-scope constants: `export const` of the module. Written to
  /// JSON only when present.
  std::vector<Constant> Constants;

  bool empty() const {
    return Functions.empty() && Classes.empty() && Imports.empty() &&
           Starts.empty() && Enums.empty() && Values.empty() && Tests.empty() &&
           Constants.empty();
  }
};

/// Text from a manifest or a module (a name, a file name) as an error message
/// quotes it: backslashes doubled and control characters escaped (`\n`,
/// `\x1b`), so that the message stays one line whatever the input holds.
std::string escapeForMessage(llvm::StringRef Text);

/// Serialises with keys in a fixed order; the same manifest always gives the
/// same bytes. Compact output is one line: the fragment format.
llvm::json::Value toJSON(const Manifest &M);
std::string toJSONText(const Manifest &M, bool Pretty = false);

/// Parses one manifest object. Errors name the path to the bad field
/// ("unknown type kind at manifest.functions[2].params[0].type.kind") and,
/// for an unknown version, both versions. Only the JSON's shape is checked:
/// whether the manifest is valid is for verify() (Verify.h) to say.
llvm::Expected<Manifest> fromJSON(const llvm::json::Value &V);
llvm::Expected<Manifest> parseManifest(llvm::StringRef Text);

} // namespace wasmport::manifest

#endif // WASMPORT_MANIFEST_MANIFEST_H
