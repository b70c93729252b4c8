import "server-only";
import { requirePage } from "@/lib/auth/actor";
import type { UserActor } from "@/lib/domain/actors";
import { actionOf, type ProtectedRoute } from "./page-manifest";

/**
 * For a page: the signed-in actor allowed to open `route`, by the permission the manifest gives it,
 * the same one the (pages) layout checked on a full load (this check covers client navigations).
 */
export const requirePageFor = (route: ProtectedRoute): Promise<UserActor> => requirePage(actionOf(route));
