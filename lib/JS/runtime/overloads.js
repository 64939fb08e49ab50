//@helper argCount
// How many arguments a call passes: trailing undefined ones are left out
// (a default argument's parameter, omitted or undefined).
function __wasmport_argCount(args) {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  return n;
}

//@helper noOverload requires describe builtins
// A call that no overload accepts: the TypeError lists the overloads.
function __wasmport_noOverload(fn, overloads, args) {
  let got = '', list = '';
  for (let i = 0; i < args.length; i++)
    got += (i === 0 ? '' : ', ') + __wasmport_describe(args[i]);
  for (let i = 0; i < overloads.length; i++)
    list += (i === 0 ? '' : '; ') + overloads[i];
  return new __wasmport_TypeError(`${fn}: no overload accepts the arguments (${got}); the overloads are: ${list}`);
}
