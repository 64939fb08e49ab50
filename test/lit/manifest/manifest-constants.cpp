// Constants in the manifest: a class's static constexpr members under
// "constants" of the class, namespace-scope [[wasmport::export]] constexpr
// variables under the manifest's "constants"; each with its type and its
// value as JSON (64-bit integers exact, NaN and the infinities as strings,
// an enum's value as its integer).
//
// RUN: %wasmport_cxx -std=c++20 -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json
// RUN: %FileCheck %s --input-file=%t.json
#include <cstdint>
#include <limits>
#include <string_view>

enum class [[wasmport::export]] Mode { Fast = 3 };

class [[wasmport::export]] Limits {
public:
  /// The most.
  static constexpr uint64_t Max = std::numeric_limits<uint64_t>::max();
  static constexpr double Nothing = std::numeric_limits<double>::quiet_NaN();
  static constexpr Mode Default = Mode::Fast;
  static constexpr const char *Unit = "m" "s";
};
// CHECK:      "classes": [
// CHECK:          "constants": [
// CHECK-NEXT:       {
// CHECK-NEXT:         "cpp": "::Limits::Max",
// CHECK-NEXT:         "doc": "The most.",
// CHECK-NEXT:         "js": "Max",
// CHECK-NEXT:         "loc": {
// CHECK-NEXT:           "column": 29,
// CHECK-NEXT:           "file": "{{.*}}manifest-constants.cpp",
// CHECK-NEXT:           "line": 18
// CHECK-NEXT:         },
// CHECK-NEXT:         "type": {
// CHECK-NEXT:           "cpp": "::uint64_t",
// CHECK-NEXT:           "kind": "u64"
// CHECK-NEXT:         },
// CHECK-NEXT:         "value": 18446744073709551615
// CHECK-NEXT:       },
// CHECK:              "js": "Nothing",
// CHECK:              "kind": "f64"
// CHECK-NEXT:         },
// CHECK-NEXT:         "value": "NaN"
// CHECK:              "js": "Default",
// CHECK:              "class": "Mode",
// CHECK:              "kind": "enum"
// CHECK-NEXT:         },
// CHECK-NEXT:         "value": 3
// CHECK:              "js": "Unit",
// CHECK:              "kind": "cstring"
// CHECK-NEXT:         },
// CHECK-NEXT:         "value": "ms"
// CHECK-NEXT:       }
// CHECK-NEXT:     ],
// CHECK-NEXT:     "constructors": [

namespace app {
[[wasmport::export("VERSION")]] constexpr std::string_view Version = "2.0";
constexpr int NotMarked = 1;
} // namespace app
// CHECK:      "constants": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "cpp": "::app::Version",
// CHECK-NEXT:     "js": "VERSION",
// CHECK:            "kind": "string_view"
// CHECK-NEXT:     },
// CHECK-NEXT:     "value": "2.0"
// CHECK-NEXT:   }
// CHECK-NEXT: ],
// CHECK-NOT:  NotMarked
