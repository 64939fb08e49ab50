// JS values, imported classes, std::function and wasmport::Promise inside
// vectors, optionals and value structs (docs/Types.md, "JS values inside
// containers"), in exports and imports. Each crosses as a JsValue handle in
// its slot: JS → C++ a new handle C++ takes over, C++ → JS a handle JS takes
// over, so none is left behind. A std::function element comes from JS only
// (export arguments, import results). The test counts JsValue handles,
// operator new blocks and live objects after each case.
#include <wasmport/wasmport.h>

#include <cstdint>
#include <cstdlib>
#include <functional>
#include <new>
#include <optional>
#include <string>
#include <vector>

using wasmport::JsValue;
using wasmport::Promise;

// Every block operator new hands out, until operator delete takes it back.
static long Blocks = 0;
void *operator new(std::size_t Size) {
  void *P = std::malloc(Size ? Size : 1);
  if (!P)
    std::abort();
  ++Blocks;
  return P;
}
void operator delete(void *P) noexcept {
  if (P) {
    --Blocks;
    std::free(P);
  }
}
void operator delete(void *P, std::size_t) noexcept { operator delete(P); }

[[wasmport::export]] int liveBlocks() { return static_cast<int>(Blocks); }

class [[wasmport::import("Date")]] Date : public JsValue {
public:
  [[wasmport::constructor]] static Date create(double ms);
  double getTime() const;
};

/// A value struct holding JS values: it crosses both ways.
struct [[wasmport::value]] Tagged {
  std::string tag;
  JsValue value;
  std::optional<Date> when;
};

/// A value struct holding a function: from JS only.
struct [[wasmport::value]] Handler {
  std::string name;
  std::function<int(int)> run;
};

//===--- exports: JsValue and imported classes ------------------------------===//

/// What each element is, joined: "number,string,object".
[[wasmport::export]] std::string typesOf(const std::vector<JsValue> &xs) {
  std::string Out;
  for (const JsValue &X : xs) {
    if (!Out.empty())
      Out += ",";
    Out += X.isNumber() ? "number" : X.isString() ? "string" : "other";
  }
  return Out;
}

/// N values made in C++: 0, "1", 2, "3", ...
[[wasmport::export]] std::vector<JsValue> makeValues(int n) {
  std::vector<JsValue> Out;
  for (int I = 0; I != n; ++I)
    Out.push_back(I % 2 ? JsValue(std::to_string(I))
                        : JsValue(I));
  return Out;
}

/// The values back, in reverse order.
[[wasmport::export]] std::vector<JsValue> reversed(std::vector<JsValue> xs) {
  return std::vector<JsValue>(xs.rbegin(), xs.rend());
}

[[wasmport::export]] std::optional<JsValue> maybe(bool some) {
  if (!some)
    return std::nullopt;
  return JsValue("here");
}

/// The latest of the dates, in ms; -1 for none.
[[wasmport::export]] double latest(const std::vector<Date> &dates) {
  double Max = -1;
  for (const Date &D : dates)
    if (D.getTime() > Max)
      Max = D.getTime();
  return Max;
}

[[wasmport::export]] std::vector<Date> datesAt(const std::vector<double> &ms) {
  std::vector<Date> Out;
  for (double M : ms)
    Out.push_back(Date::create(M));
  return Out;
}

[[wasmport::export]] std::optional<Date> dateOrNot(std::optional<Date> d) {
  return d;
}

/// The tagged value back, with the tag upper-cased and a date added.
[[wasmport::export]] Tagged retag(Tagged t) {
  for (char &C : t.tag)
    if (C >= 'a' && C <= 'z')
      C = static_cast<char>(C - 'a' + 'A');
  if (!t.when)
    t.when = Date::create(0);
  return t;
}

//===--- exports: std::function from JS -------------------------------------===//

/// The sum of f(x) for every f.
[[wasmport::export]] int callAll(std::vector<std::function<int(int)>> fs,
                                 int x) {
  int Sum = 0;
  for (const auto &F : fs)
    Sum += F(x);
  return Sum;
}

/// f(x), or -1 without f.
[[wasmport::export]] int callMaybe(std::optional<std::function<int(int)>> f,
                                   int x) {
  return f ? (*f)(x) : -1;
}

/// "name=run(7)" for each handler.
[[wasmport::export]] std::string runHandlers(const std::vector<Handler> &hs) {
  std::string Out;
  for (const Handler &H : hs) {
    if (!Out.empty())
      Out += ",";
    Out += H.name + "=" + std::to_string(H.run(7));
  }
  return Out;
}

//===--- exports: promises --------------------------------------------------===//

/// N promises, resolved with 0, 10, 20, ...
[[wasmport::export]] std::vector<Promise<double>> makePromises(int n) {
  std::vector<Promise<double>> Out;
  for (int I = 0; I != n; ++I)
    Out.push_back(Promise<double>::resolve(I * 10.0));
  return Out;
}

/// The sum of what the promises resolve with.
[[wasmport::export]] Promise<double> sumOf(std::vector<Promise<double>> ps) {
  double Sum = 0;
  for (const Promise<double> &P : ps)
    Sum += co_await P;
  co_return Sum;
}

//===--- imports --------------------------------------------------------------===//

[[wasmport::import("host.values")]] std::vector<JsValue> hostValues();
[[wasmport::import("host.takeValues")]] int
hostTakeValues(const std::vector<JsValue> &xs);
[[wasmport::import("host.date")]] std::optional<Date> hostDate();
[[wasmport::import("host.tagged")]] Tagged hostTagged(const Tagged &t);
[[wasmport::import("host.callbacks")]] std::vector<std::function<int(int)>>
hostCallbacks();
[[wasmport::import("host.handler")]] std::optional<Handler> hostHandler();
[[wasmport::import("host.promises")]] std::vector<Promise<double>>
hostPromises();
[[wasmport::import("host.settle")]] double
hostSettle(std::vector<Promise<double>> ps);

/// What host.values returned, described.
[[wasmport::export]] std::string fromHost() { return typesOf(hostValues()); }

/// How many values host.takeValues counted in [1, "two", <a Date>].
[[wasmport::export]] int toHost() {
  std::vector<JsValue> Xs;
  Xs.push_back(JsValue(1));
  Xs.push_back(JsValue("two"));
  Xs.push_back(Date::create(5));
  return hostTakeValues(Xs);
}

/// host.date's time, or -1 when it returned nothing.
[[wasmport::export]] double hostDateTime() {
  std::optional<Date> D = hostDate();
  return D ? D->getTime() : -1;
}

/// host.tagged's answer to {tag: "cpp", value: 42, when: <Date 9>}: its tag.
[[wasmport::export]] std::string hostRetag() {
  Tagged T{"cpp", JsValue(42), Date::create(9)};
  Tagged Back = hostTagged(T);
  return Back.tag + ":" + std::to_string(Back.value.asNumber().value_or(-1)) +
         ":" + std::to_string(Back.when ? Back.when->getTime() : -1);
}

/// The sum of host.callbacks' functions applied to x.
[[wasmport::export]] int hostCallAll(int x) { return callAll(hostCallbacks(), x); }

/// host.handler's run(3), or -1 for none.
[[wasmport::export]] int hostRunHandler() {
  std::optional<Handler> H = hostHandler();
  return H ? H->run(3) : -1;
}

/// Awaits host.promises' promises.
[[wasmport::export]] Promise<double> hostSum() { return sumOf(hostPromises()); }

/// Gives host.settle three promises of C++.
[[wasmport::export]] double toHostPromises() {
  return hostSettle(makePromises(3));
}
