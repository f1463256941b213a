import type { SupervisorStatus } from "../search/local-server";

// On globalThis: the launcher (which supervises the bundled Meilisearch) and the Remix server
// build (which answers /health) are separate module graphs in one process.
const holder = globalThis as typeof globalThis & { __jiuyeBundledSearch?: () => SupervisorStatus };

export function registerBundledSearch(status: () => SupervisorStatus) {
  holder.__jiuyeBundledSearch = status;
}

/** The supervisor's view of the bundled Meilisearch; null when search is an external server. */
export function bundledSearchStatus(): SupervisorStatus | null {
  return holder.__jiuyeBundledSearch?.() ?? null;
}
