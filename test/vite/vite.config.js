// The generated `--target bundler` module instantiates its .wasm with
// top-level await, so the build target must allow it (es2022 or later);
// Vite emits the .wasm as an asset because the module refers to it as
// `new URL('./app.wasm', import.meta.url)`.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    target: 'es2022',
  },
});
