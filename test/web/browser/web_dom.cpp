// The generated Web API headers in headless Chromium: the DOM (document(),
// createElement, setters, nullable results, inheritance, dyn_cast) and a
// canvas 2D context. run.mjs checks what page.mjs reports.
#include <wasmport/wasmport.h>
#include <wasmport/web/CanvasRenderingContext2D.h>
#include <wasmport/web/Document.h>
#include <wasmport/web/Element.h>
#include <wasmport/web/HTMLCanvasElement.h>
#include <wasmport/web/HTMLElement.h>
#include <wasmport/web/ImageData.h>
#include <wasmport/web/Location.h>
#include <wasmport/web/Node.h>
#include <wasmport/web/Window.h>

using namespace wasmport::web;

[[wasmport::export]] std::string build_paragraph(std::string_view Text) {
  Element P = document().createElement("p");
  P.setId("from-cpp");
  P.setTextContent(std::string(Text));
  P.setAttribute("data-origin", "wasmport");
  std::optional<HTMLElement> Body = document().body();
  if (!Body)
    return "no body";
  Body->appendChild(P);
  std::optional<Element> Found = document().getElementById("from-cpp");
  if (!Found)
    return "not found";
  return Found->tagName() + ":" + Found->textContent().value_or("(null)") + ":" +
         Found->getAttribute("data-origin").value_or("(null)") +
         (document().getElementById("nothing-here") ? ":present" : ":absent");
}

[[wasmport::export]] std::string casts() {
  Element P = document().createElement("p");
  Element C = document().createElement("canvas");
  std::string R;
  R += wasmport::dyn_cast<HTMLCanvasElement>(P) ? "p:canvas" : "p:not-canvas";
  R += wasmport::dyn_cast<HTMLCanvasElement>(C) ? " canvas:canvas" : " canvas:not-canvas";
  R += wasmport::dyn_cast<Node>(C) ? " canvas:node" : " canvas:not-node";
  return R;
}

[[wasmport::export]] std::string red_pixel() {
  Element E = document().createElement("canvas");
  std::optional<HTMLCanvasElement> Canvas = wasmport::dyn_cast<HTMLCanvasElement>(E);
  if (!Canvas)
    return "not a canvas";
  Canvas->setWidth(4);
  Canvas->setHeight(2);
  std::optional<CanvasRenderingContext2D> Ctx =
      wasmport::dyn_cast<CanvasRenderingContext2D>(Canvas->getContext("2d"));
  if (!Ctx)
    return "no 2d context";
  Ctx->setFillStyle("rgb(255, 0, 0)");
  Ctx->fillRect(0, 0, 4, 2);
  ImageData Img = Ctx->getImageData(1, 1, 1, 1);
  wasmport::JsValue Data = Img.get("data");
  std::string R = std::to_string(Canvas->width()) + "x" + std::to_string(Canvas->height()) + " rgba";
  for (int I = 0; I < 4; ++I)
    R += " " + std::to_string(static_cast<int>(Data.get(I).as<double>().value_or(-1)));
  return R;
}

[[wasmport::export]] std::string window_location() {
  return window().location().protocol();
}
