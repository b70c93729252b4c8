import { ForbiddenMessage, RootStatusPage } from "@/components/shell/status-page";

export default function Forbidden() {
  return (
    <RootStatusPage>
      <ForbiddenMessage />
    </RootStatusPage>
  );
}
