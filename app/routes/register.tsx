import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { EmailTakenError, registerAccount } from "../auth/accounts.server";
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
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  await enforceAuthRateLimit(context, "register");
  const form = await request.formData();
  const echo = {
    email: String(form.get("email") ?? ""),
    displayName: String(form.get("displayName") ?? ""),
    role: String(form.get("role") ?? ""),
  };
  const parsed = parseForm(RegistrationSchema, form);
  if (!parsed.ok) return formFailure(parsed.errors, parsed.values);
  try {
    const { setCookie } = await registerAccount(
      await getDb(),
      { ...parsed.data, locale: resolveLocale(request) },
      request.headers.get("User-Agent"),
    );
    return redirect(homeFor(parsed.data.role), { headers: { "Set-Cookie": setCookie } });
  } catch (error) {
    if (error instanceof EmailTakenError) return formFailure({ email: ["auth.register.taken"] }, echo, 409);
    throw error;
  }
}

export default function Register() {
  const result = useActionData<typeof action>();
  const t = useT();
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
