import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { confirmRegistration, findRegistration } from "../auth/accounts.server";
import { enforceAuthRateLimit } from "../auth/guard-rate.server";
import { ActionForm, ErrorSummary } from "../components/form";
import { getDb } from "../db.server";
import { formAction } from "../forms/action.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";
import { homeFor } from "../navigation";

export const meta = pageTitle("registration.confirm.title");

/** Shows a button only: mail scanners open links, and opening must not create the account. */
export async function loader({ params }: LoaderFunctionArgs) {
  const found = await findRegistration(await getDb(), params.token ?? "");
  return { status: found.status, name: found.displayName };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  await enforceAuthRateLimit(context, "activate", {});
  // The form has no field: the token is in the address.
  return formAction(request, z.object({}), async () => {
    const { role, setCookie } = await confirmRegistration(
      await getDb(),
      params.token ?? "",
      request.headers.get("User-Agent"),
    );
    return redirect(homeFor(role), { headers: { "Set-Cookie": setCookie } });
  });
}

export default function ConfirmRegistration() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="page page--narrow">
      <h1>{t("registration.confirm.title")}</h1>
      <ErrorSummary result={result} />
      {data.status !== "ok" ? (
        <>
          <p role="alert">{t(`registration.link.${data.status}`)}</p>
          <p>
            <Link to={data.status === "expired" ? "/register" : "/login"}>
              {t(data.status === "expired" ? "auth.register.title" : "auth.login.title")}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>{t("registration.confirm.lead", { name: data.name })}</p>
          <ActionForm id="confirm" result={result}>
            <button type="submit" className="button">
              {t("registration.confirm.submit")}
            </button>
          </ActionForm>
        </>
      )}
    </div>
  );
}
