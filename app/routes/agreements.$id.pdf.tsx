import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { agreementForDocument } from "../agreements/agreements.server";
import { renderAgreementPdf } from "../agreements/pdf.server";
import { partyOf } from "../auth/actor";
import { requirePermission } from "../auth/session.server";
import { getDb } from "../db.server";
import { forbidden, notFound, orDeny, privateFile } from "../http.server";

/** The registered agreement as a PDF: to the graduate, members of the employer and staff of the graduate's scope. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "agreement:download");
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  // The party from the account's role, never from the request (docs/decisions/036-acting-party.md).
  const party = partyOf(user) ?? forbidden();
  const preview = new URL(request.url).searchParams.get("preview") === "1";
  // Refused (403/404, or 409 before registration): the error page, in the reader's language.
  const doc = await orDeny(agreementForDocument(await getDb(), party, { agreementId: id.data, preview }));
  const pdf = await renderAgreementPdf(doc);
  // A preview opens in the browser's viewer; the registered document downloads.
  const number = doc.agreement.number;
  return privateFile(pdf, {
    contentType: "application/pdf",
    filename: number ? `agreement-${number}.pdf` : "agreement-preview.pdf",
    inline: !number,
  });
}
