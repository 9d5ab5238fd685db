/**
 * One submit cycle for every form: check the values, send them, show the failure or the notice, and keep
 * the button disabled meanwhile. The steps themselves are pure (form-submit.ts); this only holds the state.
 */
import { useState } from 'react';
import * as step from './form-submit.js';
import type { Checked, FieldMessages, FormState, SaveOutcome } from './form-submit.js';

export interface FormSubmitOptions<V, E, F, C extends { ok: true }> {
  initial: V | (() => V);
  /** The form's check: ok with what to send, or the messages per field. */
  validate: (values: V) => Checked<E, C>;
  /** Sends what the check accepted; may name the values and notice to show next. */
  save: (accepted: C) => Promise<SaveOutcome<V> | void>;
  /** How a thrown error reads in the form (the front end's failure type). */
  toFailure: (error: unknown) => F;
  /** A notice to show instead of sending, when there is nothing to send (e.g. nothing changed). */
  nothingToSend?: (accepted: C) => string | null;
  /** After a refused check, e.g. to focus the first field it refused. */
  onInvalid?: (errors: E) => void;
}

export interface FormSubmit<V, E, F> extends FormState<V, E, F> {
  /** Merges a patch into the values (as typing does). */
  set(patch: Partial<V>): void;
  setValues(update: V | ((current: V) => V)): void;
  setNotice(notice: string | null): void;
  /** The form's onSubmit: check, then send. */
  submit(event?: { preventDefault(): void }): Promise<void>;
  /** An action without a check (e.g. a remove button): same saving, failure and notice handling. */
  run(action: () => Promise<SaveOutcome<V> | void>): Promise<void>;
}

export function useFormSubmit<V, E extends FieldMessages, F, C extends { ok: true }>(
  options: FormSubmitOptions<V, E, F, C>,
): FormSubmit<V, E, F> {
  const noErrors = {} as E;
  const [state, setState] = useState<FormState<V, E, F>>(() => {
    const values = typeof options.initial === 'function' ? (options.initial as () => V)() : options.initial;
    return step.initialFormState<V, E, F>(values, noErrors);
  });

  async function run(action: () => Promise<SaveOutcome<V> | void>): Promise<void> {
    setState(step.started);
    try {
      const outcome = await action();
      setState((current) => step.succeeded(current, outcome));
    } catch (error) {
      const failure = options.toFailure(error);
      setState((current) => step.failed(current, failure));
    } finally {
      setState(step.settled);
    }
  }

  async function submit(event?: { preventDefault(): void }): Promise<void> {
    event?.preventDefault();
    const result = options.validate(state.values);
    setState((current) => step.checked(current, result, noErrors));
    if (!result.ok) {
      options.onInvalid?.(result.errors);
      return;
    }
    const accepted = result as C;
    const notice = options.nothingToSend?.(accepted) ?? null;
    if (notice !== null) {
      setState((current) => step.skipped(current, notice));
      return;
    }
    await run(() => options.save(accepted));
  }

  return {
    ...state,
    // A message shown goes as soon as its field is fixed, not only at the next submit.
    set: (patch) => setState((current) => step.edited(current, patch, options.validate)),
    setValues: (update) =>
      setState((current) => ({
        ...current,
        values: typeof update === 'function' ? (update as (current: V) => V)(current.values) : update,
      })),
    setNotice: (notice) => setState((current) => ({ ...current, notice })),
    submit,
    run,
  };
}
