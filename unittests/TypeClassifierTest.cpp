//===- TypeClassifierTest.cpp - C++ types to manifest types at each place -===//
//
// The TypeClassifier decides, for a type at a Position, the manifest::Type
// that the thunks and the glue then trust (Kind, the C++ spelling, the JS
// class, the element types) or that the type cannot cross there. Each case
// builds a small wasm32 AST from a snippet; the standard library and the
// wasmport runtime types are mocked in the snippet, as clang-tidy's tests do,
// since the classifier recognises them by name and namespace only.
//
//===----------------------------------------------------------------------===//
#include "Frontend/TypeClassifier.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"

#include "gtest/gtest.h"

#include <memory>
#include <optional>
#include <string>

using namespace clang;
using namespace wasmport::frontend;
using MType = wasmport::manifest::Type;
using wasmport::manifest::TypeKind;

namespace {

/// The declarations every snippet sees: just enough of <string>, <vector>,
/// ... and <wasmport/...> for the classifier, plus the entities that the
/// lookup below reports as exported or imported.
constexpr const char *Prelude = R"cpp(
namespace std {
using size_t = decltype(sizeof 0);
template <class C> struct char_traits {};
template <class T> struct allocator {};
template <class C, class Tr = char_traits<C>, class A = allocator<C>>
class basic_string {};
using string = basic_string<char>;
using wstring = basic_string<wchar_t>;
template <class C, class Tr = char_traits<C>> class basic_string_view {};
using string_view = basic_string_view<char>;
template <class T, class A = allocator<T>> class vector {};
template <class T> class optional {};
inline constexpr size_t dynamic_extent = size_t(-1);
template <class T, size_t N = dynamic_extent> class span {};
template <class T> struct default_delete {};
template <class T, class D = default_delete<T>> class unique_ptr {};
template <class T> class shared_ptr {};
template <class Sig> class function;
template <class R, class... A> class function<R(A...)> {};
template <class T, class E> class expected {};
template <class T> class set {};
template <class T> class list {};
} // namespace std

namespace wasmport {
class JsValue {};
template <class V> class Promise {};
} // namespace wasmport

namespace app {
struct Counter {};             // exported class "Counter"
struct Hidden {};              // not exported
struct Point { int x, y; };    // [[wasmport::value]] "Point"
enum class Color { Red };      // exported enum "Color"
enum class Secret { Hush };    // not exported
struct Date : wasmport::JsValue {}; // [[wasmport::import]] global "Date"
struct Widget : wasmport::JsValue {}; // imported from an ES module
struct MyDeleter {};
} // namespace app
)cpp";

/// What the Collector would answer for the prelude's entities.
Entity lookup(const Decl *D) {
  const auto *ND = dyn_cast<NamedDecl>(D);
  if (!ND || !ND->getIdentifier())
    return {};
  StringRef Name = ND->getName();
  if (Name == "Counter")
    return {Entity::Class, "Counter"};
  if (Name == "Point")
    return {Entity::Value, "Point"};
  if (Name == "Color")
    return {Entity::Enum, "Color"};
  if (Name == "Date")
    return {Entity::ImportedClass, "Date"};
  if (Name == "Widget")
    return {Entity::ImportedClass, ""};
  return {};
}

/// The prelude and `using Subject = Spelled;`, parsed for wasm32.
class Snippet {
public:
  explicit Snippet(const std::string &Spelled)
      : AST(tooling::buildASTFromCodeWithArgs(
            std::string(Prelude) + "using Subject = " + Spelled + ";\n",
            {"--target=wasm32-wasi", "-std=c++20", "-nostdinc"}, "input.cc")) {
  }

  /// The type Subject names, or a null type when the snippet did not parse.
  QualType subject() const {
    if (!AST || AST->getDiagnostics().hasErrorOccurred())
      return QualType();
    ASTContext &Ctx = AST->getASTContext();
    for (NamedDecl *ND : Ctx.getTranslationUnitDecl()->lookup(
             DeclarationName(&Ctx.Idents.get("Subject"))))
      if (const auto *TA = dyn_cast<TypeAliasDecl>(ND))
        return TA->getUnderlyingType();
    return QualType();
  }

  const ASTContext &context() const { return AST->getASTContext(); }

private:
  std::unique_ptr<ASTUnit> AST;
};

