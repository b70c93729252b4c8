"use client";

import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { useItemAction } from "@/components/use-item-action";
import { setTimeZoneAction } from "@/lib/account/actions";
import { formatInstant } from "@/lib/time/format";

// Which zone the app prints times in for this person: their browser's (the default, and what a
// traveller wants) or one they fix, e.g. the team's office zone.

const subscribe = () => () => {};
const detectedZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
/**
 * Every zone this browser knows, for the list; the server checks the choice again. Read once: a
 * useSyncExternalStore snapshot must be the same value each call (a new array every time made
 * React re-render without end, error #185, and the account page failed to load).
 */
let zoneList: string[] | undefined;
const zones = (): string[] => (zoneList ??= typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []);

export function TimeZoneForm({ chosen, now }: { chosen: string | null; now: string }) {
  const router = useRouter();
  const { pending, run } = useItemAction();
  const [value, setValue] = useState(chosen ?? "");
  // The browser's zone is only known in the browser; the server renders the option without it.
  const browser = useSyncExternalStore(subscribe, detectedZone, () => null);
  const options = useSyncExternalStore(subscribe, zones, () => (chosen ? [chosen] : []));
  const list = chosen && !options.includes(chosen) ? [chosen, ...options] : options;

  function save() {
    run(() => setTimeZoneAction({ timeZone: value }), {
      success: value ? `Times are now shown in ${value}` : "Times now follow your browser's zone",
      onSuccess: () => router.refresh(),
    });
  }

  const preview = value || browser;
  return (
    <form
      className="max-w-sm space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Field id="timeZone" label="Show times in" hint={preview ? `For example, now is ${formatInstant(now, preview)} there.` : undefined}>
        <Select id="timeZone" name="timeZone" value={value} onChange={(e) => setValue(e.target.value)} disabled={pending}>
          <option value="">Your browser&apos;s zone{browser ? ` (${browser})` : ""}</option>
          {list.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={pending || value === (chosen ?? "")}>
        Save time zone
      </Button>
    </form>
  );
}
