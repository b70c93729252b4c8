"use client";

import { useActionState, useEffect, useRef } from "react";
import type { ActionResult } from "@/lib/result";

type Submission<T> = {
  result: ActionResult<T> | null;
  /** What was sent, kept while it was refused so the form can show it again. */
  values: FormData | null;
  /** Counts answers: the form's key, so a new answer re-applies the defaults below. */
  answer: number;
};

/**
 * A form whose action is a server action: React 19 resets such a form once its action has finished,
 * which wiped everything typed when the action was refused. The submitted FormData is kept instead,
 * fields render `defaultValue={kept(name)}` and the form is keyed by the answer, so its defaults
 * (selects included, whose changed defaultValue React never re-applies) are the typed values after a
 * refusal and blank after a success. After a refusal the first field in error (in page order) gets
 * the focus, or `focusWhenRefused` when the refusal names no field.
 */
export function useFormAction<T>(action: (form: FormData) => Promise<ActionResult<T>>, { focusWhenRefused }: { focusWhenRefused?: string } = {}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<Submission<T>, FormData>(
    async (previous, form) => {
      const result = await action(form);
      return { result, values: result.ok ? null : form, answer: previous.answer + 1 };
    },
    { result: null, values: null, answer: 0 },
  );
  const { result, values } = state;
  const error = result && !result.ok ? result.error : null;
  const fieldErrors = error?.fieldErrors ?? {};

  useEffect(() => {
    const form = formRef.current;
    if (!form || !result || result.ok) return;
    const named = Object.keys(result.error.fieldErrors ?? {});
    const controls = [...form.elements].filter((el) => el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement).filter((el) => el.type !== "hidden" && !el.hidden);
    const target = named.length ? controls.find((el) => named.includes(el.name)) : controls.find((el) => el.name === focusWhenRefused);
    target?.focus();
  }, [result, focusWhenRefused]);

  return {
    formRef,
    formAction,
    formKey: state.answer,
    pending,
    result,
    error,
    fieldErrors,
    /** The refused submission's value of a field, for its defaultValue (never pass a password's). */
    kept: (name: string): string | undefined => {
      const value = values?.get(name);
      return typeof value === "string" ? value : undefined;
    },
    /** aria-invalid and aria-describedby for the control `id`, tied to Field's error text. */
    invalid: (name: string, id = name) => ({ "aria-invalid": !!fieldErrors[name], "aria-describedby": fieldErrors[name] ? `${id}-error` : undefined }),
  };
}
