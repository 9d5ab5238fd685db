// The parts of msal-browser the tab's sign-in uses, as one module to load on demand: named re-exports let the
// bundler leave the rest of msal-browser out of the chunk.
export { createStandardPublicClientApplication, InteractionRequiredAuthError } from '@azure/msal-browser';
