//===- Collector.cpp - The only reader of the AST -------------------------===//
//
// Two passes over the annotated declarations: discover() settles which
// classes and functions are exported and under which JS names (a function
// may use a class declared after it), then the build* functions classify
// every signature against the complete set.
//
//===----------------------------------------------------------------------===//
#include "Frontend/Collector.h"

#include "Frontend/Diagnostics.h"
#include "Frontend/TypeClassifier.h"
#include "Manifest/Naming.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Mangle.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Sema/Sema.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;
using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::frontend {

//===----------------------------------------------------------------------===//
// Taking annotations out of the AST
//===----------------------------------------------------------------------===//

void Collector::take(Decl *D) {
  takeOne(D);
  if (auto *TD = dyn_cast<TemplateDecl>(D))
    if (Decl *Pattern = TD->getTemplatedDecl())
      take(Pattern);
  // Function bodies hold nothing exportable; every other context may.
  if (isa<NamespaceDecl, LinkageSpecDecl, ExportDecl, CXXRecordDecl,
          EnumDecl>(D))
    for (Decl *Child : cast<DeclContext>(D)->decls())
      take(Child);
}

void Collector::takeOne(Decl *D) {
  if (!D->hasAttrs())
    return;
  AttrVec &Attrs = D->getAttrs();
  Annotations Found;
  llvm::erase_if(Attrs, [&](Attr *A) {
    auto *AA = dyn_cast<AnnotateAttr>(A);
    if (!AA)
      return false;
    std::optional<Annotation> Ann = decodeAnnotation(*AA);
    if (!Ann)
      return false;
    Found.push_back(std::move(*Ann));
    return true;
  });
  if (Attrs.empty())
    D->dropAttrs();
  if (Found.empty() || Collected)
    return;
  Annotations &Known = Taken[key(D)];
  for (Annotation &A : Found)
    if (none_of(Known, [&](const Annotation &K) {
          return K.Kind == A.Kind && K.Args == A.Args;
        }))
      Known.push_back(std::move(A));
}

const Decl *Collector::key(const Decl *D) {
  // Each block of a namespace is a declaration of its own: the attribute
  // applies to the block it is written on.
  return isa<NamespaceDecl>(D) ? D : D->getCanonicalDecl();
}

const Annotation *Collector::find(const Decl *D, AttrKind K) const {
  auto It = Taken.find(key(D));
  if (It == Taken.end())
    return nullptr;
  for (const Annotation &A : It->second)
    if (A.Kind == K)
      return &A;
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Names and locations
//===----------------------------------------------------------------------===//

/// "::ns::Name", skipping inline and anonymous namespaces, usable at global
/// scope (names in an anonymous namespace are found through it).
static std::string qualifiedName(const NamedDecl *D) {
  SmallVector<std::string, 4> Parts{D->getNameAsString()};
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isAnonymousNamespace() || NS->isInline())
        continue;
      Parts.push_back(NS->getNameAsString());
    } else if (const auto *RD = dyn_cast<RecordDecl>(DC)) {
      Parts.push_back(RD->getNameAsString());
    }
  }
  std::string Out;
  for (const std::string &P : reverse(Parts))
    Out += "::" + P;
  return Out;
}

static std::string mangledName(const FunctionDecl *FD) {
  std::unique_ptr<MangleContext> MC(FD->getASTContext().createMangleContext());
  if (!MC->shouldMangleDeclName(FD))
    return FD->getName().str();
  std::string Out;
  raw_string_ostream OS(Out);
  MC->mangleName(GlobalDecl(FD), OS);
  return Out;
}

manifest::Location Collector::location(SourceLocation Loc) const {
  const SourceManager &SM = S.getSourceManager();
  PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(Loc));
  if (P.isInvalid())
    return {};
  return {P.getFilename(), P.getLine(), P.getColumn()};
}

static SourceLocation attrLoc(const Annotation *A, const Decl *D) {
  return A && A->Range.isValid() ? A->Range.getBegin() : D->getLocation();
}

std::string Collector::jsNameOf(const NamedDecl *D, const Annotation *Export) {
  if (Export && !Export->Args.empty()) {
    // "" is how callers learn that an error was reported: report this one.
    if (Export->Args.front().empty())
      report(S.getDiagnostics(), attrLoc(Export, D), Diag::InvalidJSName)
          << "" << Export->Range;
    return Export->Args.front();
  }
  if (!D->getDeclName().isIdentifier()) {
    report(S.getDiagnostics(), D->getLocation(), Diag::OperatorExport) << D;
    return "";
  }
  return D->getName().str();
}

