import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requirePermission } from "../auth/session.server";
import { ActionForm, ErrorSummary } from "../components/form";
import { getDb } from "../db.server";
import { done, formAction } from "../forms/action.server";
import { notFound } from "../http.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";
import { CheckInForm } from "../talks/schema";
import { checkInWithCode } from "../talks/talks.server";

export const meta = pageTitle("talk.checkIn.title");

/**
 * Where the room screen's QR code leads. The GET only shows a button (a link preview or a prefetch
 * must not record anyone); the POST, by the signed-in graduate, records the attendance once.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "talk:attend");
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const code = new URL(request.url).searchParams.get("code") ?? "";
  return { talkId: id.data, code: code.slice(0, 80) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "talk:attend");
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const db = await getDb();
  return formAction(request, CheckInForm, async ({ code }) => {
    const { recorded } = await checkInWithCode(db, { userId: user.id }, { talkId: id.data, code });
    return done(recorded ? "talk.checkIn.done" : "talk.checkIn.already");
  });
}

export default function CheckInPage() {
  const { code } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <main id="main">
      <h1>{t("talk.checkIn.title")}</h1>
      <ErrorSummary result={result} />
      {result?.ok && "done" in result ? (
        <p className="notice" role="status">
          {t(result.done)}
        </p>
      ) : (
        <ActionForm id="check-in" result={result}>
          <input type="hidden" name="code" value={code} />
          <button type="submit" className="button">
            {t("talk.checkIn.submit")}
          </button>
        </ActionForm>
      )}
    </main>
  );
}
