import { defineConfig } from 'vite';

// Outlook add-in task pane: served by the service under /addin/ from dist/public/addin.
export default defineConfig({
  root: import.meta.dirname,
  base: '/addin/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: '../dist/public/addin',
    emptyOutDir: true,
    // Fluent UI marks its modules 'use client'; meaningless in a client-only bundle.
    rolldownOptions: { checks: { moduleLevelDirective: false } },
  },
});
