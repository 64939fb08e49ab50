// Runs the generated package: JS awaits C++ coroutines that await JS.
const table = { ada: 'Ada Lovelace', grace: 'Grace Hopper' };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
globalThis.lookup = async (key) => {
  await sleep(5);
  if (!(key in table)) throw new Error(`no entry for '${key}'`);
  return table[key];
};
globalThis.sleep = sleep;

const { describe, lookupOr } = await import('./pkg/async.js');

console.log(await describe('ada', 'grace'));
console.log(await lookupOr('alan', '(unknown)'));
try {
  await describe('ada', 'alan');
} catch (e) {
  console.log(`rejected: ${e.message}`);
}
