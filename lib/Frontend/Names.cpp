//===- Names.cpp - Names and places of declarations -----------------------===//
//
// The names the Collector gives declarations and checks: C++ qualified and
// mangled names, JS names taken from the attribute or the declaration, the
// rules a JS name must follow at the top level of the module and in a class,
// the JS names of the entities discovered so far, and source locations as
// the manifest records them.
//
//===----------------------------------------------------------------------===//
#include "Frontend/Collector.h"

#include "Frontend/CollectorInternal.h"
#include "Frontend/Diagnostics.h"
#include "Manifest/Naming.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/Mangle.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Sema/Sema.h"

using namespace clang;
using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::frontend {

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
  if (naming::isJSGlobalName(Name)) {
    report(DE, Loc, Diag::GlobalJSName) << Name;
    return false;
  }
  auto [It, New] = TopLevelNames.try_emplace(Name, D);
  if (New)
    return true;
  const NamedDecl *Prev = It->second;
  const auto *PrevFD = dyn_cast<FunctionDecl>(Prev);
  const auto *FD = dyn_cast<FunctionDecl>(D);
  // Overloads of one function share it: one JS function picks among them
  // (Overloads.cpp checks that it can).
  if (PrevFD && FD && qualifiedName(PrevFD) == qualifiedName(FD))
    return true;
  report(DE, Loc, Diag::DuplicateJSName) << Name;
  report(DE, Prev->getLocation(), Diag::NotePreviousJSName) << Name;
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

} // namespace wasmport::frontend
