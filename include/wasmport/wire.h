//===- wasmport/wire.h - C++ side of the wire conversions -----------------===//
//
// The generated thunks are one-liners over these templates: one conversion
// per kind of type, between the C++ value and its wire form (what a wasm
// import or export carries). docs/Types.md has the table.
//
//   numbers, bool     one i32/i64/f32/f64
//   strings in        (ptr, len): UTF-8 the JS side wrote into memory from
//                     __wasmport_alloc; the thunk frees it after the call
//   strings out       the thunk stores (ptr, len, owner) in the return area;
//                     JS decodes and frees owner (0: borrowed)
//   exported classes  a pointer to the C++ object (i32)
//   enums             the value as an i32
//   number vectors    in: a Holder of the vector JS filled in place
//                     (newVector); out: (data, len, owner) in the return area
//   spans             in: (ptr, len) of elements JS wrote from
//                     __wasmport_alloc; out: (data, len, 0) in the return area
//   other vectors,    a pointer to a "slot" (Codec below) in memory from
//   optionals, value  __wasmport_alloc; whoever reads a slot frees it and
//   structs           every buffer it points to
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_WIRE_H
#define WASMPORT_WIRE_H

#include <wasmport/config.h>
#if WASMPORT_SUPPORTED_STANDARD

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <map>
#include <memory>
#include <new>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>
#include <wasmport/exceptions.h>
#include <wasmport/layout.h>

/// 1 when C++ exceptions unwind: compiled with -fwasm-exceptions (and
/// linked with a runtime built for it, docs/Exceptions.md). Without, a throw
/// reports what() to JS and terminates the module (exceptions.h). Clang
/// before 17 (em++ 3.1.6 runs clang 14) does not define
/// __WASM_EXCEPTIONS__; there -fwasm-exceptions shows as the target feature.
#if defined(__cpp_exceptions) &&                                              \
    (defined(__WASM_EXCEPTIONS__) ||                                           \
     (__clang_major__ < 17 && defined(__wasm_exception_handling__)))
#define WASMPORT_EXCEPTIONS 1
#else
#define WASMPORT_EXCEPTIONS 0
#endif

