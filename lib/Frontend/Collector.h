//===- Collector.h - The only reader of the AST ----------------*- C++ -*-===//
//
// Finds the declarations marked with wasmport attributes, checks them, and
// builds the translation unit's manifest. Everything after the Collector
// reads only the manifest.
//
// Use: call take() on every top-level declaration as the parser delivers it
// (before code generation sees it: take() removes the wasmport annotations,
// which Clang would otherwise write into the module), then collect() once.
// One Collector per translation unit; it holds no global state.
//
// The class is implemented in several files, one concern each; Collector.cpp
// lists them, and the private section below is grouped by file.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_FRONTEND_COLLECTOR_H
#define WASMPORT_FRONTEND_COLLECTOR_H

#include "Frontend/Attributes.h"
#include "Frontend/TypeClassifier.h"
#include "Manifest/Manifest.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"

#include <map>
#include <optional>

namespace clang {
class CXXMethodDecl;
class CXXRecordDecl;
class Decl;
class EnumDecl;
class FieldDecl;
class DeclContext;
class FunctionDecl;
class NamedDecl;
class NamespaceDecl;
class ParmVarDecl;
class VarDecl;
class Sema;
class SourceLocation;
} // namespace clang

namespace wasmport::frontend {

class Collector {
public:
  /// A member or overload of foreign code left out, and why.
  struct LeftOut {
    const clang::NamedDecl *D;
    std::string Why;
  };
  explicit Collector(clang::Sema &S) : S(S) {}

  /// Keeps the [[wasmport::test]] functions in the manifest (the plugin's
  /// `tests` argument, wasmport-rewrite's --tests). Without it they are
  /// still checked, but not exported.
  void keepTests(bool Keep) { KeepTests = Keep; }

  /// Records the wasmport annotations on D and everything declared inside it,
  /// and removes them from the AST.
  void take(clang::Decl *D);

  /// Checks every recorded declaration and builds the manifest. Reports each
  /// problem as a diagnostic; returns nullopt if any error was reported in
  /// the translation unit (wasmport's or not).
  std::optional<manifest::Manifest> collect();

private:
  using Annotations = llvm::SmallVector<Annotation, 1>;

  // Collector.cpp: the annotations taken out of the AST.
  void takeOne(clang::Decl *D);
  /// The declaration annotations are recorded under.
  static const clang::Decl *key(const clang::Decl *D);
  const Annotation *find(const clang::Decl *D, AttrKind K) const;
  bool has(const clang::Decl *D, AttrKind K) const { return find(D, K); }

  // Discovery.cpp (pass 1): which entities are exported, under which names;
  // whether each attribute stands where it applies.
  void discover(clang::Decl *D, const Annotations &Anns);
  void discoverNamespace(clang::NamespaceDecl *NS);
  /// Enters D in Names (by canonical declaration) under its JS name, from
  /// Export or else D's own, unless it is there already; reports a bad or
  /// taken name at Loc and leaves D out.
  template <typename DeclT>
  void addNamed(llvm::MapVector<const DeclT *, std::string> &Names, DeclT *D,
                const Annotation *Export, clang::SourceLocation Loc);
  void addClass(clang::CXXRecordDecl *RD, const Annotation *Export);
  void addFunction(clang::FunctionDecl *FD, const Annotation *Export);
  void addEnum(clang::EnumDecl *ED, const Annotation *Export);
  void addConstant(clang::VarDecl *VD, const Annotation *Export);
  /// Name, when given, names the value struct (a foreign alias's name).
  void addValue(clang::CXXRecordDecl *RD, const Annotation *Value,
                const Annotation *Name = nullptr);
  void addImportedClass(clang::CXXRecordDecl *RD, const Annotation &Import);
  bool rejectTemplate(const clang::Decl *D, const Annotation &A);

