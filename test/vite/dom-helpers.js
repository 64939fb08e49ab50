// The ES module app.cpp imports setStatus from ("./dom-helpers.js"): copied
// next to the generated app.js, bundled by Vite with it, and writes into the
// page.
export function setStatus(text) {
  document.getElementById('status').textContent = text;
}
