import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { recordClick } from "../campaigns/campaigns.server";
import { getDb } from "../db.server";

/**
 * The button of a campaign mail: counts a click and leads to the campaign's programme page. The
 * destination comes from the campaign row, never from the URL (no open redirect).
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const to = await recordClick(await getDb(), params.token ?? "");
  return redirect(to, { headers: { "Cache-Control": "no-store, private", "Referrer-Policy": "no-referrer" } });
}