bool Collector::checkTopLevelName(const std::string &Name, const NamedDecl *D,
                                  SourceLocation Loc) {
  DiagnosticsEngine &DE = S.getDiagnostics();
  if (!naming::isJSIdentifier(Name)) {
    report(DE, Loc, Diag::InvalidJSName) << Name;
    return false;
  }
  if (naming::isReservedJSWord(Name) || naming::isReservedExportName(Name)) {
    report(DE, Loc, Diag::ReservedJSName) << Name;
    return false;
  }
  auto [It, New] = TopLevelNames.try_emplace(Name, D);
  if (New)
    return true;
  const NamedDecl *Prev = It->second;
  const auto *PrevFD = dyn_cast<FunctionDecl>(Prev);
  const auto *FD = dyn_cast<FunctionDecl>(D);
  if (PrevFD && FD && qualifiedName(PrevFD) == qualifiedName(FD)) {
    report(DE, Loc, Diag::OverloadCollision) << FD << Name;
    report(DE, Prev->getLocation(), Diag::NoteOtherOverload);
  } else {
    report(DE, Loc, Diag::DuplicateJSName) << Name;
    report(DE, Prev->getLocation(), Diag::NotePreviousJSName) << Name;
  }
  return false;
}

bool Collector::checkMemberName(const std::string &Name, SourceLocation Loc) {
  DiagnosticsEngine &DE = S.getDiagnostics();
  if (!naming::isJSIdentifier(Name)) {
    report(DE, Loc, Diag::InvalidJSName) << Name;
    return false;
  }
  if (naming::isReservedMemberName(Name)) {
    report(DE, Loc, Diag::ReservedMemberName) << Name;
    return false;
  }
  return true;
}

std::string Collector::classLookup(const CXXRecordDecl *RD) const {
  auto It = Classes.find(RD->getCanonicalDecl());
  return It == Classes.end() ? std::string() : It->second;
}

Entity Collector::entityLookup(const Decl *D) const {
  if (const auto *ED = dyn_cast<EnumDecl>(D)) {
    auto It = Enums.find(ED->getCanonicalDecl());
    if (It != Enums.end())
      return {Entity::Enum, It->second};
    return {};
  }
  const auto *RD = dyn_cast<CXXRecordDecl>(D);
  if (!RD)
    return {};
  RD = RD->getCanonicalDecl();
  if (auto It = Classes.find(RD); It != Classes.end())
    return {Entity::Class, It->second};
  if (auto It = Values.find(RD); It != Values.end())
    return {Entity::Value, It->second};
  return {};
}

//===----------------------------------------------------------------------===//
// Pass 1: discovery
//===----------------------------------------------------------------------===//

bool Collector::rejectTemplate(const Decl *D, const Annotation &A) {
  bool IsTemplate = D->getDeclContext()->isDependentContext();
  if (const auto *FD = dyn_cast<FunctionDecl>(D))
    IsTemplate |= FD->getDescribedFunctionTemplate() != nullptr ||
                  FD->isTemplateInstantiation();
  if (const auto *RD = dyn_cast<CXXRecordDecl>(D))
    IsTemplate |= RD->getDescribedClassTemplate() != nullptr ||
                  isa<ClassTemplateSpecializationDecl>(RD);
  if (!IsTemplate)
    return false;
  report(S.getDiagnostics(), attrLoc(&A, D), Diag::TemplateExport)
      << A.Range;
  report(S.getDiagnostics(), D->getLocation(), Diag::NoteTemplateExport);
  return true;
}

