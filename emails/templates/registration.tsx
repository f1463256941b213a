import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface RegistrationConfirmProps {
  displayName: string;
  confirmUrl: string;
  hours: number;
}

/** Sent to a new address: the account exists only once this link is opened and confirmed. */
export function registrationConfirmMail(props: RegistrationConfirmProps, locale: MailLocale): RenderedMail {
  if (locale === "en") {
    return renderMail({
      locale,
      subject: "Confirm your e-mail to finish creating your jiuye account",
      footer: "If you did not register, ignore this mail: no account is created without the link.",
      body: (
        <>
          <p>Dear {props.displayName},</p>
          <p>Open the link below within {props.hours} hours to create your account. It works once.</p>
          <p>
            <a href={props.confirmUrl} style={buttonStyle}>
              Confirm and create the account
            </a>
          </p>
        </>
      ),
      text: `Dear ${props.displayName},\n\nOpen this link within ${props.hours} hours to create your account. It works once:\n${props.confirmUrl}\n\nIf you did not register, ignore this mail.`,
    });
  }
  return renderMail({
    locale,
    subject: "请确认邮箱，完成“就业”平台注册",
    footer: "如非本人操作，请忽略本邮件：不打开链接，不会创建任何账户。",
    body: (
      <>
        <p>{props.displayName}，您好：</p>
        <p>请在 {props.hours} 小时内打开下面的链接完成注册。链接只能使用一次。</p>
        <p>
          <a href={props.confirmUrl} style={buttonStyle}>
            确认并创建账户
          </a>
        </p>
      </>
    ),
    text: `${props.displayName}，您好：\n\n请在 ${props.hours} 小时内打开此链接完成注册，链接只能使用一次：\n${props.confirmUrl}\n\n如非本人操作，请忽略本邮件。`,
  });
}

export interface RegistrationAttemptProps {
  displayName: string;
  signInUrl: string;
  /** Where a forgotten password is reset (a mailed one-time link). */
  forgotUrl: string;
}

/** Sent to an address that already has an account when someone tries to register with it. */
export function registrationAttemptMail(props: RegistrationAttemptProps, locale: MailLocale): RenderedMail {
  if (locale === "en") {
    return renderMail({
      locale,
      subject: "Someone tried to register on jiuye with your e-mail address",
      footer: "You receive this because this address has an account on jiuye. Nothing was changed.",
      body: (
        <>
          <p>Dear {props.displayName},</p>
          <p>
            Someone tried to create a new account with this address. You already have one, so nothing was created and
            your account is unchanged. If it was you, sign in instead; if you forgot your password, choose a new one at{" "}
            {props.forgotUrl}.
          </p>
          <p>
            <a href={props.signInUrl} style={buttonStyle}>
              Sign in
            </a>
          </p>
        </>
      ),
      text: `Dear ${props.displayName},\n\nSomeone tried to create a new account with this address. You already have one, so nothing was created and your account is unchanged. If it was you, sign in instead; if you forgot your password, choose a new one at ${props.forgotUrl}.\n\nSign in: ${props.signInUrl}`,
    });
  }
  return renderMail({
    locale,
    subject: "有人尝试用您的邮箱注册“就业”平台账户",
    footer: "您收到此邮件是因为本邮箱已注册“就业”平台账户。您的账户未被更改。",
    body: (
      <>
        <p>{props.displayName}，您好：</p>
        <p>
          有人尝试用本邮箱注册新账户。本邮箱已有账户，因此未创建新账户，您的账户也未被更改。如是您本人，请直接登录；如忘记密码，请在{" "}
          {props.forgotUrl} 设置新密码。
        </p>
        <p>
          <a href={props.signInUrl} style={buttonStyle}>
            登录
          </a>
        </p>
      </>
    ),
    text: `${props.displayName}，您好：\n\n有人尝试用本邮箱注册新账户。本邮箱已有账户，因此未创建新账户，您的账户也未被更改。如是您本人，请直接登录；如忘记密码，请在 ${props.forgotUrl} 设置新密码。\n\n登录：${props.signInUrl}`,
  });
}
