import "server-only";
import { forbidden } from "next/navigation";
import { getDb } from "@/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { listUsers } from "./service";

export async function listUsersFor(actor: Actor) {
  if (!can(actor, "users.list")) forbidden();
  return listUsers(await getDb());
}