void Collector::discover(Decl *D, const Annotations &Anns) {
  DiagnosticsEngine &DE = S.getDiagnostics();
  const Annotation *Export = find(D, AttrKind::Export);
  const Annotation *Import = find(D, AttrKind::Import);
  const Annotation *Start = find(D, AttrKind::Start);
  const Annotation *Value = find(D, AttrKind::Value);
  for (const Annotation &A : Anns)
    if (rejectTemplate(D, A))
      return;
  if (Export && Import) {
    report(DE, attrLoc(Import, D), Diag::AttrConflict)
        << "'wasmport::import'" << "'wasmport::export'" << Import->Range;
    return;
  }
  if (Start && (Export || Import)) {
    report(DE, attrLoc(Start, D), Diag::AttrConflict)
        << "'wasmport::start'"
        << (Export ? "'wasmport::export'" : "'wasmport::import'")
        << Start->Range;
    return;
  }

  if (auto *NS = dyn_cast<NamespaceDecl>(D)) {
    if (!Export)
      return;
    if (!Export->Args.empty()) {
      report(DE, attrLoc(Export, D), Diag::NamespaceExportName)
          << Export->Range;
      return;
    }
    discoverNamespace(NS);
    return;
  }
  if (auto *MD = dyn_cast<CXXMethodDecl>(D)) {
    (void)MD; // Checked with its class in pass 2.
    return;
  }
  if (auto *FD = dyn_cast<FunctionDecl>(D)) {
    if (Export)
      addFunction(FD, Export);
    return;
  }
  if (auto *RD = dyn_cast<CXXRecordDecl>(D)) {
    if (Import) {
      report(DE, attrLoc(Import, D), Diag::AttrNotSupportedYet)
          << "'wasmport::import' on a class" << Import->Range;
      return;
    }
    if (Value && Export) {
      report(DE, attrLoc(Value, D), Diag::AttrConflict)
          << "'wasmport::value'" << "'wasmport::export'" << Value->Range;
      return;
    }
    if (Export)
      addClass(RD, Export);
    else if (Value)
      addValue(RD, Value);
    return;
  }
  if (auto *ED = dyn_cast<EnumDecl>(D); ED && Export)
    addEnum(ED, Export);
}

void Collector::discoverNamespace(NamespaceDecl *NS) {
  for (Decl *Child : NS->decls()) {
    if (has(Child, AttrKind::Skip) || has(Child, AttrKind::Import) ||
        has(Child, AttrKind::Start))
      continue;
    if (auto *Inner = dyn_cast<NamespaceDecl>(Child)) {
      discoverNamespace(Inner);
      continue;
    }
    if (auto *FD = dyn_cast<FunctionDecl>(Child)) {
      // Operators and templates have no JS name: leave them out unless named.
      if (FD->getDeclName().isIdentifier() && !FD->isDeleted())
        addFunction(FD, find(FD, AttrKind::Export));
      continue;
    }
    if (auto *RD = dyn_cast<CXXRecordDecl>(Child))
      if (RD->isThisDeclarationADefinition() && !RD->isUnion() &&
          RD->getIdentifier() && !RD->getDescribedClassTemplate() &&
          !has(RD, AttrKind::Value))
        addClass(RD, find(RD, AttrKind::Export));
    if (auto *ED = dyn_cast<EnumDecl>(Child))
      if (ED->isThisDeclarationADefinition() && ED->getIdentifier())
        addEnum(ED, find(ED, AttrKind::Export));
  }
}

void Collector::addEnum(EnumDecl *ED, const Annotation *Export) {
  const EnumDecl *Canon = ED->getCanonicalDecl();
  if (Enums.count(Canon))
    return;
  std::string Name = jsNameOf(ED, Export);
  if (Name.empty() || !checkTopLevelName(Name, ED, attrLoc(Export, ED)))
    return;
  Enums.insert({Canon, Name});
}

void Collector::addValue(CXXRecordDecl *RD, const Annotation *Value) {
  const CXXRecordDecl *Canon = RD->getCanonicalDecl();
  if (Values.count(Canon))
    return;
  std::string Name = jsNameOf(RD, nullptr);
  if (Name.empty() || !checkTopLevelName(Name, RD, attrLoc(Value, RD)))
    return;
  Values.insert({Canon, Name});
}

void Collector::addClass(CXXRecordDecl *RD, const Annotation *Export) {
  // The definition carries the members, wherever the attribute was written.
  RD = RD->getDefinition();
  if (!RD)
    return;
  const CXXRecordDecl *Canon = RD->getCanonicalDecl();
  if (Classes.count(Canon))
    return;
  std::string Name = jsNameOf(RD, Export);
  if (Name.empty() || !checkTopLevelName(Name, RD, attrLoc(Export, RD)))
    return;
  Classes.insert({Canon, Name});
}

