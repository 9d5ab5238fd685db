import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Outlook add-in: the task pane (index.html) and the ribbon's function commands (commands.html),
// served by the service under /addin/ from dist/public/addin. The server puts office.js and the
// client config into each page's <head> at the <!--kontaktspor:head--> marker.
export default defineConfig({
  root: import.meta.dirname,
  base: '/addin/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: '../dist/public/addin',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        commands: resolve(import.meta.dirname, 'commands.html'),
      },
      // Fluent UI marks its modules 'use client'; meaningless in a client-only bundle.
      checks: { moduleLevelDirective: false },
    },
  },
});
