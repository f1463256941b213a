import { Meilisearch } from "meilisearch";

export interface SearchConfig {
  host: string;
  apiKey: string;
  indexPrefix: string;
}

export function createSearchClient(config: SearchConfig): Meilisearch {
  return new Meilisearch({ host: config.host, apiKey: config.apiKey, timeout: 5000 });
}

export async function searchIsHealthy(client: Meilisearch): Promise<boolean> {
  try {
    return (await client.health()).status === "available";
  } catch {
    return false;
  }
}
