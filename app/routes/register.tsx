import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { startRegistration } from "../auth/accounts.server";
import { enforceAuthRateLimit } from "../auth/guard-rate.server";
import { RegistrationSchema } from "../auth/schema";
import { getCurrentUser } from "../auth/session.server";
import { ErrorSummary, FieldError, TextField } from "../components/form";
import { getDb } from "../db.server";
import { formFailure, parseForm } from "../http.server";
import { resolveLocale } from "../i18n/locale.server";
import { useT } from "../i18n/use-t";
import { homeFor } from "../navigation";

export const meta: MetaFunction = () => [{ title: "注册 · 就业" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request);
  if (user) throw redirect(homeFor(user.role));
  return { sent: new URL(request.url).searchParams.has("sent") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await enforceAuthRateLimit(context, "register");
  const form = await request.formData();
  const parsed = parseForm(RegistrationSchema, form);
  if (!parsed.ok) return formFailure(parsed.errors, parsed.values);
  // The same answer for a new address and a known one: both get a mail, neither gets a session here.
  await startRegistration(await getDb(), { ...parsed.data, locale: resolveLocale(request) });
  return redirect("/register?sent=1");
}

export default function Register() {
  const { sent } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  if (sent && !result)
    return (
      <div className="page page--narrow">
        <h1>{t("auth.register.sentTitle")}</h1>
        <p role="status">{t("auth.register.sent")}</p>
        <p>
          <Link to="/login">{t("auth.register.signIn")}</Link>
        </p>
      </div>
    );
  const chosenRole = result && !result.ok ? result.values.role : "graduate";
  return (
    <div className="page page--narrow">
      <h1>{t("auth.register.title")}</h1>
      <ErrorSummary result={result} />
      <Form method="post" noValidate>
        <fieldset className="field">
          <legend>{t("auth.role")}</legend>
          <div className="radio-row" id="field-role">
            <label>
              <input type="radio" name="role" value="graduate" defaultChecked={chosenRole !== "employer"} />{" "}
              {t("role.graduate")}
            </label>
            <label>
              <input type="radio" name="role" value="employer" defaultChecked={chosenRole === "employer"} />{" "}
              {t("role.employer")}
            </label>
          </div>
          <FieldError result={result} name="role" />
        </fieldset>
        <TextField name="displayName" label={t("auth.displayName")} autoComplete="name" required result={result} />
        <TextField name="email" type="email" label={t("auth.email")} autoComplete="email" required result={result} />
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
          {t("auth.register.submit")}
        </button>
      </Form>
      <p className="muted">{t("auth.register.staffNote")}</p>
    </div>
  );
}
