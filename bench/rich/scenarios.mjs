// The rich-type benchmark loops (docs/Performance.md, "Rich types"), written
// once and imported once per variant (?variant=...), as ../scenarios.mjs is.
// Each scenario's run(n) returns a checksum (or a promise of one) that the
// runner compares across variants; `only` lists the variants that have it
// (embind lacks std::expected, promises from coroutines and here JS
// subclasses).
const variant = new URL(import.meta.url).searchParams.get('variant');

/** Inputs shared by every variant. */
export function makeInputs() {
  const strings = Array.from({ length: 1000 }, (_, i) => `item-${i}-` + 'é'.repeat(i % 7));
  const rec = { x: 1.5, y: -2, w: 3, h: 4.25, name: 'rectangle' };
  const object = { answer: 42 };
  return { strings, rec, object };
}

/** name → { iters, only?, run(n) → checksum }; `m` is the variant's module. */
export function makeScenarios(m, inputs) {
  const { strings, rec, object } = inputs;
  return {
    jsvalue_echo: {
      iters: 100000,
      run(n) {
        let acc = 0;
        for (let i = 0; i < n; i++) if (m.echo(object) === object) acc++;
        return acc;
      },
    },
    stored_function_1m: {
      iters: 1 << 20,
      run(n) {
        m.set_callback((i) => i & 7);
        const r = m.run_callback(n);
        m.clear_callback();
        return r;
      },
    },
    vector_double_1m: {
      iters: 10,
      run(n) {
        let acc = 0;
        for (let i = 0; i < n; i++) {
          const v = m.make_doubles(1 << 20);
          acc += v.length + v[i * 7919 % v.length];
        }
        return acc;
      },
    },
    value_struct: {
      iters: 50000,
      run(n) {
        let acc = 0;
        for (let i = 0; i < n; i++) {
          const r = m.move_rec(rec);
          acc = (acc + r.x + r.y + r.w + r.h + r.name.length) % 1e9;
        }
        return acc;
      },
    },
    string_vector_1k: {
      iters: 100,
      run(n) {
        let acc = 0;
        for (let i = 0; i < n; i++) {
          const out = m.reverse_strings(strings);
          acc = (acc + out.length + out[i % out.length].length + out[0].charCodeAt(5)) | 0;
        }
        return acc;
      },
    },
    import_string_result: {
      iters: 50000,
      run(n) {
        return m.call_text_import(n);
      },
    },
    promise_co_await: {
      iters: 20000,
      only: ['wasmport', 'raw'],
      async run(n) {
        let acc = 0;
        for (let i = 0; i < n; i++) acc = (acc + await m.async_step(i & 1023)) | 0;
        return acc;
      },
    },
    imported_class_method: {
      iters: 200000,
      run(n) {
        return m.sum_times(new Date(1000), n);
      },
    },
    expected_error: {
      iters: 20000,
      only: ['wasmport', 'raw'],
      run(n) {
        let acc = 0;
        for (let i = 0; i < n; i++) {
          try {
            m.checked_div(i, 0);
          } catch (e) {
            acc += e.message.length;
          }
        }
        return acc;
      },
    },
    js_virtual_1m: {
      iters: 1 << 18,
      only: ['wasmport', 'raw'],
      setup() {
        // A JS class implementing the C++ interface (raw: any object with area()).
        class Square extends m.Shape {
          area() { return 2.5; }
        }
        return new Square();
      },
      run(n, shape) {
        return m.total_area(shape, n);
      },
      teardown(shape) {
        if (variant === 'wasmport') shape.free();
      },
    },
  };
}