/// The classification of the type spelled Spelled at Pos. The snippet must
/// parse: a test that misspells its type fails here, not in the classifier.
std::optional<MType> classify(const std::string &Spelled, Position Pos) {
  Snippet S(Spelled);
  QualType T = S.subject();
  EXPECT_FALSE(T.isNull()) << "the snippet does not parse: " << Spelled;
  if (T.isNull())
    return std::nullopt;
  return classifyType(T, Pos, S.context(), lookup);
}

/// std::string as the canonical type spells it. A type argument of a
/// specialisation (a vector's element, an expected's value, a callback's
/// parameter) is canonical: typedefs are gone and default arguments are
/// spelled. Either way the spelling is valid at global scope, which is all
/// the thunks need.
const std::string CanonicalString =
    "::std::basic_string<char, ::std::char_traits<char>, "
    "::std::allocator<char>>";

/// A leaf manifest type (no Args).
MType leaf(TypeKind K, std::string Cpp, std::string Class = "") {
  return MType{K, std::move(Cpp), std::move(Class), {}};
}

MType withArgs(TypeKind K, std::string Cpp, std::vector<MType> Args,
              std::string Class = "") {
  return MType{K, std::move(Cpp), std::move(Class), std::move(Args)};
}

/// Prints a manifest type on failure: Kind 'Cpp' [Class] <Args...>.
std::string describe(const std::optional<MType> &T) {
  if (!T)
    return "rejected";
  std::string Out = wasmport::manifest::typeKindName(T->Kind).str() + " '" +
                    T->Cpp + "'";
  if (!T->Class.empty())
    Out += " [" + T->Class + "]";
  if (!T->Args.empty()) {
    Out += " <";
    for (size_t I = 0; I != T->Args.size(); ++I)
      Out += (I ? ", " : "") + describe(T->Args[I]);
    Out += ">";
  }
  return Out;
}

#define EXPECT_CLASSIFIED(SPELLED, POS, EXPECTED)                              \
  do {                                                                         \
    std::optional<MType> Got = classify(SPELLED, POS);                          \
    MType Want = EXPECTED;                                                      \
    EXPECT_TRUE(Got && *Got == Want)                                           \
        << SPELLED << " at " #POS ": got " << describe(Got) << ", want "       \
        << describe(Want);                                                     \
  } while (false)

#define EXPECT_REJECTED(SPELLED, POS)                                          \
  do {                                                                         \
    std::optional<MType> Got = classify(SPELLED, POS);                          \
    EXPECT_FALSE(Got) << SPELLED << " at " #POS ": got " << describe(Got)      \
                      << ", want rejected";                                    \
  } while (false)

constexpr Position AllPositions[] = {
    Position::ExportParam, Position::ExportResult, Position::ImportParam,
    Position::ImportResult, Position::Element};

//===----------------------------------------------------------------------===//
// Numbers and void
//===----------------------------------------------------------------------===//

TEST(TypeClassifierNumbers, EveryPositionBySizeAndSign) {
  // wasm32: long is 32 bits, char is signed, wchar_t is a signed int.
  for (Position Pos : AllPositions) {
    EXPECT_CLASSIFIED("bool", Pos, leaf(TypeKind::Bool, "bool"));
    EXPECT_CLASSIFIED("char", Pos, leaf(TypeKind::I8, "char"));
    EXPECT_CLASSIFIED("signed char", Pos, leaf(TypeKind::I8, "signed char"));
    EXPECT_CLASSIFIED("unsigned char", Pos,
                      leaf(TypeKind::U8, "unsigned char"));
    EXPECT_CLASSIFIED("short", Pos, leaf(TypeKind::I16, "short"));
    EXPECT_CLASSIFIED("unsigned short", Pos,
                      leaf(TypeKind::U16, "unsigned short"));
    EXPECT_CLASSIFIED("int", Pos, leaf(TypeKind::I32, "int"));
    EXPECT_CLASSIFIED("unsigned", Pos, leaf(TypeKind::U32, "unsigned int"));
    EXPECT_CLASSIFIED("long", Pos, leaf(TypeKind::I32, "long"));
    EXPECT_CLASSIFIED("unsigned long", Pos,
                      leaf(TypeKind::U32, "unsigned long"));
    EXPECT_CLASSIFIED("long long", Pos, leaf(TypeKind::I64, "long long"));
    EXPECT_CLASSIFIED("unsigned long long", Pos,
                      leaf(TypeKind::U64, "unsigned long long"));
    EXPECT_CLASSIFIED("float", Pos, leaf(TypeKind::F32, "float"));
    EXPECT_CLASSIFIED("double", Pos, leaf(TypeKind::F64, "double"));
    EXPECT_CLASSIFIED("wchar_t", Pos, leaf(TypeKind::I32, "wchar_t"));
  }
}

