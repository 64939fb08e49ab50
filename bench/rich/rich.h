// The C++ bodies of the rich-type scenarios (docs/Performance.md, "Rich
// types"), shared by the variants (wasmport.cpp, raw.cpp, embind.cpp) so that
// only the bindings differ. Header-only, C++17 (em++ 3.1.6).
#ifndef WASMPORT_BENCH_RICH_H
#define WASMPORT_BENCH_RICH_H

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace rich {

/// Four numbers and a string, copied in and out by value.
struct Rec {
  double x, y, w, h;
  std::string name;
};

inline Rec moveRec(const Rec &R) {
  return Rec{R.x + 1, R.y - 1, R.w * 2, R.h * 0.5, R.name + "!"};
}

inline std::vector<double> makeDoubles(int32_t N) {
  std::vector<double> V(static_cast<std::size_t>(N));
  for (int32_t I = 0; I < N; ++I)
    V[I] = (I % 1000) * 0.5;
  return V;
}

inline std::vector<std::string> reverseStrings(std::vector<std::string> V) {
  std::reverse(V.begin(), V.end());
  return V;
}

/// Calls F(I) for I < N and folds the results (wrapping, as JS's `| 0`).
template <typename F> int32_t foldCalls(F &&Fn, int32_t N) {
  uint32_t Acc = 0;
  for (int32_t I = 0; I < N; ++I)
    Acc += static_cast<uint32_t>(Fn(I));
  return static_cast<int32_t>(Acc);
}

/// The same for a double result.
template <typename F> double sumCalls(F &&Fn, int32_t N) {
  double Acc = 0;
  for (int32_t I = 0; I < N; ++I)
    Acc += Fn(I);
  return Acc;
}

/// Folds a string's length and first byte (what the text import returns).
inline int32_t foldText(int32_t Acc, const std::string &S) {
  return static_cast<int32_t>(static_cast<uint32_t>(Acc) + S.size() +
                              (S.empty() ? 0 : static_cast<unsigned char>(S[0])));
}

inline const char *divError() { return "division by zero"; }

/// An abstract interface a JS class implements (docs/Subclasses.md).
class Shape {
public:
  virtual ~Shape() = default;
  virtual double area() const = 0;
};

inline double totalArea(const Shape &S, int32_t N) {
  return sumCalls([&S](int32_t) { return S.area(); }, N);
}

} // namespace rich

#endif
