//===- JSEmitter.h - The JS printer, shared by its files --------*- C++ -*-===//
//
// ModulePrinter prints one ES module from a Plan, in one pass. Its parts
// live in JSPrinter.cpp (layout, enums, slot codecs), JSCalls.cpp (the op
// interpreter: functions and methods), JSClasses.cpp, JSImports.cpp and
// JSInstantiation.cpp. Private to lib/JS.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_JS_JSEMITTER_H
#define WASMPORT_JS_JSEMITTER_H

#include "JS/Plan.h"
#include "JS/Printers.h"
#include "JS/Runtime.h"
#include "JS/Slots.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace wasmport::js {

/// The JS binding of the instance's exports.
inline constexpr llvm::StringLiteral Wasm = "__wasmport_wasm";

class ModulePrinter {
public:
  ModulePrinter(const Plan &P, llvm::raw_ostream &OS);
  /// Prints the whole module.
  void print();

private:
  /// Where the interpretation of one op list is.
  struct Frame {
    const CallPlan *Call = nullptr;             ///< Exports.
    const ImportPlan *Import = nullptr;         ///< Imports.
    llvm::StringRef Class;                      ///< The class of a method.
    std::string In;                             ///< The current indentation.
    llvm::SmallVector<std::string, 8> WireArgs; ///< CallExport's arguments.
    llvm::SmallVector<std::string, 8> JSArgs;   ///< CallJS's arguments.
    std::string Value; ///< The call expression, once called.
    /// What the call borrows: "this" and the JS names of object arguments
    /// (CheckSelf, DeclareBorrowed), which Release releases.
    llvm::SmallVector<std::string, 4> Borrowed;
    bool Held = false; ///< The promise result holds them (DeclareHeld).
    /// The lent wrappers of an import's object arguments (LendArg) and
    /// their classes, which EndLoans detaches.
    llvm::SmallVector<std::pair<std::string, std::string>, 2> Lent;

    /// The parameter an op names, with the type it crosses as (the op's:
    /// manifest::crossingType).
    ParamPlan param(const Op &O) const {
      ParamPlan Pa = Call ? Call->Params[O.Param] : Import->Params[O.Param];
      Pa.Ty = O.Ty;
      return Pa;
    }
    llvm::StringRef where() const { return Call ? Call->Where : Import->Where; }
    void push() { In += "  "; }
    void pop() { In.resize(In.size() - 2); }
  };

  enum class MemberKind { Method, Static, Getter, Setter };

  // Layout, enums, slot codecs (JSPrinter.cpp)

  /// The helper X, which the lowering derived (lower()) for what is being
  /// printed; a helper it missed would be a ReferenceError at run time.
  llvm::StringRef need(Helper X) const;
  /// `__wasmport_Name`, a built-in that helper X captured at load (the
  /// builtins helper's `TypeError`, intrinsics' `isArray`).
  std::string captured(Helper X, llvm::StringRef Name) const;

  /// A slot kind: its check, write and read are generated functions.
  static bool isSlot(const manifest::Type &T);
  /// Whether an import's parameter or result of type T crosses in a slot
  /// (vectors, number vectors too, optionals and value structs).
  static bool isImportSlot(const manifest::Type &T);

  /// Generates the codecs of Ops, in the order the printer uses them.
  void generateCodecs(const OpList &Ops);
  /// Those of C's ops and of its variants' (a dispatcher's).
  void generateCodecs(const CallPlan &C);

  void generateCodecs();

  /// `export const Color = Object.freeze({...})` and the tables the checks
  /// and conversions use.
  void printEnum(const manifest::Enum &E);

  static std::string paramList(const CallPlan &C);

  // The op interpreter (JSCalls.cpp)

  void run(const OpList &Ops, Frame &F);

  void run(const Op &O, Frame &F);

  void printCatch(const Op &O, llvm::StringRef In);