void Collector::addFunction(FunctionDecl *FD, const Annotation *Export) {
  const FunctionDecl *Canon = FD->getCanonicalDecl();
  if (Functions.count(Canon))
    return;
  DiagnosticsEngine &DE = S.getDiagnostics();
  SourceLocation Loc = attrLoc(Export, FD);
  if (FD->isDeleted()) {
    report(DE, Loc, Diag::MemberDeleted) << FD;
    return;
  }
  std::string Name = jsNameOf(FD, Export);
  if (Name.empty() || !checkTopLevelName(Name, FD, Loc))
    return;
  Functions.insert({Canon, Name});
}

//===----------------------------------------------------------------------===//
// Pass 2: signatures
//===----------------------------------------------------------------------===//

static SourceRange typeRange(const ParmVarDecl *P) {
  if (const TypeSourceInfo *TSI = P->getTypeSourceInfo())
    return TSI->getTypeLoc().getSourceRange();
  return P->getSourceRange();
}

/// The written result type. FunctionDecl::getReturnTypeSourceRange gives up
/// on trailing return types and on declarators that wrap the name
/// (`void (*f())(int)`); the type is still written, so point there.
static SourceRange resultRange(const FunctionDecl *FD) {
  SourceRange R = FD->getReturnTypeSourceRange();
  if (R.isValid())
    return R;
  if (FunctionTypeLoc FTL = FD->getFunctionTypeLoc())
    R = FTL.getReturnLoc().getSourceRange();
  return R.isValid() ? R : SourceRange(FD->getLocation());
}

/// How messages name a parameter: 'name', or #N when it has none.
static std::string paramLabel(const ParmVarDecl *P) {
  if (P->getName().empty())
    return "#" + std::to_string(P->getFunctionScopeIndex() + 1);
  return ("'" + P->getName() + "'").str();
}

static bool isPubliclyUsable(const FunctionDecl *FD) {
  return FD && !FD->isDeleted() && FD->getAccess() != AS_private &&
         FD->getAccess() != AS_protected;
}

std::optional<manifest::Type>
Collector::classifyParam(const ParmVarDecl *P, const FunctionDecl *FD,
                         Position Pos) {
  auto Lookup = [this](const Decl *D) { return entityLookup(D); };
  std::optional<manifest::Type> T =
      classifyType(P->getType(), Pos, S.getASTContext(), Lookup);
  if (T)
    return T;
  DiagnosticsEngine &DE = S.getDiagnostics();
  SourceRange R = typeRange(P);
  report(DE, R.getBegin(), Diag::UnsupportedParamType)
      << paramLabel(P) << FD << P->getType() << R;
  report(DE, R.getBegin(), Pos == Position::ExportParam
                               ? Diag::NoteSupportedTypes
                               : Diag::NoteSupportedImportTypes);
  return std::nullopt;
}

std::optional<manifest::Type>
Collector::classifyResult(const FunctionDecl *FD, Position Pos) {
  auto Lookup = [this](const Decl *D) { return entityLookup(D); };
  std::optional<manifest::Type> T =
      classifyType(FD->getReturnType(), Pos, S.getASTContext(), Lookup);
  if (T)
    return T;
  DiagnosticsEngine &DE = S.getDiagnostics();
  SourceRange Range = resultRange(FD);
  report(DE, Range.getBegin(), Diag::UnsupportedResultType)
      << FD << FD->getReturnType() << Range;
  report(DE, Range.getBegin(), Pos == Position::ExportResult
                                   ? Diag::NoteSupportedTypes
                                   : Diag::NoteSupportedImportTypes);
  return std::nullopt;
}

