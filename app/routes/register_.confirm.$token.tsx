import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { confirmRegistration, findRegistration } from "../auth/accounts.server";
import { enforceAuthRateLimit } from "../auth/guard-rate.server";
import { ErrorSummary } from "../components/form";
import { getDb } from "../db.server";
import { domainFailure } from "../http.server";
import { useT } from "../i18n/use-t";
import { homeFor } from "../navigation";

export const meta: MetaFunction = () => [{ title: "完成注册 · 就业" }];

/** Shows a button only: mail scanners open links, and opening must not create the account. */
export async function loader({ params }: LoaderFunctionArgs) {
  const found = await findRegistration(await getDb(), params.token ?? "");
  return { status: found.status, name: found.displayName };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  await enforceAuthRateLimit(context, "activate", {});
  try {
    const { role, setCookie } = await confirmRegistration(
      await getDb(),
      params.token ?? "",
      request.headers.get("User-Agent"),
    );
    return redirect(homeFor(role), { headers: { "Set-Cookie": setCookie } });
  } catch (error) {
    return domainFailure(error);
  }
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
          <Form method="post">
            <button type="submit" className="button">
              {t("registration.confirm.submit")}
            </button>
          </Form>
        </>
      )}
    </div>
  );
}