TEST(TypeClassifierNumbers, TypedefsKeepTheirSpellingAndTopLevelConstGoes) {
  EXPECT_CLASSIFIED("std::size_t", Position::ExportParam,
                    leaf(TypeKind::U32, "::std::size_t"));
  EXPECT_CLASSIFIED("const int", Position::ExportParam,
                    leaf(TypeKind::I32, "int"));
}

TEST(TypeClassifierNumbers, NoWireKind) {
  for (Position Pos : AllPositions) {
    EXPECT_REJECTED("__int128", Pos);
    EXPECT_REJECTED("unsigned __int128", Pos);
    EXPECT_REJECTED("long double", Pos);
    EXPECT_REJECTED("decltype(nullptr)", Pos);
    EXPECT_REJECTED("int *", Pos);
    EXPECT_REJECTED("int &", Pos);
  }
}

TEST(TypeClassifierVoid, ResultsOnly) {
  EXPECT_CLASSIFIED("void", Position::ExportResult,
                    leaf(TypeKind::Void, "void"));
  EXPECT_CLASSIFIED("void", Position::ImportResult,
                    leaf(TypeKind::Void, "void"));
  EXPECT_REJECTED("void", Position::ExportParam);
  EXPECT_REJECTED("void", Position::ImportParam);
  EXPECT_REJECTED("void", Position::Element);
}

//===----------------------------------------------------------------------===//
// Strings
//===----------------------------------------------------------------------===//

TEST(TypeClassifierStrings, StdStringByValueEverywhere) {
  for (Position Pos : AllPositions)
    EXPECT_CLASSIFIED("std::string", Pos,
                      leaf(TypeKind::String, "::std::string"));
}

TEST(TypeClassifierStrings, ConstRefForParametersOnly) {
  EXPECT_CLASSIFIED("const std::string &", Position::ExportParam,
                    leaf(TypeKind::String, "const ::std::string &"));
  EXPECT_CLASSIFIED("const std::string &", Position::ImportParam,
                    leaf(TypeKind::String, "const ::std::string &"));
  EXPECT_REJECTED("const std::string &", Position::ExportResult);
  EXPECT_REJECTED("const std::string &", Position::ImportResult);
  EXPECT_REJECTED("const std::string &", Position::Element);
  // Changes would not flow back; nothing to move from in JS.
  for (Position Pos : AllPositions) {
    EXPECT_REJECTED("std::string &", Pos);
    EXPECT_REJECTED("std::string &&", Pos);
  }
}

TEST(TypeClassifierStrings, ViewsAndCStringsNeedAnOwner) {
  for (Position Pos : {Position::ExportParam, Position::ExportResult,
                       Position::ImportParam}) {
    EXPECT_CLASSIFIED("std::string_view", Pos,
                      leaf(TypeKind::StringView, "::std::string_view"));
    EXPECT_CLASSIFIED("const char *", Pos,
                      leaf(TypeKind::CString, "const char *"));
  }
  for (Position Pos : {Position::ImportResult, Position::Element}) {
    EXPECT_REJECTED("std::string_view", Pos);
    EXPECT_REJECTED("const char *", Pos);
  }
  // Mutable bytes, and strings of other character types.
  for (Position Pos : AllPositions) {
    EXPECT_REJECTED("char *", Pos);
    EXPECT_REJECTED("std::wstring", Pos);
    EXPECT_REJECTED("const unsigned char *", Pos);
  }
}

//===----------------------------------------------------------------------===//
// Exported classes, enums and value structs
//===----------------------------------------------------------------------===//

