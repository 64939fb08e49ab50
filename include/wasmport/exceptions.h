//===- wasmport/exceptions.h - C++ exceptions without unwinding -----------===//
//
// Debian's wasm32 libc++abi has no exception support, so code that may throw
// (any std::string operation can) would not link. The plugin's runtime
// defines __cxa_allocate_exception and __cxa_throw weakly with these
// functions: a throw reports the exception's what() (or its type) to JS,
// which throws an Error and marks the module terminated. A libc++abi with
// exception support, if linked, takes precedence.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_EXCEPTIONS_H
#define WASMPORT_EXCEPTIONS_H

#include <wasmport/config.h>
#if WASMPORT_SUPPORTED_STANDARD

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <typeinfo>

// [[noreturn]] comes first: clang 14 (em++) rejects a C++11 attribute after
// a GNU one.
extern "C" [[noreturn]] __attribute__((import_module("wasmport"),
                                      import_name("__wasmport_throw"))) void
__wasmport_throw(const char *Message, std::size_t Size);

namespace wasmport::wire::detail {

/// The type of __cxa_throw's destructor parameter, as <cxxabi.h> declares
/// it: on wasm, destructors return `this` (LLVM's libc++abi); Emscripten's
/// own, without wasm exceptions, keeps the Itanium void(*)(void *).
#if defined(__EMSCRIPTEN__) && !defined(__USING_WASM_EXCEPTIONS__)
using ThrowDestructor = void (*)(void *);
#else
using ThrowDestructor = void *(*)(void *);
#endif

// The Itanium C++ ABI's class type_info layouts (section 2.9.5), to find a
// std::exception base of a thrown class without unwinding support.
struct SiClassTypeInfo : std::type_info {
  const std::type_info *Base;
};
struct BaseClassInfo {
  const std::type_info *Base;
  long OffsetFlags; // offset << 8 | virtual 1 | public 2
};
struct VmiClassTypeInfo : std::type_info {
  unsigned Flags;
  unsigned BaseCount;
  BaseClassInfo Bases[1];
};

/// True when T, a type_info object, is of the class whose mangled name is
/// Name. The class is read from the RTTI slot of T's vtable (Itanium ABI
/// 2.5.2: the type_info pointer right before the address point), not with
/// typeid, which -fno-rtti forbids; the C++ runtime that made T has RTTI.
inline bool isKind(const std::type_info *T, const char *Name) {
  const std::type_info *const *VTable =
      *reinterpret_cast<const std::type_info *const *const *>(T);
  return std::strcmp(VTable[-1]->name(), Name) == 0;
}

/// The std::exception inside the object of type T at Obj, or null. Types
/// are compared by name, as the C++ runtime does for types from different
/// modules.
inline const std::exception *findException(const void *Obj,
                                           const std::type_info *T) {
  if (std::strcmp(T->name(), "St9exception") == 0)
    return static_cast<const std::exception *>(Obj);
  if (isKind(T, "N10__cxxabiv120__si_class_type_infoE"))
    return findException(Obj, static_cast<const SiClassTypeInfo *>(T)->Base);
  if (!isKind(T, "N10__cxxabiv121__vmi_class_type_infoE"))
    return nullptr;
  const auto *V = static_cast<const VmiClassTypeInfo *>(T);
  for (unsigned I = 0; I < V->BaseCount; ++I) {
    long OF = V->Bases[I].OffsetFlags;
    if (OF & 1)
      continue; // A virtual base: its offset is in the vtable.
    const char *Base = static_cast<const char *>(Obj) + (OF >> 8);
    if (const std::exception *E = findException(Base, V->Bases[I].Base))
      return E;
  }
  return nullptr;
}

[[noreturn]] inline void reportThrow(void *Obj, std::type_info *T) {
  if (const std::exception *E = findException(Obj, T)) {
    const char *What = E->what();
    __wasmport_throw(What, std::strlen(What));
  }
  const char *Prefix = "C++ exception of type ";
  char Buf[256];
  std::size_t N = std::strlen(Prefix);
  std::memcpy(Buf, Prefix, N);
  const char *Name = T->name();
  std::size_t M = std::strlen(Name);
  if (M > sizeof(Buf) - N)
    M = sizeof(Buf) - N;
  std::memcpy(Buf + N, Name, M);
  __wasmport_throw(Buf, N + M);
}

} // namespace wasmport::wire::detail

#endif // WASMPORT_SUPPORTED_STANDARD
#endif // WASMPORT_EXCEPTIONS_H
