//===- chart.cpp - A web page written in C++ ------------------------------===//
//
// The whole logic of examples/web: it lays the page out in the mount point
// <main id="app">, fetches items.json from the page's own server (co_await
// on the fetch and on the body), lists the items, adds one from the two
// inputs when the button is clicked, and draws the items as a bar chart on
// a <canvas> with the 2D context. Everything goes through the generated
// wasmport::web headers (docs/WebAPIs.md); the JS side is index.html and the
// two lines of main.mjs that call start().
//
//===----------------------------------------------------------------------===//

#include <wasmport/wasmport.h>
#include <wasmport/web/CanvasRenderingContext2D.h>
#include <wasmport/web/Document.h>
#include <wasmport/web/Element.h>
#include <wasmport/web/HTMLButtonElement.h>
#include <wasmport/web/HTMLCanvasElement.h>
#include <wasmport/web/HTMLElement.h>
#include <wasmport/web/HTMLInputElement.h>
#include <wasmport/web/Node.h>
#include <wasmport/web/Response.h>
#include <wasmport/web/Window.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

using namespace wasmport::web;
using wasmport::JsValue;

namespace {

/// One bar of the chart.
struct Item {
  std::string Label;
  double Value;
};

/// The chart's geometry, in canvas pixels (README.md, "The drawing"; the
/// browser test checks the screenshot against it).
constexpr unsigned CanvasWidth = 480, CanvasHeight = 260;
constexpr double PlotLeft = 20, PlotRight = 460, PlotTop = 20, PlotBottom = 220;
constexpr double BarFraction = 0.7; // of each item's slot, centred
constexpr const char *Background = "rgb(255, 255, 255)";
constexpr const char *BarColour = "rgb(46, 117, 182)";
constexpr const char *TextColour = "rgb(34, 34, 34)";

/// Formats a value without a trailing ".000000": 12, 2.5.
std::string formatValue(double V) {
  if (V == std::floor(V) && std::fabs(V) < 1e15)
    return std::to_string(static_cast<long long>(V));
  std::string S = std::to_string(V);
  S.erase(S.find_last_not_of('0') + 1);
  return S;
}

/// A new <Tag id="Id">.
Element create(const char *Tag, const char *Id) {
  Element E = document().createElement(Tag);
  E.setId(Id);
  return E;
}

/// A new <Tag id="Id"> as the class it is: createElement returns an
/// Element, and dyn_cast checks that it is a T (JS instanceof).
template <typename T> T create(const char *Tag, const char *Id) {
  std::optional<T> E = wasmport::dyn_cast<T>(create(Tag, Id));
  if (!E)
    throw std::logic_error(std::string("<") + Tag + "> is not the element expected");
  return *E;
}

/// The page: its elements, the items, and the click listener, kept for as
/// long as the page lives.
class App {
public:
  App()
      : List(create<HTMLElement>("ul", "items")),
        LabelInput(create<HTMLInputElement>("input", "label")),
        ValueInput(create<HTMLInputElement>("input", "value")),
        AddButton(create<HTMLButtonElement>("button", "add")),
        Status(create<HTMLElement>("p", "status")),
        Canvas(create<HTMLCanvasElement>("canvas", "chart")),
        OnAdd([this](JsValue) { add(); }, "add button click") {
    std::optional<Element> Mount = document().getElementById("app");
    if (!Mount)
      throw std::logic_error("the page has no <main id=\"app\">");
    Element Heading = document().createElement("h1");
    Heading.setTextContent("Fruit in the basket");
    LabelInput.setType("text");
    LabelInput.setPlaceholder("name");
    ValueInput.setType("number");
    ValueInput.setPlaceholder("how many");
    AddButton.setType("button");
    AddButton.setTextContent("Add");
    Element Form = document().createElement("p");
    Form.appendChild(LabelInput);
    Form.appendChild(ValueInput);
    Form.appendChild(AddButton);
    Canvas.setWidth(CanvasWidth);
    Canvas.setHeight(CanvasHeight);
    for (const Node &N : {Node(Heading), Node(Canvas), Node(List), Node(Form), Node(Status)})
      Mount->appendChild(N);
    // The listener is a JS function that calls OnAdd's lambda while OnAdd
    // lives (docs/WebAPIs.md, "Events").
    AddButton.addEventListener("click", OnAdd.value());
  }