namespace wasmport::wire {

/// Strings, number vectors and spans leaving C++ are described here; JS
/// reads it right after the call. Every assignment names all five fields
/// (-Wmissing-field-initializers): describing a result clears Exception and
/// Error.
struct ReturnArea {
  const void *Data;
  std::size_t Size;
  /// A std::string for strings (freed by JS through __wasmport_free_string),
  /// an Owned otherwise (__wasmport_free_owned); may be null.
  void *Owner;
  /// A JS exception the glue caught for C++ (a JS heap handle, never 0):
  /// JsValue operations and imports that catch store it here, and C++
  /// takes it right after the call (takeException). 0: none.
  std::uint32_t Exception;
  /// An export's std::expected error: a slot of the error type, which JS
  /// reads and frees after the call (returnError). Null: none.
  void *Error;
};
// The glue reads the return area at layout::ReturnArea's offsets.
static_assert(offsetof(ReturnArea, Data) == layout::ReturnArea::Data &&
                  offsetof(ReturnArea, Size) == layout::ReturnArea::Size &&
                  offsetof(ReturnArea, Owner) == layout::ReturnArea::Owner &&
                  offsetof(ReturnArea, Exception) ==
                      layout::ReturnArea::Exception &&
                  offsetof(ReturnArea, Error) == layout::ReturnArea::Error &&
                  sizeof(ReturnArea) == layout::ReturnArea::Layout.Size &&
                  alignof(ReturnArea) == layout::ReturnArea::Layout.Align,
              "wasmport: wire::ReturnArea differs from layout::ReturnArea");

/// Something JS keeps alive and releases through __wasmport_free_owned.
struct Owned {
  virtual ~Owned() = default;
};
template <typename T> struct Holder final : Owned {
  explicit Holder(T V) : Value(std::move(V)) {}
  T Value;
};

inline ReturnArea Ret;

/// The JS exception the last call stored in the return area, or 0; clears
/// it.
inline std::uint32_t takeException() {
  std::uint32_t E = Ret.Exception;
  Ret.Exception = 0;
  return E;
}

/// Memory JS writes arguments into (__wasmport_alloc); freed by whoever
/// reads them. Null when it does not fit: JS throws a RangeError for the
/// call, and the module goes on working.
inline void *alloc(std::size_t Size) { return std::malloc(Size ? Size : 1); }
/// Memory C++ writes results into: failing traps (no caller to tell).
inline void *allocResult(std::size_t Size) {
  void *P = alloc(Size);
  if (!P)
    __builtin_trap();
  return P;
}
inline void release(void *P) { std::free(P); }

//===--- parameters of abandoned calls ------------------------------------===//
//
// Without C++ exceptions a JS exception crosses wasm frames and no destructor
// runs in them. The objects a thunk makes from its wire arguments (strings,
// vectors, JsValues, std::functions, ...) are entered in a list while the
// user's function runs: a CleanupNode each, newest first, in the thunk's own
// frame. Where the glue lets a JS exception cross C++ (js_rethrow, an import
// that throws), it calls __wasmport_unwind(depth) first: the nodes entered
// while `depth` or more imports were running, the frames the exception is
// about to leave, have their objects destroyed. Each C++ call of a JS
// import that runs user code holds an ImportScope, which counts the imports
// running (the depth the JS side counts too) and drops the nodes of frames
// that a JS exception left but JS caught, when the import returns.
// With -fwasm-exceptions the destructors run: there it all compiles to
// nothing. em++ without them (-fignore-exceptions) gets the list as clang 19
// does, and the thunks' stack accessors with it.

/// 1 when the thunks enter their parameters in the cleanup list. Defining
/// it 0 (-DWASMPORT_CLEANUP=0) turns the list off, to measure what it costs.
#if !defined(WASMPORT_CLEANUP)
#if WASMPORT_EXCEPTIONS
#define WASMPORT_CLEANUP 0
#else
#define WASMPORT_CLEANUP 1
#endif
#endif

/// One object of an export's parameters, to destroy if its frame is
/// abandoned.
struct CleanupNode {
  CleanupNode *Prev;
  void (*Destroy)(void *);
  void *Object;
  /// How many imports were running when the node was entered.
  std::uint32_t Depth;
};

/// The newest node, and how many imports C++ is calling (ImportScope).
inline CleanupNode *CleanupHead = nullptr;
inline std::uint32_t CleanupDepth = 0;

namespace detail {
template <typename T> inline void destroyObject(void *P) {
  T &Object = *static_cast<T *>(P);
  if constexpr (std::is_array_v<T>)
    std::destroy(std::begin(Object), std::end(Object));
  else
    Object.~T();
}
} // namespace detail

/// A node for one object: entered by enter(), left when the Cleanup is
/// destroyed, which it must be before the object (a temporary of the
/// thunk's call made before the object, or a local declared after it).
class Cleanup {
public:
  Cleanup() = default;
  Cleanup(const Cleanup &) = delete;
  Cleanup &operator=(const Cleanup &) = delete;
  ~Cleanup() {
    if (Node.Destroy)
      CleanupHead = Node.Prev;
  }
  void enter([[maybe_unused]] void (*Destroy)(void *),
             [[maybe_unused]] void *Object) {
#if WASMPORT_CLEANUP
    Node = {CleanupHead, Destroy, Object, CleanupDepth};
    CleanupHead = &Node;
#endif
  }
  /// Enters Object, to be destroyed as a T.
  template <typename T> void enterObject(T &Object) {
    enter(&detail::destroyObject<std::remove_const_t<T>>,
          const_cast<void *>(static_cast<const void *>(&Object)));
  }

private:
  CleanupNode Node{nullptr, nullptr, nullptr, 0};
};

/// Enters Param, a parameter of declared type P of the calling function,
/// when it is a value with a destructor: its caller owns it, and a JS
/// exception that leaves this function leaves the caller too.
template <typename P, typename V>
inline void enterParam([[maybe_unused]] Cleanup &C, [[maybe_unused]] V &Param) {
  if constexpr (!std::is_reference_v<P> && !std::is_trivially_destructible_v<V>)
    C.enterObject(Param);
}

namespace detail {
/// Whether the compiler builds a returned local in the caller's object
/// (NRVO; -fno-elide-constructors turns it off): held() enters the local.
struct ElisionProbe {
  const ElisionProbe *Self;
  ElisionProbe() : Self(this) {}
  ElisionProbe(const ElisionProbe &) : Self(nullptr) {}
  ~ElisionProbe() {}
};
inline ElisionProbe elisionProbe() {
  ElisionProbe P;
  return P;
}
inline bool elidesNamedReturn() {
  ElisionProbe P = elisionProbe();
  return P.Self == &P;
}
} // namespace detail

/// The value Make() returns (a parameter the thunk makes), built where the
/// caller puts it and entered in C until the end of the caller's full
/// expression; C is a temporary of that expression. nodebug, as the thunks'
/// lambdas that call it: its instantiations are named after them, and
/// debug info would name the file '<wasmport thunks>'.
template <typename Make>
__attribute__((nodebug)) inline auto held([[maybe_unused]] Cleanup &&C, Make M) -> decltype(M()) {
  using T = decltype(M());
  static_assert(!std::is_reference_v<T>, "wasmport: held() makes values");
#if WASMPORT_CLEANUP
  if constexpr (!std::is_trivially_destructible_v<T>) {
    T V = M();
    if (detail::elidesNamedReturn())
      C.enterObject(V);
    return V;
  } else {
    return M();
  }
#else
  return M();
#endif
}

/// Held by each C++ call of a JS import that may run user code: counts the
/// imports running, and when the import returns drops the nodes of frames a
/// JS exception left under it (JS caught it; their objects stay undestroyed).
class ImportScope {
public:
#if WASMPORT_CLEANUP
  ImportScope() : Saved(CleanupHead) { ++CleanupDepth; }
  ~ImportScope() {
    CleanupHead = Saved;
    --CleanupDepth;
  }
#else
  ImportScope() {}
#endif
  ImportScope(const ImportScope &) = delete;
  ImportScope &operator=(const ImportScope &) = delete;

#if WASMPORT_CLEANUP
private:
  CleanupNode *Saved;
#endif
};

/// Call() (a call of a JS import that may run user code) in an ImportScope.
/// Only the import's call is in it: what the caller makes before is entered
/// at the caller's depth.
template <typename F> inline auto callJs(F Call) -> decltype(Call()) {
  ImportScope S;
  return Call();
}

/// Import(Args...), the wire values made first, in an ImportScope.
template <typename R, typename... P, typename... A>
inline R callImport(R (*Import)(P...), A... Args) {
  ImportScope S;
  return Import(Args...);
}

/// __wasmport_unwind: destroys the objects of the nodes entered while Depth
/// or more imports were running, newest first; a JS exception is about to
/// leave their frames for JS code running at that depth.
inline void unwindTo(std::uint32_t Depth) {
  while (CleanupNode *N = CleanupHead) {
    if (N->Depth < Depth)
      break;
    CleanupHead = N->Prev;
    N->Destroy(N->Object);
  }
  if (CleanupDepth > Depth)
    CleanupDepth = Depth;
}

//===--- numbers and bool -------------------------------------------------===//

/// The wire type of an arithmetic T: 64-bit integers travel as i64, floating
/// point as itself, everything else as i32.
template <typename T> struct Scalar {
  static_assert(std::is_arithmetic_v<T>, "wasmport: not a number type");
  using Wire = std::conditional_t<
      std::is_floating_point_v<T>, T,
      std::conditional_t<(sizeof(T) == 8), std::int64_t, std::int32_t>>;
};

template <typename T> inline T fromWire(typename Scalar<T>::Wire W) {
  if constexpr (std::is_same_v<T, bool>)
    return W != 0;
  else
    return static_cast<T>(W);
}

template <typename T> inline typename Scalar<T>::Wire toWire(T V) {
  return static_cast<typename Scalar<T>::Wire>(V);
}

//===--- strings into C++ -------------------------------------------------===//

/// Owns the UTF-8 bytes JS wrote for one argument; frees them at the end of
/// the full expression that calls the user's function (or __wasmport_unwind
/// does, when a JS exception abandons the call).
class StringArg {
public:
  StringArg(char *Data, std::size_t Size) : Data(Data), Size(Size) {
    C.enter([](void *P) { std::free(P); }, Data);
  }
  StringArg(const StringArg &) = delete;
  StringArg &operator=(const StringArg &) = delete;
  ~StringArg() { std::free(Data); }

