import { ForbiddenMessage } from "@/components/shell/status-page";

// A page's own refusal (after a client-side navigation), shown inside the layout's shell.
export default function Forbidden() {
  return <ForbiddenMessage />;
}
