import { getDb } from "@/db";
import { API } from "@/lib/api/catalog";
import { defineRoute } from "@/lib/auth/route";
import { getEnv } from "@/lib/env";
import { handleGithubWebhook } from "@/lib/integrations/github-webhook";

export const dynamic = "force-dynamic";

// GitHub's webhook deliveries (README, "Pull requests"). No sign-in: the X-Hub-Signature-256 HMAC
// with GITHUB_WEBHOOK_SECRET is the permission, checked on the raw body before anything parses it.
export const POST = defineRoute(API.githubWebhook.action, API.githubWebhook, async (_input, { request }) =>
  handleGithubWebhook(request, { secret: getEnv().GITHUB_WEBHOOK_SECRET, db: getDb }),
);