  // Foreign.cpp: entities declared elsewhere, named by the binding file.
  /// `using JsName [[wasmport::export]] = C;` (or `value`): exports C under
  /// the alias's name; reports an alias of anything else.
  void discoverAlias(clang::TypeAliasDecl *TD, const Annotation *Export,
                     const Annotation *Value);
  /// `using ns::f;` in an exported namespace: every function it names.
  void discoverUsing(clang::UsingDecl *UD);
  /// skip("m") and rename("m", "js") on TD, the alias of foreign class RD
  /// (null: an alias of an enum or value struct, which takes neither).
  void selectMembers(const clang::TypeAliasDecl *TD,
                     const clang::CXXRecordDecl *RD);
  /// Why a member of a foreign class cannot cross ("parameter 'f' has type
  /// 'FILE *'"), "" when it can: such members are left out with a warning.
  std::string foreignOmission(const clang::FunctionDecl *FD);
  std::string foreignOmission(const clang::FieldDecl *FD);
  /// ", but C++ owns X objects: ..." when T holds a class C++ owns by value.
  std::string ownedByCppWhy(const manifest::Type &T) const;
  /// The one warning naming the members of foreign class RD left out.
  /// The JS name of member D of a foreign class: a rename from the binding
  /// file, else D's own; "" when the binding file skips D.
  std::string foreignMemberName(const clang::NamedDecl *D) const;
  /// Whether the binding file skips or renames D (a member of a foreign
  /// class).
  bool foreignSkipped(const clang::NamedDecl *D) const;
  void reportForeignOmissions(const clang::CXXRecordDecl *RD,
                              llvm::ArrayRef<LeftOut> Omitted);
  /// Whether FD, named by a using-declaration, is left out because its types
  /// cannot cross (recorded for reportOmittedOverloads).
  bool omitForeignFunction(const clang::FunctionDecl *FD);
  /// One warning per using-declaration naming the overloads left out.
  void reportOmittedOverloads();
  /// Reports attributes of members, enumerators and declarations in
  /// namespaces whose class, enum or namespace is not exported (or, for
  /// members of imported classes, not imported).
  void checkPlacement();

  // Names.cpp: JS names, their rules, and source locations.
  std::string jsNameOf(const clang::NamedDecl *D, const Annotation *Export);
  bool checkTopLevelName(const std::string &Name, const clang::NamedDecl *D,
                         clang::SourceLocation Loc);
  bool checkMemberName(const std::string &Name, clang::SourceLocation Loc);
  std::string classLookup(const clang::CXXRecordDecl *RD) const;
  /// The exported class, value struct or enum D is (see TypeClassifier.h).
  Entity entityLookup(const clang::Decl *D) const;
  /// Where Loc is, its file spelled as __FILE__ would be (-ffile-prefix-map
  /// and -fmacro-prefix-map applied).
  manifest::Location location(clang::SourceLocation Loc) const;

  // Signatures.cpp (pass 2): parameter and result types, reported.
  /// The manifest type of P or FD's result at Pos; reports it when there is
  /// none.
  std::optional<manifest::Type> classifyParam(const clang::ParmVarDecl *P,
                                              const clang::FunctionDecl *FD,
                                              Position Pos);
  /// Appends FD's parameters, classified at Pos, to Params; Check sees each
  /// one that can cross before it is appended and may report more. Reports a
  /// variadic FD. False when anything was reported.
  bool classifyParams(
      const clang::FunctionDecl *FD, Position Pos,
      std::vector<manifest::Param> &Params,
      llvm::function_ref<bool(const clang::ParmVarDecl *, manifest::Type &)>
          Check);
  std::optional<manifest::Type> classifyResult(const clang::FunctionDecl *FD,
                                               Position Pos);
  bool reportPromiseValue(clang::QualType T, clang::TypeLoc TL,
                          clang::SourceRange Whole);
  /// Reports a std::map, std::unordered_map, std::set or std::unordered_set
  /// inside T (written at TL) whose key cannot cross, with the caret on the
  /// key as written; false when T holds none.
  bool reportMapKey(clang::QualType T, clang::TypeLoc TL,
                    clang::SourceRange Whole);
  /// Reports FD's std::expected result whose error type is not accepted at
  /// Pos; false when that is not the problem.
  bool reportExpectedError(const clang::FunctionDecl *FD, Position Pos);

  // Overloads.cpp: overloads under one JS name, default arguments.
  /// The thunk symbol of the next overload under the JS name whose first
  /// overload's symbol is Base: Base, then Base_1, Base_2, ... in
  /// declaration order.
  std::string overloadSymbol(const std::string &Base);
  /// How many of FD's parameters cross at Pos: all but the tail from the
  /// first parameter whose type cannot cross, when that one has a default
  /// argument (the tail is left to its defaults).
  unsigned crossingParams(const clang::FunctionDecl *FD, Position Pos);
  /// Per JS name of M's functions, methods, statics and constructors: drops
  /// a const overload that has a non-const twin (one JS method, calling the
  /// non-const one), marks foreign overloads, and reports own overloads
  /// that could accept the same JS arguments.
  void checkOverloads(manifest::Manifest &M);
  void checkOverloadGroup(std::vector<manifest::Function> &Fns,
                          const manifest::Manifest &M);

  // Functions.cpp: exported functions and start functions.
  std::optional<manifest::Function>
  buildFunction(const clang::FunctionDecl *FD, manifest::FunctionKind Kind,
                std::string JsName, std::string Symbol, std::string CppName);
  /// Warns about parameters of a coroutine export that would dangle.
  void checkCoroutineParams(const clang::FunctionDecl *FD,
                            const manifest::Function &F);
  /// C++ exceptions unwind in this translation unit (-fwasm-exceptions), and
  /// FD may let one out: the thunks catch and the glue rethrows.
  bool unwinds(const clang::FunctionDecl *FD) const;
  // Tests.cpp: [[wasmport::test]] functions.
  std::optional<manifest::Function> buildTest(const clang::FunctionDecl *FD,
                                              const Annotation &A);

