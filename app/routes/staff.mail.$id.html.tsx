import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireSchoolScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { notFound } from "../http.server";
import { getLocalMail } from "../outbox/mailbox.server";

/**
 * The HTML part as its own document, under a CSP that allows the mail's inline styles but no
 * script, form or network access, so a hostile mail body cannot act in the staff's session.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSchoolScope(request, "mail:read-local");
  const id = Number(params.id);
  if (!Number.isSafeInteger(id)) notFound();
  const mail = await getLocalMail(await getDb(), id);
  if (!mail?.html) notFound();
  return new Response(mail.html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy":
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; frame-ancestors 'none'; sandbox",
      "Cache-Control": "no-store",
    },
  });
}
