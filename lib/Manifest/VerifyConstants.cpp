//===- VerifyConstants.cpp - The rules for constants ----------------------===//
//
// A constant (manifest::Constant) is a value, not a call: its type is one of
// the kinds a constant may have, its value is a JSON value of that kind and
// in its range, and its name is unique among the class's statics or among
// the module's exports.
//
//===----------------------------------------------------------------------===//
#include "Manifest/Naming.h"
#include "Manifest/VerifyInternal.h"

#include "llvm/ADT/StringSet.h"

#include <cmath>
#include <cstdint>

using namespace llvm;

namespace wasmport::manifest::verifier {

/// The range of the integer kinds of at most 64 bits but U64 (checked
/// apart); false for other kinds.
static bool integerRange(TypeKind K, int64_t &Min, int64_t &Max) {
  static const struct {
    TypeKind K;
    int64_t Min, Max;
  } Ranges[] = {{TypeKind::I8, INT8_MIN, INT8_MAX},
                {TypeKind::U8, 0, UINT8_MAX},
                {TypeKind::I16, INT16_MIN, INT16_MAX},
                {TypeKind::U16, 0, UINT16_MAX},
                {TypeKind::I32, INT32_MIN, INT32_MAX},
                {TypeKind::U32, 0, UINT32_MAX},
                {TypeKind::I64, INT64_MIN, INT64_MAX}};
  for (const auto &R : Ranges)
    if (R.K == K) {
      Min = R.Min;
      Max = R.Max;
      return true;
    }
  return false;
}

bool isNonFiniteSpelling(StringRef S) {
  return S == "NaN" || S == "Infinity" || S == "-Infinity" || S == "-0";
}

Error Verifier::constantValue(const Constant &K, const std::string &Entity) {
  const json::Value &V = K.Value;
  if (!isConstantKind(K.Ty.Kind))
    return fail(Entity + " has the type " + q(typeKindName(K.Ty.Kind)) +
                "; a constant is a bool, a number, a string_view or cstring, "
                "or an enum");
  auto Bad = [&](const Twine &Expected) {
    return fail(Entity + " of type " + q(typeKindName(K.Ty.Kind)) +
                " has a value that is not " + Expected);
  };
  int64_t Min = 0, Max = 0;
  if (integerRange(K.Ty.Kind, Min, Max)) {
    auto I = V.getAsInteger();
    if (!I || *I < Min || *I > Max)
      return Bad(formatv("an integer from {0} to {1}", Min, Max).str());
    return Error::success();
  }
  TypeKind Kind = K.Ty.Kind;
  if (Kind == TypeKind::Bool)
    return V.getAsBoolean() ? Error::success() : Bad("true or false");
  if (Kind == TypeKind::U64)
    return V.getAsUINT64() ? Error::success()
                           : Bad("an integer from 0 to 2^64-1");
  if (Kind == TypeKind::F32 || Kind == TypeKind::F64) {
    if (auto S = V.getAsString())
      return isNonFiniteSpelling(*S)
                 ? Error::success()
                 : Bad("a number or one of \"NaN\", \"Infinity\", "
                       "\"-Infinity\", \"-0\"");
    auto D = V.getAsNumber();
    if (!D || !std::isfinite(*D))
      return Bad("a finite number (\"NaN\", \"Infinity\", \"-Infinity\" "
                 "and \"-0\" are strings)");
    if (Kind == TypeKind::F32 &&
        static_cast<double>(static_cast<float>(*D)) != *D)
      return Bad("a float (it cannot be represented exactly in 32 bits)");
    return Error::success();
  }
  if (Kind == TypeKind::StringView || Kind == TypeKind::CString)
    return V.getAsString() ? Error::success() : Bad("a string");
  // An enum, which the type check (VerifyTypes.cpp) found.
  const Enum *E = Entities.Enums.lookup(K.Ty.Class);
  auto I = V.getAsInteger();
  if (!E || !I)
    return Bad("an integer");
  for (const Enumerator &N : E->Enumerators)
    if (N.Value == *I)
      return Error::success();
  return Bad("the value of an enumerator of enum " + q(K.Ty.Class));
}

Error Verifier::constant(const Constant &K, const std::string &Entity) {
  for (auto [Text, What] :
       {std::pair<StringRef, StringRef>{K.JsName, "the JS name"},
        {K.CppName, "the C++ name"}})
    if (Error E = checkText(Text, Entity, What))
      return E;
  if (Error E = checkText(K.Doc, Entity, "the doc comment", /*Doc=*/true))
    return E;
  if (Error E = location(K.Loc, Entity))
    return E;
  if (Error E = Types.check(K.Ty, Position::ExportResult, Entity, "the type"))
    return E;
  return constantValue(K, Entity);
}

Error Verifier::classConstants(const Class &C, const StringSet<> &Statics) {
  StringSet<> Names;
  for (const Constant &K : C.Constants) {
    std::string Entity = "constant '" + escapeForMessage(C.JsName) + "." +
                         escapeForMessage(K.JsName) + "'";
    if (Error E = checkText(K.JsName, Entity, "the JS name"))
      return E;
    if (Error E = memberName(K.JsName, Entity))
      return E;
    if (Statics.contains(K.JsName) || !Names.insert(K.JsName).second)
      return fail("class '" + escapeForMessage(C.JsName) +
                  "' has two static members named " + q(K.JsName) +
                  " in JS; rename one with [[wasmport::export(\"otherName\")]]");
    if (Error E = constant(K, Entity))
      return E;
  }
  return Error::success();
}

Error Verifier::moduleConstants() {
  for (const Constant &K : M.Constants) {
    std::string Entity = "constant " + q(K.JsName);
    if (Error E = checkText(K.JsName, Entity, "the JS name"))
      return E;
    if (Error E = bindingName(K.JsName, Entity))
      return E;
    if (Error E = topLevel(K.JsName, "constant", K.Loc))
      return E;
    if (Error E = constant(K, Entity))
      return E;
  }
  return Error::success();
}

} // namespace wasmport::manifest::verifier
