import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { requirePageFor } from "@/lib/routing/require-page";
import { listUsersFor } from "@/lib/users/queries";
import { AdminTabs } from "../_components/admin-tabs";
import { CreateUserForm } from "./_components/create-user-form";
import { UserTable } from "./_components/user-table";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requirePageFor("/admin/users");
  const users = await listUsersFor(actor);

  return (
    <>
      <PageHeader title="Administration" description="Who can sign in, and what their role lets them do." />
      <AdminTabs current="/admin/users" />
      <div className="grid gap-6 xl:grid-cols-[1fr_20rem]">
        <Card className="overflow-hidden">
          <UserTable users={users.map((u) => ({ ...u, createdAt: u.createdAt.toISOString(), updatedAt: u.updatedAt.toISOString() }))} currentUserId={actor.userId} />
        </Card>
        <Card className="h-fit p-4">
          <h2 className="mb-3 font-medium">Add a user</h2>
          <CreateUserForm />
        </Card>
      </div>
    </>
  );
}
