//===- Diagnostics.cpp - The catalogue of wasmport diagnostics ------------===//
#include "Frontend/Diagnostics.h"

#include "llvm/Support/ErrorHandling.h"

using namespace clang;

namespace wasmport::frontend {

namespace {
struct Entry {
  DiagnosticsEngine::Level Level;
  const char *Format;
};

Entry entry(Diag D) {
  using L = DiagnosticsEngine::Level;
  switch (D) {
  case Diag::ArgNotIdentifierString:
    return {L::Error, "the argument of %0 must be a string literal naming a "
                      "JavaScript identifier"};
  case Diag::ImportArgNotString:
    return {L::Error, "%0 takes string literals: a global name, a dotted path "
                      "such as \"console.log\", or a name and a module "
                      "specifier such as (\"add\", \"./math.js\")"};
  case Diag::AttrNeedsExportedClass:
    return {L::Error, "%0 applies to members of a class marked "
                      "[[wasmport::export]]; export the class"};
  case Diag::SkipOutsideExport:
    return {L::Error, "'wasmport::skip' applies to members of a class and "
                      "declarations in a namespace marked "
                      "[[wasmport::export]]; here nothing is exported, so "
                      "remove it"};
  case Diag::AttrConflict:
    return {L::Error, "%0 cannot be combined with %1"};
  case Diag::ConflictingJSNames:
    return {L::Error, "%0 is exported as '%1' here and as '%2' by another "
                      "[[wasmport::export]]; give every declaration the same "
                      "attribute"};
  case Diag::NotePreviousAttribute:
    return {L::Note, "previous attribute is here"};
  case Diag::SpanNeedsCxx20:
    return {L::Error, "'%0' reads as a variable, not a function: std::span "
                      "needs C++20; compile with -std=c++20 (or later), or "
                      "take a std::vector"};
  case Diag::UnsupportedParamType:
    return {L::Error, "parameter %0 of %1 has type %2, which wasmport cannot "
                      "pass between C++ and JavaScript"};
  case Diag::UnsupportedResultType:
    return {L::Error, "%0 returns %1, which wasmport cannot pass between C++ "
                      "and JavaScript"};
  case Diag::ExpectedErrorType:
    return {L::Error, "%0 returns a std::expected whose error type %1 cannot "
                      "become a JavaScript Error; use std::string, an "
                      "exported enum, a [[wasmport::value]] struct or "
                      "wasmport::JsValue"};
  case Diag::ImportExpectedErrorType:
    return {L::Error, "import %0 returns a std::expected whose error type is "
                      "%1; an import's std::expected holds the exception the "
                      "JavaScript function threw, so its error type must be "
                      "wasmport::JsValue"};
  case Diag::NoteSupportedTypes:
    return {L::Note, "supported: void (results), bool, 8/16/32/64-bit "
                     "integers, float, double, std::string, "
                     "std::string_view, const char*, exported enums, "
                     "[[wasmport::value]] structs, std::vector, "
                     "std::optional, std::map, std::unordered_map, std::set "
                     "and std::unordered_set of those (no views or pointers inside), "
                     "std::span of numbers, exported classes by value, "
                     "reference, pointer, std::unique_ptr or "
                     "std::shared_ptr, wasmport::JsValue and imported "
                     "classes, wasmport::Promise, std::function "
                     "(parameters) and std::expected (results); aggregates "
                     "and containers also by const reference (parameters)"};
  case Diag::NoteSupportedImportTypes:
    return {L::Note, "imports take and return what exports do (numbers, "
                     "std::string, exported enums, [[wasmport::value]] "
                     "structs, std::vector and std::optional, exported "
                     "classes by value or std::unique_ptr, "
                     "wasmport::JsValue and imported classes, std::function, "
                     "wasmport::Promise) but std::shared_ptr; "
                     "std::string_view, const char*, std::span<const T> and "
                     "exported classes by reference or pointer (lent for "
                     "the call) are parameters only; a "
                     "std::expected<T, wasmport::JsValue> result catches "
                     "what JavaScript throws"};
  case Diag::NoteSupportedCallbackTypes:
    return {L::Note, "std::function is taken by value or const reference; "
                     "its signature's parameters and results can be bool, "
                     "8/16/32/64-bit integers, float, double, std::string, "
                     "wasmport::JsValue, std::optional of those or "
                     "std::function, parameters also by const reference, "
                     "results also void; std::string_view and const char* "
                     "only where C++ passes them to JavaScript"};
  case Diag::NoteCallbackResult:
    return {L::Note, "JavaScript could not tell when to destroy a C++ "
                     "function; keep a wasmport::Closure in C++ and return "
                     "its value(), a wasmport::JsValue"};
  case Diag::NoteFunctionInside:
    return {L::Note, "a std::function inside a vector, optional or value "
                     "struct crosses from JavaScript to C++ only (export "
                     "parameters, import results): JavaScript could not "
                     "tell when to destroy a C++ function; hold "
                     "wasmport::JsValue elements with the value() of "
                     "wasmport::Closures that C++ keeps"};
  case Diag::TemplateExport:
    return {L::Error, "templates cannot be exported to JavaScript"};
  case Diag::NoteTemplateExport:
    return {L::Note, "export a non-template function or class that uses the "
                     "template instead"};
  case Diag::VariadicExport:
    return {L::Error, "variadic functions cannot cross to JavaScript; declare "
                      "a fixed parameter list"};
  case Diag::InvalidJSName:
    return {L::Error, "'%0' is not a valid JavaScript identifier; use letters, "
                      "digits, '_' and '$', not starting with a digit"};
  case Diag::ReservedJSName:
    return {L::Error, "'%0' cannot name a JavaScript export: it is reserved in "
                      "JavaScript or by the generated module; rename it with "
                      "[[wasmport::export(\"otherName\")]]"};
  case Diag::GlobalJSName:
    return {L::Error, "'%0' cannot name a JavaScript export: it is the name of "
                      "a JavaScript global object, which the generated module "
                      "uses; rename it with [[wasmport::export(\"otherName\")]]"};
  case Diag::ReservedMemberName:
    return {L::Error, "'%0' cannot name a member of a JavaScript class; rename "
                      "it with [[wasmport::export(\"otherName\")]]"};
  case Diag::DuplicateJSName:
    return {L::Error, "two exports are named '%0' in JavaScript; rename one "
                      "with [[wasmport::export(\"otherName\")]]"};
  case Diag::NotePreviousJSName:
    return {L::Note, "'%0' is also exported here"};
  case Diag::OverloadCollision:
    return {L::Error, "overload '%0' could accept the same JavaScript "
                      "arguments as '%1', so a call of '%2' could not choose "
                      "between them; rename one with "
                      "[[wasmport::export(\"otherName\")]]"};
  case Diag::NoteOtherOverload:
    return {L::Note, "other overload is here"};
  case Diag::ImportHasBody:
    return {L::Error, "a function marked [[wasmport::import]] is implemented "
                      "in JavaScript and must be declared without a body"};
  case Diag::StartSignature:
    return {L::Error, "a [[wasmport::start]] function must take no parameters "
                      "and return void"};
  case Diag::TestSignature:
    return {L::Error, "a [[wasmport::test]] function must take no parameters "
                      "and return void or wasmport::Promise<void>"};
  case Diag::MemberNotPublic:
    return {L::Error, "%0 is not public and cannot be exported; make it public "
                      "or remove the attribute"};
  case Diag::MemberDeleted:
    return {L::Error, "%0 is deleted and cannot be exported"};
  case Diag::ClassOwnedByCpp:
    return {L::Error, "%0 holds %1 %select{by value|in a std::unique_ptr}2, "
                      "but C++ owns %1 objects (its destructor is not "
                      "public): they cross only as pointers or references"};
  case Diag::ClassNotCopyable:
    return {L::Error, "%0 is passed by value, which copies it, but it has no "
                      "public copy constructor; pass it by reference instead"};
  case Diag::ClassNotMovable:
    return {L::Error, "%0 is returned by value, which moves it into a new "
                      "JavaScript object, but it has no public move or copy "
                      "constructor"};
  case Diag::OperatorExport:
    return {L::Error, "%0 has no JavaScript name; give it one with "
                      "[[wasmport::export(\"name\")]]"};
  case Diag::NamespaceExportName:
    return {L::Error, "a namespace has no JavaScript name: [[wasmport::export]] "
                      "on a namespace takes no argument; its members keep "
                      "their own names"};
  case Diag::InvalidModuleSpecifier:
    return {L::Error, "module specifier '%0' cannot be written into the "
                      "generated JavaScript; it must be non-empty and hold no "
                      "quotes, backslashes or line breaks"};
  case Diag::NotExportable:
    return {L::Error, "%0 cannot be exported: %1"};
  case Diag::UnsupportedFieldType:
    return {L::Error, "data member %0 has type %1, which wasmport cannot pass "
                      "between C++ and JavaScript; mark it [[wasmport::skip]]"};
  case Diag::ConstantNotConstexpr:
    return {L::Error, "%0 cannot be exported: only constants are, and it is "
                      "not 'constexpr'; declare it 'constexpr', or remove "
                      "[[wasmport::export]]"};
  case Diag::ConstantType:
    return {L::Error, "constant %0 has type %1, which a JavaScript constant "
                      "cannot hold; a constant is a bool, a number, a 'const "
                      "char *' or 'std::string_view', or an exported enum"
                      "%select{; mark it [[wasmport::skip]]|; remove "
                      "[[wasmport::export]]}2"};
  case Diag::ConstantValue:
    return {L::Error, "the value of constant %0 cannot be exported: %1"};
  case Diag::FieldNotCopyable:
    return {L::Error, "data member %0 has class type %1, which needs a public "
                      "%select{copy constructor (JavaScript reads a copy)|"
                      "copy assignment operator (JavaScript assigns a copy)}2; "
                      "mark it [[wasmport::skip]]"};
  case Diag::AccessorSignature:
    return {L::Error, "a %select{[[wasmport::getter]] must take no parameters "
                      "and return a value|[[wasmport::setter]] must take "
                      "exactly one parameter|[[wasmport::setter]] of an "
                      "imported class must take exactly one parameter and "
                      "return void}0"};
  case Diag::AccessorStatic:
    return {L::Error, "%select{[[wasmport::getter]]|[[wasmport::setter]]}0 "
                      "applies to non-static member functions; export a "
                      "static member function as a static method instead"};
  case Diag::DuplicateAccessor:
    return {L::Error, "property '%0' of %1 has two "
                      "%select{getters|setters}2"};
  case Diag::SetterWithoutGetter:
    return {L::Error, "property '%0' of %1 has a setter but no getter; add a "
                      "[[wasmport::getter(\"%0\")]] (JavaScript would read "
                      "undefined)"};
  case Diag::MemberNameClash:
    return {L::Error, "'%0' names two different members of JavaScript class "
                      "%1; rename one with [[wasmport::export(\"name\")]] or "
                      "[[wasmport::skip]] it"};
  case Diag::MultipleExportedBases:
    return {L::Error, "exported class %0 derives from two exported classes, "
                      "%1 and %2; a JavaScript class extends only one"};
  case Diag::NoteExportedBase:
    return {L::Note, "stop exporting one of them, or inherit from one through "
                      "a class that is not exported"};
  case Diag::BaseNotAtOffsetZero:
    return {L::Error, "exported class %0 cannot extend %1 in JavaScript: "
                      "%select{its %1 part is not at the start of the object, "
                      "so a pointer to %0 is not a pointer to %1|%1 is a "
                      "virtual base}2"};
  case Diag::NoteBaseNotAtOffsetZero:
    return {L::Note, "%select{give %1 a virtual destructor, so that %1 holds "
                     "the vtable pointer as %2 does|list %1 first among the "
                     "base classes of %2|inherit from %1 without 'virtual'}0"};
  case Diag::BaseNonVirtualDestructor:
    return {L::Warning, "exported class %0 has an exported subclass but no "
                        "virtual destructor: an object JavaScript holds as a "
                        "%0 is destroyed as a %0, wrong for a %1 returned "
                        "typed as %0; declare 'virtual ~%2()'"};
  case Diag::NoteExportedSubclass:
    return {L::Note, "exported subclass %0 is declared here"};
  case Diag::AttrNeedsImportedClass:
    return {L::Error, "%0 applies to member functions of a class marked "
                      "[[wasmport::import]]"};
  case Diag::ImportMemberArgs:
    return {L::Error, "'wasmport::import' on a member function takes one "
                      "argument, the member's JavaScript name"};
  case Diag::ImportedClassBase:
    return {L::Error, "imported class %0 must derive publicly from "
                      "'wasmport::JsValue' or from one other imported class, "
                      "and from nothing else: the JsValue holds the JavaScript "
                      "object"};
  case Diag::ImportedClassField:
    return {L::Error, "imported class %0 cannot have data members: the "
                      "JavaScript object it holds is its only state"};
  case Diag::ImportedClassConstructor:
    return {L::Error, "imported class %0 cannot declare constructors; declare "
                      "a static member function marked "
                      "[[wasmport::constructor]] that returns %0 (it calls "
                      "'new' in JavaScript)"};
  case Diag::ImportedClassVirtual:
    return {L::Error, "imported class %0 cannot have virtual functions: its "
                      "objects are a wasmport::JsValue and nothing more"};
  case Diag::ImportedConstructorSignature:
    return {L::Error, "a [[wasmport::constructor]] must be a static member "
                      "function returning %0 by value"};
  case Diag::ImportedMemberUnsupported:
    return {L::Error, "%0 cannot be implemented in JavaScript: %1"};
  case Diag::UnsupportedValueFieldType:
    return {L::Error, "field %0 of value struct %1 has type %2, which wasmport "
                      "cannot pass between C++ and JavaScript"};
  case Diag::ValueNotAggregate:
    return {L::Error, "%0 is marked [[wasmport::value]] but %1; a value struct "
                      "is an aggregate of public data members (no "
                      "constructors, base classes, virtual functions or "
                      "bit-fields); export it as a class with "
                      "[[wasmport::export]] instead"};
  case Diag::ForeignValueNotConstructible:
    return {L::Error, "%0 is aliased as a [[wasmport::value]] but %1; a "
                      "foreign value struct is default-constructible and "
                      "copyable, with no base classes or virtual functions, "
                      "and its public data members can all cross; export it "
                      "as a class with [[wasmport::export]] instead"};
  case Diag::EnumTooWide:
    return {L::Error, "the underlying type of %0 is %1; an exported enum needs "
                      "an integer type of at most 32 bits"};
  case Diag::EnumeratorNeedsString:
    return {L::Error, "[[wasmport::export]] on an enumerator gives its "
                      "JavaScript string and needs a non-empty one: "
                      "[[wasmport::export(\"red\")]]"};
  case Diag::DuplicateEnumString:
    return {L::Error, "two enumerators of %0 stand for the JavaScript string "
                      "'%1'"};
  case Diag::ReservedEnumeratorName:
    return {L::Error, "an enumerator named '__proto__' cannot be a property "
                      "of the JavaScript enum object; rename the enumerator"};
  case Diag::AttrNeedsExportedEnum:
    return {L::Error, "%0 on an enumerator applies to enums marked "
                      "[[wasmport::export]]; export the enum"};
  case Diag::UnsupportedPromiseValue:
    return {L::Error, "a wasmport::Promise cannot settle with %0; use void, "
                      "bool, a number type, std::string, wasmport::JsValue, "
                      "or std::optional of a number type or std::string"};
  case Diag::UnsupportedMapKey:
    return {L::Error, "%0 cannot be the %select{key of a std::map or "
                      "std::unordered_map|element of a std::set or "
                      "std::unordered_set}1; use bool, an integer type, "
                      "std::string or an exported enum"};
  case Diag::ForeignAliasTarget:
    return {L::Error, "%0 on alias %1 names %2, which is not %select{a class, "
                      "struct or enum|a struct}3 with a definition; an "
                      "alias-declaration can export a class, struct or "
                      "enum, or (with 'wasmport::value') make a struct a "
                      "value struct"};
  case Diag::ForeignAliasSpecialization:
    return {L::Error, "%0 on alias %1 names %2, a class template "
                      "specialisation; an alias-declaration can export a "
                      "class, struct or enum that is not a template: export "
                      "a class that uses the template instead"};
  case Diag::ForeignUsingTarget:
    return {L::Error, "using-declaration of %0 in an exported namespace names "
                      "no function, class or enum; it can export functions "
                      "(every overload), classes and enums"};
  case Diag::ForeignUsingAttribute:
    return {L::Error, "%0 cannot be written on a using-declaration; a "
                      "using-declaration exports the functions (every "
                      "overload), classes or enums it names when it is "
                      "inside an exported namespace, as in 'namespace "
                      "[[wasmport::export]] ns { using ::name; }'"};
  case Diag::ForeignMembersOmitted:
    return {L::Warning, "foreign class %0: members left out of JavaScript: "
                        "%1"};
  case Diag::ForeignOverloadsOmitted:
    return {L::Warning, "using-declaration of %0: overloads left out of "
                        "JavaScript: %1"};
  case Diag::NoteLeftOut:
    return {L::Note, "left out of JavaScript: %0"};
  case Diag::ForeignSelectionArgs:
    return {L::Error, "%0 selects a member of a foreign class: it applies to an "
                      "alias-declaration with 'wasmport::export', written "
                      "skip(\"member\") or rename(\"member\", \"jsName\")"};
  case Diag::ForeignNoSuchMember:
    return {L::Error, "%0 names '%1', which is not a member of %2"};
  case Diag::CoroutineBorrowedParam:
    return {L::Warning, "parameter %0 of coroutine %1 refers to an argument "
                        "that is released when %1 first suspends; take it "
                        "by value"};
  case Diag::VirtualNotOverridable:
    return {L::Warning, "virtual function %0 cannot be implemented in "
                        "JavaScript: %1; on an object of a JavaScript subclass "
                        "of %2, C++ runs %2's own"};
  case Diag::ClassNotExtensible:
    return {L::Warning, "exported class %0 cannot be extended in JavaScript: "
                        "%1"};
  }
  llvm_unreachable("unknown wasmport diagnostic");
}
} // namespace

DiagnosticBuilder report(DiagnosticsEngine &DE, SourceLocation Loc, Diag D) {
  Entry E = entry(D);
  unsigned ID = DE.getDiagnosticIDs()->getCustomDiagID(
      static_cast<DiagnosticIDs::Level>(E.Level), E.Format);
  return DE.Report(Loc, ID);
}

} // namespace wasmport::frontend
