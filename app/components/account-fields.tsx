/**
 * Fields of the forms that create or secure an account (registration, activation, password reset,
 * staff accounts and invitations), so that each asks for a password and a mail language alike.
 */
import { LOCALES, type Locale } from "../i18n/locale";
import { useT } from "../i18n/use-t";
import { SelectField, TextField } from "./form";

/** The password the user chooses, with the password rules as its hint (checked again on the server). */
export function NewPasswordField({ label }: { label?: string }) {
  const t = useT();
  return (
    <TextField
      name="password"
      type="password"
      label={label ?? t("auth.password")}
      hint={t("auth.password.hint")}
      autoComplete="new-password"
      required
      minLength={8}
    />
  );
}

/** The language the invited person's mail is written in. */
export function MailLanguageField({ defaultValue }: { defaultValue: Locale }) {
  const t = useT();
  return (
    <SelectField
      name="locale"
      label={t("invite.mailLanguage")}
      defaultValue={defaultValue}
      options={LOCALES.map((value) => ({ value, label: t(`mailLanguage.${value}`) }))}
    />
  );
}
