//===- JSOverloads.cpp - One JS function for several overloads ------------===//
//
// Overloads under one JS name, and functions with default arguments, are
// one JS function that picks a variant from its arguments
// (docs/Types.md "Overloads"): the overload by the number of arguments
// passed (trailing undefined ones left out), then by argument tests in
// declaration order, and within it the variant passing that many
// arguments. The tests only look at the arguments (typeof, brand checks
// that run no user code); the variant chosen then runs its own op list,
// whose checks and conversions are those of any call. Here: the grouping
// of a plan's calls (groupOverloads), the tests, the dispatcher's JS.
//
//===----------------------------------------------------------------------===//
#include "JS/JSOverloads.h"

#include "JS/JSEmitter.h"
#include "JS/JSSyntax.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ErrorHandling.h"

#include <algorithm>
#include <map>

using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::js {

static size_t requiredOf(const CallPlan &C) {
  size_t N = C.Params.size();
  while (N != 0 && C.Params[N - 1].Optional)
    --N;
  return N;
}

void groupOverloads(std::vector<CallPlan> &Calls, bool Constructors) {
  // By JS name, in order of first declaration.
  std::vector<std::vector<CallPlan>> Groups;
  std::map<std::string, size_t> Index;
  for (CallPlan &C : Calls) {
    auto [It, New] = Index.try_emplace(C.JsName, Groups.size());
    if (New)
      Groups.emplace_back();
    Groups[It->second].push_back(std::move(C));
  }
  Calls.clear();
  for (std::vector<CallPlan> &G : Groups) {
    bool Defaults = any_of(G, [](const CallPlan &C) {
      return requiredOf(C) != C.Params.size();
    });
    std::vector<size_t> Counts;
    for (const CallPlan &C : G)
      Counts.push_back(C.Params.size());
    llvm::sort(Counts);
    bool DistinctCounts =
        std::adjacent_find(Counts.begin(), Counts.end()) == Counts.end();
    if (!Defaults && (G.size() == 1 || (Constructors && DistinctCounts))) {
      // Plain calls; constructors by ascending count (printConstructor).
      if (Constructors)
        llvm::stable_sort(G, [](const CallPlan &A, const CallPlan &B) {
          return A.Params.size() < B.Params.size();
        });
      for (CallPlan &C : G)
        Calls.push_back(std::move(C));
      continue;
    }
    CallPlan D;
    D.JsName = G.front().JsName;
    D.Where = G.front().Where;
    D.Result = G.front().Result;
    D.Doc = G.front().Doc;
    D.ReturnsDoc = G.front().ReturnsDoc;
    for (size_t O = 0; O != G.size(); ++O) {
      const CallPlan &C = G[O];
      size_t Required = requiredOf(C), Total = C.Params.size();
      for (size_t N = Required; N <= Total; ++N) {
        CallPlan V = C;
        V.Params.resize(N);
        V.Overload = O;
        V.Total = Total;
        V.Required = Required;
        V.PassesCount = Required != Total;
        for (size_t I = N; I != Total; ++I)
          V.LeftOut.push_back(C.Params[I].Ty);
        // The full variant keeps the optional marks, for the .d.ts.
        D.Variants.push_back(std::move(V));
      }
    }
    Calls.push_back(std::move(D));
  }
}

SmallVector<const CallPlan *, 4> overloadsOf(const CallPlan &D) {
  SmallVector<const CallPlan *, 4> Out;
  for (const CallPlan &V : D.Variants)
    if (V.Params.size() == V.Total)
      Out.push_back(&V);
  return Out;
}

void appendLeftOutWire(const CallPlan &V, SmallVectorImpl<std::string> &Wire) {
  // As many wire values as the thunk's lowerParam takes for each.
  for (const Type &T : V.LeftOut) {
    unsigned Values = 1;
    std::string Zero = "0";
    switch (T.Kind) {
    case TypeKind::I64:
    case TypeKind::U64:
      Zero = "0n";
      break;
    case TypeKind::String:
    case TypeKind::StringView:
    case TypeKind::CString:
      Values = 2;
      break;
    case TypeKind::Span:
    case TypeKind::SpanMut:
      Values = isFlatSequence(T) ? 2 : 1;
      break;
    case TypeKind::Void:
    case TypeKind::Bool:
    case TypeKind::I8:
    case TypeKind::U8:
    case TypeKind::I16:
    case TypeKind::U16:
    case TypeKind::I32:
    case TypeKind::U32:
    case TypeKind::F32:
    case TypeKind::F64:
    case TypeKind::ClassRef:
    case TypeKind::ClassPtr:
    case TypeKind::ClassValue:
    case TypeKind::UniquePtr:
    case TypeKind::SharedPtr:
    case TypeKind::Enum:
    case TypeKind::Value:
    case TypeKind::Vector:
    case TypeKind::Optional:
    case TypeKind::Map:
    case TypeKind::Set:
    case TypeKind::JsValue:
    case TypeKind::Function:
    case TypeKind::Promise:
    case TypeKind::Expected:
      break;
    }
    for (unsigned I = 0; I != Values; ++I)
      Wire.push_back(Zero);
  }
  if (V.PassesCount)
    Wire.push_back(std::to_string(V.Params.size()));
}

/// The helpers the test of an argument of type T uses.
static void requireTest(const Type &T, HelperSet &H) {
  switch (T.Kind) {
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
    H.require(Helper::ObjectBad);
    return;
  case TypeKind::SharedPtr:
    H.require(Helper::SharedBad);
    return;
  case TypeKind::Optional:
    requireTest(T.element(), H);
    return;
  case TypeKind::Map:
  case TypeKind::Set:
    H.require(Helper::Collections);
    return;
  case TypeKind::Vector:
  case TypeKind::Span:
  case TypeKind::SpanMut:
    H.require(isFlatSequence(T) ? Helper::TypedLength : Helper::Intrinsics);
    return;
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
  case TypeKind::StringView:
  case TypeKind::CString:
  case TypeKind::Enum:
  case TypeKind::Value:
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
  case TypeKind::Expected:
    return;
  }
}

void requireDispatchHelpers(const CallPlan &D, HelperSet &H) {
  H.require(Helper::ArgCount);
  H.require(Helper::NoOverload);
  for (const CallPlan *O : overloadsOf(D))
    for (const ParamPlan &Pa : O->Params)
      requireTest(Pa.Ty, H);
}

std::string ModulePrinter::acceptTest(const Type &T, StringRef V) {
  auto Not = [&](const LeafCheck &C) {
    return "!(" + substitute(C.BadIf, V) + ")";
  };
  switch (T.Kind) {
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
  case TypeKind::StringView:
  case TypeKind::CString:
    return Not(numberOrStringCheck(T.Kind));
  case TypeKind::Enum:
    return Not(Slots.enumCheck(T));
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
    return ("__wasmport_" + need(Helper::ObjectBad) + "(" + V + ", " +
            kindName(T.Class) + ", " +
            (T.Kind == TypeKind::ClassRef || T.Kind == TypeKind::ClassValue
                 ? "false"
                 : "true") +
            ", false) === undefined")
        .str();
  case TypeKind::SharedPtr:
    return ("__wasmport_" + need(Helper::SharedBad) + "(" + V + ", " +
            kindName(T.Class) + ") === undefined")
        .str();
  case TypeKind::Vector:
  case TypeKind::Span:
  case TypeKind::SpanMut:
    // A number sequence takes its typed array (read through the captured
    // intrinsics), the others an array.
    if (isFlatSequence(T))
      return ("__wasmport_" + need(Helper::TypedLength) + "(" + V + ", " +
              quote(typedArrayName(T.element().Kind)) + ") >= 0")
          .str();
    return captured(Helper::Intrinsics, "isArray") + "(" + V.str() + ")";
  case TypeKind::Optional:
    return ("(" + V + " === undefined || " + V + " === null || " +
            acceptTest(T.element(), V) + ")")
        .str();
  case TypeKind::Map:
  case TypeKind::Set: {
    // A Map (a Set) by its size getter, or a plain object for string keys
    // (an array for a set), as mapEntries and setElements take them.
    bool Map = T.Kind == TypeKind::Map;
    std::string Test = "(" + captured(Helper::Collections, "sizeOf") + "(" +
                       captured(Helper::Collections, Map ? "mapSize" : "setSize") +
                       ", " + V.str() + ") >= 0";
    if (!Map)
      Test += " || " + captured(Helper::Intrinsics, "isArray") + "(" + V.str() + ")";
    else if (T.key().Kind == TypeKind::String)
      Test += " || (typeof " + V.str() + " === 'object' && " + V.str() +
              " !== null && !" + captured(Helper::Intrinsics, "isArray") + "(" +
              V.str() + "))";
    return Test + ")";
  }
  case TypeKind::Value:
    return ("(typeof " + V + " === 'object' && " + V + " !== null)").str();
  case TypeKind::Function:
    return ("typeof " + V + " === 'function'").str();
  case TypeKind::JsValue:
  case TypeKind::Promise:
    return "true";
  case TypeKind::Void:
  case TypeKind::Expected:
    break;
  }
  llvm_unreachable("void or std::expected parameter");
}

void ModulePrinter::printDispatch(const CallPlan &D, StringRef Class,
                                  StringRef In) {
  SmallVector<const CallPlan *, 4> Overloads = overloadsOf(D);
  SmallVector<std::string, 4> Signatures;
  for (const CallPlan *O : Overloads)
    Signatures.push_back(quote(overloadSignature(*O)));
  const std::string N = "__wasmport_n";
  OS << In << "const " << N << " = __wasmport_" << need(Helper::ArgCount)
     << "(__wasmport_args);\n";
  // The arguments, each read once by index (no iterator a page could
  // patch) and only if passed: a read past the end would reach
  // Array.prototype, whose getters a page can define.
  size_t MaxArgs = 0;
  for (const CallPlan *O : Overloads)
    MaxArgs = std::max(MaxArgs, O->Total);
  auto ArgName = [](size_t I) { return "__wasmport_a" + std::to_string(I); };
  for (size_t I = 0; I != MaxArgs; ++I)
    OS << In << "const " << ArgName(I) << " = " << N << " > " << I
       << " ? __wasmport_args[" << I << "] : undefined;\n";
  bool Single = Overloads.size() == 1;
  for (size_t O = 0; O != Overloads.size(); ++O) {
    const CallPlan &Full = *Overloads[O];
    // The overload takes this many arguments, each passing its test; a
    // single overload's own checks say what is wrong.
    SmallVector<std::string, 4> Conds;
    if (!Single) {
      Conds.push_back(N + " <= " + std::to_string(Full.Total));
      for (size_t I = 0; I != Full.Total; ++I) {
        std::string Test = acceptTest(Full.Params[I].Ty, ArgName(I));
        if (I >= Full.Required)
          Test = "(" + N + " <= " + std::to_string(I) + " || " + Test + ")";
        Conds.push_back(Test);
      }
    }
    std::string Cond = Conds.empty() ? "" : join(Conds, " && ");
    if (!Single)
      OS << In << (O == 0 ? "if (" : "} else if (") << Cond << ") {\n";
    std::string Body = Single ? In.str() : (In + "  ").str();
    // Its variants, by ascending count.
    SmallVector<const CallPlan *, 4> Variants;
    for (const CallPlan &V : D.Variants)
      if (V.Overload == Full.Overload)
        Variants.push_back(&V);
    for (size_t K = 0; K != Variants.size(); ++K) {
      const CallPlan &V = *Variants[K];
      std::string VIn = Body;
      if (Variants.size() > 1) {
        bool Last = K + 1 == Variants.size();
        OS << Body
           << (K == 0 ? "if (" : Last ? "} else {" : "} else if (");
        if (!Last)
          OS << N << " <= " << V.Params.size() << ") {";
        OS << "\n";
        VIn += "  ";
      }
      for (size_t I = 0; I != V.Params.size(); ++I)
        OS << VIn << "const " << V.Params[I].Js << " = " << ArgName(I) << ";\n";
      Frame Fr;
      Fr.Call = &V;
      Fr.Class = Class;
      Fr.In = VIn;
      run(V.Ops, Fr);
      if (Variants.size() > 1 && K + 1 == Variants.size())
        OS << Body << "}\n";
    }
  }
  if (Single)
    return;
  OS << In << "} else {\n"
     << In << "  throw __wasmport_" << need(Helper::NoOverload) << "("
     << quote(D.Where) << ", [" << join(Signatures, ", ")
     << "], __wasmport_args);\n"
     << In << "}\n";
}

} // namespace wasmport::js