TEST(TypeClassifierClasses, ExportedClassInAnExport) {
  for (Position Pos : {Position::ExportParam, Position::ExportResult}) {
    EXPECT_CLASSIFIED("app::Counter", Pos,
                      leaf(TypeKind::ClassValue, "::app::Counter", "Counter"));
    EXPECT_CLASSIFIED("app::Counter &", Pos,
                      leaf(TypeKind::ClassRef, "::app::Counter &", "Counter"));
    EXPECT_CLASSIFIED(
        "const app::Counter &", Pos,
        leaf(TypeKind::ClassRef, "const ::app::Counter &", "Counter"));
    EXPECT_CLASSIFIED("app::Counter *", Pos,
                      leaf(TypeKind::ClassPtr, "::app::Counter *", "Counter"));
    EXPECT_CLASSIFIED(
        "std::unique_ptr<app::Counter>", Pos,
        leaf(TypeKind::UniquePtr,
             "::std::unique_ptr< ::app::Counter, "
             "::std::default_delete< ::app::Counter>>",
             "Counter"));
    EXPECT_CLASSIFIED(
        "std::shared_ptr<app::Counter>", Pos,
        leaf(TypeKind::SharedPtr, "::std::shared_ptr< ::app::Counter>",
             "Counter"));
  }
}

TEST(TypeClassifierClasses, BorrowedObjectsAreNoElements) {
  EXPECT_CLASSIFIED("app::Counter", Position::Element,
                    leaf(TypeKind::ClassValue, "::app::Counter", "Counter"));
  EXPECT_REJECTED("app::Counter &", Position::Element);
  EXPECT_REJECTED("app::Counter *", Position::Element);
}

TEST(TypeClassifierClasses, RejectedShapes) {
  for (Position Pos : AllPositions) {
    EXPECT_REJECTED("app::Hidden", Pos);
    EXPECT_REJECTED("app::Hidden &", Pos);
    EXPECT_REJECTED("std::unique_ptr<app::Hidden>", Pos);
    EXPECT_REJECTED("std::unique_ptr<const app::Counter>", Pos);
    EXPECT_REJECTED("std::shared_ptr<const app::Counter>", Pos);
    // JS deletes through the class's own thunk.
    EXPECT_REJECTED("std::unique_ptr<app::Counter, app::MyDeleter>", Pos);
    EXPECT_REJECTED("app::Counter &&", Pos);
  }
  EXPECT_REJECTED("const std::unique_ptr<app::Counter> &",
                  Position::ExportParam);
}

TEST(TypeClassifierClasses, LentToImportsByPointerOrReference) {
  // A JS override or import gets a wrapper lent for the call.
  EXPECT_CLASSIFIED("app::Counter &", Position::ImportParam,
                    leaf(TypeKind::ClassRef, "::app::Counter &", "Counter"));
  EXPECT_CLASSIFIED(
      "const app::Counter &", Position::ImportParam,
      leaf(TypeKind::ClassRef, "const ::app::Counter &", "Counter"));
  EXPECT_CLASSIFIED("app::Counter *", Position::ImportParam,
                    leaf(TypeKind::ClassPtr, "::app::Counter *", "Counter"));
  EXPECT_CLASSIFIED(
      "const app::Counter *", Position::ImportParam,
      leaf(TypeKind::ClassPtr, "const ::app::Counter *", "Counter"));
  EXPECT_REJECTED("app::Counter &", Position::ImportResult);
  EXPECT_REJECTED("app::Counter *", Position::ImportResult);
  // A value struct is copied, not lent: `const V &` is the value.
  EXPECT_CLASSIFIED("const app::Point &", Position::ImportParam,
                    leaf(TypeKind::Value, "::app::Point", "Point"));
  EXPECT_REJECTED("app::Point *", Position::ImportParam);
}

