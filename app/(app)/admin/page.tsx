import { redirect } from "next/navigation";
import { requirePage } from "@/lib/auth/actor";

export default async function AdminPage() {
  await requirePage("pages.admin");
  redirect("/admin/users");
}
