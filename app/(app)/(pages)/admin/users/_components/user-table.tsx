import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { UserRowControls, type UserRowData } from "./user-row-controls";

export function UserTable({ users, currentUserId }: { users: UserRowData[]; currentUserId: string }) {
  if (users.length === 0) {
    return <p className="p-6 text-sm text-muted-foreground">No users yet.</p>;
  }
  return (
    <Table stacked>
      <caption className="sr-only">Users</caption>
      <TableHeader>
        <TableHead className="px-4">User</TableHead>
        <TableHead className="px-4">Status</TableHead>
        <TableHead className="px-4">Role and actions</TableHead>
      </TableHeader>
      <TableBody>
        {users.map((u) => (
          <TableRow key={u.id} data-testid={`user-row-${u.email}`}>
            <TableCell className="px-4 py-3 align-top">
              <p className="font-medium">
                {u.name}
                {u.id === currentUserId ? <span className="ml-1.5 text-xs text-muted-foreground">(you)</span> : null}
              </p>
              <p className="text-xs text-muted-foreground">{u.email}</p>
            </TableCell>
            <TableCell className="px-4 py-3 align-top" label="Status">
              {u.disabled ? <Badge className="border-danger/40 text-danger">Disabled</Badge> : <Badge className="border-success/40 text-success">Active</Badge>}
            </TableCell>
            <TableCell className="px-4 py-3 align-top" label="Role and actions">
              <UserRowControls user={u} isSelf={u.id === currentUserId} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
