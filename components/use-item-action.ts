"use client";

import { useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";
import { toast } from "sonner";
import type { ActionError, ActionResult } from "@/lib/result";

type Options<T> = {
  /** The toast after a successful save. */
  success: string | ((data: T) => string);
  /** Runs first, inside the transition (optimistic updates). */
  optimistic?: () => void;
  onSuccess?: (data: T) => void;
  /** Return true when the error was shown in place (field errors, conflict notice): no toast then. */
  onError?: (error: ActionError) => boolean | void;
  /** Skip the refresh (e.g. when navigating away after a delete, or when the caller refetches). */
  refresh?: boolean;
  /** After the answer, whatever it was (a caller that refetches its own data). */
  onSettled?: () => void;
};

/**
 * Runs one server action for the item page: `pending` stays true until the refreshed page has
 * arrived, so a control is never re-enabled with a stale version (which would make the user's
 * own next change look like a conflict).
 */
export function useItemAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const run = useCallback(
    <T,>(call: () => Promise<ActionResult<T>>, options: Options<T>) => {
      startTransition(async () => {
        options.optimistic?.();
        const result = await call();
        if (result.ok) {
          options.onSuccess?.(result.data);
          toast.success(typeof options.success === "function" ? options.success(result.data) : options.success);
        } else if (!options.onError?.(result.error)) {
          toast.error(result.error.message);
        }
        // After a refusal too: a conflict or a deleted entry means the page is out of date.
        options.onSettled?.();
        if (options.refresh !== false) startTransition(() => router.refresh());
      });
    },
    [router],
  );
  return { pending, run };
}
