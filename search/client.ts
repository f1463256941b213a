import { Meilisearch } from "meilisearch";
import { createMeiliTransport } from "./transport";

export interface SearchConfig {
  host: string;
  apiKey: string;
  indexPrefix: string;
}

/** Every call to Meilisearch (search, health, tasks, documents) goes through the one-write transport (search/transport.ts). */
export function createSearchClient(config: SearchConfig): Meilisearch {
  const transport = createMeiliTransport();
  return new Meilisearch({
    host: config.host,
    apiKey: config.apiKey,
    timeout: 5000,
    httpClient: transport.request,
  });
}

export async function searchIsHealthy(client: Meilisearch): Promise<boolean> {
  try {
    return (await client.health()).status === "available";
  } catch {
    return false;
  }
}