TEST(TypeClassifierClasses, RichTypesInImports) {
  // Imports carry what exports carry (docs/Types.md, "Rich types in
  // imports"), but std::shared_ptr.
  for (Position Pos : {Position::ImportParam, Position::ImportResult}) {
    EXPECT_CLASSIFIED("app::Counter", Pos,
                      leaf(TypeKind::ClassValue, "::app::Counter", "Counter"));
    EXPECT_CLASSIFIED(
        "std::unique_ptr<app::Counter>", Pos,
        leaf(TypeKind::UniquePtr,
             "::std::unique_ptr< ::app::Counter, "
             "::std::default_delete< ::app::Counter>>",
             "Counter"));
    EXPECT_CLASSIFIED("app::Color", Pos,
                      leaf(TypeKind::Enum, "::app::Color", "Color"));
    EXPECT_CLASSIFIED("app::Point", Pos,
                      leaf(TypeKind::Value, "::app::Point", "Point"));
    EXPECT_CLASSIFIED("std::vector<int>", Pos,
                      withArgs(TypeKind::Vector,
                               "::std::vector<int, ::std::allocator<int>>",
                               {leaf(TypeKind::I32, "int")}));
    EXPECT_REJECTED("std::shared_ptr<app::Counter>", Pos);
  }
}

TEST(TypeClassifierEnums, ExportedEnumsByValue) {
  for (Position Pos :
       {Position::ExportParam, Position::ExportResult, Position::Element})
    EXPECT_CLASSIFIED("app::Color", Pos,
                      leaf(TypeKind::Enum, "::app::Color", "Color"));
  EXPECT_CLASSIFIED("const app::Color &", Position::ExportParam,
                    leaf(TypeKind::Enum, "::app::Color", "Color"));
  EXPECT_REJECTED("const app::Color &", Position::ExportResult);
  EXPECT_REJECTED("app::Color &", Position::ExportParam);
  for (Position Pos : AllPositions)
    EXPECT_REJECTED("app::Secret", Pos);
}

TEST(TypeClassifierValues, ValueStructsCopied) {
  for (Position Pos :
       {Position::ExportParam, Position::ExportResult, Position::Element})
    EXPECT_CLASSIFIED("app::Point", Pos,
                      leaf(TypeKind::Value, "::app::Point", "Point"));
  EXPECT_CLASSIFIED("const app::Point &", Position::ExportParam,
                    leaf(TypeKind::Value, "::app::Point", "Point"));
  // A const reference result is copied out, as a by-value one
  // (docs/Types.md: what const means on the JS side).
  EXPECT_CLASSIFIED("const app::Point &", Position::ExportResult,
                    leaf(TypeKind::Value, "::app::Point", "Point"));
  EXPECT_REJECTED("app::Point &", Position::ExportParam);
  EXPECT_REJECTED("app::Point *", Position::ExportParam);
}

//===----------------------------------------------------------------------===//
// Containers
//===----------------------------------------------------------------------===//

TEST(TypeClassifierContainers, VectorsAndOptionalsOfElements) {
  MType I32 = leaf(TypeKind::I32, "int");
  MType Str = leaf(TypeKind::String, CanonicalString);
  MType Pt = leaf(TypeKind::Value, "::app::Point", "Point");
  for (Position Pos :
       {Position::ExportParam, Position::ExportResult, Position::Element}) {
    EXPECT_CLASSIFIED("std::vector<int>", Pos,
                      withArgs(TypeKind::Vector,
                               "::std::vector<int, ::std::allocator<int>>",
                               {I32}));
    EXPECT_CLASSIFIED("std::vector<std::string>", Pos,
                      withArgs(TypeKind::Vector,
                               "::std::vector< " + CanonicalString +
                                   ", ::std::allocator< " + CanonicalString +
                                   ">>",
                               {Str}));
    EXPECT_CLASSIFIED(
        "std::optional<app::Point>", Pos,
        withArgs(TypeKind::Optional, "::std::optional< ::app::Point>", {Pt}));
    EXPECT_CLASSIFIED(
        "std::vector<std::optional<int>>", Pos,
        withArgs(TypeKind::Vector,
                 "::std::vector< ::std::optional<int>, "
                 "::std::allocator< ::std::optional<int>>>",
                 {withArgs(TypeKind::Optional, "::std::optional<int>",
                           {I32})}));
  }
  EXPECT_CLASSIFIED(
      "const std::vector<int> &", Position::ExportParam,
      withArgs(TypeKind::Vector, "::std::vector<int, ::std::allocator<int>>",
               {I32}));
}