std::optional<Function> Collector::buildFunction(const FunctionDecl *FD,
                                                 FunctionKind Kind,
                                                 std::string JsName,
                                                 std::string Symbol,
                                                 std::string CppName) {
  // Clang has reported why the declaration is invalid; its types (an
  // undeduced `auto`, say) would only add errors that follow from that one.
  if (FD->isInvalidDecl())
    return std::nullopt;
  DiagnosticsEngine &DE = S.getDiagnostics();
  Function F;
  F.Kind = Kind;
  F.JsName = std::move(JsName);
  F.Symbol = std::move(Symbol);
  F.CppName = std::move(CppName);
  F.Loc = location(FD->getLocation());
  bool OK = true;
  if (FD->isVariadic()) {
    report(DE, FD->getLocation(), Diag::VariadicExport);
    OK = false;
  }
  for (const ParmVarDecl *P : FD->parameters()) {
    std::optional<manifest::Type> T =
        classifyParam(P, FD, Position::ExportParam);
    if (!T) {
      OK = false;
      continue;
    }
    if (T->Kind == TypeKind::ClassValue) {
      auto *RD = P->getType()->getAsCXXRecordDecl();
      CXXConstructorDecl *Copy =
          S.LookupCopyingConstructor(RD, Qualifiers::Const);
      if (!isPubliclyUsable(Copy)) {
        report(DE, typeRange(P).getBegin(), Diag::ClassNotCopyable)
            << paramLabel(P) << typeRange(P);
        OK = false;
      }
    }
    if (P->hasDefaultArg())
      report(DE, P->getDefaultArgRange().getBegin(), Diag::DefaultArgument)
          << paramLabel(P) << P->getDefaultArgRange();
    F.Params.push_back({P->getName().str(), std::move(*T)});
  }
  if (Kind == FunctionKind::Constructor) {
    const auto *RD = cast<CXXConstructorDecl>(FD)->getParent();
    F.Result = {TypeKind::ClassValue, qualifiedName(RD), classLookup(RD)};
    return OK ? std::optional<Function>(std::move(F)) : std::nullopt;
  }
  std::optional<manifest::Type> R =
      classifyResult(FD, Position::ExportResult);
  if (!R)
    return std::nullopt;
  if (R->Kind == TypeKind::ClassValue) {
    auto *RD = FD->getReturnType()->getAsCXXRecordDecl();
    if (!isPubliclyUsable(S.LookupMovingConstructor(RD, 0))) {
      report(DE, resultRange(FD).getBegin(), Diag::ClassNotMovable)
          << RD << resultRange(FD);
      OK = false;
    }
  }
  F.Result = std::move(*R);
  return OK ? std::optional<Function>(std::move(F)) : std::nullopt;
}

void Collector::buildClass(CXXRecordDecl *RD, Class &C) {
  DiagnosticsEngine &DE = S.getDiagnostics();
  C.CppName = qualifiedName(RD);
  C.DeleteSymbol = naming::deleteSymbol(C.JsName);
  C.Loc = location(RD->getLocation());
  S.ForceDeclarationOfImplicitMembers(RD);
  if (!isPubliclyUsable(S.LookupDestructor(RD)))
    report(DE, RD->getLocation(), Diag::ClassNotDestructible) << RD;

  // A member is exported when it is public, not deleted and not skipped;
  // naming a member that cannot be exported is an error.
  auto Eligible = [&](CXXMethodDecl *MD) {
    const Annotation *Export = find(MD, AttrKind::Export);
    if (has(MD, AttrKind::Skip) || MD->isInvalidDecl())
      return false;
    if (MD->isDeleted()) {
      if (Export)
        report(DE, attrLoc(Export, MD), Diag::MemberDeleted) << MD;
      return false;
    }
    if (MD->getAccess() != AS_public) {
      if (Export)
        report(DE, attrLoc(Export, MD), Diag::MemberNotPublic) << MD;
      return false;
    }
    return true;
  };

  std::map<unsigned, const CXXConstructorDecl *> Arities;
  if (!RD->isAbstract())
    for (CXXConstructorDecl *Ctor : RD->ctors()) {
      if (Ctor->isCopyOrMoveConstructor() || !Eligible(Ctor))
        continue;
      if (const Annotation *Export = find(Ctor, AttrKind::Export);
          Export && !Export->Args.empty()) {
        report(DE, attrLoc(Export, Ctor), Diag::NotExportable)
            << Ctor
            << "a constructor becomes the JavaScript class's constructor and "
               "takes no name";
        continue;
      }
      auto [It, New] = Arities.try_emplace(Ctor->getNumParams(), Ctor);
      if (!New) {
        report(DE, Ctor->getLocation(), Diag::ConstructorArity)
            << RD << Ctor->getNumParams();
        report(DE, It->second->getLocation(), Diag::NoteOtherOverload);
        continue;
      }
      if (std::optional<Function> F = buildFunction(
              Ctor, FunctionKind::Constructor, "constructor",
              naming::constructorSymbol(C.JsName, C.Constructors.size()), ""))
        C.Constructors.push_back(std::move(*F));
    }

  StringMap<const CXXMethodDecl *> Names[2]; // Instance, static.
  for (CXXMethodDecl *MD : RD->methods()) {
    if (isa<CXXConstructorDecl, CXXDestructorDecl>(MD) || MD->isImplicit() ||
        MD->isCopyAssignmentOperator() || MD->isMoveAssignmentOperator())
      continue;
    const Annotation *Export = find(MD, AttrKind::Export);
    // Operators and conversions are exported only under an explicit name.
    if (!MD->getDeclName().isIdentifier() && !(Export && !Export->Args.empty()))
      continue;
    if (!Eligible(MD))
      continue;
    std::string Name = jsNameOf(MD, Export);
    SourceLocation Loc = attrLoc(Export, MD);
    if (Name.empty() || !checkMemberName(Name, Loc))
      continue;
    bool Static = MD->isStatic();
    auto [It, New] = Names[Static].try_emplace(Name, MD);
    if (!New) {
      report(DE, Loc, Diag::OverloadCollision) << MD << Name;
      report(DE, It->second->getLocation(), Diag::NoteOtherOverload);
      continue;
    }
    std::string Symbol = Static ? naming::staticMethodSymbol(C.JsName, Name)
                                : naming::methodSymbol(C.JsName, Name);
    if (std::optional<Function> F = buildFunction(
            MD, Static ? FunctionKind::Static : FunctionKind::Method, Name,
            Symbol, MD->getNameAsString()))
      C.Methods.push_back(std::move(*F));
  }
}

