// The parts of msal-browser the add-in's sign-in uses, as one module to load on demand: named re-exports let the
// bundler leave the rest of msal-browser out of the chunk.
export { createNestablePublicClientApplication, InteractionRequiredAuthError } from '@azure/msal-browser';
