import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { safeRedirect } from "../auth/schema";
import { setAccountLocale } from "../auth/accounts.server";
import { getCurrentUser } from "../auth/session.server";
import { getDb } from "../db.server";
import { localeCookie } from "../i18n/locale.server";
import { pickLocale } from "../i18n/messages";

export async function loader() {
  return redirect("/");
}

/** Persists the choice in a cookie (for visitors) and on the account (for mail in that language). */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const locale = pickLocale(String(form.get("locale") ?? ""));
  const user = await getCurrentUser(request);
  if (user) await setAccountLocale(await getDb(), user.id, locale);
  return redirect(safeRedirect(form.get("redirectTo")), { headers: { "Set-Cookie": localeCookie(locale) } });
}