std::optional<manifest::Enum> Collector::buildEnum(const EnumDecl *ED,
                                                   const std::string &JsName) {
  DiagnosticsEngine &DE = S.getDiagnostics();
  const ASTContext &Ctx = S.getASTContext();
  ED = ED->getDefinition();
  if (!ED || ED->isInvalidDecl())
    return std::nullopt;
  manifest::Enum E;
  E.JsName = JsName;
  E.CppName = qualifiedName(ED);
  E.Loc = location(ED->getLocation());
  QualType Int = ED->getIntegerType();
  std::optional<manifest::Type> U =
      Int.isNull() ? std::nullopt
                   : classifyType(Int, Position::Element, Ctx,
                                  [](const Decl *) { return Entity(); });
  if (!U || Ctx.getTypeSize(Int) > 32 || U->Kind == TypeKind::Bool) {
    report(DE, ED->getLocation(), Diag::EnumTooWide) << ED << Int;
    return std::nullopt;
  }
  E.Underlying = U->Kind;
  StringMap<const EnumConstantDecl *> Strings;
  bool OK = true;
  for (const EnumConstantDecl *ECD : ED->enumerators()) {
    Enumerator V;
    V.Name = ECD->getName().str();
    const llvm::APSInt &Init = ECD->getInitVal();
    V.Value = Init.isSigned() ? Init.getSExtValue()
                              : static_cast<int64_t>(Init.getZExtValue());
    if (const Annotation *A = find(ECD, AttrKind::Export)) {
      if (A->Args.empty()) {
        report(DE, attrLoc(A, ECD), Diag::EnumeratorNeedsString) << A->Range;
        OK = false;
      }
      E.StringValued = true;
      V.String = A->Args.empty() ? V.Name : A->Args.front();
    }
    E.Enumerators.push_back(std::move(V));
  }
  if (!E.StringValued)
    return OK ? std::optional<manifest::Enum>(std::move(E)) : std::nullopt;
  // Enumerators without a string stand for their own names.
  for (auto [ECD, V] : zip(ED->enumerators(), E.Enumerators)) {
    if (V.String.empty())
      V.String = V.Name;
    auto [It, New] = Strings.try_emplace(V.String, ECD);
    if (!New) {
      const Annotation *A = find(ECD, AttrKind::Export);
      report(DE, attrLoc(A, ECD), Diag::DuplicateEnumString) << ED << V.String;
      report(DE, It->second->getLocation(), Diag::NotePreviousJSName)
          << V.String;
      OK = false;
    }
  }
  return OK ? std::optional<manifest::Enum>(std::move(E)) : std::nullopt;
}