TEST(TypeClassifierContainers, ElementsMustCrossInMemory) {
  for (Position Pos : {Position::ExportParam, Position::ExportResult}) {
    EXPECT_REJECTED("std::vector<std::string_view>", Pos);
    EXPECT_REJECTED("std::vector<const char *>", Pos);
    EXPECT_REJECTED("std::vector<app::Counter *>", Pos);
    EXPECT_REJECTED("std::vector<const wasmport::JsValue *>", Pos);
    EXPECT_REJECTED("std::vector<app::Hidden>", Pos);
    EXPECT_REJECTED("std::list<int>", Pos);
  }
  EXPECT_REJECTED("std::vector<int> &", Position::ExportParam);
  EXPECT_REJECTED("const std::vector<int> &", Position::ExportResult);
}

TEST(TypeClassifierContainers, SpansOfNumbersInExportsByValue) {
  EXPECT_CLASSIFIED(
      "std::span<const float>", Position::ExportParam,
      withArgs(TypeKind::Span, "::std::span<const float>",
               {leaf(TypeKind::F32, "float")}));
  EXPECT_CLASSIFIED(
      "std::span<int>", Position::ExportResult,
      withArgs(TypeKind::SpanMut, "::std::span<int>",
               {leaf(TypeKind::I32, "int")}));
  // No typed array for bool; a fixed extent would need a length check.
  EXPECT_REJECTED("std::span<bool>", Position::ExportParam);
  EXPECT_REJECTED("std::span<int, 4>", Position::ExportParam);
  EXPECT_REJECTED("std::span<std::string>", Position::ExportParam);
  EXPECT_REJECTED("const std::span<int> &", Position::ExportParam);
  for (Position Pos :
       {Position::ImportParam, Position::ImportResult, Position::Element})
    EXPECT_REJECTED("std::span<int>", Pos);
}

//===----------------------------------------------------------------------===//
// JS values, imported classes, callbacks, promises, expected
//===----------------------------------------------------------------------===//

TEST(TypeClassifierJsValues, ByValueOrConstRefParameter) {
  for (Position Pos : {Position::ExportParam, Position::ExportResult,
                       Position::ImportParam, Position::ImportResult}) {
    EXPECT_CLASSIFIED("wasmport::JsValue", Pos,
                      leaf(TypeKind::JsValue, "::wasmport::JsValue"));
    EXPECT_CLASSIFIED("app::Date", Pos,
                      leaf(TypeKind::JsValue, "::app::Date", "Date"));
    // From an ES module: no global path.
    EXPECT_CLASSIFIED("app::Widget", Pos,
                      leaf(TypeKind::JsValue, "::app::Widget"));
  }
  EXPECT_CLASSIFIED("const app::Date &", Position::ImportParam,
                    leaf(TypeKind::JsValue, "::app::Date", "Date"));
  EXPECT_REJECTED("const app::Date &", Position::ImportResult);
  EXPECT_REJECTED("wasmport::JsValue &", Position::ExportParam);
  // Inside containers: by value, both ways.
  EXPECT_CLASSIFIED("wasmport::JsValue", Position::Element,
                    leaf(TypeKind::JsValue, "::wasmport::JsValue"));
  EXPECT_CLASSIFIED("app::Date", Position::Element,
                    leaf(TypeKind::JsValue, "::app::Date", "Date"));
  for (Position Pos : {Position::ExportParam, Position::ExportResult,
                       Position::ImportParam, Position::ImportResult})
    EXPECT_CLASSIFIED(
        "std::optional<app::Date>", Pos,
        withArgs(TypeKind::Optional, "::std::optional< ::app::Date>",
                 {leaf(TypeKind::JsValue, "::app::Date", "Date")}));
}

TEST(TypeClassifierCallbacks, SignatureInTheDirectionItTravels) {
  // Into C++ (an export's parameter): JS implements it; its arguments go to
  // JS, its result comes from JS.
  EXPECT_CLASSIFIED(
      "std::function<int(const std::string &, double)>",
      Position::ExportParam,
      withArgs(TypeKind::Function,
               "::std::function<int (const ::std::string &, double)>",
               {leaf(TypeKind::I32, "int"),
                leaf(TypeKind::String, CanonicalString),
                leaf(TypeKind::F64, "double")}));
  EXPECT_CLASSIFIED(
      "std::function<void(std::optional<int>)>", Position::ImportParam,
      withArgs(TypeKind::Function,
               "::std::function<void (::std::optional<int>)>",
               {leaf(TypeKind::Void, "void"),
                withArgs(TypeKind::Optional, "::std::optional<int>",
                         {leaf(TypeKind::I32, "int")})}));
  // A string view that JS would have to own: from JS only as std::string.
  EXPECT_REJECTED("std::function<std::string_view()>", Position::ExportParam);
  EXPECT_CLASSIFIED(
      "std::function<std::string_view()>", Position::ImportParam,
      withArgs(TypeKind::Function, "::std::function<::std::string_view ()>",
               {leaf(TypeKind::StringView, "::std::string_view")}));
  EXPECT_REJECTED("std::function<void(int &)>", Position::ExportParam);
  EXPECT_REJECTED("std::function<void(app::Counter)>", Position::ExportParam);
  EXPECT_REJECTED("std::function<void(...)>", Position::ExportParam);
}

