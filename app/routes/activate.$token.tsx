import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { enforceAuthRateLimit } from "../auth/guard-rate.server";
import { PasswordSchema } from "../auth/schema";
import { ErrorSummary, TextField } from "../components/form";
import { getDb } from "../db.server";
import { activateAccount, findActivation } from "../graduates/activation.server";
import { domainFailure, formFailure, parseForm } from "../http.server";
import { useT } from "../i18n/use-t";

export const meta: MetaFunction = () => [{ title: "激活账户 · 就业" }];

export async function loader({ params }: LoaderFunctionArgs) {
  const found = await findActivation(await getDb(), params.token ?? "");
  return found.status === "ok"
    ? { status: found.status, name: found.name, email: found.email }
    : { status: found.status, name: "", email: "" };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  await enforceAuthRateLimit(context, "activate", {});
  const parsed = parseForm(z.object({ password: PasswordSchema }), await request.formData());
  if (!parsed.ok) return formFailure(parsed.errors, parsed.values);
  try {
    const { setCookie } = await activateAccount(await getDb(), {
      token: params.token ?? "",
      password: parsed.data.password,
      userAgent: request.headers.get("User-Agent"),
    });
    return redirect("/graduate/profile", { headers: { "Set-Cookie": setCookie } });
  } catch (error) {
    return domainFailure(error);
  }
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
          <Form method="post" noValidate>
            <TextField
              name="password"
              type="password"
              label={t("auth.password")}
              hint={t("auth.password.hint")}
              autoComplete="new-password"
              required
              minLength={8}
              result={result}
            />
            <button type="submit" className="button">
              {t("activation.submit")}
            </button>
          </Form>
        </>
      )}
    </div>
  );
}
