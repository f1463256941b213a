import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { getCurrentUser, requirePermission } from "../auth/session.server";
import { ActionForm, ErrorSummary } from "../components/form";
import { getDb } from "../db.server";
import { acceptInvitation, findInvitation } from "../employers/employers.server";
import { formAction } from "../forms/action.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";

export const meta = pageTitle("employer.invite.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const invitation = await findInvitation(await getDb(), params.token ?? "");
  const user = await getCurrentUser(request);
  return { employerName: invitation?.employerName ?? null, signedInAsEmployer: user?.role === "employer" };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "employer:manage-own");
  // The token in the address is the whole input: the form only confirms.
  return formAction(request, z.object({}), async () => {
    await acceptInvitation(await getDb(), { userId: user.id }, { token: params.token ?? "" });
    return redirect("/employer");
  });
}

export default function JoinEmployer() {
  const { employerName, signedInAsEmployer } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="page page--narrow">
      <h1>{t("employer.invite.title")}</h1>
      <ErrorSummary result={result} />
      {!employerName ? (
        <p role="alert">{t("employer.invite.invalid")}</p>
      ) : signedInAsEmployer ? (
        <ActionForm id="accept" result={result}>
          <p>
            <strong>{employerName}</strong>
          </p>
          <button type="submit" className="button">
            {t("employer.invite.accept")}
          </button>
        </ActionForm>
      ) : (
        <p>{t("employer.invite.signIn")}</p>
      )}
    </div>
  );
}