  /// Fetches the items, then shows them.
  wasmport::Promise<void> load(std::string Url) {
    setStatus("loading " + Url);
    std::optional<Response> Reply =
        wasmport::dyn_cast<Response>(co_await window().fetch(Url));
    if (!Reply || !Reply->ok()) {
      setStatus(Url + ": " + (Reply ? "HTTP " + std::to_string(Reply->status()) : "no response"));
      co_return;
    }
    JsValue Data = co_await Reply->json();
    unsigned Length = static_cast<unsigned>(Data.get("length").asNumber().value_or(0));
    for (unsigned I = 0; I < Length; ++I) {
      JsValue Entry = Data.get(I);
      std::optional<std::string> Label = Entry.get("label").asString();
      std::optional<double> Value = Entry.get("value").asNumber();
      if (Label && Value && *Value >= 0)
        Items.push_back({*Label, *Value});
    }
    render();
    setStatus(std::to_string(Items.size()) + " items from " + Url);
  }

private:
  HTMLElement List;
  HTMLInputElement LabelInput, ValueInput;
  HTMLButtonElement AddButton;
  HTMLElement Status;
  HTMLCanvasElement Canvas;
  wasmport::Closure<void(JsValue)> OnAdd;
  std::vector<Item> Items;

  void setStatus(const std::string &Text) { Status.setTextContent(Text); }

  /// The click handler: a name and a number that is not negative make an item.
  void add() {
    std::string Label = LabelInput.value();
    double Value = ValueInput.valueAsNumber(); // NaN when empty or not a number
    if (Label.empty() || !std::isfinite(Value) || Value < 0) {
      setStatus("enter a name and a number (0 or more)");
      return;
    }
    Items.push_back({Label, Value});
    LabelInput.setValue("");
    ValueInput.setValue("");
    render();
    setStatus("added " + Label);
  }

  void render() {
    List.setTextContent("");
    for (const Item &I : Items) {
      Element Li = document().createElement("li");
      Li.setTextContent(I.Label + ": " + formatValue(I.Value));
      List.appendChild(Li);
    }
    draw();
  }

  /// The bar chart: item I's slot is the I-th of Items.size() equal parts
  /// of [PlotLeft, PlotRight]; its bar fills BarFraction of the slot,
  /// centred, up from PlotBottom to a height proportional to its value (the
  /// largest reaches PlotTop); its label is centred under it.
  void draw() {
    std::optional<CanvasRenderingContext2D> Ctx =
        wasmport::dyn_cast<CanvasRenderingContext2D>(Canvas.getContext("2d"));
    if (!Ctx)
      return setStatus("this browser has no 2D canvas");
    Ctx->setFillStyle(Background);
    Ctx->fillRect(0, 0, CanvasWidth, CanvasHeight);
    if (Items.empty())
      return;
    double Max = 0;
    for (const Item &I : Items)
      Max = std::max(Max, I.Value);
    double Slot = (PlotRight - PlotLeft) / Items.size();
    Ctx->setFont("12px sans-serif");
    // textAlign is an enum (CanvasTextAlign), not declared yet: set by name.
    Ctx->set("textAlign", "center");
    for (size_t N = 0; N < Items.size(); ++N) {
      double Height = Max > 0 ? Items[N].Value / Max * (PlotBottom - PlotTop) : 0;
      double X = PlotLeft + N * Slot;
      Ctx->setFillStyle(BarColour);
      Ctx->fillRect(X + Slot * (1 - BarFraction) / 2, PlotBottom - Height, Slot * BarFraction, Height);
      Ctx->setFillStyle(TextColour);
      Ctx->fillText(Items[N].Label, X + Slot / 2, PlotBottom + 18, Slot);
      Ctx->fillText(formatValue(Items[N].Value), X + Slot / 2, PlotBottom + 34, Slot);
    }
  }
};

std::unique_ptr<App> TheApp;

} // namespace

/// The page's one entry: lays the page out in #app and loads the items
/// from Url (relative to the page).
[[wasmport::export]] wasmport::Promise<void> start(std::string Url) {
  TheApp = std::make_unique<App>();
  co_await TheApp->load(Url);
}
