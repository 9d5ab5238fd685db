/**
 * A form's submit cycle as pure state, shared by every form of the front ends: the values typed, the
 * check's messages per field, whether a request is running, the failure to show and the success notice.
 * No React here (use-form-submit.ts holds the hook), so each step is a plain function a test can call.
 */

export interface FormState<V, E, F> {
  values: V;
  /** The check's message per field; empty when the last check passed. */
  errors: E;
  saving: boolean;
  failure: F | null;
  notice: string | null;
}

/** A check's answer: ok with what to send (a body, a patch, ...), or the messages per field. */
export type Checked<E, C extends { ok: true }> = C | { ok: false; errors: E };

/** What a finished request changes: the values to show next (e.g. an emptied form) and the notice. */
export interface SaveOutcome<V> {
  values?: V;
  notice?: string | null;
}

export function initialFormState<V, E, F>(values: V, noErrors: E): FormState<V, E, F> {
  return { values, errors: noErrors, saving: false, failure: null, notice: null };
}

/**
 * Typing: the patch merges into the values. With a check, each shown message is checked again: it
 * goes once its field is fixed (and follows the field's new fault); typing shows no new message.
 */
export function edited<V, E extends FieldMessages, F>(
  state: FormState<V, E, F>,
  patch: Partial<V>,
  recheck?: (values: V) => { ok: true } | { ok: false; errors: E },
): FormState<V, E, F> {
  const values = { ...state.values, ...patch };
  if (!recheck || Object.keys(state.errors).length === 0) return { ...state, values };
  const result = recheck(values);
  const now: FieldMessages = result.ok ? {} : result.errors;
  const errors = Object.fromEntries(
    Object.keys(state.errors).flatMap((field) => (now[field] === undefined ? [] : [[field, now[field]]])),
  ) as E;
  return { ...state, values, errors };
}

/** Messages per field, as a form's check names them. */
export type FieldMessages = Partial<Record<string, string>>;

/** Submitting: the old notice goes; a refused check shows its messages and keeps any failure shown. */
export function checked<V, E, F>(
  state: FormState<V, E, F>,
  result: { ok: true } | { ok: false; errors: E },
  noErrors: E,
): FormState<V, E, F> {
  return { ...state, notice: null, errors: result.ok ? noErrors : result.errors };
}

/** A request starts: the last failure and notice go, the submit button says it is working. */
export function started<V, E, F>(state: FormState<V, E, F>): FormState<V, E, F> {
  return { ...state, failure: null, notice: null, saving: true };
}

/** Nothing to send (e.g. nothing changed): only a notice says so, no request runs. */
export function skipped<V, E, F>(state: FormState<V, E, F>, notice: string): FormState<V, E, F> {
  return { ...state, failure: null, notice };
}

/** The request succeeded: the outcome's values and notice, if it names them, replace the shown ones. */
export function succeeded<V, E, F>(state: FormState<V, E, F>, outcome: SaveOutcome<V> | void): FormState<V, E, F> {
  const next = { ...state };
  if (outcome && 'values' in outcome) next.values = outcome.values as V;
  if (outcome && 'notice' in outcome) next.notice = outcome.notice ?? null;
  return next;
}

export function failed<V, E, F>(state: FormState<V, E, F>, failure: F): FormState<V, E, F> {
  return { ...state, failure };
}

export function settled<V, E, F>(state: FormState<V, E, F>): FormState<V, E, F> {
  return { ...state, saving: false };
}
