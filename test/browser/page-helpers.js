// The ES module browser.cpp imports setStatus from ("./page-helpers.js"): it
// is copied next to the generated browser.js and writes into the page.
export function setStatus(text) {
  document.getElementById('status').textContent = text;
}
