// An ES module that imports.cpp imports from, by relative path.
export function multiply(a, b) {
  return a * b;
}
export function describe(s) {
  return `${s}:${s.length}`;
}
