import { Badge } from "@/components/ui/badge";
import { UserRowControls, type UserRowData } from "./user-row-controls";

export function UserTable({ users, currentUserId }: { users: UserRowData[]; currentUserId: string }) {
  if (users.length === 0) {
    return <p className="p-6 text-sm text-muted-foreground">No users yet.</p>;
  }
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Users</caption>
      <thead className="border-b border-border text-left text-xs text-muted-foreground">
        <tr>
          <th scope="col" className="px-4 py-2 font-medium">
            User
          </th>
          <th scope="col" className="px-4 py-2 font-medium">
            Status
          </th>
          <th scope="col" className="px-4 py-2 font-medium">
            Role and actions
          </th>
        </tr>
      </thead>
      <tbody>
        {users.map((u) => (
          <tr key={u.id} className="border-b border-border last:border-0" data-testid={`user-row-${u.email}`}>
            <td className="px-4 py-3 align-top">
              <p className="font-medium">
                {u.name}
                {u.id === currentUserId ? <span className="ml-1.5 text-xs text-muted-foreground">(you)</span> : null}
              </p>
              <p className="text-xs text-muted-foreground">{u.email}</p>
            </td>
            <td className="px-4 py-3 align-top">
              {u.disabled ? <Badge className="border-danger/40 text-danger">Disabled</Badge> : <Badge className="border-success/40 text-success">Active</Badge>}
            </td>
            <td className="px-4 py-3 align-top">
              <UserRowControls user={u} isSelf={u.id === currentUserId} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
