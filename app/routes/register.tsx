import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { startRegistration } from "../auth/accounts.server";
import { enforceAuthRateLimit } from "../auth/guard-rate.server";
import { RegistrationSchema } from "../auth/schema";
import { getCurrentUser } from "../auth/session.server";
import { NewPasswordField } from "../components/account-fields";
import { ActionForm, ErrorSummary, FieldError, TextField, useField } from "../components/form";
import { getDb } from "../db.server";
import { formAction } from "../forms/action.server";
import { resolveLocale } from "../i18n/locale.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";
import { homeFor } from "../navigation";

export const meta = pageTitle("auth.register.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request);
  if (user) throw redirect(homeFor(user.role));
  return { sent: new URL(request.url).searchParams.has("sent") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await enforceAuthRateLimit(context, "register");
  return formAction(request, RegistrationSchema, async (input) => {
    // The same answer for a new address and a known one: both get a mail, neither gets a session here.
    // A new account's mail language starts as the language of the page it registered on.
    await startRegistration(await getDb(), { ...input, locale: resolveLocale(request) });
    return redirect("/register?sent=1");
  });
}

function RoleField() {
  const t = useT();
  const field = useField("role");
  const chosen = field.echoed ?? "graduate";
  return (
    <fieldset className="field" aria-describedby={field.errors.length ? field.errorId : undefined}>
      <legend>{t("auth.role")}</legend>
      <div className="radio-row">
        <label>
          <input id={field.id} type="radio" name="role" value="graduate" defaultChecked={chosen !== "employer"} />{" "}
          {t("role.graduate")}
        </label>
        <label>
          <input type="radio" name="role" value="employer" defaultChecked={chosen === "employer"} />{" "}
          {t("role.employer")}
        </label>
      </div>
      <FieldError name="role" />
    </fieldset>
  );
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
  return (
    <div className="page page--narrow">
      <h1>{t("auth.register.title")}</h1>
      <ErrorSummary result={result} />
      <ActionForm id="register" result={result} noValidate>
        <RoleField />
        <TextField name="displayName" label={t("auth.displayName")} autoComplete="name" required />
        <TextField name="email" type="email" label={t("auth.email")} autoComplete="email" required />
        <NewPasswordField />
        <button type="submit" className="button">
          {t("auth.register.submit")}
        </button>
      </ActionForm>
      <p className="muted">{t("auth.register.staffNote")}</p>
    </div>
  );
}
