// Secrets the browser tests share with the server they drive (scripts/e2e-server.ts): fixed, since
// both sides must know them and the server is a throwaway on loopback.

/** GITHUB_WEBHOOK_SECRET of the e2e server; e2e/github.spec.ts signs its deliveries with it. */
export const E2E_GITHUB_WEBHOOK_SECRET = "e2e-github-webhook-secret-3f9c1e0b7d2a";