  /// The end of the borrows of a call (Release): each is released, or held
  /// by the promise result until it settles.
  void printRelease(const Op &O, const Frame &F);

  void printFunction(const CallPlan &F);

  /// The check of one argument: a TypeError (or Error, for freed objects)
  /// naming the function and the C++ parameter.
  void printCheck(const ParamPlan &Pa, llvm::StringRef Where,
                  llvm::StringRef Indent);

  /// Lowers a checked argument of the call Where; adds the expressions
  /// passed to the thunk to WireArgs.
  void printLowering(const ParamPlan &Pa, llvm::StringRef Where,
                     llvm::SmallVectorImpl<std::string> &WireArgs,
                     llvm::StringRef Indent);

  /// The statement(s) returning the result R of Call as a JS value.
  void printLift(const manifest::Type &R, llvm::StringRef Call,
                 llvm::StringRef Indent);

  void printMethod(const ClassPlan &C, const CallPlan &M, MemberKind Kind);

  /// A property: `get` (and `set`, unless read-only) accessors.
  void printProperty(const ClassPlan &C, const PropertyPlan &Prop);

  // Overloads (JSOverloads.cpp)
  /// A JS expression true when V (read, not converted) could be an argument
  /// of type T: the test that picks an overload. It runs no user code.
  std::string acceptTest(const manifest::Type &T, llvm::StringRef V);
  /// The body of the dispatcher D (its arguments in __wasmport_args): picks
  /// an overload and a variant and runs its ops, or throws a TypeError that
  /// lists the overloads.
  void printDispatch(const CallPlan &D, llvm::StringRef Class,
                     llvm::StringRef In);

  // Classes (JSClasses.cpp)

  /// A subclass's constructor calls its base's with the `derived` token,
  /// which makes no C++ object: the subclass's thunk made one already.
  void printDerivedGuard(const ClassPlan &C);

  void printConstructor(const ClassPlan &C);
  /// JSSubclasses.cpp: in C's constructor, a JS subclass's object (or the
  /// TypeError of an abstract class).
  void printSubclassConstruction(const ClassPlan &C);
  /// JSSubclasses.cpp: the overrides and missing imports of every class.
  void printSubclassImports();

  void printClass(const ClassPlan &C);

  // Constants (JSConstants.cpp)

  /// `static get NAME() { return LITERAL; }` in a class body.
  void printClassConstant(const ConstantPlan &K);
  /// `export const NAME = LITERAL;`
  void printModuleConstant(const ConstantPlan &K);

  // Imports (JSImports.cpp)

  /// The JS value of an import's wire argument.
  std::string liftImportArg(const ParamPlan &Pa);

  /// The wire parameters of an import's parameter: a string is (ptr, len).
  static void wireParams(const ParamPlan &Pa,
                         llvm::SmallVectorImpl<std::string> &Out);

  /// Checks an import's result __wasmport_r (a TypeError naming the import
  /// when it does not fit R) and, for the kinds that cross in memory or as
  /// enum numbers, lowers it into __wasmport_w.
  void printResultCheck(const manifest::Type &R, const Frame &F);

  /// Lowers an import's checked result __wasmport_r and returns it to C++.
  void printReturnToCpp(const manifest::Type &R, llvm::StringRef In);

  /// The JS function a wasm import calls: lifts the arguments, calls the
  /// user's JS, checks and lowers the result.
  void printImport(const ImportPlan &I);

  /// The JS expression an import evaluates, given its lifted arguments.
  std::string importCall(const ImportPlan &I, llvm::ArrayRef<std::string> Args);

  void printImportObject();

  // Instantiation (JSInstantiation.cpp)

  void printInstantiation();

  const Plan &P;
  HelperSet H; ///< P.Helpers and those of the slot codecs.
  SlotCodecs Slots;
  llvm::raw_ostream &OS;
};

} // namespace wasmport::js

#endif // WASMPORT_JS_JSEMITTER_H
