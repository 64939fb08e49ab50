// Runs the generated package: callbacks both ways.
globalThis.host = { eachWord: (text, visit) => text.split(/\s+/).forEach((w) => visit(w)) };

const { repeat, Thermostat, longest_word, ticker, stop_ticker, __wasmport } =
  await import('./pkg/callbacks.js');

// JS → C++: a JS function called at once...
console.log(repeat(3, (i) => `${i}!`));

// ...or kept by C++ and called later.
const thermostat = new Thermostat();
thermostat.onChange((c) => console.log(`listener A saw ${c} °C`));
thermostat.onChange((c) => console.log(`listener B saw ${(c * 9) / 5 + 32} °F`));
thermostat.set(21.5);
thermostat.clearListeners();
thermostat.free();

// C++ → JS: a lambda lent to an import for the call.
console.log(`longest word: ${longest_word('callbacks cross the boundary both ways')}`);

// A wasmport::Closure: a JS function that works until C++ destroys it.
const tick = ticker('clock');
await new Promise((resolve) => {
  let n = 0;
  const id = setInterval(() => {
    console.log(tick());
    if (++n === 3) {
      clearInterval(id);
      resolve();
    }
  }, 1);
});
stop_ticker();
try {
  tick();
} catch (e) {
  console.log(`after stop_ticker(): ${e.message}`);
}
console.log(`JS values C++ still holds: ${__wasmport.jsValues()}`);
