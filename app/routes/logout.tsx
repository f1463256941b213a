import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { clearSessionCookie, getCurrentUser, revokeSession } from "../auth/session.server";
import { getDb } from "../db.server";

export async function loader() {
  // Signing out changes state, so it is a POST (a prefetching browser must not sign anyone out).
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await getCurrentUser(request);
  if (user) await revokeSession(await getDb(), user.sessionId);
  return redirect("/login?signedOut=1", { headers: { "Set-Cookie": clearSessionCookie() } });
}
