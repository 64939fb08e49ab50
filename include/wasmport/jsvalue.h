//===- wasmport/jsvalue.h - JS values held by C++ -------------------------===//
//
// wasmport::JsValue owns one JS value. The value itself stays in JS, in a
// table of the generated glue (the "JS heap"); C++ holds its index, a
// handle. Copying a JsValue makes a new handle to the same value, moving one
// moves the handle, and the destructor releases it. docs/JsValue.md is the
// guide.
//
// Handles 0 to 3 stand for undefined, null, true and false: they are never
// allocated or released, so those values cost nothing to make.
//
// A JS exception thrown by an operation (a getter, a called function, a
// constructor) reaches C++ as a wasmport::JsError when C++ exceptions unwind
// (WASMPORT_EXCEPTIONS: -fwasm-exceptions). Without, it continues into the
// JS code that called into wasm, and the C++ frames between are abandoned
// without running their destructors.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_JSVALUE_H
#define WASMPORT_JSVALUE_H

#include <wasmport/config.h>
#if WASMPORT_SUPPORTED_STANDARD

#include <wasmport/wire.h>

#include <cstdint>
#include <cstring>
#include <exception>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

// The glue provides these (lib/JS/runtime/heap.js, helpers of the same names
// without the __wasmport_ prefix). Handles are u32; strings are (ptr, len)
// of UTF-8 the JS side only reads; an argument list is (ptr, count) of
// handles. Operations that run JS code report an exception through
// wire::Ret.Exception and return 0.
#define WASMPORT_JS_IMPORT(Name)                                               \
  __attribute__((import_module("wasmport"), import_name(#Name)))
extern "C" {
WASMPORT_JS_IMPORT(__wasmport_js_clone) std::uint32_t __wasmport_js_clone(std::uint32_t);
WASMPORT_JS_IMPORT(__wasmport_js_drop) void __wasmport_js_drop(std::uint32_t);
WASMPORT_JS_IMPORT(__wasmport_js_number) std::uint32_t __wasmport_js_number(double);
WASMPORT_JS_IMPORT(__wasmport_js_bigint) std::uint32_t __wasmport_js_bigint(std::int64_t);
WASMPORT_JS_IMPORT(__wasmport_js_string)
std::uint32_t __wasmport_js_string(const char *, std::size_t);
WASMPORT_JS_IMPORT(__wasmport_js_global)
std::uint32_t __wasmport_js_global(const char *, std::size_t);
WASMPORT_JS_IMPORT(__wasmport_js_object) std::uint32_t __wasmport_js_object();
WASMPORT_JS_IMPORT(__wasmport_js_array) std::uint32_t __wasmport_js_array();
WASMPORT_JS_IMPORT(__wasmport_js_type) std::int32_t __wasmport_js_type(std::uint32_t);
WASMPORT_JS_IMPORT(__wasmport_js_number_of) double __wasmport_js_number_of(std::uint32_t);
WASMPORT_JS_IMPORT(__wasmport_js_bigint_of)
std::int64_t __wasmport_js_bigint_of(std::uint32_t);
WASMPORT_JS_IMPORT(__wasmport_js_string_of) void __wasmport_js_string_of(std::uint32_t);
WASMPORT_JS_IMPORT(__wasmport_js_message) void __wasmport_js_message(std::uint32_t);
WASMPORT_JS_IMPORT(__wasmport_js_get)
std::uint32_t __wasmport_js_get(std::uint32_t, std::uint32_t);
WASMPORT_JS_IMPORT(__wasmport_js_set)
void __wasmport_js_set(std::uint32_t, std::uint32_t, std::uint32_t);
WASMPORT_JS_IMPORT(__wasmport_js_call)
std::uint32_t __wasmport_js_call(std::uint32_t, std::uint32_t,
                                 const std::uint32_t *, std::size_t);
WASMPORT_JS_IMPORT(__wasmport_js_call_method)
std::uint32_t __wasmport_js_call_method(std::uint32_t, std::uint32_t,
                                        const std::uint32_t *, std::size_t);
WASMPORT_JS_IMPORT(__wasmport_js_new)
std::uint32_t __wasmport_js_new(std::uint32_t, const std::uint32_t *, std::size_t);
WASMPORT_JS_IMPORT(__wasmport_js_instanceof)
std::int32_t __wasmport_js_instanceof(std::uint32_t, std::uint32_t);
WASMPORT_JS_IMPORT(__wasmport_js_equals)
std::int32_t __wasmport_js_equals(std::uint32_t, std::uint32_t);
WASMPORT_JS_IMPORT(__wasmport_js_error)
std::uint32_t __wasmport_js_error(const char *, std::size_t);
[[noreturn]] WASMPORT_JS_IMPORT(__wasmport_js_rethrow) void
__wasmport_js_rethrow(std::uint32_t);
// C++ exceptions leaving an export (-fwasm-exceptions): the value to throw
// in JS as a new handle (never 0), for a JsError, and an Error with
// cppException: true made from a message, for other exceptions.
WASMPORT_JS_IMPORT(__wasmport_js_exception)
std::uint32_t __wasmport_js_exception(std::uint32_t);
WASMPORT_JS_IMPORT(__wasmport_js_cpp_error)
std::uint32_t __wasmport_js_cpp_error(const char *, std::size_t);
}
#undef WASMPORT_JS_IMPORT

#if WASMPORT_EXCEPTIONS
#include <cxxabi.h>
#include <typeinfo>
#endif

namespace wasmport {

/// What `typeof` says, with null apart.
enum class JsType : std::int32_t {
  Undefined,
  Null,
  Boolean,
  Number,
  String,
  BigInt,
  Symbol,
  Function,
  Object,
};

class JsValue;

namespace detail {
[[noreturn]] void raise(std::uint32_t Exception);
} // namespace detail

/// An owned handle to a JS value.
class JsValue {
public:
  /// undefined.
  JsValue() noexcept = default;
  JsValue(bool B) noexcept : H(B ? True : False) {}
  /// Numbers; 64-bit integers become bigints (as in signatures).
  template <typename T,
            std::enable_if_t<std::is_arithmetic_v<T> && !std::is_same_v<T, bool>,
                             int> = 0>
  JsValue(T N) noexcept
      : H(std::is_integral_v<T> && sizeof(T) == 8
              ? __wasmport_js_bigint(static_cast<std::int64_t>(N))
              : __wasmport_js_number(static_cast<double>(N))) {}
  JsValue(std::string_view S) noexcept
      : H(__wasmport_js_string(S.data(), S.size())) {}
  JsValue(const std::string &S) noexcept : JsValue(std::string_view(S)) {}
  /// A string; a null pointer is null.
  JsValue(const char *S) noexcept
      : H(S ? __wasmport_js_string(S, std::char_traits<char>::length(S)) : Null) {}
  /// Other pointers would silently become booleans.
  template <typename T> JsValue(T *) = delete;

  JsValue(const JsValue &O) noexcept : H(O.H > False ? __wasmport_js_clone(O.H) : O.H) {}
  JsValue(JsValue &&O) noexcept : H(std::exchange(O.H, Undefined)) {}
  JsValue &operator=(const JsValue &O) noexcept {
    if (this != &O)
      reset(O.H > False ? __wasmport_js_clone(O.H) : O.H);
    return *this;
  }
  JsValue &operator=(JsValue &&O) noexcept {
    if (this != &O)
      reset(std::exchange(O.H, Undefined));
    return *this;
  }
  ~JsValue() { reset(Undefined); }

  static JsValue undefined() noexcept { return JsValue(); }
  static JsValue null() noexcept { return adopt(Null); }
  /// `globalThis[Name]`.
  static JsValue global(std::string_view Name) noexcept {
    return adopt(__wasmport_js_global(Name.data(), Name.size()));
  }
  /// `{}` and `[]`.
  static JsValue object() noexcept { return adopt(__wasmport_js_object()); }
  static JsValue array() noexcept { return adopt(__wasmport_js_array()); }
  /// `new Error(Message)`.
  static JsValue error(std::string_view Message) noexcept {
    return adopt(__wasmport_js_error(Message.data(), Message.size()));
  }

  JsType type() const noexcept {
    switch (H) {
    case Undefined: return JsType::Undefined;
    case Null: return JsType::Null;
    case True:
    case False: return JsType::Boolean;
    default: return static_cast<JsType>(__wasmport_js_type(H));
    }
  }
  bool isUndefined() const noexcept { return type() == JsType::Undefined; }
  bool isNull() const noexcept { return type() == JsType::Null; }
  /// undefined or null.
  bool isNullish() const noexcept { return isUndefined() || isNull(); }
  bool isBool() const noexcept { return type() == JsType::Boolean; }
  bool isNumber() const noexcept { return type() == JsType::Number; }
  bool isString() const noexcept { return type() == JsType::String; }
  bool isBigInt() const noexcept { return type() == JsType::BigInt; }
  bool isSymbol() const noexcept { return type() == JsType::Symbol; }
  bool isFunction() const noexcept { return type() == JsType::Function; }
  /// An object, an array or a function; not null.
  bool isObject() const noexcept {
    JsType T = type();
    return T == JsType::Object || T == JsType::Function;
  }

  /// The value if it has that type; std::nullopt otherwise (no conversion:
  /// "1" is not a number).
  std::optional<bool> asBool() const noexcept {
    if (H == True || H == False)
      return H == True;
    return std::nullopt;
  }
  std::optional<double> asNumber() const noexcept {
    if (!isNumber())
      return std::nullopt;
    return __wasmport_js_number_of(H);
  }
  std::optional<std::int64_t> asBigInt() const noexcept {
    if (!isBigInt())
      return std::nullopt;
    return __wasmport_js_bigint_of(H);
  }
  std::optional<std::string> asString() const {
    if (!isString())
      return std::nullopt;
    __wasmport_js_string_of(H);
    return wire::takeString();
  }
  /// The value converted as a signature would (JsTraits<T>::fromJs).
  template <typename T> std::optional<T> as() const;

  /// `this[Key]`, `this[Key] = V`; Key is any JS value (a string, a number,
  /// a symbol). Getters and setters run.
  JsValue get(const JsValue &Key) const {
    return checked(wire::callJs([&] { return __wasmport_js_get(H, Key.H); }));
  }
  void set(const JsValue &Key, const JsValue &V) const {
    wire::callJs([&] { __wasmport_js_set(H, Key.H, V.H); });
    checked(Undefined);
  }

  /// `this[Method](Args...)`.
  template <typename... A> JsValue call(const JsValue &Method, A &&...Args) const {
    return invoke([&](const std::uint32_t *P, std::size_t N) {
      return wire::callJs([&] { return __wasmport_js_call_method(H, Method.H, P, N); });
    }, std::forward<A>(Args)...);
  }
  /// `this(Args...)`, with `this` undefined inside.
  template <typename... A> JsValue operator()(A &&...Args) const {
    return invoke([&](const std::uint32_t *P, std::size_t N) {
      return wire::callJs([&] { return __wasmport_js_call(H, Undefined, P, N); });
    }, std::forward<A>(Args)...);
  }
  /// `this.apply(Self, [Args...])`.
  template <typename... A> JsValue apply(const JsValue &Self, A &&...Args) const {
    return invoke([&](const std::uint32_t *P, std::size_t N) {
      return wire::callJs([&] { return __wasmport_js_call(H, Self.H, P, N); });
    }, std::forward<A>(Args)...);
  }
  /// `new this(Args...)`.
  template <typename... A> JsValue new_(A &&...Args) const {
    return invoke([&](const std::uint32_t *P, std::size_t N) {
      return wire::callJs([&] { return __wasmport_js_new(H, P, N); });
    }, std::forward<A>(Args)...);
  }

  /// `this instanceof Ctor`.
  bool instanceOf(const JsValue &Ctor) const {
    std::int32_t R =
        wire::callJs([&] { return __wasmport_js_instanceof(H, Ctor.H); });
    checked(Undefined);
    return R != 0;
  }
  /// `===`.
  friend bool operator==(const JsValue &A, const JsValue &B) noexcept {
    return A.H == B.H || __wasmport_js_equals(A.H, B.H) != 0;
  }
  friend bool operator!=(const JsValue &A, const JsValue &B) noexcept {
    return !(A == B);
  }

  /// The handle, for code that passes it through its own imports.
  std::uint32_t handle() const noexcept { return H; }
  /// Takes ownership of a handle the glue made.
  static JsValue adopt(std::uint32_t Handle) noexcept {
    JsValue V;
    V.H = Handle;
    return V;
  }
  /// Gives up ownership; the caller releases the handle.
  std::uint32_t release() && noexcept { return std::exchange(H, Undefined); }

private:
  static constexpr std::uint32_t Undefined = 0, Null = 1, True = 2, False = 3;

  void reset(std::uint32_t New) noexcept {
    std::uint32_t Old = std::exchange(H, New);
    if (Old > False)
      __wasmport_js_drop(Old);
  }

  /// Result is a handle from an operation that ran JS code: the value, or
  /// the exception it threw raised in C++.
  static JsValue checked(std::uint32_t Result) {
    if (std::uint32_t E = wire::takeException())
      detail::raise(E);
    return adopt(Result);
  }

  template <typename F, typename... A>
  static JsValue invoke(F &&Op, A &&...Args);

  std::uint32_t H = Undefined;
};

/// How a C++ type converts to and from a JsValue: what callbacks, promises
/// and JsValue::as use. Specialise it for your own types.
template <typename T, typename = void> struct JsTraits;

template <> struct JsTraits<JsValue> {
  static JsValue toJs(JsValue V) { return V; }
  static std::optional<JsValue> fromJs(const JsValue &V) { return V; }
};
/// Classes deriving from JsValue (imported JS classes): no check is made.
template <typename T>
struct JsTraits<T, std::enable_if_t<std::is_base_of_v<JsValue, T> &&
                                    !std::is_same_v<T, JsValue>>> {
  static JsValue toJs(const T &V) { return static_cast<const JsValue &>(V); }
  static std::optional<T> fromJs(const JsValue &V) {
    T Out;
    static_cast<JsValue &>(Out) = V;
    return Out;
  }
};
template <> struct JsTraits<bool> {
  static JsValue toJs(bool B) { return JsValue(B); }
  static std::optional<bool> fromJs(const JsValue &V) { return V.asBool(); }
};
template <typename T>
struct JsTraits<T, std::enable_if_t<std::is_arithmetic_v<T> &&
                                    !std::is_same_v<T, bool>>> {
  static JsValue toJs(T N) { return JsValue(N); }
  static std::optional<T> fromJs(const JsValue &V) {
    if constexpr (std::is_integral_v<T> && sizeof(T) == 8) {
      if (std::optional<std::int64_t> B = V.asBigInt())
        return static_cast<T>(*B);
      return std::nullopt;
    } else {
      std::optional<double> D = V.asNumber();
      if (!D)
        return std::nullopt;
      return fromNumber(*D);
    }
  }
  /// The T a JS number D is, if any (not for 64-bit integers: bigints).
  static std::optional<T> fromNumber(double D) {
    if constexpr (std::is_integral_v<T>) {
      // Integers must be integers in range, as for signatures.
      if (!(D >= double(std::numeric_limits<T>::min()) &&
            D <= double(std::numeric_limits<T>::max()) &&
            static_cast<double>(static_cast<T>(D)) == D))
        return std::nullopt;
    }
    return static_cast<T>(D);
  }
};
template <> struct JsTraits<std::string> {
  static JsValue toJs(std::string_view S) { return JsValue(S); }
  static std::optional<std::string> fromJs(const JsValue &V) { return V.asString(); }
};
template <> struct JsTraits<std::string_view> {
  static JsValue toJs(std::string_view S) { return JsValue(S); }
};
template <> struct JsTraits<const char *> {
  static JsValue toJs(const char *S) { return JsValue(S); }
};
template <typename T> struct JsTraits<std::optional<T>> {
  static JsValue toJs(const std::optional<T> &V) {
    return V ? JsTraits<T>::toJs(*V) : JsValue();
  }
  static std::optional<std::optional<T>> fromJs(const JsValue &V) {
    if (V.isUndefined())
      return std::optional<T>();
    if (std::optional<T> Inner = JsTraits<T>::fromJs(V))
      return std::optional<T>(std::move(*Inner));
    return std::nullopt;
  }
};

/// V as a JsValue (JsTraits).
template <typename T> JsValue toJs(T &&V) {
  static_assert(std::is_convertible_v<decltype(JsTraits<std::decay_t<T>>::toJs(
                                          std::forward<T>(V))),
                                      JsValue>,
                "wasmport: a std::function becomes a JS function only for the "
                "duration of a call it is an argument of; keep a "
                "wasmport::Closure and pass its value() for longer");
  return JsTraits<std::decay_t<T>>::toJs(std::forward<T>(V));
}

template <typename T> std::optional<T> JsValue::as() const {
  return JsTraits<T>::fromJs(*this);
}

template <typename F, typename... A>
JsValue JsValue::invoke(F &&Op, A &&...Args) {
  if constexpr (sizeof...(A) == 0) {
    return checked(Op(nullptr, 0));
  } else {
    // The converted arguments live until the call returns; JS only reads
    // them. Most are JsValues; a std::function is lent (function.h).
    // If the call throws, __wasmport_unwind destroys them (wire.h).
    using Tuple =
        std::tuple<decltype(JsTraits<std::decay_t<A>>::toJs(std::forward<A>(Args)))...>;
    Tuple Values{JsTraits<std::decay_t<A>>::toJs(std::forward<A>(Args))...};
    wire::Cleanup Entered;
    Entered.enterObject(Values);
    return std::apply(
        [&](const auto &...V) {
          const std::uint32_t Handles[] = {V.handle()...};
          return checked(Op(Handles, sizeof...(A)));
        },
        Values);
  }
}

/// A JS exception, caught in C++. what() is its message (an Error's
/// `message`, else the value as a string); value() is the thrown value, which
/// JS gets back unchanged if the exception leaves C++ again.
class JsError : public std::exception {
public:
  explicit JsError(JsValue V) : Value(std::move(V)) {
    __wasmport_js_message(Value.handle());
    Message = wire::takeString();
  }
  const char *what() const noexcept override { return Message.c_str(); }
  const JsValue &value() const noexcept { return Value; }

private:
  JsValue Value;
  std::string Message;
};

namespace detail {
inline void raise(std::uint32_t Exception) {
#if WASMPORT_EXCEPTIONS
  throw JsError(JsValue::adopt(Exception));
#else
  __wasmport_js_rethrow(Exception);
#endif
}
} // namespace detail

namespace wire {
/// A JsValue or an imported class in a slot (a vector's or optional's
/// element, a value struct's field, an export's std::expected<T, JsValue>
/// error): its handle, which the reader takes over.
template <typename T>
struct Codec<T, std::enable_if_t<std::is_base_of_v<JsValue, T>>> {
  static constexpr std::size_t Size = layout::Handle.Size,
                               Align = layout::Handle.Align;
  static T read(const unsigned char *At) {
    if constexpr (std::is_same_v<T, JsValue>) {
      return JsValue::adopt(detail::loadU32(At));
    } else {
      T Out;
      static_cast<JsValue &>(Out) = JsValue::adopt(detail::loadU32(At));
      return Out;
    }
  }
  static void write(unsigned char *At, T V) {
    detail::storeU32(At, static_cast<JsValue &&>(std::move(V)).release());
  }
};

/// An import's std::expected<T, JsValue> result R holding the exception the
/// JS code threw (handle H, from takeException).
template <typename R> inline R unexpectedJs(std::uint32_t H) {
  return R(typename R::unexpected_type(JsValue::adopt(H)));
}

#if WASMPORT_EXCEPTIONS
/// In the catch (...) of an export's thunk: the JS value of the exception
/// being handled, as a new handle for throwToJS. A JsError gives back the JS
/// value it holds; a std::exception becomes an Error with its what(),
/// anything else an Error naming its type; both with `cppException: true`
/// (as without exceptions, exceptions.h).
inline std::uint32_t catchException() noexcept {
  try {
    throw;
  } catch (const JsError &E) {
    return __wasmport_js_exception(E.value().handle());
  } catch (const std::exception &E) {
    const char *What = E.what();
    return __wasmport_js_cpp_error(What, std::strlen(What));
  } catch (...) {
    std::string What = "C++ exception of type ";
    if (const std::type_info *T = abi::__cxa_current_exception_type())
      What += T->name();
    return __wasmport_js_cpp_error(What.data(), What.size());
  }
}

/// After the catch of an export's thunk (so that the C++ exception is
/// freed): throws the value catchException made into the JS code that
/// called the export. Only the thunk's frame is left, whose shadow stack
/// space the glue gives back.
[[noreturn]] inline void throwToJS(std::uint32_t Exception) {
  __wasmport_js_rethrow(Exception);
}
#endif

/// std::optional of JsValue or of an imported JS class.
template <typename T> struct IsOptionalJs : std::false_type {};
template <typename T>
struct IsOptionalJs<std::optional<T>> : std::is_base_of<JsValue, T> {};

/// A JsValue parameter or an imported JS class: adopts the handle JS made.
/// A top-level std::optional of one crosses as the bare handle: undefined
/// (0) and null (1) are std::nullopt (docs/Types.md, "Optionals").
template <typename T> inline T adoptJs(std::uint32_t Handle) {
  if constexpr (IsOptionalJs<T>::value) {
    if (Handle <= 1) // undefined, null
      return std::nullopt;
    return T(adoptJs<typename T::value_type>(Handle));
  } else if constexpr (std::is_same_v<T, JsValue>) {
    return JsValue::adopt(Handle);
  } else {
    T Out;
    static_cast<JsValue &>(Out) = JsValue::adopt(Handle);
    return Out;
  }
}
/// A JsValue result: JS takes the handle over.
inline std::uint32_t releaseJs(JsValue V) { return std::move(V).release(); }
/// An optional one: the handle, undefined (0) when empty.
template <typename T,
          typename = std::enable_if_t<IsOptionalJs<std::optional<T>>::value>>
inline std::uint32_t releaseJs(std::optional<T> V) {
  return V ? std::move(static_cast<JsValue &>(*V)).release() : 0;
}
/// A JsValue passed to an import: JS only reads it during the call.
inline std::uint32_t borrowJs(const JsValue &V) { return V.handle(); }
template <typename T,
          typename = std::enable_if_t<IsOptionalJs<std::optional<T>>::value>>
inline std::uint32_t borrowJs(const std::optional<T> &V) {
  return V ? V->handle() : 0;
}
} // namespace wire

} // namespace wasmport

#endif // WASMPORT_SUPPORTED_STANDARD
#endif // WASMPORT_JSVALUE_H