  template <typename T> T as() const {
    if constexpr (std::is_same_v<T, std::string>)
      return std::string(Data ? Data : "", Size);
    else if constexpr (std::is_same_v<T, std::string_view>)
      return std::string_view(Data ? Data : "", Size);
    else {
      static_assert(std::is_same_v<T, const char *>,
                    "wasmport: unsupported string type");
      return Data; // JS appended a NUL; null stays null.
    }
  }

private:
  char *Data;
  std::size_t Size;
  Cleanup C;
};

//===--- strings out of C++ -----------------------------------------------===//

inline void returnString(std::string &&S) {
  auto *Owner = new std::string(std::move(S));
  Ret = {Owner->data(), Owner->size(), Owner, 0, nullptr};
}
inline void returnString(const std::string &S) { returnString(std::string(S)); }
inline void returnString(std::string_view S) {
  Ret = {S.data(), S.size(), nullptr, 0, nullptr};
}
inline void returnString(const char *S) {
  Ret = {S, S ? std::strlen(S) : 0, nullptr, 0, nullptr};
}

/// Takes the string a JS import stored in the return area (bytes from
/// __wasmport_alloc) and frees the bytes.
inline std::string takeString() {
  StringArg Bytes(static_cast<char *>(const_cast<void *>(Ret.Data)), Ret.Size);
  return Bytes.as<std::string>();
}

/// (ptr, len) of a string passed to a JS import; the JS side only reads it.
inline const char *stringData(std::string_view S) { return S.data(); }
inline std::size_t stringSize(std::string_view S) { return S.size(); }
inline const char *stringData(const char *S) { return S; }
inline std::size_t stringSize(const char *S) { return S ? std::strlen(S) : 0; }

//===--- exported classes -------------------------------------------------===//

template <typename T> inline T &objectRef(void *P) { return *static_cast<T *>(P); }
template <typename T> inline T *objectPtr(void *P) { return static_cast<T *>(P); }
/// A borrowed `const T *` as JS holds it: JS has no const (docs/Types.md).
template <typename T> inline void *borrow(const T *P) {
  return const_cast<T *>(P);
}

/// Constructs an object that JS will own.
template <typename T, typename... Args> inline void *construct(Args &&...A) {
  return new T(std::forward<Args>(A)...);
}

/// Moves a returned object to the heap; JS owns the result.
template <typename T> inline void *adopt(T &&V) {
  return new std::decay_t<T>(std::forward<T>(V));
}

template <typename T> inline void destroy(void *P) { delete static_cast<T *>(P); }

/// A std::unique_ptr parameter takes the object JS gave up.
template <typename P> inline P adoptUnique(void *Ptr) {
  return P(static_cast<typename P::element_type *>(Ptr));
}
template <typename P> inline void *releaseUnique(P &&V) { return V.release(); }

/// A std::shared_ptr parameter shares the owner JS holds (0: null).
template <typename P> inline P sharedArg(void *Owner) {
  return Owner ? static_cast<Holder<P> *>(Owner)->Value : P();
}
/// A std::shared_ptr result: the object's address, and a new owner in the
/// return area.
template <typename P> inline void *returnShared(P V) {
  void *Object = V.get();
  Ret = {nullptr, 0, Object ? new Holder<P>(std::move(V)) : nullptr, 0, nullptr};
  return Object;
}

//===--- values in linear memory ------------------------------------------===//
//
// Codec<T> reads and writes one T as a "slot": a fixed-size record laid out
// by the table in <wasmport/layout.h>, which the JS side computes its
// layouts from too (lib/Manifest/Layout); each module's thunks
// static_assert that the two agree for the types it uses (docs/Types.md).
// Every size, alignment and offset below comes from that table. An exported
// class by value is a copy into C++, and a new object JS owns out of it.
// Buffers a slot points to come from __wasmport_alloc, and whoever reads the
// slot frees them: C++ for arguments, JS for results.

template <typename T, typename = void> struct Codec;

namespace detail {
#if defined(__wasm__)
static_assert(sizeof(void *) == layout::Pointer.Size &&
                  alignof(void *) == layout::Pointer.Align,
              "wasmport: slots hold wasm32 addresses; compile for wasm32");
#endif

/// The slot of a number type, by its manifest kind's rule: bool, then the
/// integers and floating-point types by size. C++ decides sizeof and alignof;
/// the Codec checks them against the table.
template <typename T> constexpr layout::Slot numberSlot() {
  if constexpr (std::is_same_v<T, bool>)
    return layout::Bool;
  else if constexpr (std::is_floating_point_v<T>)
    return sizeof(T) == 4 ? layout::Float32 : layout::Float64;
  else if constexpr (sizeof(T) == 1)
    return layout::Int8;
  else if constexpr (sizeof(T) == 2)
    return layout::Int16;
  else if constexpr (sizeof(T) == 4)
    return layout::Int32;
  else
    return layout::Int64;
}

inline std::uint32_t loadU32(const unsigned char *At) {
  std::uint32_t V;
  std::memcpy(&V, At, 4);
  return V;
}
inline void storeU32(unsigned char *At, std::uint32_t V) { std::memcpy(At, &V, 4); }
inline unsigned char *loadPtr(const unsigned char *At) {
  return reinterpret_cast<unsigned char *>(static_cast<std::uintptr_t>(loadU32(At)));
}
inline void storePtr(unsigned char *At, const void *P) {
  storeU32(At, static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(P)));
}
} // namespace detail

