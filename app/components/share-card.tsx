import { useState } from "react";
import { useT } from "../i18n/use-t";

/**
 * QR code and ready-to-paste texts for WeChat/QQ groups and Weibo; copying needs JS, reading does not.
 * `qrPath` is the page's own path: its QR code is served at `<qrPath>/qr.svg` and `<qrPath>/qr.png`
 * (postings, fairs, booths).
 */
export function ShareCard({
  qrPath,
  wechat,
  weibo,
  title = "search.share.title",
  qrAlt = "search.share.qr",
}: {
  qrPath: string;
  wechat: string;
  weibo: string;
  /** Message keys of the heading and the QR image's text (a posting's by default). */
  title?: string;
  qrAlt?: string;
}) {
  const t = useT();
  return (
    <section className="card share-card" aria-labelledby="share-heading">
      <h2 id="share-heading">{t(title)}</h2>
      <figure>
        <img src={`${qrPath}/qr.svg`} width={160} height={160} alt={t(qrAlt)} />
        <figcaption>
          <a href={`${qrPath}/qr.png`} download>
            {t("search.share.qrPng")}
          </a>{" "}
          ·{" "}
          <a href={`${qrPath}/qr.svg`} download>
            {t("search.share.qrSvg")}
          </a>
        </figcaption>
      </figure>
      <CopyBox id="share-wechat" label={t("search.share.wechat")} text={wechat} rows={7} />
      <CopyBox id="share-weibo" label={t("search.share.weibo")} text={weibo} rows={3} />
    </section>
  );
}

function CopyBox({ id, label, text, rows }: { id: string; label: string; text: string; rows: number }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly rows={rows} value={text} onFocus={(e) => e.currentTarget.select()} />
      <button
        type="button"
        className="button button--quiet"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
          } catch {
            // Clipboard refused (insecure context): select the text so Ctrl+C works.
            (document.getElementById(id) as HTMLTextAreaElement | null)?.select();
            document.execCommand?.("copy");
          }
          setCopied(true);
        }}
      >
        {t("search.share.copy")}
      </button>
      <span role="status" className="muted">
        {copied ? t("search.share.copied") : ""}
      </span>
    </div>
  );
}
