// The C++ bodies of the benchmarked API, shared by the three variants
// (wasmport/api.cpp, raw/raw.cpp: hand-written extern "C", embind/embind.cpp),
// so that only the bindings differ. Header-only, C++17 (em++ 3.1.6 has no
// std::span: sum takes a pointer and a count here).
#ifndef WASMPORT_BENCH_API_H
#define WASMPORT_BENCH_API_H

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace bench {

inline int32_t add(int32_t A, int32_t B) { return A + B; }

/// Code points in UTF-8 bytes: every byte that is not a continuation byte.
/// Touches every byte, so the whole string must have crossed.
inline int32_t utf8Len(std::string_view S) {
  int32_t N = 0;
  for (unsigned char C : S)
    N += (C & 0xC0) != 0x80;
  return N;
}

inline std::string greet(std::string_view Name) {
  std::string Out;
  Out.reserve(Name.size() + 8);
  Out += "Hello, ";
  Out += Name;
  Out += '!';
  return Out;
}

inline double sum(const double *Data, std::size_t Size) {
  double S = 0;
  for (std::size_t I = 0; I != Size; ++I)
    S += Data[I];
  return S;
}

template <typename Span> double sum(Span Xs) { return sum(Xs.data(), Xs.size()); }

inline int32_t step(int32_t Value, int32_t By) { return (Value + By) & 0xFFFFFF; }

/// One of 16 static 16-byte ASCII strings, chosen by I.
inline std::string_view text16(int32_t I) {
  static const char Texts[] = "0123456789abcdefghijklmnopqrstuvwxyz"
                              "ABCDEFGHIJKLMNOPQRSTUVWXYZ.,";
  return std::string_view(Texts + (I & 15), 16);
}

} // namespace bench

#endif
