// Runs the generated package: JS calls C++, C++ calls JS back.
globalThis.host = { shout: (text) => text.toUpperCase() };

const { greet, greet_loudly, Counter } = await import('./pkg/hello.js');

console.log(greet('Ada'));          // C++ called from JS
console.log(greet_loudly('Grace')); // C++ calling JS
const counter = new Counter(41);
counter.increment();
console.log(`counter.value() = ${counter.value()}`);
counter.report();                   // printf reaches console.log
counter.free();
