//===- Properties.cpp - Properties of exported classes --------------------===//
//
// The properties of an exported class: its public data members (a getter, and
// a setter unless the member is const or would hold borrowed memory) and the
// methods marked [[wasmport::getter]] or [[wasmport::setter]], paired by
// property name, which defaults to the method's name without its get/set
// prefix.
//
//===----------------------------------------------------------------------===//
#include "Frontend/Collector.h"

#include "Frontend/CollectorInternal.h"
#include "Frontend/Diagnostics.h"
#include "Manifest/Naming.h"

#include "clang/AST/DeclCXX.h"
#include "clang/Basic/CharInfo.h"
#include "clang/Sema/Sema.h"

using namespace clang;
using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::frontend {

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
  case TypeKind::Map:
  case TypeKind::Set:
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
           resultNote(T, AsParam ? Position::ExportParam : Position::ExportResult,
                      Lookup));
    return std::nullopt;
  }
  if (reportOwnedByCpp(*Ty, "data member '" + FD->getNameAsString() + "'",
                       R.getBegin()))
    return std::nullopt;
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
  std::string Name = foreignMemberName(FD); // A rename in a binding file.
  if (!checkMemberName(Name, FD->getLocation()) ||
      !Claim(Name, false, FD, FD->getLocation()))
    return;
  std::optional<manifest::Type> Get = classifyField(FD, /*AsParam=*/false);
  if (!Get)
    return;
  Function F;
  F.Kind = FunctionKind::FieldGet;
  F.JsName = Name;
  F.CppName = FD->getName().str();
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
        << quotedAttrName(A->Kind) << Export->Range;
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

} // namespace wasmport::frontend
