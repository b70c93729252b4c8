import { NotFoundMessage, RootStatusPage } from "@/components/shell/status-page";

export default function NotFound() {
  return (
    <RootStatusPage>
      <NotFoundMessage />
    </RootStatusPage>
  );
}