template <typename T>
struct Codec<T, std::enable_if_t<std::is_arithmetic_v<T>>> {
  static constexpr std::size_t Size = detail::numberSlot<T>().Size,
                               Align = detail::numberSlot<T>().Align;
  static_assert(sizeof(T) == Size && alignof(T) == Align,
                "wasmport: this number type's size or alignment is not the "
                "slot's in <wasmport/layout.h>");
  static T read(const unsigned char *At) {
    if constexpr (std::is_same_v<T, bool>)
      return *At != 0;
    T V;
    std::memcpy(&V, At, sizeof(T));
    return V;
  }
  static void write(unsigned char *At, T V) {
    if constexpr (std::is_same_v<T, bool>)
      *At = V ? 1 : 0;
    else
      std::memcpy(At, &V, sizeof(T));
  }
};

template <typename T> struct Codec<T, std::enable_if_t<std::is_enum_v<T>>> {
  static constexpr std::size_t Size = layout::Enum.Size,
                               Align = layout::Enum.Align;
  static T read(const unsigned char *At) {
    return static_cast<T>(static_cast<std::int32_t>(detail::loadU32(At)));
  }
  static void write(unsigned char *At, T V) {
    detail::storeU32(At, static_cast<std::uint32_t>(V));
  }
};

template <> struct Codec<std::string> {
  using Parts = layout::Buffer;
  static constexpr std::size_t Size = Parts::Layout.Size,
                               Align = Parts::Layout.Align;
  static std::string read(const unsigned char *At) {
    return StringArg(
               reinterpret_cast<char *>(detail::loadPtr(At + Parts::Data)),
               detail::loadU32(At + Parts::Length))
        .as<std::string>();
  }
  static void write(unsigned char *At, const std::string &V) {
    void *P = allocResult(V.size());
    std::memcpy(P, V.data(), V.size());
    detail::storePtr(At + Parts::Data, P);
    detail::storeU32(At + Parts::Length, static_cast<std::uint32_t>(V.size()));
  }
};

