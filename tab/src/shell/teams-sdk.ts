// The parts of teams-js the tab uses, as one module to load on demand: named re-exports let the bundler leave the
// rest of teams-js out of the chunk.
export { app, authentication, pages } from '@microsoft/teams-js';
