import { checkHealth } from "../services.server";

/** For load balancers and humans: 200 when PostgreSQL, Meilisearch and mail all answer, 503 otherwise. */
export async function loader() {
  const report = await checkHealth();
  return Response.json(report, { status: report.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
