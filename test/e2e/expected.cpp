// Errors as values: exports returning std::expected<T, E> give T or throw a
// JS Error made from E; imports returning std::expected<T, JsValue> catch
// what the JS function throws. C++23; built without C++ exceptions.
#include <wasmport/wasmport.h>

#include <charconv>
#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using wasmport::JsValue;

//===--- error types -------------------------------------------------------===//

enum class [[wasmport::export]] ParseError { Empty = 1, NotANumber, TooBig };

enum class [[wasmport::export]] Status : uint8_t {
  NotFound [[wasmport::export("not-found")]],
  Forbidden [[wasmport::export("forbidden")]],
};

struct [[wasmport::value]] SyntaxProblem {
  std::string message;
  int32_t line;
  int32_t column;
};

struct [[wasmport::value]] Position {
  int32_t line;
  int32_t column;
};

//===--- string errors -----------------------------------------------------===//

[[wasmport::export]] std::expected<int32_t, std::string>
parse_int(std::string_view text) {
  int32_t V = 0;
  auto [End, Ec] = std::from_chars(text.data(), text.data() + text.size(), V);
  if (text.empty())
    return std::unexpected("empty input");
  if (Ec == std::errc::result_out_of_range)
    return std::unexpected("'" + std::string(text) + "' is out of range");
  if (Ec != std::errc() || End != text.data() + text.size())
    return std::unexpected("'" + std::string(text) + "' is not a number");
  return V;
}

/// A string result, an error that is a string literal.
[[wasmport::export]] std::expected<std::string, const char *>
repeat(std::string_view text, int32_t times) {
  if (times < 0)
    return std::unexpected("times must not be negative");
  std::string Out;
  for (int32_t I = 0; I < times; ++I)
    Out += text;
  return Out;
}

[[wasmport::export]] std::expected<std::string_view, std::string_view>
pick(bool first) {
  if (first)
    return "first";
  return std::unexpected(std::string_view("no second"));
}

/// A null const char* error is the empty string.
[[wasmport::export]] std::expected<int32_t, const char *> null_error() {
  return std::unexpected(nullptr);
}

//===--- enum and value struct errors --------------------------------------===//

[[wasmport::export]] std::expected<void, ParseError>
validate(std::string_view text) {
  if (text.empty())
    return std::unexpected(ParseError::Empty);
  for (char C : text)
    if (C < '0' || C > '9')
      return std::unexpected(ParseError::NotANumber);
  if (text.size() > 9)
    return std::unexpected(ParseError::TooBig);
  return {};
}

/// An error value no enumerator names.
[[wasmport::export]] std::expected<void, ParseError> odd_error() {
  return std::unexpected(static_cast<ParseError>(42));
}

[[wasmport::export]] std::expected<double, Status> lookup(std::string_view key) {
  if (key == "pi")
    return 3.25;
  if (key == "secret")
    return std::unexpected(Status::Forbidden);
  return std::unexpected(Status::NotFound);
}

[[wasmport::export]] std::expected<std::vector<std::string>, SyntaxProblem>
split_words(std::string_view text) {
  std::vector<std::string> Words;
  std::string Word;
  int32_t Column = 0;
  for (char C : text) {
    ++Column;
    if (C == ' ') {
      if (!Word.empty())
        Words.push_back(std::move(Word));
      Word.clear();
      continue;
    }
    if (C == '!')
      return std::unexpected(SyntaxProblem{"unexpected '!'", 1, Column});
    Word += C;
  }
  if (!Word.empty())
    Words.push_back(std::move(Word));
  return Words;
}

/// A value struct without a string `message` field.
[[wasmport::export]] std::expected<std::vector<double>, Position>
halves(std::vector<double> values) {
  for (size_t I = 0; I != values.size(); ++I) {
    if (values[I] < 0)
      return std::unexpected(Position{0, static_cast<int32_t>(I)});
    values[I] /= 2;
  }
  return values;
}

[[wasmport::export]] std::expected<std::optional<Position>, std::string>
find_char(std::string_view text, std::string_view what) {
  if (what.size() != 1)
    return std::unexpected("find_char looks for one character, not " +
                           std::to_string(what.size()));
  size_t At = text.find(what[0]);
  if (At == std::string_view::npos)
    return std::nullopt;
  return Position{1, static_cast<int32_t>(At) + 1};
}

//===--- classes -----------------------------------------------------------===//

class [[wasmport::export]] Account {
public:
  explicit Account(int64_t balance) : Balance(balance) {}

  /// A class by value, or an error.
  static std::expected<Account, std::string> open(int64_t deposit) {
    if (deposit <= 0)
      return std::unexpected("a new account needs a positive deposit, got " +
                             std::to_string(deposit));
    return Account(deposit);
  }

  std::expected<int64_t, std::string> withdraw(int64_t amount) {
    if (amount > Balance)
      return std::unexpected("cannot withdraw " + std::to_string(amount) +
                             " from a balance of " + std::to_string(Balance));
    Balance -= amount;
    return Balance;
  }

  [[wasmport::getter]] int64_t balance() const { return Balance; }

  /// A property whose getter may fail.
  [[wasmport::getter]] std::expected<std::string, std::string> owner() const {
    if (Owner.empty())
      return std::unexpected("the account has no owner");
    return Owner;
  }
  [[wasmport::setter]] void setOwner(std::string name) { Owner = std::move(name); }

private:
  int64_t Balance;
  std::string Owner;
};

//===--- JS exceptions as values -------------------------------------------===//

[[wasmport::import("JSON.parse")]] std::expected<JsValue, JsValue>
parseJson(std::string_view text);

[[wasmport::import]] std::expected<int32_t, JsValue> hostNumber(int32_t which);
[[wasmport::import]] std::expected<std::string, JsValue> hostText(int32_t which);
[[wasmport::import]] std::expected<void, JsValue> hostCheck(int32_t which);
[[wasmport::import]] std::expected<int64_t, JsValue> hostBig(int32_t which);

/// The error is the exception itself: JS gets back what JSON.parse threw.
[[wasmport::export]] std::expected<JsValue, JsValue>
parse_json(std::string_view text) {
  return parseJson(text);
}

/// C++ looks at the exception and carries on.
[[wasmport::export]] std::string try_parse(std::string_view text) {
  std::expected<JsValue, JsValue> R = parseJson(text);
  if (!R)
    return "failed: " + std::string(wasmport::JsError(R.error()).what());
  if (std::optional<double> N = R->asNumber())
    return "number " + std::to_string(static_cast<int>(*N));
  return "not a number";
}

/// Each kind of import result, with and without an exception.
[[wasmport::export]] std::string host_results(int32_t which) {
  std::string Out;
  auto Report = [&](const char *What, const auto &R, auto Value) {
    Out += What;
    Out += R ? "=" + Value() : " threw " + std::string(wasmport::JsError(R.error()).what());
    Out += "; ";
  };
  auto N = hostNumber(which);
  Report("number", N, [&] { return std::to_string(*N); });
  auto T = hostText(which);
  Report("text", T, [&] { return *T; });
  auto C = hostCheck(which);
  Report("check", C, [&] { return std::string("ok"); });
  auto B = hostBig(which);
  Report("big", B, [&] { return std::to_string(*B); });
  return Out;
}

/// Pass an import's caught exception on as this export's error.
[[wasmport::export]] std::expected<int32_t, JsValue> host_number(int32_t which) {
  return hostNumber(which);
}
