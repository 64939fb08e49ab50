//===- Collector.cpp - The only reader of the AST -------------------------===//
//
// Two passes over the annotated declarations: discover() settles which
// classes and functions are exported and under which JS names (a function
// may use a class declared after it), then the build* functions classify
// every signature against the complete set.
//
//===----------------------------------------------------------------------===//
#include "Frontend/Collector.h"

#include "Frontend/CollectorInternal.h"
#include "Frontend/Diagnostics.h"
#include "Frontend/TypeClassifier.h"
#include "Manifest/Naming.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Comment.h"
#include "clang/AST/CommentCommandTraits.h"
#include "clang/AST/RawCommentList.h"
#include "clang/AST/RecordLayout.h"
#include "clang/AST/StmtCXX.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Mangle.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Basic/CharInfo.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Sema/Sema.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/JSON.h"

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

std::string qualifiedName(const NamedDecl *D) {
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

std::string mangledName(const FunctionDecl *FD) {
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
  // The file as __FILE__ spells it: -ffile-prefix-map and -fmacro-prefix-map
  // apply, so that builds in different directories give the same manifest.
  SmallString<256> File(P.getFilename());
  S.getLangOpts().remapPathPrefix(File);
  return {std::string(File), P.getLine(), P.getColumn()};
}

SourceLocation attrLoc(const Annotation *A, const Decl *D) {
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
  if (auto It = ImportedClasses.find(RD); It != ImportedClasses.end())
    return {Entity::ImportedClass, It->second.Form == ImportForm::Module
                                       ? std::string()
                                       : It->second.Name};
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
  // One entity, one JS name, however many declarations carry the attribute.
  const auto *ND = dyn_cast<NamedDecl>(D);
  for (const Annotation &A : Anns) {
    if (A.Kind != AttrKind::Export || A.Args == Export->Args || !ND)
      continue;
    auto Spelled = [&](const Annotation &E) {
      return E.Args.empty() ? ND->getNameAsString() : E.Args.front();
    };
    report(DE, attrLoc(&A, D), Diag::ConflictingJSNames)
        << ND << Spelled(A) << Spelled(*Export) << A.Range;
    report(DE, attrLoc(Export, D), Diag::NotePreviousAttribute)
        << Export->Range;
    return;
  }
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
    if (Value && (Export || Import)) {
      report(DE, attrLoc(Value, D), Diag::AttrConflict)
          << "'wasmport::value'"
          << (Export ? "'wasmport::export'" : "'wasmport::import'")
          << Value->Range;
      return;
    }
    if (Import) {
      addImportedClass(RD, *Import);
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
    if (has(Child, AttrKind::Skip)) {
      SkippedInNamespace.insert(key(Child));
      continue;
    }
    if (has(Child, AttrKind::Import) || has(Child, AttrKind::Start))
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

void Collector::addImportedClass(CXXRecordDecl *RD, const Annotation &A) {
  const CXXRecordDecl *Canon = RD->getCanonicalDecl();
  if (ImportedClasses.count(Canon))
    return;
  // Registered even when the attribute is malformed (Name stays ""), so
  // that signatures using the class are not reported too.
  Import Target;
  if (!importTarget(RD, A, Target))
    Target = Import();
  ImportedClasses.insert({Canon, std::move(Target)});
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

/// The written argument of the wasmport::Promise<V> that TL spells, if any.
static const TemplateArgumentLoc *promiseArgLoc(TypeLoc TL,
                                                TemplateArgumentLoc &Out) {
  while (TL) {
    TL = TL.getUnqualifiedLoc();
    if (auto R = TL.getAs<LValueReferenceTypeLoc>())
      TL = R.getPointeeLoc();
    else if (auto R = TL.getAs<RValueReferenceTypeLoc>())
      TL = R.getPointeeLoc();
    else if (auto E = TL.getAs<ElaboratedTypeLoc>())
      TL = E.getNamedTypeLoc();
    else if (auto T = TL.getAs<TemplateSpecializationTypeLoc>()) {
      if (T.getNumArgs() != 1 ||
          T.getArgLoc(0).getArgument().getKind() != TemplateArgument::Type)
        return nullptr;
      Out = T.getArgLoc(0);
      return &Out;
    } else
      break;
  }
  return nullptr;
}

/// Reports a wasmport::Promise<V> whose V cannot be a promise's value, in
/// type T written at TL (Whole: its range); true when it did. The caret is
/// on V as written.
bool Collector::reportPromiseValue(QualType T, TypeLoc TL, SourceRange Whole) {
  auto Lookup = [this](const Decl *D) { return entityLookup(D); };
  QualType V = unsupportedPromiseValue(T, S.getASTContext(), Lookup);
  if (V.isNull())
    return false;
  SourceRange R = Whole;
  TemplateArgumentLoc Arg;
  if (promiseArgLoc(TL, Arg)) {
    R = Arg.getSourceRange();
    V = Arg.getArgument().getAsType();
  }
  report(S.getDiagnostics(), R.getBegin(), Diag::UnsupportedPromiseValue)
      << V << R;
  return true;
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
  const TypeSourceInfo *TSI = P->getTypeSourceInfo();
  if (reportPromiseValue(P->getType(), TSI ? TSI->getTypeLoc() : TypeLoc(), R))
    return std::nullopt;
  report(DE, R.getBegin(), Diag::UnsupportedParamType)
      << paramLabel(P) << FD << P->getType() << R;
  report(DE, R.getBegin(), isStdFunction(P->getType())
                               ? Diag::NoteSupportedCallbackTypes
                           : Pos == Position::ExportParam
                               ? Diag::NoteSupportedTypes
                               : Diag::NoteSupportedImportTypes);
  return std::nullopt;
}

/// The note on a result (or property) type that cannot cross at Pos.
static Diag resultNote(QualType T, Position Pos) {
  if (isStdFunction(T))
    return Pos == Position::ExportResult ? Diag::NoteCallbackResult
                                         : Diag::NoteSupportedCallbackTypes;
  return Pos == Position::ExportResult || Pos == Position::ExportParam
             ? Diag::NoteSupportedTypes
             : Diag::NoteSupportedImportTypes;
}

std::optional<manifest::Type>
Collector::classifyResult(const FunctionDecl *FD, Position Pos) {
  auto Lookup = [this](const Decl *D) { return entityLookup(D); };
  std::optional<manifest::Type> T =
      classifyType(FD->getReturnType(), Pos, S.getASTContext(), Lookup);
  if (T)
    return T;
  if (reportExpectedError(FD, Pos))
    return std::nullopt;
  DiagnosticsEngine &DE = S.getDiagnostics();
  SourceRange Range = resultRange(FD);
  FunctionTypeLoc FTL = FD->getFunctionTypeLoc();
  if (reportPromiseValue(FD->getReturnType(),
                         FTL ? FTL.getReturnLoc() : TypeLoc(), Range))
    return std::nullopt;
  report(DE, Range.getBegin(), Diag::UnsupportedResultType)
      << FD << FD->getReturnType() << Range;
  report(DE, Range.getBegin(), resultNote(FD->getReturnType(), Pos));
  return std::nullopt;
}

bool Collector::reportExpectedError(const FunctionDecl *FD, Position Pos) {
  std::optional<QualType> E = stdExpectedErrorType(FD->getReturnType());
  auto Lookup = [this](const Decl *D) { return entityLookup(D); };
  if (!E || isExpectedErrorType(*E, Pos, S.getASTContext(), Lookup))
    return false;
  // The caret on the error type as written, else on the result type.
  SourceRange Range = resultRange(FD);
  if (TypeLoc RL = FD->getFunctionTypeLoc().getReturnLoc())
    if (auto TST = RL.getAsAdjusted<TemplateSpecializationTypeLoc>())
      if (TST.getNumArgs() == 2)
        Range = TST.getArgLoc(1).getSourceRange();
  report(S.getDiagnostics(), Range.getBegin(),
         Pos == Position::ImportResult ? Diag::ImportExpectedErrorType
                                       : Diag::ExpectedErrorType)
      << FD << *E << Range;
  return true;
}

bool Collector::unwinds(const FunctionDecl *FD) const {
  const LangOptions &LO = S.getLangOpts();
  return LO.CXXExceptions && LO.hasWasmExceptions() &&
         !FD->getType()->castAs<FunctionProtoType>()->isNothrow();
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
  F.Exceptions = unwinds(FD);
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
  F.Doc = docOf(FD, &F.Params, &F.ReturnsDoc);
  if (Kind == FunctionKind::Setter) {
    // JS ignores what an assignment's setter returns: so does the thunk.
    F.Result = {TypeKind::Void, "void", ""};
    return OK ? std::optional<Function>(std::move(F)) : std::nullopt;
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
  if (F.Result.Kind == TypeKind::Promise)
    checkCoroutineParams(FD, F);
  return OK ? std::optional<Function>(std::move(F)) : std::nullopt;
}

/// A coroutine keeps its parameters in its frame, past the thunk's call: a
/// parameter that refers to the thunk's argument dangles once the coroutine
/// first suspends. Exported objects (T&, T*) live while JS keeps them.
void Collector::checkCoroutineParams(const FunctionDecl *FD, const Function &F) {
  const FunctionDecl *Def = nullptr;
  if (!FD->hasBody(Def) || !isa_and_nonnull<CoroutineBodyStmt>(Def->getBody()))
    return;
  for (unsigned I = 0; I != F.Params.size(); ++I) {
    const ParmVarDecl *P = Def->getParamDecl(I);
    TypeKind K = F.Params[I].Ty.Kind;
    bool Dangles = K == TypeKind::StringView || K == TypeKind::CString ||
                   K == TypeKind::Span || K == TypeKind::SpanMut ||
                   (P->getType()->isReferenceType() && K != TypeKind::ClassRef);
    if (Dangles)
      report(S.getDiagnostics(), typeRange(P).getBegin(),
             Diag::CoroutineBorrowedParam)
          << paramLabel(P) << Def << typeRange(P);
  }
}

void Collector::buildClass(CXXRecordDecl *RD, Class &C) {
  DiagnosticsEngine &DE = S.getDiagnostics();
  C.CppName = qualifiedName(RD);
  C.DeleteSymbol = naming::deleteSymbol(C.JsName);
  C.Loc = location(RD->getLocation());
  C.Doc = docOf(RD);
  setBase(RD, C);
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
      for (AttrKind K : {AttrKind::Getter, AttrKind::Setter})
        if (const Annotation *A = find(Ctor, K))
          report(DE, attrLoc(A, Ctor), Diag::NotExportable)
              << Ctor << "a constructor cannot be a property accessor";
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

  // Instance members (methods and properties share a JS class's prototype)
  // and statics.
  StringMap<const Decl *> Names[2];
  auto Claim = [&](const std::string &Name, bool Static, const Decl *D,
                   SourceLocation Loc) {
    auto [It, New] = Names[Static].try_emplace(Name, D);
    if (New || It->second == D)
      return true;
    const auto *MD = dyn_cast<CXXMethodDecl>(D);
    const auto *Prev = dyn_cast<CXXMethodDecl>(It->second);
    if (MD && Prev && MD->getDeclName() == Prev->getDeclName()) {
      report(DE, Loc, Diag::OverloadCollision) << MD << Name;
      report(DE, Prev->getLocation(), Diag::NoteOtherOverload);
    } else {
      report(DE, Loc, Diag::MemberNameClash) << Name << RD;
      report(DE, It->second->getLocation(), Diag::NotePreviousJSName) << Name;
    }
    return false;
  };
  Properties Props;
  for (Decl *Member : RD->decls()) {
    if (auto *FD = dyn_cast<FieldDecl>(Member)) {
      addField(FD, C, Claim);
      continue;
    }
    auto *MD = dyn_cast<CXXMethodDecl>(Member);
    if (!MD || isa<CXXConstructorDecl, CXXDestructorDecl>(MD) ||
        MD->isImplicit() || MD->isCopyAssignmentOperator() ||
        MD->isMoveAssignmentOperator())
      continue;
    const Annotation *Export = find(MD, AttrKind::Export);
    if (find(MD, AttrKind::Getter) || find(MD, AttrKind::Setter)) {
      if (Eligible(MD))
        addAccessor(MD, C, Props, Claim);
      continue;
    }
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
    if (!Claim(Name, Static, MD, Loc))
      continue;
    std::string Symbol = Static ? naming::staticMethodSymbol(C.JsName, Name)
                                : naming::methodSymbol(C.JsName, Name);
    if (std::optional<Function> F = buildFunction(
            MD, Static ? FunctionKind::Static : FunctionKind::Method, Name,
            Symbol, MD->getNameAsString()))
      C.Methods.push_back(std::move(*F));
  }
  for (auto &[Name, P] : Props)
    if (P.Setter && !P.Getter)
      report(DE, attrLoc(find(P.Setter, AttrKind::Setter), P.Setter),
             Diag::SetterWithoutGetter)
          << Name << RD;
}

//===----------------------------------------------------------------------===//
// Properties
//===----------------------------------------------------------------------===//

/// Kinds whose C++ value points into memory the caller owns: a data member
/// assigned one would dangle once the thunk's argument is freed.
static bool isBorrowed(TypeKind K) {
  switch (K) {
  case TypeKind::StringView:
  case TypeKind::CString:
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::Span:
  case TypeKind::SpanMut:
    return true;
  case TypeKind::UniquePtr:
  case TypeKind::SharedPtr:
  case TypeKind::Enum:
  case TypeKind::Value:
  case TypeKind::Vector:
  case TypeKind::Optional:
  case TypeKind::Expected:
  case TypeKind::Void:
  case TypeKind::Bool:
  case TypeKind::I8:
  case TypeKind::U8:
  case TypeKind::I16:
  case TypeKind::U16:
  case TypeKind::I32:
  case TypeKind::U32:
  case TypeKind::I64:
  case TypeKind::U64:
  case TypeKind::F32:
  case TypeKind::F64:
  case TypeKind::String:
  case TypeKind::ClassValue:
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
    return false;
  }
  llvm_unreachable("unknown TypeKind");
}

static SourceRange typeRange(const FieldDecl *FD) {
  if (const TypeSourceInfo *TSI = FD->getTypeSourceInfo())
    return TSI->getTypeLoc().getSourceRange();
  return FD->getSourceRange();
}

std::optional<manifest::Type> Collector::classifyField(const FieldDecl *FD,
                                                       bool AsParam) {
  auto Lookup = [this](const Decl *D) { return entityLookup(D); };
  QualType T = FD->getType().getUnqualifiedType();
  std::optional<manifest::Type> Ty = classifyType(
      T, AsParam ? Position::ExportParam : Position::ExportResult,
      S.getASTContext(), Lookup);
  // A property reads and assigns copies: a std::unique_ptr member would be
  // given away by reading it. A std::expected member is a value, not the
  // result of something that failed.
  if (Ty && (Ty->Kind == TypeKind::UniquePtr || Ty->Kind == TypeKind::Expected))
    Ty.reset();
  DiagnosticsEngine &DE = S.getDiagnostics();
  SourceRange R = typeRange(FD);
  if (!Ty) {
    report(DE, R.getBegin(), Diag::UnsupportedFieldType)
        << FD << FD->getType() << R;
    report(DE, R.getBegin(),
           resultNote(T, AsParam ? Position::ExportParam : Position::ExportResult));
    return std::nullopt;
  }
  if (Ty->Kind != TypeKind::ClassValue)
    return Ty;
  auto *Class = T->getAsCXXRecordDecl();
  const FunctionDecl *Needed =
      AsParam ? static_cast<const FunctionDecl *>(S.LookupCopyingAssignment(
                    Class, Qualifiers::Const, false, 0))
              : S.LookupCopyingConstructor(Class, Qualifiers::Const);
  if (isPubliclyUsable(Needed))
    return Ty;
  report(DE, R.getBegin(), Diag::FieldNotCopyable)
      << FD << FD->getType() << (AsParam ? 1 : 0) << R;
  return std::nullopt;
}

void Collector::addField(const FieldDecl *FD, Class &C, ClaimFn Claim) {
  // Unnamed bit-fields and anonymous structs and unions have no name.
  if (!FD->getIdentifier() || FD->isAnonymousStructOrUnion() ||
      FD->getAccess() != AS_public || has(FD, AttrKind::Skip) ||
      FD->isInvalidDecl())
    return;
  std::string Name = FD->getName().str();
  if (!checkMemberName(Name, FD->getLocation()) ||
      !Claim(Name, false, FD, FD->getLocation()))
    return;
  std::optional<manifest::Type> Get = classifyField(FD, /*AsParam=*/false);
  if (!Get)
    return;
  Function F;
  F.Kind = FunctionKind::FieldGet;
  F.JsName = Name;
  F.CppName = Name;
  F.Symbol = naming::getterSymbol(C.JsName, Name);
  F.Result = std::move(*Get);
  F.Doc = docOf(FD);
  F.Loc = location(FD->getLocation());
  bool ReadOnly =
      FD->getType().isConstQualified() || isBorrowed(F.Result.Kind);
  C.Methods.push_back(F);
  if (ReadOnly)
    return;
  std::optional<manifest::Type> Set = classifyField(FD, /*AsParam=*/true);
  if (!Set)
    return;
  F.Kind = FunctionKind::FieldSet;
  F.Symbol = naming::setterSymbol(C.JsName, Name);
  F.Params = {{Name, std::move(*Set), ""}};
  F.Result = {TypeKind::Void, "void", ""};
  F.Doc.clear(); // The property's doc is the getter's.
  C.Methods.push_back(std::move(F));
}

std::string defaultPropertyName(StringRef Method, bool IsSetter) {
  StringRef Prefix = IsSetter ? "set" : "get";
  StringRef Rest = Method;
  if (!Rest.consume_front(Prefix) || Rest.empty())
    return Method.str();
  if (Rest.consume_front("_"))
    return Rest.empty() || !isLowercase(Rest.front()) ? Method.str()
                                                        : Rest.str();
  if (!isUppercase(Rest.front()))
    return Method.str();
  return (Twine(toLower(Rest.front())) + Rest.drop_front()).str();
}

void Collector::addAccessor(const CXXMethodDecl *MD, Class &C,
                            Properties &Props, ClaimFn Claim) {
  DiagnosticsEngine &DE = S.getDiagnostics();
  const Annotation *Get = find(MD, AttrKind::Getter);
  const Annotation *Set = find(MD, AttrKind::Setter);
  if (Get && Set) {
    report(DE, attrLoc(Set, MD), Diag::AttrConflict)
        << "'wasmport::setter'" << "'wasmport::getter'" << Set->Range;
    return;
  }
  const Annotation *A = Get ? Get : Set;
  bool IsSetter = Set;
  SourceLocation Loc = attrLoc(A, MD);
  if (const Annotation *Export = find(MD, AttrKind::Export);
      Export && !Export->Args.empty()) {
    report(DE, attrLoc(Export, MD), Diag::AttrConflict)
        << "a JavaScript name in 'wasmport::export'"
        << ("'wasmport::" + attrName(A->Kind) + "'").str() << Export->Range;
    return;
  }
  if (MD->isStatic()) {
    report(DE, Loc, Diag::AccessorStatic) << IsSetter << A->Range;
    return;
  }
  bool Shape = IsSetter ? MD->getNumParams() == 1
                        : MD->getNumParams() == 0 &&
                              !MD->getReturnType()->isVoidType();
  if (!Shape || MD->isVariadic()) {
    report(DE, Loc, Diag::AccessorSignature) << IsSetter << A->Range;
    return;
  }
  std::string Name;
  if (!A->Args.empty()) {
    Name = A->Args.front();
  } else if (MD->getDeclName().isIdentifier()) {
    Name = defaultPropertyName(MD->getName(), IsSetter);
  } else {
    report(DE, MD->getLocation(), Diag::OperatorExport) << MD;
    return;
  }
  if (!checkMemberName(Name, Loc))
    return;
  auto It = Props.find(Name);
  if (It == Props.end()) {
    if (!Claim(Name, false, MD, Loc))
      return;
    It = Props.insert({Name, PropertyMethods()}).first;
  }
  const CXXMethodDecl *&Slot = IsSetter ? It->second.Setter : It->second.Getter;
  if (Slot) {
    report(DE, Loc, Diag::DuplicateAccessor) << Name << MD->getParent()
                                             << IsSetter << A->Range;
    report(DE, Slot->getLocation(), Diag::NotePreviousJSName) << Name;
    return;
  }
  Slot = MD;
  std::string Symbol = IsSetter ? naming::setterSymbol(C.JsName, Name)
                                : naming::getterSymbol(C.JsName, Name);
  if (std::optional<Function> F = buildFunction(
          MD, IsSetter ? FunctionKind::Setter : FunctionKind::Getter, Name,
          Symbol, MD->getNameAsString()))
    C.Methods.push_back(std::move(*F));
}

//===----------------------------------------------------------------------===//
// Inheritance
//===----------------------------------------------------------------------===//

namespace {
/// An exported class reached from a class through public bases that are not
/// exported themselves.
struct ExportedBase {
  const CXXRecordDecl *Base;
  const CXXBaseSpecifier *Written; ///< The base specifier of the class itself.
  CharUnits Offset;                ///< Meaningless when Virtual.
  bool Virtual;
};
} // namespace

void Collector::setBase(const CXXRecordDecl *RD, Class &C) {
  const ASTContext &Ctx = S.getASTContext();
  SmallVector<ExportedBase, 2> Found;
  auto Walk = [&](auto &Self, const CXXRecordDecl *From, CharUnits Offset,
                  bool Virtual, const CXXBaseSpecifier *Written) -> void {
    if (From->isInvalidDecl() || From->isDependentType())
      return;
    const ASTRecordLayout &Layout = Ctx.getASTRecordLayout(From);
    for (const CXXBaseSpecifier &B : From->bases()) {
      const CXXRecordDecl *BD = B.getType()->getAsCXXRecordDecl();
      if (!BD || !BD->hasDefinition() || B.getAccessSpecifier() != AS_public)
        continue;
      BD = BD->getDefinition();
      bool V = Virtual || B.isVirtual();
      CharUnits O = V ? CharUnits::Zero()
                      : Offset + Layout.getBaseClassOffset(BD);
      const CXXBaseSpecifier *W = Written ? Written : &B;
      if (!classLookup(BD).empty()) {
        if (none_of(Found, [&](const ExportedBase &E) { return E.Base == BD; }))
          Found.push_back({BD, W, O, V});
        continue;
      }
      Self(Self, BD, O, V, W);
    }
  };
  Walk(Walk, RD, CharUnits::Zero(), false, nullptr);
  if (Found.empty())
    return;
  DiagnosticsEngine &DE = S.getDiagnostics();
  if (Found.size() > 1) {
    const CXXBaseSpecifier *Second = Found[1].Written;
    report(DE, Second->getBeginLoc(), Diag::MultipleExportedBases)
        << RD << Found[0].Base << Found[1].Base << Second->getSourceRange();
    report(DE, Found[0].Written->getBeginLoc(), Diag::NoteExportedBase);
    return;
  }
  const ExportedBase &B = Found.front();
  if (B.Virtual || !B.Offset.isZero()) {
    unsigned Fix = B.Virtual                                       ? 2
                   : RD->isPolymorphic() && !B.Base->isPolymorphic() ? 0
                                                                     : 1;
    report(DE, B.Written->getBeginLoc(), Diag::BaseNotAtOffsetZero)
        << RD << B.Base << (B.Virtual ? 1 : 0) << B.Written->getSourceRange();
    report(DE, B.Written->getBeginLoc(), Diag::NoteBaseNotAtOffsetZero)
        << Fix << B.Base << RD;
    return;
  }
  C.Base = classLookup(B.Base);
  Bases.insert({RD->getCanonicalDecl(), B.Base->getCanonicalDecl()});
}

void Collector::checkBaseDestructors(const Manifest &M) {
  (void)M;
  llvm::SmallPtrSet<const CXXRecordDecl *, 4> Warned;
  for (auto &[Derived, Base] : Bases) {
    const CXXRecordDecl *Def = Base->getDefinition();
    const CXXDestructorDecl *Dtor = Def->getDestructor();
    if ((Dtor && Dtor->isVirtual()) || !Warned.insert(Def).second)
      continue;
    report(S.getDiagnostics(), Def->getLocation(),
           Diag::BaseNonVirtualDestructor)
        << Def << Derived << Def->getName();
    report(S.getDiagnostics(), Derived->getDefinition()->getLocation(),
           Diag::NoteExportedSubclass)
        << Derived;
  }
}

//===----------------------------------------------------------------------===//
// Doc comments
//===----------------------------------------------------------------------===//

namespace {
/// Plain text of a comment paragraph: one line per source line, trimmed,
/// inline commands (`\c name`) reduced to their arguments, HTML tags left
/// out.
std::string paragraphText(const comments::Comment *P) {
  std::string Out, Line;
  auto EndLine = [&] {
    StringRef L = StringRef(Line).trim();
    if (!L.empty()) {
      if (!Out.empty())
        Out += '\n';
      Out += L;
    }
    Line.clear();
  };
  for (const comments::Comment *C :
       make_range(P->child_begin(), P->child_end())) {
    if (const auto *T = dyn_cast<comments::TextComment>(C)) {
      Line += T->getText();
      if (T->hasTrailingNewline())
        EndLine();
    } else if (const auto *I = dyn_cast<comments::InlineCommandComment>(C)) {
      for (unsigned A = 0, E = I->getNumArgs(); A != E; ++A)
        Line += (A ? " " : "") + I->getArgText(A).str();
      if (I->hasTrailingNewline())
        EndLine();
    } else if (const auto *H = dyn_cast<comments::InlineContentComment>(C)) {
      if (H->hasTrailingNewline())
        EndLine();
    }
  }
  EndLine();
  return Out;
}

/// Valid UTF-8 (llvm::json requires it) with no control characters but
/// line breaks.
std::string cleanText(std::string Text) {
  if (!json::isUTF8(Text))
    Text = json::fixUTF8(Text);
  for (char &Ch : Text)
    if (static_cast<unsigned char>(Ch) < 0x20 && Ch != '\n')
      Ch = ' ';
  return Text;
}

void appendParagraph(std::string &Out, StringRef Text) {
  if (Text.empty())
    return;
  if (!Out.empty())
    Out += "\n\n";
  Out += Text;
}
} // namespace

std::string Collector::docOf(const Decl *D, std::vector<Param> *Params,
                             std::string *Returns) const {
  const ASTContext &Ctx = S.getASTContext();
  const RawComment *RC = nullptr;
  const Decl *Owner = nullptr;
  for (const Decl *R : D->redecls())
    if ((RC = Ctx.getRawCommentForDeclNoCache(R))) {
      Owner = R;
      break;
    }
  if (!RC)
    return "";
  comments::FullComment *FC =
      RC->parse(Ctx, &S.getPreprocessor(), Owner);
  if (!FC)
    return "";
  const comments::CommandTraits &Traits = Ctx.getCommentCommandTraits();
  std::string Out;
  for (const comments::Comment *Block :
       make_range(FC->child_begin(), FC->child_end())) {
    if (const auto *P = dyn_cast<comments::ParagraphComment>(Block)) {
      appendParagraph(Out, paragraphText(P));
      continue;
    }
    if (const auto *PC = dyn_cast<comments::ParamCommandComment>(Block)) {
      if (!Params || !PC->hasParamName() || !PC->getParagraph())
        continue;
      std::string Text = cleanText(paragraphText(PC->getParagraph()));
      StringRef Name = PC->getParamNameAsWritten();
      for (unsigned I = 0, E = Params->size(); I != E; ++I)
        if ((PC->isParamIndexValid() && PC->getParamIndex() == I) ||
            (!PC->isParamIndexValid() && (*Params)[I].Name == Name))
          (*Params)[I].Doc = Text;
      continue;
    }
    if (isa<comments::TParamCommandComment>(Block))
      continue;
    if (const auto *BC = dyn_cast<comments::BlockCommandComment>(Block)) {
      if (!BC->getParagraph())
        continue;
      std::string Text = paragraphText(BC->getParagraph());
      if (Traits.getCommandInfo(BC->getCommandID())->IsReturnsCommand) {
        if (Returns)
          *Returns = cleanText(Text);
        continue;
      }
      appendParagraph(Out, Text);
      continue;
    }
    if (const auto *VB = dyn_cast<comments::VerbatimBlockComment>(Block)) {
      std::string Text;
      for (unsigned I = 0, E = VB->getNumLines(); I != E; ++I)
        Text += (I ? "\n" : "") + VB->getText(I).rtrim().str();
      appendParagraph(Out, Text);
      continue;
    }
    if (const auto *VL = dyn_cast<comments::VerbatimLineComment>(Block))
      appendParagraph(Out, VL->getText().trim());
  }
  return cleanText(Out);
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
    SourceRange R = ED->getIntegerTypeRange();
    report(DE, R.isValid() ? R.getBegin() : ED->getLocation(),
           Diag::EnumTooWide)
        << ED << Int << R;
    return std::nullopt;
  }
  E.Underlying = U->Kind;
  StringMap<const EnumConstantDecl *> Strings;
  bool OK = true;
  for (const EnumConstantDecl *ECD : ED->enumerators()) {
    Enumerator V;
    V.Name = ECD->getName().str();
    // `{ __proto__: 0 }` sets the object's prototype instead of a property.
    if (V.Name == "__proto__") {
      report(DE, ECD->getLocation(), Diag::ReservedEnumeratorName);
      OK = false;
    }
    const llvm::APSInt &Init = ECD->getInitVal();
    V.Value = Init.isSigned() ? Init.getSExtValue()
                              : static_cast<int64_t>(Init.getZExtValue());
    if (const Annotation *A = find(ECD, AttrKind::Export)) {
      // "" would stand for the enumerator's name, as no string does.
      if (A->Args.empty() || A->Args.front().empty()) {
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
      report(DE, attrLoc(A, ECD), Diag::DuplicateEnumString)
          << ED << V.String << (A ? A->Range : SourceRange());
      report(DE, It->second->getLocation(), Diag::NotePreviousJSName)
          << V.String;
      OK = false;
    }
  }
  return OK ? std::optional<manifest::Enum>(std::move(E)) : std::nullopt;
}

/// Why RD cannot be a value struct, and the most specific place to say so;
/// {nullptr, ...} when it can (its fields are checked one by one).
static std::pair<const char *, SourceRange>
whyNotValue(const CXXRecordDecl *RD) {
  SourceRange Class = RD->getLocation();
  if (RD->isUnion())
    return {"is a union", Class};
  if (RD->getNumBases())
    return {"has a base class", RD->bases_begin()->getSourceRange()};
  if (RD->isAggregate())
    return {nullptr, Class};
  for (const CXXConstructorDecl *Ctor : RD->ctors())
    if (!Ctor->isImplicit())
      return {"has a user-declared constructor", Ctor->getLocation()};
  for (const CXXMethodDecl *MD : RD->methods())
    if (MD->isVirtual() && !MD->isImplicit())
      return {"has a virtual function", MD->getLocation()};
  for (const FieldDecl *FD : RD->fields())
    if (FD->getAccess() != AS_public)
      return {"has a non-public data member", FD->getLocation()};
  return {"is not an aggregate", Class};
}

std::optional<ValueStruct>
Collector::buildValue(const CXXRecordDecl *RD, const std::string &JsName) {
  DiagnosticsEngine &DE = S.getDiagnostics();
  RD = RD->getDefinition();
  if (!RD || RD->isInvalidDecl())
    return std::nullopt;
  auto [Why, Where] = whyNotValue(RD);
  if (Why) {
    report(DE, Where.getBegin(), Diag::ValueNotAggregate) << RD << Why << Where;
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
      report(DE, R.getBegin(), Diag::UnsupportedValueFieldType)
          << FD << RD << FD->getType() << R;
      report(DE, R.getBegin(), Diag::NoteSupportedTypes);
      OK = false;
      continue;
    }
    V.Fields.push_back({Name, std::move(*T)});
  }
  return OK ? std::optional<ValueStruct>(std::move(V)) : std::nullopt;
}

std::optional<Import> Collector::buildImport(const FunctionDecl *FD,
                                             const Annotation &A) {
  if (FD->isInvalidDecl())
    return std::nullopt; // Clang reported why; see buildFunction.
  DiagnosticsEngine &DE = S.getDiagnostics();
  if (FD->getDefinition()) {
    report(DE, attrLoc(&A, FD), Diag::ImportHasBody) << A.Range;
    return std::nullopt;
  }
  Import I;
  I.Loc = location(FD->getLocation());
  if (!importTarget(FD, A, I) || !importSignature(FD, I))
    return std::nullopt;
  return I;
}

bool Collector::importTarget(const NamedDecl *D, const Annotation &A,
                             Import &I) {
  DiagnosticsEngine &DE = S.getDiagnostics();
  SourceLocation Loc = attrLoc(&A, D);
  if (A.Args.size() == 2) {
    I.Form = ImportForm::Module;
    I.Name = A.Args[0];
    I.Module = A.Args[1];
    if (!naming::isSafeModuleSpecifier(I.Module)) {
      report(DE, Loc, Diag::InvalidModuleSpecifier) << I.Module << A.Range;
      return false;
    }
  } else {
    I.Name = A.Args.empty() ? jsNameOf(D, nullptr) : A.Args[0];
    I.Form = StringRef(I.Name).contains('.') ? ImportForm::Path
                                             : ImportForm::Global;
  }
  if (I.Name.empty() && A.Args.empty())
    return false; // jsNameOf reported it.
  SmallVector<StringRef, 4> Segments;
  StringRef(I.Name).split(Segments, '.');
  for (StringRef Seg : Segments)
    if (!naming::isJSIdentifier(Seg)) {
      report(DE, Loc, Diag::InvalidJSName) << Seg << A.Range;
      return false;
    }
  return true;
}

bool Collector::importSignature(const FunctionDecl *FD, Import &I) {
  DiagnosticsEngine &DE = S.getDiagnostics();
  const ASTContext &Ctx = S.getASTContext();
  I.NoExcept = FD->getType()->castAs<FunctionProtoType>()->isNothrow();
  I.Exceptions = unwinds(FD);
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
    return false;
  R->Cpp = spellType(FD->getReturnType(), Ctx);
  I.Result = std::move(*R);
  return OK;
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
  F.Exceptions = unwinds(FD);
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
    // Templates were rejected in discover(), whatever their attributes.
    if (D->isTemplated() || isa<ClassTemplateSpecializationDecl>(D))
      continue;
    // Members of a class: methods and data members (a value struct's too:
    // it copies every field).
    const auto *Member = dyn_cast<CXXMethodDecl>(D);
    const CXXRecordDecl *Parent = Member ? Member->getParent() : nullptr;
    if (const auto *FD = dyn_cast<FieldDecl>(D))
      Parent = dyn_cast<CXXRecordDecl>(FD->getParent());
    if (Parent) {
      bool Exported = !classLookup(Parent).empty();
      // Accessors of an imported class are checked with its other members.
      bool Imported = ImportedClasses.count(Parent->getCanonicalDecl());
      for (const Annotation &A : Anns) {
        std::string Name = ("'wasmport::" + attrName(A.Kind) + "'").str();
        if (A.Kind == AttrKind::Import || A.Kind == AttrKind::Constructor) {
          if (!Imported)
            report(DE, attrLoc(&A, D), Diag::AttrNeedsImportedClass)
                << Name << A.Range;
          continue;
        }
        bool Accessor =
            A.Kind == AttrKind::Getter || A.Kind == AttrKind::Setter;
        if (!Exported && (A.Kind == AttrKind::Export ||
                          A.Kind == AttrKind::Skip || (Accessor && !Imported)))
          report(DE, attrLoc(&A, D), Diag::AttrNeedsExportedClass)
              << Name << A.Range;
      }
      continue;
    }
    if (SkippedInNamespace.count(D))
      continue;
    if (const Annotation *Skip = find(D, AttrKind::Skip))
      report(DE, attrLoc(Skip, D), Diag::SkipOutsideExport) << Skip->Range;
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
  checkBaseDestructors(M);
  for (auto &[D, Anns] : Taken) {
    if (const auto *RD = dyn_cast<CXXRecordDecl>(D)) {
      if (ImportedClasses.count(RD))
        buildImportedClass(RD, M.Imports);
      continue;
    }
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