template <typename E, typename A> struct Codec<std::vector<E, A>> {
  using Parts = layout::Buffer;
  static constexpr std::size_t Size = Parts::Layout.Size,
                               Align = Parts::Layout.Align;
  /// Element I sits at I * stride() in the buffer (a function: E may be
  /// incomplete where the vector is).
  static constexpr std::size_t stride() {
    return Parts::stride({Codec<E>::Size, Codec<E>::Align});
  }
  /// Elements copied as bytes: numbers (not bool: std::vector<bool> packs
  /// bits) in the same representation on both sides.
  static constexpr bool Flat = std::is_arithmetic_v<E> && !std::is_same_v<E, bool>;

  static std::vector<E, A> read(const unsigned char *At) {
    unsigned char *P = detail::loadPtr(At + Parts::Data);
    std::size_t N = detail::loadU32(At + Parts::Length);
    std::vector<E, A> Out;
    if constexpr (Flat) {
      Out.assign(reinterpret_cast<E *>(P), reinterpret_cast<E *>(P) + N);
    } else {
      Out.reserve(N);
      for (std::size_t I = 0; I != N; ++I)
        Out.push_back(Codec<E>::read(P + I * stride()));
    }
    release(P);
    return Out;
  }
  static void write(unsigned char *At, std::vector<E, A> V) {
    std::size_t N = V.size();
    auto *P = static_cast<unsigned char *>(allocResult(N * stride()));
    if constexpr (Flat) {
      if (N)
        std::memcpy(P, V.data(), N * sizeof(E));
    } else {
      for (std::size_t I = 0; I != N; ++I)
        Codec<E>::write(P + I * stride(), std::move(V[I]));
    }
    detail::storePtr(At + Parts::Data, P);
    detail::storeU32(At + Parts::Length, static_cast<std::uint32_t>(N));
  }
};

template <typename E> struct Codec<std::optional<E>> {
  using Parts = layout::Optional;
  static constexpr layout::Slot Element{Codec<E>::Size, Codec<E>::Align};
  /// Where the value sits, after the flag byte.
  static constexpr std::size_t Offset = Parts::valueOffset(Element);
  static constexpr std::size_t Size = Parts::of(Element).Size,
                               Align = Parts::of(Element).Align;
  static std::optional<E> read(const unsigned char *At) {
    if (!At[Parts::Flag])
      return std::nullopt;
    return Codec<E>::read(At + Offset);
  }
  static void write(unsigned char *At, std::optional<E> V) {
    At[Parts::Flag] = V.has_value() ? 1 : 0;
    if (V)
      Codec<E>::write(At + Offset, std::move(*V));
  }
};

