// Constants, toString() and operator== (golden thunks, JS and .d.ts).
#include <wasmport/wasmport.h>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

enum class [[wasmport::export]] Unit { Meter [[wasmport::export("m")]], Foot [[wasmport::export("ft")]] };

/// A length.
class [[wasmport::export]] Length {
public:
  /// The longest length.
  static constexpr double MAX = 1e300;
  static constexpr float STEP = 0.1f;
  static constexpr double NONE = std::numeric_limits<double>::quiet_NaN();
  static constexpr int64_t ID = -9007199254740993;
  static constexpr std::string_view LABEL = "it's\n\"long\"";
  static constexpr Unit DEFAULT_UNIT = Unit::Foot;

  explicit Length(double Value) : value(Value) {}
  double value;
  std::string toString() const { return std::to_string(value) + " m"; }
  bool operator==(const Length &O) const { return value == O.value; }
};

class [[wasmport::export]] Name {
public:
  explicit Name(std::string Text) : Text(std::move(Text)) {}
  std::string_view toString() const { return Text; }
  friend bool operator==(const Name &A, const Name &B) { return A.Text == B.Text; }

private:
  std::string Text;
};

/// The version of the library.
[[wasmport::export]] constexpr const char *VERSION = "1.0";
[[wasmport::export("BUILD")]] constexpr uint32_t kBuild = 7;
