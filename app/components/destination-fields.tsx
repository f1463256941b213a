import { useState } from "react";
import { PROVINCES } from "../school/regions";
import { nameFor, textFor } from "../i18n/names";
import { useLocale, useT } from "../i18n/use-t";
import { SelectField, TextField, useField } from "./form";

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
  defaults,
}: {
  codes: CodeOption[];
  defaults?: { code?: string | null; fields?: Record<string, string> };
}) {
  const t = useT();
  const locale = useLocale();
  const codeField = useField("code");
  const internship = useField("isInternship");
  const [code, setCode] = useState(codeField.echoed ?? defaults?.code ?? "");
  const chosen = codes.find((c) => c.code === code);
  const fieldNames = [...new Set(codes.flatMap((c) => c.requiredFields))];
  const shown = chosen ? chosen.requiredFields : fieldNames;
  return (
    <>
      <SelectField
        name="code"
        label={t("destination.code")}
        placeholder="—"
        options={codes.map((c) => ({ value: c.code, label: `${c.code} ${nameFor(locale, c)}` }))}
        controlled={{ value: code, onChange: setCode }}
      />
      {chosen?.evidence ? (
        <p className="field__hint">
          {t("destination.evidence.needed")} {textFor(locale, chosen.evidence)}
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
            defaultValue={defaults?.fields?.[name]}
          />
        ) : (
          <TextField
            key={name}
            name={name}
            label={t(`destination.field.${name}`)}
            type={name === "startDate" ? "date" : name === "monthlyPay" ? "number" : "text"}
            defaultValue={defaults?.fields?.[name]}
          />
        ),
      )}
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" name="isInternship" defaultChecked={internship.echoed === "on"} />{" "}
          {t("destination.internship")}
        </label>
      </div>
    </>
  );
}
