import { useSyncExternalStore } from "react";

// False on the server and during hydration, true after: lets dates render in UTC first and in the
// viewer's time zone once in the browser, without a hydration mismatch (as components/local-time does).
const subscribe = () => () => {};
export const useInBrowser = () => useSyncExternalStore(subscribe, () => true, () => false);
