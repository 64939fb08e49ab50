//===- Virtuals.cpp - What a JS subclass of an exported class implements --===//
//
// Pass 2 for an exported class with virtual member functions: the virtual
// functions a JS subclass may implement (the final overriders of the class,
// its own and its bases', each an import of kind Method whose signature is
// classified as an import's is), whether the class is abstract, and the
// constructors of the C++ class the thunks derive from it for JS subclasses
// (docs/Subclasses.md). What cannot be implemented in JS is a warning, never
// an error: the class stays usable from JS as before.
//
//===----------------------------------------------------------------------===//
#include "Frontend/Collector.h"

#include "Frontend/CollectorInternal.h"
#include "Frontend/Diagnostics.h"
#include "Frontend/KnownTypes.h"
#include "Frontend/TypeClassifier.h"
#include "Manifest/Naming.h"
#include "Support/ClangCompat.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Sema/Sema.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSet.h"
#include <map>

using namespace clang;
using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::frontend {

namespace {

/// The virtual functions of RD and of its bases, most derived first, each
/// once: a base's function that a more derived one overrides is left out.
/// Destructors are not listed.
std::vector<const CXXMethodDecl *> finalOverriders(const CXXRecordDecl *RD) {
  std::vector<const CXXMethodDecl *> Out;
  SmallPtrSet<const CXXMethodDecl *, 16> Overridden;
  SmallPtrSet<const CXXRecordDecl *, 8> Seen;
  std::vector<const CXXRecordDecl *> Work{RD};
  for (size_t I = 0; I != Work.size(); ++I) {
    const CXXRecordDecl *R = Work[I];
    if (!R || !R->hasDefinition() || !Seen.insert(R).second)
      continue;
    R = R->getDefinition();
    for (const CXXMethodDecl *MD : R->methods()) {
      if (!MD->isVirtual() || isa<CXXDestructorDecl>(MD))
        continue;
      std::vector<const CXXMethodDecl *> Stack(MD->begin_overridden_methods(),
                                               MD->end_overridden_methods());
      while (!Stack.empty()) {
        const CXXMethodDecl *O = Stack.back();
        Stack.pop_back();
        if (Overridden.insert(O->getCanonicalDecl()).second)
          Stack.insert(Stack.end(), O->begin_overridden_methods(),
                       O->end_overridden_methods());
      }
      if (!Overridden.contains(MD->getCanonicalDecl()))
        Out.push_back(MD);
    }
    for (const CXXBaseSpecifier &B : R->bases())
      Work.push_back(B.getType()->getAsCXXRecordDecl());
  }
  return Out;
}

} // namespace

void Collector::buildSubclassing(CXXRecordDecl *RD, Class &C,
                                 std::vector<LeftOut> *Omitted) {
  if (!RD->isPolymorphic())
    return;
  DiagnosticsEngine &DE = S.getDiagnostics();
  const ASTContext &Ctx = S.getASTContext();
  C.Abstract = RD->isAbstract();
  // JS makes no object of a class C++ owns (Classes.cpp): a library's
  // b2Contact is polymorphic, but not an interface for JS to implement.
  if (RD->hasAttr<FinalAttr>() || C.CppOwned)
    return;
  // A foreign class's header cannot change: what JS cannot implement joins
  // the class's one warning (Foreign.cpp), a note at each declaration.
  auto Refuse = [&](StringRef Why) {
    if (Omitted)
      Omitted->push_back({RD, "JavaScript cannot extend it: " + Why.str()});
    else
      report(DE, RD->getLocation(), Diag::ClassNotExtensible) << RD << Why;
    C.Virtuals.clear();
  };
  const CXXDestructorDecl *Dtor = RD->getDestructor();
  if (!Dtor || !Dtor->isVirtual()) {
    // free() deletes the object as the exported class.
    Refuse("its destructor is not virtual; make it virtual, or mark the class final");
    return;
  }

  auto Lookup = [this](const Decl *D) { return entityLookup(D); };
  StringSet<> Names;
  std::string Owner = StringRef(C.CppName).drop_front(2).str();
  for (const CXXMethodDecl *MD : finalOverriders(RD)) {
    bool Pure = compat::isPureVirtual(*MD);
    auto Skip = [&](StringRef Why) {
      // A method already left out (it cannot be called either) is named
      // once.
      if (Omitted && llvm::any_of(*Omitted, [&](const LeftOut &L) {
            return L.D == MD;
          }))
        return;
      if (Omitted)
        Omitted->push_back(
            {MD, "a JavaScript subclass cannot implement it: " + Why.str() +
                     "; C++ runs " + RD->getNameAsString() + "'s own"});
      else
        report(DE, MD->getLocation(), Diag::VirtualNotOverridable)
            << MD << Why << RD;
    };
    // A private function cannot be called as the base's implementation; a
    // final one cannot be overridden.
    if (MD->getAccess() == AS_private && !Pure)
      continue;
    if (MD->hasAttr<FinalAttr>() || MD->isDeleted())
      continue;
    if (!MD->getDeclName().isIdentifier()) {
      if (Pure)
        return Refuse("its pure virtual operator cannot be implemented in "
                      "JavaScript");
      Skip("an operator has no JavaScript method name");
      continue;
    }
    std::string Name = MD->getName().str();
    if (!naming::isJSIdentifier(Name) || naming::isReservedMemberName(Name) ||
        Name == "free" || Name == "constructor") {
      if (Pure)
        return Refuse("its pure virtual function '" + Name +
                      "' has a name no JavaScript method can have");
      Skip("'" + Name + "' cannot be a JavaScript method's name");
      continue;
    }
    if (!Names.insert(Name).second) {
      if (Pure)
        return Refuse("it has several pure virtual functions named '" + Name +
                      "', and a JavaScript class has one method of a name");
      Skip("another virtual function of that name is implemented by the "
           "JavaScript method '" +
           Name + "'");
      continue;
    }
    Import I;
    I.Kind = ImportKind::Method;
    I.Form = ImportForm::Global;
    I.Name = C.JsName;
    I.Member = Name;
    I.CppName = Owner + "::" + Name;
    I.Symbol = naming::virtualSymbol(C.JsName, Name);
    I.NoExcept = MD->getType()->castAs<FunctionProtoType>()->isNothrow();
    I.Const = MD->isConst();
    I.Exceptions = unwinds(MD);
    I.Loc = location(MD->getLocation());
    std::string Why;
    // Types as Clang 19 prints them in diagnostics, on Clang 14 too.
    PrintingPolicy Policy(Ctx.getLangOpts());
    Policy.SuppressTagKeyword = true;
    if (MD->isVariadic())
      Why = "it is variadic";
    for (const ParmVarDecl *P : MD->parameters()) {
      if (!Why.empty())
        break;
      std::optional<manifest::Type> T =
          classifyType(P->getType(), Position::ImportParam, Ctx, Lookup);
      if (!T) {
        Why = "parameter '" + P->getNameAsString() + "' has type '" +
              P->getType().getAsString(Policy) +
              "', which a JavaScript function cannot receive";
        break;
      }
      T->Cpp = spellType(P->getType(), Ctx);
      I.Params.push_back({P->getNameAsString(), std::move(*T)});
    }
    if (Why.empty()) {
      std::optional<manifest::Type> R =
          classifyType(MD->getReturnType(), Position::ImportResult, Ctx, Lookup);
      if (!R)
        Why = "its result type '" + MD->getReturnType().getAsString(Policy) +
              "' cannot come from a JavaScript function";
      else {
        R->Cpp = spellType(MD->getReturnType(), Ctx);
        I.Result = std::move(*R);
      }
    }
    if (!Why.empty()) {
      if (Pure)
        return Refuse("pure virtual function '" + Name +
                      "' cannot be implemented in JavaScript: " + Why);
      Skip(Why);
      continue;
    }
    C.Virtuals.push_back({std::move(I), Pure});
  }
  if (C.Virtuals.empty())
    return;

  // The generated class's constructors: those of the class exported to JS,
  // or, for an abstract class (which exports none), each public or protected
  // one, one per arity.
  auto AddSubclassConstructor = [&](const Function &F) {
    Function SF = F;
    SF.Symbol = naming::subclassConstructorSymbol(
        C.JsName, C.SubclassConstructors.size());
    Param Self;
    Self.Name = "self";
    Self.Ty.Kind = TypeKind::JsValue;
    Self.Ty.Cpp = "::wasmport::JsValue";
    SF.Params.insert(SF.Params.begin(), std::move(Self));
    C.SubclassConstructors.push_back(std::move(SF));
  };
  if (!C.Abstract) {
    for (const Function &F : C.Constructors)
      AddSubclassConstructor(F);
  } else {
    std::map<unsigned, bool> Arities;
    for (CXXConstructorDecl *Ctor : RD->ctors()) {
      if (Ctor->isCopyOrMoveConstructor() || Ctor->isDeleted() ||
          Ctor->isInvalidDecl() || Ctor->getAccess() == AS_private ||
          has(Ctor, AttrKind::Skip) ||
          !Arities.try_emplace(Ctor->getNumParams(), true).second)
        continue;
      if (std::optional<Function> F = buildFunction(
              Ctor, FunctionKind::Constructor, "constructor", "", ""))
        AddSubclassConstructor(*F);
    }
  }
  if (C.SubclassConstructors.empty()) {
    Refuse("it has no constructor a JavaScript subclass can call");
    return;
  }
}

} // namespace wasmport::frontend
