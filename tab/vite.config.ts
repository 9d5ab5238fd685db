import { defineConfig } from 'vite';

// Teams tab: served by the service under /tab/ from dist/public/tab.
export default defineConfig({
  root: import.meta.dirname,
  base: '/tab/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: '../dist/public/tab',
    emptyOutDir: true,
    // Fluent UI marks its modules 'use client'; meaningless in a client-only bundle.
    rolldownOptions: { checks: { moduleLevelDirective: false } },
  },
});
