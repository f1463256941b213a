import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { getCurrentUser, requirePermission } from "../auth/session.server";
import { ErrorSummary } from "../components/form";
import { getDb } from "../db.server";
import { acceptInvitation, findInvitation } from "../employers/employers.server";
import { domainFailure } from "../http.server";
import { useT } from "../i18n/use-t";

export const meta: MetaFunction = () => [{ title: "加入单位 · 就业" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const invitation = await findInvitation(await getDb(), params.token ?? "");
  const user = await getCurrentUser(request);
  return { employerName: invitation?.employerName ?? null, signedInAsEmployer: user?.role === "employer" };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "employer:manage-own");
  try {
    await acceptInvitation(await getDb(), { token: params.token ?? "", userId: user.id });
  } catch (error) {
    return domainFailure(error);
  }
  return redirect("/employer");
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
        <Form method="post">
          <p>
            <strong>{employerName}</strong>
          </p>
          <button className="button">{t("employer.invite.accept")}</button>
        </Form>
      ) : (
        <p>{t("employer.invite.signIn")}</p>
      )}
    </div>
  );
}