namespace detail {
/// The entries of an unordered container in ascending key order, so that
/// JS gets them in an order that depends only on the contents (docs/Types.md
/// "Maps and sets"); the ordered containers' own order is that already.
template <typename C, typename KeyOf>
std::vector<decltype(&*std::begin(std::declval<C &>()))> sortedEntries(C &V,
                                                                       KeyOf Key) {
  std::vector<decltype(&*std::begin(V))> Order;
  Order.reserve(V.size());
  for (auto &E : V)
    Order.push_back(&E);
  std::sort(Order.begin(), Order.end(),
            [&](auto *A, auto *B) { return Key(*A) < Key(*B); });
  return Order;
}

/// std::map and std::unordered_map: a Buffer of entries, each the key then
/// the value (layout::MapEntry). Reading keeps the first of equal keys.
template <typename M, typename K, typename V, bool Unordered> struct MapCodec {
  using Parts = layout::Buffer;
  static constexpr std::size_t Size = Parts::Layout.Size,
                               Align = Parts::Layout.Align;
  static constexpr layout::Slot keySlot() { return {Codec<K>::Size, Codec<K>::Align}; }
  static constexpr layout::Slot valueSlot() { return {Codec<V>::Size, Codec<V>::Align}; }
  /// Where an entry's value sits (its key at layout::MapEntry::Key).
  static constexpr std::size_t valueOffset() {
    return layout::MapEntry::valueOffset(keySlot(), valueSlot());
  }
  static constexpr std::size_t stride() {
    return Parts::stride(layout::MapEntry::of(keySlot(), valueSlot()));
  }
  static M read(const unsigned char *At) {
    unsigned char *P = loadPtr(At + Parts::Data);
    std::size_t N = loadU32(At + Parts::Length);
    M Out;
    for (std::size_t I = 0; I != N; ++I) {
      unsigned char *E = P + I * stride();
      K Key = Codec<K>::read(E + layout::MapEntry::Key);
      Out.emplace(std::move(Key), Codec<V>::read(E + valueOffset()));
    }
    release(P);
    return Out;
  }
  static void write(unsigned char *At, M Map) {
    std::size_t N = Map.size();
    auto *P = static_cast<unsigned char *>(allocResult(N * stride()));
    auto Put = [&](std::size_t I, typename M::value_type &E) {
      Codec<K>::write(P + I * stride() + layout::MapEntry::Key, E.first);
      Codec<V>::write(P + I * stride() + valueOffset(), std::move(E.second));
    };
    std::size_t I = 0;
    if constexpr (Unordered) {
      for (auto *E : sortedEntries(Map, [](auto &E) -> const K & { return E.first; }))
        Put(I++, *E);
    } else {
      for (auto &E : Map)
        Put(I++, E);
    }
    storePtr(At + Parts::Data, P);
    storeU32(At + Parts::Length, static_cast<std::uint32_t>(N));
  }
};

/// std::set and std::unordered_set: a vector's Buffer of the elements.
/// Reading keeps the first of equal elements.
template <typename S, typename E, bool Unordered> struct SetCodec {
  using Parts = layout::Buffer;
  static constexpr std::size_t Size = Parts::Layout.Size,
                               Align = Parts::Layout.Align;
  static constexpr std::size_t stride() {
    return Parts::stride({Codec<E>::Size, Codec<E>::Align});
  }
  static S read(const unsigned char *At) {
    unsigned char *P = loadPtr(At + Parts::Data);
    std::size_t N = loadU32(At + Parts::Length);
    S Out;
    for (std::size_t I = 0; I != N; ++I)
      Out.insert(Codec<E>::read(P + I * stride()));
    release(P);
    return Out;
  }
  static void write(unsigned char *At, const S &V) {
    std::size_t N = V.size();
    auto *P = static_cast<unsigned char *>(allocResult(N * stride()));
    std::size_t I = 0;
    if constexpr (Unordered) {
      for (auto *X : sortedEntries(V, [](const E &X) -> const E & { return X; }))
        Codec<E>::write(P + I++ * stride(), *X);
    } else {
      for (const E &X : V)
        Codec<E>::write(P + I++ * stride(), X);
    }
    storePtr(At + Parts::Data, P);
    storeU32(At + Parts::Length, static_cast<std::uint32_t>(N));
  }
};
} // namespace detail

template <typename K, typename V, typename C, typename A>
struct Codec<std::map<K, V, C, A>>
    : detail::MapCodec<std::map<K, V, C, A>, K, V, false> {};
template <typename K, typename V, typename H, typename Eq, typename A>
struct Codec<std::unordered_map<K, V, H, Eq, A>>
    : detail::MapCodec<std::unordered_map<K, V, H, Eq, A>, K, V, true> {};
template <typename E, typename C, typename A>
struct Codec<std::set<E, C, A>> : detail::SetCodec<std::set<E, C, A>, E, false> {};
template <typename E, typename H, typename Eq, typename A>
struct Codec<std::unordered_set<E, H, Eq, A>>
    : detail::SetCodec<std::unordered_set<E, H, Eq, A>, E, true> {};

/// An exported class in a slot. The thunks declare
/// `Codec<::Counter> : ObjectCodec<::Counter>` for each exported class.
template <typename T> struct ObjectCodec {
  static constexpr std::size_t Size = layout::Object.Size,
                               Align = layout::Object.Align;
  static T read(const unsigned char *At) {
    return *reinterpret_cast<T *>(detail::loadPtr(At)); // JS keeps its object.
  }
  static void write(unsigned char *At, T V) {
    detail::storePtr(At, new T(std::move(V)));
  }
};

