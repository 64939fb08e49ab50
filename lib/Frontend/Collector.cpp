//===- Collector.cpp - The only reader of the AST -------------------------===//
//
// The Collector's entry points. take() lifts the wasmport annotations out of
// the AST as the parser delivers each declaration; collect() runs the two
// passes over them: discovery (Discovery.cpp) settles which entities are
// exported and under which JS names (a function may use a class declared
// after it), then the build* functions (Functions.cpp, Classes.cpp,
// Constants.cpp, EnumsAndValues.cpp, Imports.cpp, ImportedClasses.cpp)
// classify every signature against the complete set and fill the manifest.
//
//===----------------------------------------------------------------------===//
#include "Frontend/Collector.h"

#include "Frontend/CollectorInternal.h"
#include "Frontend/Diagnostics.h"
#include "Manifest/Naming.h"
#include "Support/LLVMCompat.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Sema/Sema.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;
using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::frontend {

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

/// Adds the enums and value structs T names, and those inside them, to Used.
static void markUsed(const manifest::Type &T, const Manifest &M,
                     StringSet<> &Used) {
  if ((T.Kind == TypeKind::Enum || T.Kind == TypeKind::Value) &&
      Used.insert(T.Class).second && T.Kind == TypeKind::Value)
    for (const ValueStruct &V : M.Values)
      if (V.JsName == T.Class)
        for (const Field &F : V.Fields)
          markUsed(F.Ty, M, Used);
  for (const manifest::Type &A : T.Args)
    markUsed(A, M, Used);
}

/// Drops the enums and value structs of the Web API headers that no
/// signature of M uses.
static void dropUnusedWebTypes(Manifest &M) {
  // The Web API headers (wasmport/web, docs/WebAPIs.md) declare every
  // dictionary and enum of the platform: as for their classes' members
  // (buildImportedClass), only those this translation unit's signatures
  // use cost anything.
  auto IsWeb = [](StringRef Cpp) { return compat::startsWith(Cpp, "::wasmport::web::"); };
  if (none_of(M.Enums, [&](const manifest::Enum &E) { return IsWeb(E.CppName); }) &&
      none_of(M.Values, [&](const ValueStruct &V) { return IsWeb(V.CppName); }))
    return;
  StringSet<> Used;
  auto Signature = [&](const auto &F) {
    for (const Param &P : F.Params)
      markUsed(P.Ty, M, Used);
    markUsed(F.Result, M, Used);
  };
  for (const Function &F : M.Functions)
    Signature(F);
  for (const Function &F : M.Starts)
    Signature(F);
  for (const Function &F : M.Tests)
    Signature(F);
  for (const Import &I : M.Imports)
    Signature(I);
  for (const Class &C : M.Classes) {
    for (const Function &F : C.Constructors)
      Signature(F);
    for (const Function &F : C.Methods)
      Signature(F);
    for (const Function &F : C.SubclassConstructors)
      Signature(F);
    for (const Virtual &V : C.Virtuals)
      Signature(V.Call);
    for (const Constant &K : C.Constants)
      markUsed(K.Ty, M, Used);
  }
  for (const Constant &K : M.Constants)
    markUsed(K.Ty, M, Used);
  // Exported value structs that are not web types keep what they hold.
  for (const ValueStruct &V : M.Values)
    if (!IsWeb(V.CppName))
      for (const Field &F : V.Fields)
        markUsed(F.Ty, M, Used);
  erase_if(M.Enums, [&](const manifest::Enum &E) {
    return IsWeb(E.CppName) && !Used.count(E.JsName);
  });
  erase_if(M.Values, [&](const ValueStruct &V) {
    return IsWeb(V.CppName) && !Used.count(V.JsName);
  });
}

std::optional<Manifest> Collector::collect() {
  assert(!Collected && "collect() runs once per translation unit");
  Collected = true;
  DiagnosticsEngine &DE = S.getDiagnostics();

  // Taken may not change while we walk it; discover() only reads it.
  for (auto &[D, Anns] : Taken)
    discover(const_cast<Decl *>(D), Anns);

  checkPlacement();
  findCppOwned();

  Manifest M;
  for (auto &[ED, Name] : Enums)
    if (std::optional<manifest::Enum> E = buildEnum(ED, Name))
      M.Enums.push_back(std::move(*E));
  for (auto &[RD, Name] : Values)
    if (std::optional<ValueStruct> V = buildValue(RD, Name))
      M.Values.push_back(std::move(*V));
  for (auto &[FD, Name] : Functions) {
    if (omitForeignFunction(FD))
      continue;
    if (std::optional<Function> F =
            buildFunction(FD, FunctionKind::Free, Name,
                          overloadSymbol(naming::functionSymbol(Name)),
                          qualifiedName(FD)))
      M.Functions.push_back(std::move(*F));
  }
  reportOmittedOverloads();
  buildConstants(M);
  for (auto &[RD, Name] : Classes) {
    Class C;
    C.JsName = Name;
    buildClass(const_cast<CXXRecordDecl *>(RD->getDefinition()), C);
    M.Classes.push_back(std::move(C));
  }
  checkBaseDestructors();
  checkOverloads(M);
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
    if (const Annotation *Test = find(FD, AttrKind::Test);
        Test && !Import && !find(FD, AttrKind::Export))
      if (std::optional<Function> F = buildTest(FD, *Test))
        M.Tests.push_back(std::move(*F));
  }
  if (DE.hasErrorOccurred())
    return std::nullopt;
  dropUnusedWebTypes(M);
  return M;
}

} // namespace wasmport::frontend
