//===- Constants.cpp - Compile-time constants as JS values ----------------===//
//
// `static constexpr` data members of exported classes (static read-only
// properties of the JS class) and `[[wasmport::export]] constexpr` variables
// at namespace scope (`export const` of the module). Clang's constant
// evaluator gives the value; it goes into the manifest as JSON
// (manifest::Constant), so no thunk is needed and no C++ runs in JS.
//
//===----------------------------------------------------------------------===//
#include "Frontend/Collector.h"

#include "Frontend/CollectorInternal.h"
#include "Frontend/Diagnostics.h"

#include "clang/AST/APValue.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/Sema/Sema.h"
#include "llvm/Support/JSON.h"

using namespace clang;
using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::frontend {

/// The bytes V points at: a pointer into a narrow string literal, up to its
/// first NUL, or Size bytes from there when given. Sets Why and returns
/// nullopt otherwise.
static std::optional<std::string> stringAt(const APValue &V,
                                           std::optional<uint64_t> Size,
                                           std::string &Why) {
  if (!V.isLValue() || V.isNullPointer()) {
    if (Size && *Size == 0)
      return std::string();
    Why = "it is a null pointer";
    return std::nullopt;
  }
  const auto *SL =
      dyn_cast_or_null<clang::StringLiteral>(V.getLValueBase().dyn_cast<const Expr *>());
  if (!SL || SL->getCharByteWidth() != 1) {
    Why = "it does not point into a narrow string literal";
    return std::nullopt;
  }
  StringRef Bytes = SL->getBytes();
  uint64_t Offset = V.getLValueOffset().getQuantity();
  if (Offset > Bytes.size()) {
    Why = "it points past the end of its string literal";
    return std::nullopt;
  }
  Bytes = Bytes.drop_front(Offset);
  if (!Size)
    Bytes = Bytes.take_until([](char C) { return C == '\0'; });
  else if (*Size > Bytes.size()) {
    Why = "its size runs past the end of its string literal";
    return std::nullopt;
  } else
    Bytes = Bytes.take_front(*Size);
  if (!json::isUTF8(Bytes)) {
    Why = "its text is not valid UTF-8, which a JavaScript string needs";
    return std::nullopt;
  }
  return Bytes.str();
}

/// The text of a std::string_view value: a struct of one pointer and one
/// size (libc++ and libstdc++ alike, in either order).
static std::optional<std::string> stringViewText(const APValue &V,
                                                 std::string &Why) {
  const APValue *Data = nullptr, *Size = nullptr;
  unsigned Pointers = 0, Sizes = 0;
  if (V.isStruct() && V.getStructNumBases() == 0)
    for (unsigned I = 0, E = V.getStructNumFields(); I != E; ++I) {
      const APValue &F = V.getStructField(I);
      if (F.isInt())
        Size = &F, ++Sizes;
      else if (F.isLValue())
        Data = &F, ++Pointers;
    }
  if (Pointers != 1 || Sizes != 1) {
    Why = "its std::string_view has an unexpected layout";
    return std::nullopt;
  }
  return stringAt(*Data, Size->getInt().getZExtValue(), Why);
}

/// The JSON form of V, a value of VD's type T (manifest::Constant::Value);
/// sets Why and returns nullopt when it has none.
static std::optional<json::Value> constantJSON(const APValue &V,
                                               const manifest::Type &T,
                                               const VarDecl *VD,
                                               std::string &Why) {
  switch (T.Kind) {
  case TypeKind::Bool:
    return json::Value(V.getInt().getBoolValue());
  case TypeKind::I8:
  case TypeKind::U8:
  case TypeKind::I16:
  case TypeKind::U16:
  case TypeKind::I32:
  case TypeKind::U32:
  case TypeKind::I64:
    return json::Value(V.getInt().isSigned()
                           ? V.getInt().getSExtValue()
                           : static_cast<int64_t>(V.getInt().getZExtValue()));
  case TypeKind::U64:
    return json::Value(static_cast<uint64_t>(V.getInt().getZExtValue()));
  case TypeKind::F32:
  case TypeKind::F64: {
    APFloat F = V.getFloat();
    bool LosesInfo = false;
    F.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &LosesInfo);
    // JSON has no number for these; the verifier knows the spellings.
    if (F.isNaN())
      return json::Value("NaN");
    if (F.isInfinity())
      return json::Value(F.isNegative() ? "-Infinity" : "Infinity");
    if (F.isZero() && F.isNegative())
      return json::Value("-0");
    return json::Value(F.convertToDouble());
  }
  case TypeKind::CString:
    if (std::optional<std::string> S = stringAt(V, std::nullopt, Why))
      return json::Value(std::move(*S));
    return std::nullopt;
  case TypeKind::StringView:
    if (std::optional<std::string> S = stringViewText(V, Why))
      return json::Value(std::move(*S));
    return std::nullopt;
  case TypeKind::Enum: {
    const llvm::APSInt &I = V.getInt();
    const auto *ET = VD->getType()->getAs<EnumType>();
    for (const EnumConstantDecl *E : ET->getDecl()->enumerators())
      if (llvm::APSInt::isSameValue(E->getInitVal(), I))
        return json::Value(I.isSigned()
                               ? I.getSExtValue()
                               : static_cast<int64_t>(I.getZExtValue()));
    Why = "its value " + llvm::toString(I, 10) + " is none of the enumerators of " +
          ET->getDecl()->getNameAsString();
    return std::nullopt;
  }
  case TypeKind::Void:
  case TypeKind::String:
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
  case TypeKind::SharedPtr:
  case TypeKind::Value:
  case TypeKind::Vector:
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
  case TypeKind::Expected:
    break; // Refused by isConstantKind before.
  }
  llvm_unreachable("not a constant kind");
}

