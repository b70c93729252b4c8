import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { requirePageFor } from "@/lib/routing/require-page";
import { listTokens } from "@/lib/tokens/service";
import { AdminTabs } from "../_components/admin-tabs";
import { TokenTable, type TokenRowData } from "./_components/token-table";
import { TokensWorkspace } from "./_components/tokens-workspace";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  await requirePageFor("/admin/tokens");
  const tokens = await listTokens(await getDb());
  // Status is decided once, on the server, so the first paint and the hydrated page agree.
  const now = new Date();
  const rows: TokenRowData[] = tokens.map((t) => ({
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    scopes: t.scopes,
    createdAt: t.createdAt.toISOString(),
    createdByName: t.createdByName,
    expiresAt: t.expiresAt?.toISOString() ?? null,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
    status: t.revokedAt ? "revoked" : t.expiresAt && t.expiresAt <= now ? "expired" : t.createdByDisabled ? "suspended" : "active",
  }));

  return (
    <>
      <PageHeader title="Administration" description="Tokens let CI jobs and scripts call the JSON API. Each token can do only what its scopes allow." />
      <AdminTabs current="/admin/tokens" />
      <TokensWorkspace>
        <Card className="overflow-hidden">
          <TokenTable tokens={rows} />
        </Card>
      </TokensWorkspace>
    </>
  );
}