template <typename T, typename D> struct Codec<std::unique_ptr<T, D>> {
  static constexpr std::size_t Size = layout::Object.Size,
                               Align = layout::Object.Align;
  static std::unique_ptr<T, D> read(const unsigned char *At) {
    return std::unique_ptr<T, D>(reinterpret_cast<T *>(detail::loadPtr(At)));
  }
  static void write(unsigned char *At, std::unique_ptr<T, D> V) {
    detail::storePtr(At, V.release());
  }
};

template <typename T> struct Codec<std::shared_ptr<T>> {
  using Parts = layout::Shared;
  static constexpr std::size_t Size = Parts::Layout.Size,
                               Align = Parts::Layout.Align;
  static std::shared_ptr<T> read(const unsigned char *At) {
    return sharedArg<std::shared_ptr<T>>(detail::loadPtr(At + Parts::Owner));
  }
  static void write(unsigned char *At, std::shared_ptr<T> V) {
    detail::storePtr(At + Parts::Address, V.get());
    detail::storePtr(At + Parts::Owner,
                     V ? new Holder<std::shared_ptr<T>>(std::move(V))
                       : nullptr);
  }
};

namespace detail {
template <auto M> struct FieldOf;
template <typename C, typename F, F C::*M> struct FieldOf<M> {
  using Type = std::remove_cv_t<F>;
};

template <std::size_t N> struct FieldLayout {
  std::size_t Offsets[N ? N : 1] = {};
  std::size_t Size = 1, Align = 1;
};

/// Fields placed by layout::Struct, in order.
template <typename... F> constexpr FieldLayout<sizeof...(F)> layoutOf() {
  FieldLayout<sizeof...(F)> L;
  layout::Slot Fields[] = {layout::Slot{Codec<F>::Size, Codec<F>::Align}...,
                           layout::Slot{0, 1}};
  layout::Struct S;
  for (std::size_t I = 0; I != sizeof...(F); ++I)
    L.Offsets[I] = S.add(Fields[I]);
  L.Size = S.layout().Size;
  L.Align = S.layout().Align;
  return L;
}
} // namespace detail

/// A [[wasmport::value]] struct: its fields in order. The thunks declare
/// `Codec<::Point> : ValueCodec<::Point, &::Point::x, &::Point::y>`.
template <typename T, auto... Members> struct ValueCodec {
private:
  template <auto M> using FieldType = typename detail::FieldOf<M>::Type;
  static constexpr auto L = detail::layoutOf<FieldType<Members>...>();

  template <std::size_t... I>
  static T readAll(const unsigned char *At, std::index_sequence<I...>) {
    if constexpr (std::is_aggregate_v<T>) {
      // Braced initialisation evaluates the fields in order.
      return T{Codec<FieldType<Members>>::read(At + L.Offsets[I])...};
    } else {
      // A foreign value struct with constructors (an alias's): built by
      // default construction, then its public members assigned in order.
      T V;
      ((V.*Members = Codec<FieldType<Members>>::read(At + L.Offsets[I])), ...);
      return V;
    }
  }
  template <std::size_t... I>
  static void writeAll(unsigned char *At, T &V, std::index_sequence<I...>) {
    (Codec<FieldType<Members>>::write(At + L.Offsets[I], std::move(V.*Members)),
     ...);
  }

public:
  static constexpr std::size_t Size = L.Size, Align = L.Align;
  /// The offset of field I (in the order of Members).
  static constexpr std::size_t offset(std::size_t I) { return L.Offsets[I]; }
  static T read(const unsigned char *At) {
    return readAll(At, std::make_index_sequence<sizeof...(Members)>());
  }
  static void write(unsigned char *At, T V) {
    writeAll(At, V, std::make_index_sequence<sizeof...(Members)>());
  }
};

/// The value type of an import's parameter declared as T (`const V &`):
/// what its copy for JS is.
template <typename T> using Bare = std::remove_cv_t<std::remove_reference_t<T>>;

/// An exported enum a JS import returned, checked in JS.
template <typename E> inline E enumFromWire(std::int32_t V) {
  return static_cast<E>(V);
}

/// An argument in a slot JS allocated: read it, then free the slot.
template <typename T> inline T take(void *Slot) {
  auto *At = static_cast<unsigned char *>(Slot);
  T V = Codec<T>::read(At);
  release(At);
  return V;
}

