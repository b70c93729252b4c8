import "server-only";
import { forbidden } from "next/navigation";
import { getDb } from "@/db";
import type { Caller } from "@/lib/domain/actors";
import { can } from "@/lib/auth/policy";
import { listUsers } from "./service";

export async function listUsersFor(actor: Caller) {
  if (!can(actor, "users.list")) forbidden();
  return listUsers(await getDb());
}