std::optional<ValueStruct>
Collector::buildValue(const CXXRecordDecl *RD, const std::string &JsName) {
  DiagnosticsEngine &DE = S.getDiagnostics();
  RD = RD->getDefinition();
  if (!RD || RD->isInvalidDecl())
    return std::nullopt;
  const char *Why = nullptr;
  if (RD->isUnion())
    Why = "is a union";
  else if (RD->getNumBases() || RD->getNumVBases())
    Why = "has a base class";
  else if (!RD->isAggregate())
    Why = "is not an aggregate";
  if (Why) {
    report(DE, RD->getLocation(), Diag::ValueNotAggregate) << RD << Why;
    return std::nullopt;
  }
  ValueStruct V;
  V.JsName = JsName;
  V.CppName = qualifiedName(RD);
  V.Loc = location(RD->getLocation());
  auto Lookup = [this](const Decl *D) { return entityLookup(D); };
  bool OK = true;
  for (const FieldDecl *FD : RD->fields()) {
    if (FD->isBitField() || !FD->getIdentifier()) {
      report(DE, FD->getLocation(), Diag::ValueNotAggregate)
          << RD << (FD->isBitField() ? "has a bit-field" : "has an unnamed member");
      OK = false;
      continue;
    }
    std::string Name = FD->getName().str();
    if (!checkMemberName(Name, FD->getLocation())) {
      OK = false;
      continue;
    }
    std::optional<manifest::Type> T =
        classifyType(FD->getType(), Position::Element, S.getASTContext(), Lookup);
    if (!T) {
      SourceRange R = FD->getTypeSourceInfo()
                          ? FD->getTypeSourceInfo()->getTypeLoc().getSourceRange()
                          : FD->getSourceRange();
      report(DE, R.getBegin(), Diag::UnsupportedFieldType)
          << FD << RD << FD->getType() << R;
      report(DE, R.getBegin(), Diag::NoteSupportedTypes);
      OK = false;
      continue;
    }
    V.Fields.push_back({Name, std::move(*T)});
  }
  return OK ? std::optional<ValueStruct>(std::move(V)) : std::nullopt;
}

/// True when Spec can go verbatim between double quotes in JS and TS.
static bool isSafeModuleSpecifier(StringRef Spec) {
  if (Spec.empty())
    return false;
  if (Spec.find_first_of("\"'\\\n\r`") != StringRef::npos)
    return false;
  // U+2028 and U+2029 end lines in some JS parsers.
  return !Spec.contains("\xE2\x80\xA8") && !Spec.contains("\xE2\x80\xA9");
}

std::optional<Import> Collector::buildImport(const FunctionDecl *FD,
                                             const Annotation &A) {
  if (FD->isInvalidDecl())
    return std::nullopt; // Clang reported why; see buildFunction.
  DiagnosticsEngine &DE = S.getDiagnostics();
  const ASTContext &Ctx = S.getASTContext();
  SourceLocation Loc = attrLoc(&A, FD);
  if (const FunctionDecl *Def = FD->getDefinition()) {
    report(DE, Loc, Diag::ImportHasBody) << A.Range;
    (void)Def;
    return std::nullopt;
  }
  Import I;
  I.Loc = location(FD->getLocation());
  I.NoExcept = FD->getType()->castAs<FunctionProtoType>()->isNothrow();
  if (A.Args.size() == 2) {
    I.Form = ImportForm::Module;
    I.Name = A.Args[0];
    I.Module = A.Args[1];
    if (!isSafeModuleSpecifier(I.Module)) {
      report(DE, Loc, Diag::InvalidModuleSpecifier) << I.Module << A.Range;
      return std::nullopt;
    }
  } else {
    I.Name = A.Args.empty() ? jsNameOf(FD, nullptr) : A.Args[0];
    I.Form = StringRef(I.Name).contains('.') ? ImportForm::Path
                                             : ImportForm::Global;
  }
  SmallVector<StringRef, 4> Segments;
  StringRef(I.Name).split(Segments, '.');
  for (StringRef Seg : Segments)
    if (!naming::isJSIdentifier(Seg)) {
      report(DE, Loc, Diag::InvalidJSName) << Seg << A.Range;
      return std::nullopt;
    }
  std::string Qualified = qualifiedName(FD);
  I.CppName = StringRef(Qualified).drop_front(2).str(); // No leading "::".
  I.Symbol = naming::importSymbol(mangledName(FD));

  bool OK = true;
  if (FD->isVariadic()) {
    report(DE, FD->getLocation(), Diag::VariadicExport);
    OK = false;
  }
  for (const ParmVarDecl *P : FD->parameters()) {
    std::optional<manifest::Type> T =
        classifyParam(P, FD, Position::ImportParam);
    if (!T) {
      OK = false;
      continue;
    }
    // The definition repeats the declaration's parameter types exactly.
    T->Cpp = spellType(P->getType(), Ctx);
    I.Params.push_back({P->getName().str(), std::move(*T)});
  }
  std::optional<manifest::Type> R =
      classifyResult(FD, Position::ImportResult);
  if (!R)
    return std::nullopt;
  R->Cpp = spellType(FD->getReturnType(), Ctx);
  I.Result = std::move(*R);
  return OK ? std::optional<Import>(std::move(I)) : std::nullopt;
}

