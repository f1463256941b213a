import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { enforceAuthRateLimit } from "../auth/guard-rate.server";
import { NewPasswordField } from "../components/account-fields";
import { ActionForm, ErrorSummary } from "../components/form";
import { getDb } from "../db.server";
import { formAction } from "../forms/action.server";
import { activateAccount, findActivation } from "../graduates/activation.server";
import { ActivationSchema } from "../graduates/schema";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";

export const meta = pageTitle("activation.title");

export async function loader({ params }: LoaderFunctionArgs) {
  const found = await findActivation(await getDb(), params.token ?? "");
  return found.status === "ok"
    ? { status: found.status, name: found.name, email: found.email }
    : { status: found.status, name: "", email: "" };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  await enforceAuthRateLimit(context, "activate", {});
  return formAction(request, ActivationSchema, async ({ password }) => {
    const { setCookie } = await activateAccount(await getDb(), {
      token: params.token ?? "",
      password,
      userAgent: request.headers.get("User-Agent"),
    });
    return redirect("/graduate/profile", { headers: { "Set-Cookie": setCookie } });
  });
}

export default function Activate() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="page page--narrow">
      <h1>{t("activation.title")}</h1>
      {data.status !== "ok" ? (
        <p role="alert">{t(`activation.${data.status}`)}</p>
      ) : (
        <>
          <p>{t("activation.lead", { name: data.name, email: data.email })}</p>
          <ErrorSummary result={result} />
          <ActionForm id="activate" result={result} noValidate>
            <NewPasswordField />
            <button type="submit" className="button">
              {t("activation.submit")}
            </button>
          </ActionForm>
        </>
      )}
    </div>
  );
}