  std::optional<manifest::Function> buildStart(const clang::FunctionDecl *FD,
                                               const Annotation &A);

  // Classes.cpp: exported classes.
  void buildClass(clang::CXXRecordDecl *RD, manifest::Class &C);
  /// `bool operator==(const RD &) const`, or a friend or function of RD's
  /// namespace `bool operator==(const RD &, const RD &)`: JS's `equals`.
  const clang::FunctionDecl *equalityOperator(const clang::CXXRecordDecl *RD);
  // Virtuals.cpp: what a JS subclass can implement (docs/Subclasses.md).
  /// Fills C.Abstract, C.Virtuals and C.SubclassConstructors. What JS
  /// cannot implement is a warning at each virtual function (own classes),
  /// or, with Omitted (a foreign class), appended to it for the class's one
  /// warning (reportForeignOmissions).
  void buildSubclassing(clang::CXXRecordDecl *RD, manifest::Class &C,
                        std::vector<LeftOut> *Omitted);
  /// Fills CppOwned: the exported classes whose destructor is not public.
  void findCppOwned();
  /// The class C++ owns that T holds by value or in a std::unique_ptr (at
  /// any depth: a std::vector of them, say), with UniquePtr telling which;
  /// null when there is none.
  const clang::CXXRecordDecl *ownedByCpp(const manifest::Type &T,
                                         bool &UniquePtr) const;
  /// Reports, at Loc, What (a parameter, the result, a data member) holding
  /// a class C++ owns by value; false when it does not.
  bool reportOwnedByCpp(const manifest::Type &T, const std::string &What,
                        clang::SourceLocation Loc);
  /// Claims a JS member name of the class being built (Static: the statics'
  /// name space) for D; reports a clash with another member and returns
  /// false.
  using ClaimFn = llvm::function_ref<bool(const std::string &Name, bool Static,
                                          const clang::Decl *D,
                                          clang::SourceLocation Loc)>;

  // Properties.cpp: data members and accessors.
  /// The getter and setter methods of one property, by JS name.
  struct PropertyMethods {
    const clang::CXXMethodDecl *Getter = nullptr;
    const clang::CXXMethodDecl *Setter = nullptr;
  };
  using Properties = llvm::MapVector<std::string, PropertyMethods,
                                     std::map<std::string, unsigned>>;
  void addField(const clang::FieldDecl *FD, manifest::Class &C, ClaimFn Claim);
  void addAccessor(const clang::CXXMethodDecl *MD, manifest::Class &C,
                   Properties &Props, ClaimFn Claim);
  /// The manifest type of a data member for reading (AsParam false) or
  /// assigning; reports it when there is none.
  std::optional<manifest::Type> classifyField(const clang::FieldDecl *FD,
                                              bool AsParam);

  // Constants.cpp: constexpr variables and static data members.
  /// VD is a constant: constexpr, or const with a constant initializer.
  bool isConstant(const clang::VarDecl *VD) const;
  /// The constant VD is, under JsName. What cannot be one is reported at VD
  /// (Explicit: VD carries [[wasmport::export]]), or with Why (a member of
  /// a foreign class) described there, unreported.
  std::optional<manifest::Constant> buildConstant(const clang::VarDecl *VD,
                                                  std::string JsName,
                                                  bool Explicit,
                                                  std::string *Why);
  /// A static data member of the class being built: a constant of C unless
  /// it is not public or not a constant (reported when marked). With
  /// Omitted (a foreign class), one that cannot cross is appended there.
  void addClassConstant(const clang::VarDecl *VD, manifest::Class &C,
                        ClaimFn Claim, std::vector<LeftOut> *Omitted);
  /// The namespace-scope constants marked [[wasmport::export]].
  void buildConstants(manifest::Manifest &M);

  // Inheritance.cpp: exported bases.
  void setBase(const clang::CXXRecordDecl *RD, manifest::Class &C);
  /// Warns about exported bases with exported subclasses and non-virtual
  /// destructors, once per base.
  void checkBaseDestructors();

  // DocComments.cpp.
  /// The text of D's doc comment (`///` or `/** */` on any declaration of
  /// it). With Params, `\param` texts go to the matching parameters; with
  /// Returns, the `\returns` text goes there.
  std::string docOf(const clang::Decl *D,
                    std::vector<manifest::Param> *Params = nullptr,
                    std::string *Returns = nullptr) const;

