// The benchmark loops, written once and imported once per variant (with a
// different ?variant= query each time), so every variant gets its own copy
// of these functions and its own type feedback: no call site below is
// shared between variants, so none is made polymorphic by the benchmark.
// Each loop returns a checksum, which the runner compares across variants.
const embind = new URL(import.meta.url).searchParams.get('variant') === 'embind';

/** Inputs shared by every variant (the same strings and array). */
export function makeInputs() {
  const ascii16 = 'wasmport-bench!!';
  // 64 KiB of UTF-8 from 1-, 2-, 3- and 4-byte sequences.
  const unit = 'aé€𝄞'; // 1 + 2 + 3 + 4 = 10 bytes
  const nonAscii = unit.repeat(6553) + 'abcdef'; // 65536 bytes
  const xs = new Float64Array(1 << 20);
  for (let i = 0; i < xs.length; i++) xs[i] = (i % 1000) * 0.5;
  return { ascii16, nonAscii, xs };
}

/**
 * The scenarios for module `m`; `takeChecksum` is sink.js's: name → { iters, run(n) → checksum }.
 * `iters` is the number of operations in one timed batch at scale 1.
 */
export function makeScenarios(m, inputs, takeChecksum) {
  const { ascii16, nonAscii, xs } = inputs;
  return {
    add: {
      iters: 200000,
      run(n) {
        let acc = 0;
        for (let i = 0; i < n; i++) acc = m.add(acc & 0xffff, i);
        return acc;
      },
    },
    utf8_len_ascii16: {
      iters: 100000,
      run(n) {
        let acc = 0;
        for (let i = 0; i < n; i++) acc += m.utf8_len(ascii16);
        return acc;
      },
    },
    utf8_len_64k: {
      iters: 200,
      run(n) {
        let acc = 0;
        for (let i = 0; i < n; i++) acc += m.utf8_len(nonAscii);
        return acc;
      },
    },
    greet: {
      iters: 50000,
      run(n) {
        let acc = 0;
        for (let i = 0; i < n; i++) {
          const s = m.greet(ascii16);
          acc = (acc + s.length + s.charCodeAt(i & 15)) | 0;
        }
        return acc;
      },
    },
    construct_free: {
      iters: 50000,
      run(n) {
        let acc = 0;
        for (let i = 0; i < n; i++) {
          const c = new m.Counter(i);
          if (embind) c.delete();
          else c.free();
          acc++;
        }
        return acc;
      },
    },
    method: {
      iters: 200000,
      run(n) {
        const counter = new m.Counter(0);
        let acc = 0;
        for (let i = 0; i < n; i++) acc = counter.increment(1);
        if (embind) counter.delete();
        else counter.free();
        return acc;
      },
    },
    sum_1m: {
      iters: 20,
      run(n) {
        let acc = 0;
        for (let i = 0; i < n; i++) acc += m.sum(xs);
        return acc;
      },
    },
    import_int: {
      iters: 200000,
      run(n) {
        takeChecksum();
        m.call_int_import(n);
        return takeChecksum();
      },
    },
    import_str16: {
      iters: 50000,
      run(n) {
        takeChecksum();
        m.call_str_import(n);
        return takeChecksum();
      },
    },
  };
}
