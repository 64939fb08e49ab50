// An ES module imported_classes.cpp imports classes from, by relative path.
export class Counter {
  constructor(start) {
    this.value = start;
  }
  static zero() {
    return new Counter(0);
  }
  add(n) {
    if (n < 0) throw new RangeError(`cannot add ${n}`);
    this.value += n;
    return this.value;
  }
  get count() {
    return this.value;
  }
  set count(v) {
    this.value = v;
  }
  label() {
    return `Counter(${this.value})`;
  }
}

export class StepCounter extends Counter {
  constructor(start, step) {
    super(start);
    this.stepSize = step;
  }
  step() {
    return this.add(this.stepSize);
  }
}
