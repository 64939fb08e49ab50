// Runs the generated package: std::expected errors arrive as thrown Errors.
const { parse_port, check_port, config_port, PortError } = await import('./pkg/errors.js');

/** Calls fn and prints its result, or the Error it threw and the error value. */
function show(what, fn) {
  try {
    console.log(`${what} = ${fn()}`);
  } catch (e) {
    console.log(`${what} threw ${e.name}: ${e.message} (value: ${JSON.stringify(e.value)})`);
  }
}

show("parse_port('8080')", () => parse_port('8080'));
show("parse_port('http')", () => parse_port('http'));
show('check_port(8080)', () => check_port(8080));
show('check_port(80)', () => check_port(80));
try {
  check_port(70000);
} catch (e) {
  console.log(`check_port(70000): value === PortError.OutOfRange is ${e.value === PortError.OutOfRange}`);
}
show(`config_port('{"port": 3000}')`, () => config_port('{"port": 3000}'));
show("config_port('{}')", () => config_port('{}'));
show("config_port('port=3000')", () => config_port('port=3000'));
