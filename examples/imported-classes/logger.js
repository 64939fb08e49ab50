// The ES module imported-classes.cpp imports Logger from: the generated
// module imports "./logger.js", so this file goes next to it (pkg/).
export class Logger {
  constructor(prefix) {
    this.prefix = prefix;
    this.lines = 0;
  }
  log(line) {
    this.lines++;
    console.log(`[${this.prefix}] ${line}`);
  }
  get count() {
    return this.lines;
  }
}