/// A result in a new slot, which JS reads and frees.
template <typename T> inline void *give(T V) {
  auto *At = static_cast<unsigned char *>(allocResult(Codec<T>::Size));
  Codec<T>::write(At, std::move(V));
  return At;
}

/// The one result scratch (layout::ResultScratch) of the module.
alignas(layout::ResultScratch::Layout.Align) inline unsigned char
    ResultScratch[layout::ResultScratch::Layout.Size];

/// A result whose slot holds nothing to free, in the result scratch: JS reads
/// it before anything else runs in wasm, and frees nothing. The thunks use it
/// exactly where manifest::resultInScratch says the glue expects it.
template <typename T> inline void *giveInScratch(T V) {
  static_assert(Codec<T>::Size <= layout::ResultScratch::Layout.Size &&
                    Codec<T>::Align <= layout::ResultScratch::Layout.Align,
                "wasmport: this result does not fit the result scratch");
  Codec<T>::write(ResultScratch, std::move(V));
  return ResultScratch;
}

//===--- std::expected results --------------------------------------------===//

/// An export's std::expected error: V as an E (std::string for the string
/// kinds; a null const char* is "") in a new slot, for JS to throw.
template <typename E, typename V> inline void returnError(V &&Error) {
  if constexpr (std::is_convertible_v<V, const char *>) {
    const char *S = Error;
    Ret.Error = give<E>(E(S ? S : ""));
  } else {
    Ret.Error = give<E>(E(std::forward<V>(Error)));
  }
}

//===--- number vectors and spans -----------------------------------------===//

/// A number vector argument, made before the call by the runtime export
/// __wasmport_vector_<kind>(n): a std::vector<E> of n elements whose data()
/// JS writes the elements into (the only copy), in a Holder that the thunk
/// takes apart with takeVector. E is the kind's fixed-width type.
template <typename E> inline void *newVector(std::size_t Size) {
  // Null (a RangeError in JS) rather than abort() when it cannot fit: the
  // size was checked in JS, the probe tells whether malloc has the room.
  if (Size > SIZE_MAX / sizeof(E))
    return nullptr;
  static void *volatile Probe; // volatile: the compiler may not elide it.
  Probe = std::malloc(Size * sizeof(E) + 64);
  if (!Probe)
    return nullptr;
  std::free(Probe);
  auto *H = new Holder<std::vector<E>>(std::vector<E>(Size));
  Ret = {H->Value.data(), Size, nullptr, 0, nullptr};
  return static_cast<Owned *>(H);
}

/// The vector newVector<E> made, as the parameter type V: moved when V is
/// std::vector<E>, converted otherwise (`long` is an i32 but not int32_t).
template <typename V, typename E> inline V takeVector(void *Owner) {
  std::unique_ptr<Owned> O(static_cast<Owned *>(Owner));
  std::vector<E> &Vec = static_cast<Holder<std::vector<E>> &>(*O).Value;
  if constexpr (std::is_same_v<V, std::vector<E>>)
    return std::move(Vec);
  else
    return V(Vec.begin(), Vec.end());
}

/// Owns a span argument's elements until the end of the full expression
/// that calls the user's function (or __wasmport_unwind frees them).
class SpanArg {
public:
  SpanArg(void *Data, std::size_t Size) : Data(Data), Size(Size) {
    C.enter(release, Data);
  }
  SpanArg(const SpanArg &) = delete;
  SpanArg &operator=(const SpanArg &) = delete;
  ~SpanArg() { release(Data); }
  template <typename S> S as() const {
    return S(static_cast<typename S::pointer>(Data), Size);
  }

private:
  void *Data;
  std::size_t Size;
  Cleanup C;
};

/// A std::span<T> argument: JS copies the elements back, then frees them.
template <typename S> inline S mutableSpan(void *Data, std::size_t Size) {
  return S(static_cast<typename S::pointer>(Data), Size);
}

/// A number vector result: the vector moves to the heap, JS copies its
/// elements once and frees it.
template <typename V> inline void returnVector(V &&Vec) {
  using T = std::decay_t<V>;
  auto *H = new Holder<T>(std::forward<V>(Vec));
  Ret = {H->Value.data(), H->Value.size(), static_cast<Owned *>(H), 0, nullptr};
}

/// A span result: memory C++ keeps owning.
template <typename S> inline void returnSpan(S Span) {
  Ret = {Span.data(), Span.size(), nullptr, 0, nullptr};
}

//===--- runtime exports --------------------------------------------------===//

inline void releaseString(void *P) { delete static_cast<std::string *>(P); }
inline void releaseOwned(void *P) { delete static_cast<Owned *>(P); }
inline void *returnArea() { return &Ret; }

} // namespace wasmport::wire

#endif // WASMPORT_SUPPORTED_STANDARD
#endif // WASMPORT_WIRE_H
