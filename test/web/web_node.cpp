// The generated Web API headers in Node: URL, URLSearchParams, TextEncoder,
// AbortController, dyn_cast, document() where the engine has none, and the
// rich types: TextEncoder.encode's Uint8Array as a std::vector<uint8_t>, the
// TextDecoderOptions and RequestInit dictionaries, Request's enums.
#include <wasmport/wasmport.h>
#include <wasmport/web/AbortController.h>
#include <wasmport/web/AbortSignal.h>
#include <wasmport/web/Document.h>
#include <wasmport/web/Event.h>
#include <wasmport/web/EventTarget.h>
#include <wasmport/web/Request.h>
#include <wasmport/web/TextDecoder.h>
#include <wasmport/web/TextEncoder.h>
#include <wasmport/web/URL.h>
#include <wasmport/web/URLSearchParams.h>

using namespace wasmport::web;

[[wasmport::export]] std::string url_host(std::string_view Href) {
  URL U = URL::create(std::string(Href));
  return U.host();
}

[[wasmport::export]] std::string url_set_host(std::string_view Href, std::string_view Host) {
  URL U = URL::create(std::string(Href));
  U.setHost(std::string(Host));
  return U.href();
}

[[wasmport::export]] std::string url_relative(std::string_view Rel, std::string_view Base) {
  return URL::create(std::string(Rel), std::string(Base)).toString();
}

[[wasmport::export]] bool url_can_parse(std::string_view S) {
  return URL::canParse(std::string(S));
}

[[wasmport::export]] std::string params_roundtrip(std::string_view Query) {
  URL U = URL::create("https://example.com/?" + std::string(Query));
  URLSearchParams P = U.searchParams();
  std::optional<std::string> Q = P.get("q");
  P.delete_("drop");
  P.append("added", Q.value_or("none"));
  std::optional<std::string> Missing = P.get("missing");
  return P.toString() + (Missing ? "|present" : "|absent") + "|" +
         std::to_string(P.size());
}

[[wasmport::export]] std::string encoder_encoding() {
  return TextEncoder::create().encoding();
}

[[wasmport::export]] std::string abort_reason() {
  AbortController C = AbortController::create();
  AbortSignal S = C.signal();
  bool Before = S.aborted();
  C.abort("stop");
  return std::string(Before ? "aborted" : "live") + "->" +
         (S.aborted() ? "aborted:" : "live:") + S.reason().as<std::string>().value_or("?");
}

[[wasmport::export]] std::string cast_signal(const wasmport::JsValue &V) {
  if (std::optional<AbortSignal> S = wasmport::dyn_cast<AbortSignal>(V))
    return S->aborted() ? "signal:aborted" : "signal:live";
  return wasmport::dyn_cast<URL>(V) ? "url" : "other";
}

[[wasmport::export]] std::string title_of_document() {
  return document().title();
}

[[wasmport::export]] int32_t events_delivered(int32_t Times) {
  int32_t Seen = 0;
  std::string LastType;
  EventTarget Target = EventTarget::create();
  wasmport::Closure<void(wasmport::JsValue)> Listener(
      [&](wasmport::JsValue E) {
        ++Seen;
        if (std::optional<Event> Ev = wasmport::dyn_cast<Event>(E))
          LastType = Ev->type();
      },
      "ping listener");
  Target.addEventListener("ping", Listener.value());
  for (int32_t I = 0; I < Times; ++I)
    Target.dispatchEvent(Event::create("ping"));
  Target.dispatchEvent(Event::create("other"));
  Target.removeEventListener("ping", Listener.value());
  Target.dispatchEvent(Event::create("ping"));
  return LastType == "ping" ? Seen : -1;
}

// Sequences and typed arrays as std::vector, dictionaries as value structs,
// enums as string-valued enum classes (DESIGN.md 1.5).
[[wasmport::export]] std::string encode_bytes(std::string_view S) {
  std::vector<uint8_t> Bytes = TextEncoder::create().encode(std::string(S));
  std::string Out = std::to_string(Bytes.size()) + ":";
  for (uint8_t B : Bytes)
    Out += std::to_string(B) + ",";
  return Out;
}

[[wasmport::export]] std::string encode_into(std::string_view S, int32_t Room) {
  TextEncoderEncodeIntoResult R = TextEncoder::create().encodeInto(
      std::string(S), std::vector<uint8_t>(static_cast<size_t>(Room)));
  return std::to_string(static_cast<int>(R.read.value_or(-1))) + "/" +
         std::to_string(static_cast<int>(R.written.value_or(-1)));
}

[[wasmport::export]] std::string decoder_options(bool Fatal) {
  TextDecoderOptions Options;
  Options.fatal = Fatal;
  TextDecoder D = TextDecoder::create("utf-8", Options);
  return D.encoding() + (D.fatal() ? ":fatal" : ":lenient") +
         (D.ignoreBOM() ? ":keepbom" : ":dropbom");
}

[[wasmport::export]] std::string request_enums() {
  RequestInit Init;
  Init.method = "POST";
  Init.mode = RequestMode::same_origin;
  Init.cache = RequestCache::no_store;
  Request R = Request::create(wasmport::JsValue("https://example.com/x"), Init);
  std::string Out = R.method();
  Out += R.mode() == RequestMode::same_origin ? ":same-origin" : ":other-mode";
  Out += R.cache() == RequestCache::no_store ? ":no-store" : ":other-cache";
  Out += R.redirect() == RequestRedirect::follow ? ":follow" : ":other-redirect";
  return Out;
}