std::optional<Function> Collector::buildStart(const FunctionDecl *FD,
                                              const Annotation &A) {
  if (FD->isInvalidDecl())
    return std::nullopt; // Clang reported why; see buildFunction.
  if (FD->getNumParams() != 0 || !FD->getReturnType()->isVoidType() ||
      FD->isVariadic()) {
    report(S.getDiagnostics(), attrLoc(&A, FD), Diag::StartSignature)
        << A.Range;
    return std::nullopt;
  }
  Function F;
  F.Kind = FunctionKind::Start;
  F.CppName = qualifiedName(FD);
  F.Symbol = naming::startSymbol(mangledName(FD));
  F.Loc = location(FD->getLocation());
  return F;
}

std::optional<Manifest> Collector::collect() {
  assert(!Collected && "collect() runs once per translation unit");
  Collected = true;
  DiagnosticsEngine &DE = S.getDiagnostics();

  // Taken may not change while we walk it; discover() only reads it.
  for (auto &[D, Anns] : Taken)
    discover(const_cast<Decl *>(D), Anns);

  // Member attributes need an exported class, enumerator strings an
  // exported enum.
  for (auto &[D, Anns] : Taken) {
    if (const auto *ECD = dyn_cast<EnumConstantDecl>(D)) {
      const auto *ED = cast<EnumDecl>(ECD->getDeclContext());
      if (!Enums.count(ED->getCanonicalDecl()))
        for (const Annotation &A : Anns)
          report(DE, attrLoc(&A, ECD), Diag::AttrNeedsExportedEnum)
              << ("'wasmport::" + attrName(A.Kind) + "'").str() << A.Range;
      continue;
    }
    const auto *MD = dyn_cast<CXXMethodDecl>(D);
    if (!MD || !classLookup(MD->getParent()).empty())
      continue;
    for (const Annotation &A : Anns)
      if (A.Kind == AttrKind::Export || A.Kind == AttrKind::Skip)
        report(DE, attrLoc(&A, MD), Diag::AttrNeedsExportedClass)
            << ("'wasmport::" + attrName(A.Kind) + "'").str() << A.Range;
  }

  Manifest M;
  for (auto &[ED, Name] : Enums)
    if (std::optional<manifest::Enum> E = buildEnum(ED, Name))
      M.Enums.push_back(std::move(*E));
  for (auto &[RD, Name] : Values)
    if (std::optional<ValueStruct> V = buildValue(RD, Name))
      M.Values.push_back(std::move(*V));
  for (auto &[FD, Name] : Functions)
    if (std::optional<Function> F =
            buildFunction(FD, FunctionKind::Free, Name,
                          naming::functionSymbol(Name), qualifiedName(FD)))
      M.Functions.push_back(std::move(*F));
  for (auto &[RD, Name] : Classes) {
    Class C;
    C.JsName = Name;
    buildClass(const_cast<CXXRecordDecl *>(RD->getDefinition()), C);
    M.Classes.push_back(std::move(C));
  }
  for (auto &[D, Anns] : Taken) {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || isa<CXXMethodDecl>(FD) || FD->getDescribedFunctionTemplate())
      continue;
    const Annotation *Import = find(FD, AttrKind::Import);
    const Annotation *Start = find(FD, AttrKind::Start);
    if (Import && !find(FD, AttrKind::Export) && !Start)
      if (std::optional<manifest::Import> I = buildImport(FD, *Import))
        M.Imports.push_back(std::move(*I));
    if (Start && !Import && !find(FD, AttrKind::Export))
      if (std::optional<Function> F = buildStart(FD, *Start))
        M.Starts.push_back(std::move(*F));
  }
  if (DE.hasErrorOccurred())
    return std::nullopt;
  return M;
}

} // namespace wasmport::frontend
