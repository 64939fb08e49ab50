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
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_WIRE_H
#define WASMPORT_WIRE_H

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <wasmport/exceptions.h>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace wasmport::wire {

/// Strings leaving C++ are described here; JS reads it right after the call.
struct ReturnArea {
  const char *Data;
  std::size_t Size;
  std::string *Owner; ///< Freed by JS through __wasmport_free_string; may be null.
};

inline ReturnArea Ret;

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
/// the full expression that calls the user's function.
class StringArg {
public:
  StringArg(char *Data, std::size_t Size) : Data(Data), Size(Size) {}
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
};

//===--- strings out of C++ -----------------------------------------------===//

inline void returnString(std::string &&S) {
  auto *Owner = new std::string(std::move(S));
  Ret = {Owner->data(), Owner->size(), Owner};
}
inline void returnString(const std::string &S) { returnString(std::string(S)); }
inline void returnString(std::string_view S) { Ret = {S.data(), S.size(), nullptr}; }
inline void returnString(const char *S) {
  Ret = {S, S ? std::strlen(S) : 0, nullptr};
}

/// Takes the string a JS import stored in the return area (bytes from
/// __wasmport_alloc) and frees the bytes.
inline std::string takeString() {
  StringArg Bytes(const_cast<char *>(Ret.Data), Ret.Size);
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

/// Constructs an object that JS will own.
template <typename T, typename... Args> inline void *construct(Args &&...A) {
  return new T(std::forward<Args>(A)...);
}

/// Moves a returned object to the heap; JS owns the result.
template <typename T> inline void *adopt(T &&V) {
  return new std::decay_t<T>(std::forward<T>(V));
}

template <typename T> inline void destroy(void *P) { delete static_cast<T *>(P); }

//===--- runtime exports --------------------------------------------------===//

inline void *alloc(std::size_t Size) {
  void *P = std::malloc(Size ? Size : 1);
  if (!P)
    __builtin_trap();
  return P;
}
inline void release(void *P) { std::free(P); }
inline void releaseString(void *P) { delete static_cast<std::string *>(P); }
inline void *returnArea() { return &Ret; }

} // namespace wasmport::wire

#endif // WASMPORT_WIRE_H