TEST(TypeClassifierCallbacks, NoOwnerForAFunctionReturnedToJs) {
  EXPECT_REJECTED("std::function<void()>", Position::ExportResult);
  // Inside containers: from JS only (export parameters, import results).
  EXPECT_CLASSIFIED("std::function<void()>", Position::Element,
                    withArgs(TypeKind::Function, "::std::function<void ()>",
                             {leaf(TypeKind::Void, "void")}));
  for (Position Pos : {Position::ExportParam, Position::ImportResult})
    EXPECT_TRUE(classify("std::vector<std::function<void()>>", Pos))
        << "std::vector<std::function<void()>> rejected";
  for (Position Pos : {Position::ExportResult, Position::ImportParam}) {
    EXPECT_REJECTED("std::vector<std::function<void()>>", Pos);
    EXPECT_REJECTED("std::optional<std::vector<std::function<void()>>>", Pos);
  }
  EXPECT_CLASSIFIED("std::function<void()>", Position::ImportResult,
                    withArgs(TypeKind::Function, "::std::function<void ()>",
                             {leaf(TypeKind::Void, "void")}));
  EXPECT_CLASSIFIED(
      "const std::function<void()> &", Position::ExportParam,
      withArgs(TypeKind::Function, "::std::function<void ()>",
               {leaf(TypeKind::Void, "void")}));
  EXPECT_REJECTED("std::function<void()> &", Position::ExportParam);
}

TEST(TypeClassifierPromises, ValuesJsTraitsConverts) {
  for (Position Pos : {Position::ExportParam, Position::ExportResult,
                       Position::ImportParam, Position::ImportResult}) {
    EXPECT_CLASSIFIED(
        "wasmport::Promise<int>", Pos,
        withArgs(TypeKind::Promise, "::wasmport::Promise<int>",
                 {leaf(TypeKind::I32, "int")}));
    EXPECT_CLASSIFIED(
        "wasmport::Promise<void>", Pos,
        withArgs(TypeKind::Promise, "::wasmport::Promise<void>",
                 {leaf(TypeKind::Void, "void")}));
    EXPECT_CLASSIFIED(
        "wasmport::Promise<wasmport::JsValue>", Pos,
        withArgs(TypeKind::Promise,
                 "::wasmport::Promise< ::wasmport::JsValue>",
                 {leaf(TypeKind::JsValue, "::wasmport::JsValue")}));
    EXPECT_REJECTED("wasmport::Promise<app::Point>", Pos);
    EXPECT_REJECTED("wasmport::Promise<const int>", Pos);
  }
  // Inside containers too (by value).
  EXPECT_CLASSIFIED("wasmport::Promise<int>", Position::Element,
                    withArgs(TypeKind::Promise, "::wasmport::Promise<int>",
                             {leaf(TypeKind::I32, "int")}));
  EXPECT_REJECTED("wasmport::Promise<app::Point>", Position::Element);
}

