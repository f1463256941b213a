import { useState } from "react";
import { PROVINCES } from "../school/regions";
import { useLocale, useT } from "../i18n/use-t";
import { FieldError, SelectField, TextField, type ActionErrors } from "./form";

export interface CodeOption {
  code: string;
  nameZh: string;
  nameEn: string;
  requiredFields: string[];
  evidence: { zh: string; en: string } | null;
}

const PROVINCE_FIELDS = new Set(["workProvince", "serviceProvince"]);

/**
 * The destination code and the fields it needs. Every field is rendered (so the form works
 * without JavaScript); the ones the chosen code needs are marked, the rest are ignored on submit.
 */
export function DestinationFields({
  codes,
  result,
  defaults,
}: {
  codes: CodeOption[];
  result?: ActionErrors | { ok: true } | null;
  defaults?: { code?: string | null; fields?: Record<string, string> };
}) {
  const t = useT();
  const locale = useLocale();
  const failure = result && !result.ok ? result : undefined;
  const [code, setCode] = useState(failure?.values.code ?? defaults?.code ?? "");
  const chosen = codes.find((c) => c.code === code);
  const fieldNames = [...new Set(codes.flatMap((c) => c.requiredFields))];
  const shown = chosen ? chosen.requiredFields : fieldNames;
  return (
    <>
      <div className="field">
        <label htmlFor="field-code">{t("destination.code")}</label>
        <select
          id="field-code"
          name="code"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          aria-invalid={failure?.errors.code ? true : undefined}
          aria-describedby={failure?.errors.code ? "error-code" : undefined}
        >
          <option value="">—</option>
          {codes.map((c) => (
            <option key={c.code} value={c.code}>
              {c.code} {locale === "en" ? c.nameEn : c.nameZh}
            </option>
          ))}
        </select>
        <FieldError result={result} name="code" />
      </div>
      {chosen?.evidence ? (
        <p className="field__hint">
          {t("destination.evidence.needed")} {locale === "en" ? chosen.evidence.en : chosen.evidence.zh}
        </p>
      ) : null}
      {shown.map((name) =>
        PROVINCE_FIELDS.has(name) ? (
          <SelectField
            key={name}
            name={name}
            label={t(`destination.field.${name}`)}
            options={PROVINCES.map((p) => ({ value: p, label: p }))}
            placeholder="—"
            result={result}
            defaultValue={defaults?.fields?.[name]}
          />
        ) : (
          <TextField
            key={name}
            name={name}
            label={t(`destination.field.${name}`)}
            type={name === "startDate" ? "date" : name === "monthlyPay" ? "number" : "text"}
            result={result}
            defaultValue={defaults?.fields?.[name]}
          />
        ),
      )}
      <div className="field field--checkbox">
        <label>
          <input type="checkbox" name="isInternship" defaultChecked={failure?.values.isInternship === "on"} />{" "}
          {t("destination.internship")}
        </label>
      </div>
    </>
  );
}
