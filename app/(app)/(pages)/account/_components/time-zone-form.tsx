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
/** Every zone this browser knows, for the list (read once: a snapshot must be the same array each time); the server checks the choice again. */
let knownZones: string[] | undefined;
const zones = (): string[] => (knownZones ??= typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []);
const noZones: string[] = [];

/**
 * `browserGuess` is the zone the browser last reported (its cookie): the server renders the example
 * line with it, so the line is there from the first paint and the button below does not move.
 */
export function TimeZoneForm({ chosen, now, browserGuess }: { chosen: string | null; now: string; browserGuess: string | null }) {
  const router = useRouter();
  const { pending, run } = useItemAction();
  const [value, setValue] = useState(chosen ?? "");
  // The browser's zone is only known for sure in the browser; the server renders its last report.
  const browser = useSyncExternalStore(subscribe, detectedZone, () => browserGuess);
  const options = useSyncExternalStore(subscribe, zones, () => noZones);
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
