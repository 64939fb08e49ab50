//===- hand.h - The example's Web APIs declared by hand ---------*- C++ -*-===//
//
// The members examples/web/chart.cpp uses, declared by hand as imported
// classes (docs/ImportedClasses.md) the way one would without the generated
// headers: the same class names in wasmport::web, the same hierarchy, each
// member an import, and document(), window() and wasmport::dyn_cast written
// with JsValue. bench/web/measure.py compiles the very same chart.cpp
// against these (this directory's <wasmport/web/X.h> headers all include this
// one) and against the generated headers, and compares the sizes.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_BENCH_WEB_HAND_H
#define WASMPORT_BENCH_WEB_HAND_H

#include <wasmport/wasmport.h>

#include <cstdint>
#include <optional>
#include <string>

namespace wasmport {

/// T holding V when V instanceof globalThis[T::JsName], else empty.
template <typename T> std::optional<T> dyn_cast(const JsValue &V) {
  if (!V.instanceOf(JsValue::global(T::JsName)))
    return std::nullopt;
  T Out;
  static_cast<JsValue &>(Out) = V;
  return Out;
}

namespace web {

class [[wasmport::import("EventTarget")]] EventTarget : public JsValue {
public:
  static constexpr const char *JsName = "EventTarget";
  void addEventListener(const std::string &type, const JsValue &callback) const;
};

class [[wasmport::import("Node")]] Node : public EventTarget {
public:
  static constexpr const char *JsName = "Node";
  Node appendChild(const Node &node) const;
  [[wasmport::setter("textContent")]] void setTextContent(const std::string &value);
};

class [[wasmport::import("Element")]] Element : public Node {
public:
  static constexpr const char *JsName = "Element";
  [[wasmport::setter("id")]] void setId(const std::string &value);
};

class [[wasmport::import("HTMLElement")]] HTMLElement : public Element {
public:
  static constexpr const char *JsName = "HTMLElement";
};

class [[wasmport::import("HTMLInputElement")]] HTMLInputElement : public HTMLElement {
public:
  static constexpr const char *JsName = "HTMLInputElement";
  [[wasmport::setter("type")]] void setType(const std::string &value);
  [[wasmport::setter("placeholder")]] void setPlaceholder(const std::string &value);
  [[wasmport::getter]] std::string value() const;
  [[wasmport::setter("value")]] void setValue(const std::string &value);
  [[wasmport::getter]] double valueAsNumber() const;
};

class [[wasmport::import("HTMLButtonElement")]] HTMLButtonElement : public HTMLElement {
public:
  static constexpr const char *JsName = "HTMLButtonElement";
  [[wasmport::setter("type")]] void setType(const std::string &value);
};

class [[wasmport::import("HTMLCanvasElement")]] HTMLCanvasElement : public HTMLElement {
public:
  static constexpr const char *JsName = "HTMLCanvasElement";
  [[wasmport::setter("width")]] void setWidth(uint32_t value);
  [[wasmport::setter("height")]] void setHeight(uint32_t value);
  JsValue getContext(const std::string &contextId) const;
};

class [[wasmport::import("CanvasRenderingContext2D")]] CanvasRenderingContext2D : public JsValue {
public:
  static constexpr const char *JsName = "CanvasRenderingContext2D";
  [[wasmport::setter("fillStyle")]] void setFillStyle(const JsValue &value);
  [[wasmport::setter("font")]] void setFont(const std::string &value);
  void fillRect(double x, double y, double w, double h) const;
  void fillText(const std::string &text, double x, double y, double maxWidth) const;
};

class [[wasmport::import("Document")]] Document : public Node {
public:
  static constexpr const char *JsName = "Document";
  Element createElement(const std::string &localName) const;
  /// getElementById returns null for no element: an optional by hand.
  std::optional<Element> getElementById(const std::string &Id) const {
    JsValue Found = call("getElementById", Id);
    if (Found.isNullish())
      return std::nullopt;
    Element Out;
    static_cast<JsValue &>(Out) = Found;
    return Out;
  }
};

class [[wasmport::import("Response")]] Response : public JsValue {
public:
  static constexpr const char *JsName = "Response";
  [[wasmport::getter]] bool ok() const;
  [[wasmport::getter]] uint16_t status() const;
  Promise<JsValue> json() const;
};

class [[wasmport::import("Window")]] Window : public EventTarget {
public:
  static constexpr const char *JsName = "Window";
  Promise<JsValue> fetch(const JsValue &input) const;
};

inline Document document() {
  Document Out;
  static_cast<JsValue &>(Out) = JsValue::global("document");
  return Out;
}

inline Window window() {
  Window Out;
  static_cast<JsValue &>(Out) = JsValue::global("window");
  return Out;
}

} // namespace web
} // namespace wasmport

#endif // WASMPORT_BENCH_WEB_HAND_H
