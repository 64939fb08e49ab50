//===- Merge.cpp - Combining per-TU manifest fragments --------------------===//
#include "Manifest/Merge.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"

using namespace llvm;

namespace wasmport::manifest {

static std::string describe(const Location &L) {
  return formatv("{0}:{1}:{2}", escapeForMessage(L.File), L.Line, L.Column)
      .str();
}

/// Two declarations of one import (one symbol, so one C++ function) agree
/// when JS implements them the same way. Parameter names and the C++
/// spelling of types (typedefs) may differ between translation units.
static bool sameImport(const Import &A, const Import &B) {
  auto SameType = [](const Type &X, const Type &Y) {
    return X.Kind == Y.Kind && X.Class == Y.Class;
  };
  if (A.Kind != B.Kind || A.Form != B.Form || A.Name != B.Name ||
      A.Module != B.Module || A.Member != B.Member ||
      A.CppName != B.CppName || A.NoExcept != B.NoExcept ||
      A.Const != B.Const ||
      A.Params.size() != B.Params.size() || !SameType(A.Result, B.Result))
    return false;
  for (size_t I = 0, E = A.Params.size(); I != E; ++I)
    if (!SameType(A.Params[I].Ty, B.Params[I].Ty))
      return false;
  return true;
}

namespace {
/// Tracks which entity owns each top-level JS name.
class NameTable {
public:
  /// Returns true when Name is new, false when the same entity was already
  /// added (a duplicate to drop); fails when another entity holds Name.
  template <typename T>
  Expected<bool> add(StringRef Name, const T &Entity, const Location &Loc,
                     StringRef What, std::vector<T> &Out) {
    auto It = Owners.find(Name);
    if (It == Owners.end()) {
      Owners[Name] = {What.str(), Loc, Out.size()};
      Out.push_back(Entity);
      return true;
    }
    const Owner &O = It->second;
    if (O.What == What && Out[O.Index] == Entity)
      return false;
    return createStringError(
        inconvertibleErrorCode(),
        "two exports are named '%s' in JS: %s %s and %s %s; rename one with "
        "[[wasmport::export(\"otherName\")]]",
        escapeForMessage(Name).c_str(), O.What.c_str(), describe(O.Loc).c_str(),
        What.str().c_str(), describe(Loc).c_str());
  }

  /// True when an entity of kind What holds Name.
  bool heldBy(StringRef Name, StringRef What) const {
    auto It = Owners.find(Name);
    return It != Owners.end() && It->second.What == What;
  }

private:
  struct Owner {
    std::string What;
    Location Loc;
    size_t Index;
  };
  StringMap<Owner> Owners;
};
} // namespace

Expected<Manifest> merge(ArrayRef<Manifest> Fragments) {
  Manifest Out;
  NameTable Names;
  StringMap<size_t> ImportIndex, StartIndex, FunctionIndex, TestIndex;
  for (const Manifest &F : Fragments) {
    for (const Function &Fn : F.Functions) {
      // Overloads share a JS name, each with a symbol of its own: a new
      // symbol under a function's name is one more overload.
      auto [It, New] = FunctionIndex.try_emplace(Fn.Symbol, Out.Functions.size());
      if (New && Names.heldBy(Fn.JsName, "function")) {
        Out.Functions.push_back(Fn);
        continue;
      }
      if (!New && Out.Functions[It->second] == Fn)
        continue;
      if (Expected<bool> R =
              Names.add(Fn.JsName, Fn, Fn.Loc, "function", Out.Functions);
          !R)
        return R.takeError();
    }
    for (const Class &C : F.Classes)
      if (Expected<bool> R = Names.add(C.JsName, C, C.Loc, "class", Out.Classes);
          !R)
        return R.takeError();
    for (const Import &I : F.Imports) {
      auto [It, New] = ImportIndex.try_emplace(I.Symbol, Out.Imports.size());
      if (New) {
        Out.Imports.push_back(I);
        continue;
      }
      const Import &Old = Out.Imports[It->second];
      if (!sameImport(Old, I))
        return createStringError(
            inconvertibleErrorCode(),
            "import %s is declared differently at %s and %s; make the "
            "declarations agree",
            escapeForMessage(I.CppName).c_str(), describe(Old.Loc).c_str(),
            describe(I.Loc).c_str());
    }
    for (const Function &S : F.Starts)
      if (StartIndex.try_emplace(S.Symbol, Out.Starts.size()).second)
        Out.Starts.push_back(S);
    // A test defined in a header and built into two TUs is one test.
    for (const Function &T : F.Tests)
      if (TestIndex.try_emplace(T.Symbol, Out.Tests.size()).second)
        Out.Tests.push_back(T);
    for (const Enum &E : F.Enums)
      if (Expected<bool> R = Names.add(E.JsName, E, E.Loc, "enum", Out.Enums);
          !R)
        return R.takeError();
    // A fragment lists a value struct after those its fields use, so the
    // merged list keeps that order.
    for (const ValueStruct &V : F.Values)
      if (Expected<bool> R =
              Names.add(V.JsName, V, V.Loc, "value struct", Out.Values);
          !R)
        return R.takeError();
    // A constant in a header built into two TUs is one constant.
    for (const Constant &K : F.Constants)
      if (Expected<bool> R =
              Names.add(K.JsName, K, K.Loc, "constant", Out.Constants);
          !R)
        return R.takeError();
  }
  return Out;
}

Expected<Manifest> mergeFragments(StringRef Section) {
  std::vector<Manifest> Fragments;
  StringSet<> Seen;
  SmallVector<StringRef, 8> Lines;
  Section.split(Lines, '\n', -1, /*KeepEmpty=*/false);
  unsigned LineNo = 0;
  for (StringRef Line : Lines) {
    ++LineNo;
    Line = Line.trim();
    if (Line.empty() || !Seen.insert(Line).second)
      continue;
    Expected<Manifest> M = parseManifest(Line);
    if (!M)
      return createStringError(inconvertibleErrorCode(),
                               "manifest fragment %u: %s", LineNo,
                               toString(M.takeError()).c_str());
    Fragments.push_back(std::move(*M));
  }
  if (Fragments.empty())
    return createStringError(inconvertibleErrorCode(),
                             "the wasmport section holds no manifest");
  return merge(Fragments);
}

} // namespace wasmport::manifest
