import type { Role } from "@/lib/domain/actors";

// The demo sign-ins (README and the demo-mode login page show them). Demo data only.
export const DEMO_PASSWORD = "demo-password";

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@example.com", name: "Ada Admin", role: "admin" },
  { email: "lead@example.com", name: "Lee Lead", role: "lead" },
  { email: "engineer@example.com", name: "Eli Engineer", role: "engineer" },
  { email: "viewer@example.com", name: "Vic Viewer", role: "viewer" },
];
