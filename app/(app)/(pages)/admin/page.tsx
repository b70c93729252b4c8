import { redirect } from "next/navigation";
import { requirePageFor } from "@/lib/routing/require-page";

export default async function AdminPage() {
  await requirePageFor("/admin");
  redirect("/admin/users");
}
