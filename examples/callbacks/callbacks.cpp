// examples/callbacks: JS functions called by C++, and C++ functions called
// by JS (docs/Callbacks.md).
#include <wasmport/wasmport.h>

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// A JS function as a parameter, called while the export runs.
[[wasmport::export]] std::string repeat(int times,
                                        const std::function<std::string(int)> &line) {
  std::string Out;
  for (int I = 1; I <= times; ++I)
    Out += line(I) + (I < times ? " " : "");
  return Out;
}

// JS functions kept by C++ and called from later calls.
class [[wasmport::export]] Thermostat {
public:
  void onChange(std::function<void(double)> listener) {
    Listeners.push_back(std::move(listener));
  }
  void set(double celsius) {
    for (auto &Listener : Listeners)
      Listener(celsius);
  }
  void clearListeners() { Listeners.clear(); } // Releases the JS functions.

private:
  std::vector<std::function<void(double)>> Listeners;
};

// A C++ lambda lent to JS for one import call.
[[wasmport::import("host.eachWord")]] void each_word(
    std::string_view text, const std::function<void(const std::string &)> &visit);

[[wasmport::export]] std::string longest_word(std::string_view text) {
  std::string Longest;
  each_word(text, [&Longest](const std::string &Word) {
    if (Word.size() > Longest.size())
      Longest = Word;
  });
  return Longest;
}

// A C++ function JS keeps: valid until the Closure is destroyed.
namespace {
wasmport::Closure<std::string()> Tick;
} // namespace

[[wasmport::export]] wasmport::JsValue ticker(std::string name) {
  Tick = wasmport::Closure<std::string()>(
      [name, N = 0]() mutable { return name + " tick " + std::to_string(++N); },
      "ticker");
  return Tick.value();
}

[[wasmport::export]] void stop_ticker() { Tick.reset(); }
