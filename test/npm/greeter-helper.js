// The ES module greeter.cpp imports decorate from ("./greeter-helper.js"):
// copied next to the generated greeter.js, listed in the package's "files".
export function decorate(text) {
  return `«${text}»`;
}