  // EnumsAndValues.cpp.
  std::optional<manifest::Enum> buildEnum(const clang::EnumDecl *ED,
                                          const std::string &JsName);
  std::optional<manifest::ValueStruct>
  buildValue(const clang::CXXRecordDecl *RD, const std::string &JsName);

  // Imports.cpp: imported functions (and the target of imported classes).
  std::optional<manifest::Import> buildImport(const clang::FunctionDecl *FD,
                                              const Annotation &A);
  /// Sets I's Form, Name and Module from an import attribute A on D (a
  /// function or an imported class); reports a bad name or specifier and
  /// returns false.
  bool importTarget(const clang::NamedDecl *D, const Annotation &A,
                    manifest::Import &I);
  /// Sets I's CppName, Symbol, NoExcept, Params and Result from FD, an
  /// import declared without a body; reports unsupported types.
  bool importSignature(const clang::FunctionDecl *FD, manifest::Import &I);

  // ImportedClasses.cpp.
  /// The members of an imported class declared without a body, as imports
  /// appended to Out; reports what an imported class cannot have.
  void buildImportedClass(const clang::CXXRecordDecl *RD,
                          std::vector<manifest::Import> &Out);
  std::optional<manifest::Import>
  buildImportedMember(const clang::CXXMethodDecl *MD,
                      const manifest::Import &Target);

  clang::Sema &S;
  bool KeepTests = false;
  /// Every annotated declaration, by key(), in source order.
  llvm::MapVector<const clang::Decl *, Annotations> Taken;
  /// Exported classes with an exported base, to that base.
  llvm::MapVector<const clang::CXXRecordDecl *, const clang::CXXRecordDecl *>
      Bases;
  /// Exported classes (canonical declaration) to their JS names, in order.
  llvm::MapVector<const clang::CXXRecordDecl *, std::string> Classes;
  /// [[wasmport::value]] structs (canonical declaration), in order.
  llvm::MapVector<const clang::CXXRecordDecl *, std::string> Values;
  /// Classes marked [[wasmport::import]] (canonical declaration), in order,
  /// to the JS class they stand for (Form, Name and Module of an Import;
  /// Name "" when the attribute was malformed, which was reported).
  llvm::MapVector<const clang::CXXRecordDecl *, manifest::Import>
      ImportedClasses;
  /// Exported enums (canonical declaration), in order.
  llvm::MapVector<const clang::EnumDecl *, std::string> Enums;
  /// Variables marked [[wasmport::export]] at namespace scope (canonical
  /// declaration), in order: constants (Constants.cpp).
  llvm::MapVector<const clang::VarDecl *, std::string> Constants;
  /// Exported free functions and their JS names, in order.
  llvm::MapVector<const clang::FunctionDecl *, std::string> Functions;
  /// Classes exported through an alias or using-declaration (canonical
  /// declaration): their headers carry no attributes.
  llvm::SmallPtrSet<const clang::CXXRecordDecl *, 4> ForeignClasses;
  /// Structs made value structs by an alias (canonical declaration): they
  /// need not be aggregates (EnumsAndValues.cpp).
  llvm::SmallPtrSet<const clang::CXXRecordDecl *, 4> ForeignValues;
  /// Exported classes whose destructor is not public, by JS name (Classes.cpp):
  /// C++ owns their objects, JS borrows them.
  llvm::StringMap<const clang::CXXRecordDecl *> CppOwned;
  /// Functions named by using-declarations in exported namespaces.
  llvm::SmallPtrSet<const clang::FunctionDecl *, 8> ForeignFunctions;
  /// The using-declaration that named each foreign function, and the
  /// overloads left out of each (Foreign.cpp), in order.
  llvm::DenseMap<const clang::FunctionDecl *, const clang::UsingDecl *>
      UsingOf;
  llvm::MapVector<const clang::UsingDecl *, std::vector<LeftOut>>
      OmittedOverloads;
  /// Members of foreign classes selected by skip("m") / rename("m", "js") on
  /// their aliases (by class, then C++ member name): the JS name, "" to skip.
  std::map<std::pair<const clang::CXXRecordDecl *, std::string>, std::string>
      ForeignSelections;
  /// Declarations marked [[wasmport::skip]] in exported namespaces (by key()).
  llvm::SmallPtrSet<const clang::Decl *, 4> SkippedInNamespace;
  /// Top-level JS names in use, for duplicate detection.
  llvm::StringMap<const clang::NamedDecl *> TopLevelNames;
  bool Collected = false;
  /// Overloads.cpp: the overloads given a symbol so far, per first symbol.
  llvm::StringMap<unsigned> OverloadSymbols;
  /// Overloads.cpp: the declaration of each exported function's symbol.
  std::map<std::string, const clang::FunctionDecl *> DeclOfSymbol;
};

} // namespace wasmport::frontend

#endif // WASMPORT_FRONTEND_COLLECTOR_H