bool Collector::isConstant(const VarDecl *VD) const {
  return VD->isConstexpr() || VD->isUsableInConstantExpressions(S.getASTContext());
}

std::optional<Constant> Collector::buildConstant(const VarDecl *VD,
                                                 std::string JsName,
                                                 bool Explicit,
                                                 std::string *Why) {
  DiagnosticsEngine &DE = S.getDiagnostics();
  auto Lookup = [this](const Decl *D) { return entityLookup(D); };
  QualType QT = VD->getType().getUnqualifiedType();
  std::optional<manifest::Type> T =
      classifyType(QT, Position::ExportResult, S.getASTContext(), Lookup);
  if (!T || !isConstantKind(T->Kind)) {
    if (Why)
      *Why = "type '" + QT.getAsString(S.getASTContext().getPrintingPolicy()) +
             "'";
    else
      report(DE, typeRange(VD).getBegin(), Diag::ConstantType)
          << VD << QT << (Explicit ? 1 : 0) << typeRange(VD);
    return std::nullopt;
  }
  std::string Problem;
  std::optional<json::Value> Value;
  if (const APValue *V = VD->evaluateValue())
    Value = constantJSON(*V, *T, VD, Problem);
  else
    Problem = "Clang cannot evaluate its initializer";
  if (!Value) {
    if (Why)
      *Why = "value (" + Problem + ")";
    else
      report(DE, VD->getLocation(), Diag::ConstantValue) << VD << Problem;
    return std::nullopt;
  }
  Constant K;
  K.JsName = std::move(JsName);
  K.CppName = qualifiedName(VD);
  K.Ty = std::move(*T);
  K.Value = std::move(*Value);
  K.Doc = docOf(VD);
  K.Loc = location(VD->getLocation());
  return K;
}

void Collector::addClassConstant(const VarDecl *VD, Class &C, ClaimFn Claim,
                                 std::vector<LeftOut> *Omitted) {
  DiagnosticsEngine &DE = S.getDiagnostics();
  const Annotation *Export = find(VD, AttrKind::Export);
  if (!VD->isStaticDataMember() || has(VD, AttrKind::Skip) ||
      VD->isInvalidDecl() || (Omitted && foreignSkipped(VD)))
    return;
  if (VD->getAccess() != AS_public) {
    if (Export)
      report(DE, attrLoc(Export, VD), Diag::MemberNotPublic) << VD;
    return;
  }
  // Static data members that are not constants are state, not values:
  // left alone unless marked.
  if (!isConstant(VD)) {
    if (Export)
      report(DE, attrLoc(Export, VD), Diag::ConstantNotConstexpr) << VD;
    return;
  }
  std::string Name =
      Omitted && !Export ? foreignMemberName(VD) : jsNameOf(VD, Export);
  SourceLocation Loc = attrLoc(Export, VD);
  if (Name.empty() || !checkMemberName(Name, Loc))
    return;
  std::string Why;
  std::optional<Constant> K =
      buildConstant(VD, Name, Export != nullptr, Omitted ? &Why : nullptr);
  if (!K) {
    if (Omitted)
      Omitted->push_back({VD, Why});
    return;
  }
  if (Claim(Name, /*Static=*/true, VD, Loc))
    C.Constants.push_back(std::move(*K));
}

void Collector::buildConstants(Manifest &M) {
  for (auto &[VD, Name] : Constants) {
    if (!isConstant(VD)) {
      report(S.getDiagnostics(), attrLoc(find(VD, AttrKind::Export), VD),
             Diag::ConstantNotConstexpr)
          << VD;
      continue;
    }
    if (std::optional<Constant> K =
            buildConstant(VD, Name, /*Explicit=*/true, nullptr))
      M.Constants.push_back(std::move(*K));
  }
}

} // namespace wasmport::frontend
