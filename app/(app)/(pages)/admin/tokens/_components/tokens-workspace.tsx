"use client";

import { useRef, useState, type ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { CreateTokenForm, type CreatedToken } from "./create-token-form";
import { NewTokenPanel } from "./new-token-panel";

/** Holds the just-created secret, so it stays on screen above the form while the form resets for the next token. */
export function TokensWorkspace({ children }: { children: ReactNode }) {
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);

  return (
    <>
      {created ? (
        <NewTokenPanel
          token={created}
          onDone={() => {
            setCreated(null);
            nameInput.current?.focus();
          }}
        />
      ) : null}
      <Card className="mb-6 p-4">
        <h2 id="new-token" className="font-medium">
          New token
        </h2>
        <p className="mb-4 text-sm text-muted-foreground">Give it the fewest scopes the job needs, and an expiry.</p>
        <CreateTokenForm nameInputRef={nameInput} onCreated={setCreated} />
      </Card>
      {children}
    </>
  );
}
