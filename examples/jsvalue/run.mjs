// Runs the generated package: C++ holding and calling JS values.
const { describe, make_point, set_sink, log, year_of, __wasmport } =
    await import('./pkg/jsvalue.js');

console.log(describe({ name: 'Ada', born: 1815, greet() {} }));
console.log(make_point(1, 2));

const lines = [];
set_sink({ write: (text) => lines.push(text) });
log('hello');
log('from C++');
console.log(lines);

console.log(year_of(Date.UTC(1969, 6, 20)));
set_sink(null);
console.log(`JS values held by C++: ${__wasmport.jsValues()}`);
