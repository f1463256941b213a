import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "../auth/session.server";
import { ActionForm, TextField } from "../components/form";
import { FormOutcome } from "../components/list-page";
import { getDb } from "../db.server";
import { done, formAction } from "../forms/action.server";
import { claimRosterLink, graduateOfUser, linkToRoster, pendingLinkRequest } from "../graduates/activation.server";
import { LinkForm } from "../graduates/schema";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";

export const meta = pageTitle("link.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "profile:own");
  const db = await getDb();
  if (await graduateOfUser(db, user.id)) throw redirect("/graduate");
  const pending = await pendingLinkRequest(db, user.id);
  // The mailed link only shows a button: mail scanners follow links, and a GET links nothing.
  const claim = new URL(request.url).searchParams.get("claim");
  return {
    pending: pending ? { studentNo: pending.studentNo } : null,
    claim: claim && claim.length <= 200 ? claim : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "profile:own");
  const db = await getDb();
  return formAction(request, LinkForm, {
    request: async ({ studentNo, name }) => {
      const result = await linkToRoster(db, { userId: user.id }, { studentNo, name });
      if (result.status === "linked") return redirect("/graduate/profile");
      return done("link.requested");
    },
    claim: async ({ claim }) => {
      await claimRosterLink(db, { userId: user.id }, { token: claim });
      return redirect("/graduate/profile");
    },
  });
}

export default function LinkRoster() {
  const { pending, claim } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="page page--narrow">
      <h1>{t("link.title")}</h1>
      <FormOutcome result={result} />
      {claim ? (
        <ActionForm id="claim" intent="claim" result={result}>
          <p className="lead">{t("link.claim.lead")}</p>
          <input type="hidden" name="claim" value={claim} />
          <button type="submit" className="button">
            {t("link.claim.confirm")}
          </button>
        </ActionForm>
      ) : null}
      <p className="lead">{t("link.lead")}</p>
      {pending && !result?.ok ? (
        <p className="notice" role="status">
          {t("link.pending", { studentNo: pending.studentNo })}
        </p>
      ) : null}
      <ActionForm id="request" intent="request" result={result} noValidate>
        <TextField name="studentNo" label={t("link.studentNo")} required />
        <TextField name="name" label={t("link.name")} autoComplete="name" required />
        <button type="submit" className="button">
          {t("link.submit")}
        </button>
      </ActionForm>
    </div>
  );
}