TEST(TypeClassifierExpected, ExportResultsWithAnErrorJsCanThrow) {
  EXPECT_CLASSIFIED(
      "std::expected<int, std::string>", Position::ExportResult,
      withArgs(TypeKind::Expected, "::std::expected<int, ::std::string>",
               {leaf(TypeKind::I32, "int"),
                leaf(TypeKind::String, CanonicalString)}));
  EXPECT_CLASSIFIED(
      "std::expected<std::vector<int>, app::Color>", Position::ExportResult,
      withArgs(TypeKind::Expected,
               "::std::expected< ::std::vector<int>, ::app::Color>",
               {withArgs(TypeKind::Vector,
                         "::std::vector<int, ::std::allocator<int>>",
                         {leaf(TypeKind::I32, "int")}),
                leaf(TypeKind::Enum, "::app::Color", "Color")}));
  EXPECT_REJECTED("std::expected<int, int>", Position::ExportResult);
  EXPECT_REJECTED("std::expected<int, app::Counter>", Position::ExportResult);
  EXPECT_REJECTED("std::expected<std::expected<int, std::string>, std::string>",
                  Position::ExportResult);
  for (Position Pos :
       {Position::ExportParam, Position::ImportParam, Position::Element})
    EXPECT_REJECTED("std::expected<int, std::string>", Pos);
}

TEST(TypeClassifierExpected, ImportResultsHoldTheJsException) {
  EXPECT_CLASSIFIED(
      "std::expected<std::string, wasmport::JsValue>", Position::ImportResult,
      withArgs(TypeKind::Expected,
               "::std::expected< ::std::string, ::wasmport::JsValue>",
               {leaf(TypeKind::String, CanonicalString),
                leaf(TypeKind::JsValue, "::wasmport::JsValue")}));
  EXPECT_REJECTED("std::expected<int, std::string>", Position::ImportResult);
}

//===----------------------------------------------------------------------===//
// The helpers around classifyType
//===----------------------------------------------------------------------===//

TEST(TypeClassifierHelpers, ExpectedErrorTypes) {
  struct Case {
    const char *Error;
    bool Export, Import;
  } Cases[] = {
      {"std::string", true, false},    {"std::string_view", true, false},
      {"const char *", true, false},   {"app::Color", true, false},
      {"app::Point", true, false},     {"wasmport::JsValue", true, true},
      {"int", false, false},           {"app::Counter", false, false},
      {"std::vector<int>", false, false},
      {"const std::string", false, false},
  };
  for (const Case &C : Cases) {
    Snippet S(C.Error);
    QualType E = S.subject();
    ASSERT_FALSE(E.isNull()) << C.Error;
    EXPECT_EQ(isExpectedErrorType(E, Position::ExportResult, S.context(),
                                  lookup),
              C.Export)
        << C.Error;
    EXPECT_EQ(isExpectedErrorType(E, Position::ImportResult, S.context(),
                                  lookup),
              C.Import)
        << C.Error;
    EXPECT_FALSE(
        isExpectedErrorType(E, Position::ExportParam, S.context(), lookup))
        << C.Error;
  }
}

TEST(TypeClassifierHelpers, StdExpectedErrorType) {
  Snippet S("const std::expected<int, app::Color> &");
  std::optional<QualType> E = stdExpectedErrorType(S.subject());
  ASSERT_TRUE(E);
  EXPECT_EQ(spellType(*E, S.context()), "::app::Color");
  EXPECT_FALSE(stdExpectedErrorType(Snippet("std::string").subject()));
}

TEST(TypeClassifierHelpers, UnsupportedPromiseValue) {
  Snippet Bad("const wasmport::Promise<app::Counter> &");
  QualType V = unsupportedPromiseValue(Bad.subject(), Bad.context(), lookup);
  ASSERT_FALSE(V.isNull());
  EXPECT_EQ(spellType(V, Bad.context()), "::app::Counter");
  Snippet Good("wasmport::Promise<std::optional<double>>");
  EXPECT_TRUE(
      unsupportedPromiseValue(Good.subject(), Good.context(), lookup).isNull());
  Snippet NotAPromise("app::Counter");
  EXPECT_TRUE(unsupportedPromiseValue(NotAPromise.subject(),
                                      NotAPromise.context(), lookup)
                  .isNull());
}

TEST(TypeClassifierHelpers, StdFunctionAndJsValueRecognised) {
  EXPECT_TRUE(isStdFunction(Snippet("const std::function<void()> &").subject()));
  EXPECT_FALSE(isStdFunction(Snippet("void (*)()").subject()));
  Snippet J("wasmport::JsValue");
  EXPECT_TRUE(isJsValueClass(J.subject()->getAsCXXRecordDecl()));
  Snippet D("app::Date");
  EXPECT_FALSE(isJsValueClass(D.subject()->getAsCXXRecordDecl()));
}

} // namespace
