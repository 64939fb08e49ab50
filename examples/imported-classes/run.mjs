// Runs the generated package: C++ creates and calls JS objects.
const { Calendar } = await import('./pkg/imported-classes.js');

const calendar = new Calendar();
calendar.add('launch', Date.UTC(2025, 0, 15));
calendar.add('review', Date.UTC(2025, 1, 1));
console.log(`${calendar.size()} events`);

const events = calendar.events(); // the JS Map C++ holds
console.log(events instanceof Map, [...events.keys()].join(', '));
console.log(events.get('launch').toISOString());
console.log(`cancel review: ${calendar.cancel('review')}, again: ${calendar.cancel('review')}`);
console.log(`${calendar.size()} event, ${calendar.logged()} lines logged`);
calendar.free();
