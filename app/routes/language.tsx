import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { safeRedirect } from "../auth/schema";
import { localeCookie } from "../i18n/locale.server";
import { pickLocale } from "../i18n/messages";

export async function loader() {
  return redirect("/");
}

/**
 * The header switch changes the pages only: the choice lives in a cookie. Mail follows the language
 * the person chose for mail (the graduate profile's 邮件语言, stored on the account), one rule for
 * every mail (issue 15); clicking "English" once no longer turns a graduate's agreement mail English.
 */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const locale = pickLocale(String(form.get("locale") ?? ""));
  return redirect(safeRedirect(form.get("redirectTo")), { headers: { "Set-Cookie": localeCookie(locale) } });
}
