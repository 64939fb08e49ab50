// Runs the generated package: JS exceptions caught in C++, C++ exceptions
// caught in JS, and the module keeps working.
globalThis.settings = {
  read(key) {
    if (key === 'theme') return 'dark';
    throw new Error(`no setting '${key}'`);
  },
};

const { setting, element, Wallet } = await import('./pkg/exceptions.js');

console.log(`setting('theme') = ${setting('theme', 'light')}`);
console.log(`setting('font') = ${setting('font', 'serif')}`);

/** Calls fn and prints the C++ exception it threw. */
function show(what, fn) {
  try {
    console.log(`${what} = ${fn()}`);
  } catch (e) {
    console.log(`${what} threw ${e.name}: ${e.message} (cppException: ${e.cppException})`);
  }
}

show('element([1, 2, 3], 7)', () => element(new Int32Array([1, 2, 3]), 7));
const wallet = new Wallet(20);
show('wallet.spend(50)', () => wallet.spend(50));
show('wallet.spend(5)', () => wallet.spend(5));
wallet.free();
