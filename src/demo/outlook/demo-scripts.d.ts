// Types shared by the demo Outlook page's plain scripts (demo-outlook.js, office-standin.js). Each is a
// classic script, not a module, so these are global; they exist only for the type check.

/** An error carrying the HTTP status of the answer that caused it. */
type DemoHttpError = Error & { status?: number };
