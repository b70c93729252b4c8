import { NotFoundMessage } from "@/components/shell/status-page";

// A page's own 404 (after a client-side navigation), shown inside the layout's shell.
export default function NotFound() {
  return <NotFoundMessage />;
}
