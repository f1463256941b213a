import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";

// A page load Remix cancels (a navigation or a second revalidation overtaking the first) aborts its
// fetch. When that happens after the first line of the response has arrived, the response decoder
// Remix uses (turbo-stream 2.4.1, the last 2.x, pinned by @remix-run/react) rejects a promise nobody
// awaits, and the browser reports "Uncaught (in promise) AbortError" although nothing went wrong:
// the cancelled load was meant to be dropped. Only aborted requests are silenced; every other
// unhandled rejection still reaches the console.
window.addEventListener("unhandledrejection", (event) => {
  const reason: unknown = event.reason;
  if (reason instanceof DOMException && reason.name === "AbortError") event.preventDefault();
});

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <RemixBrowser />
    </StrictMode>,
  );
});
