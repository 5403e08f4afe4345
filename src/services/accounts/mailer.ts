/**
 * Optional email: when WAYFINDER_SMTP_URL is set, one-time password links are also sent to the
 * person they are for. Without it nothing is sent and the admin hands the link over; a mail
 * server is never required. Sending failures never undo the link: the admin is told instead.
 */
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export interface SmtpSettings {
  /** smtp://user:password@host:587 (STARTTLS when offered) or smtps://…:465 (TLS). */
  url: string;
  /** The From address: "Wayfinder <no-reply@school.example>". */
  from: string;
}

export function smtpMailer(settings: SmtpSettings): Mailer {
  const transport = nodemailer.createTransport(settings.url);
  return {
    async send(message) {
      await transport.sendMail({ from: settings.from, ...message });
    },
  };
}

/** A short reason a message was not sent, for the admin; never the server's full answer. */
export function mailFailure(error: unknown): string {
  const code = (error as { code?: unknown; responseCode?: unknown }).code;
  const response = (error as { responseCode?: unknown }).responseCode;
  if (typeof response === 'number') return `the mail server answered ${response}`;
  if (typeof code === 'string') return `the mail server could not be reached (${code})`;
  return 'the mail server could not be reached';
}

const when = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(iso));

/** The set-password message, in English then Spanish (we do not know the reader's language). */
export function passwordLinkMessage(options: {
  to: string;
  name: string;
  url: string;
  expiresAt: string;
}): MailMessage {
  const { to, name, url, expiresAt } = options;
  return {
    to,
    subject: 'Set your Wayfinder password / Establece tu contraseña de Wayfinder',
    text: [
      `Hello ${name},`,
      '',
      'An administrator created a link for you to set your Wayfinder password. Open it and choose a password:',
      '',
      url,
      '',
      `The link works once, until ${when(expiresAt, 'en-US')} (UTC). If you did not expect it, tell your school; do not forward it.`,
      '',
      '—',
      '',
      `Hola, ${name}:`,
      '',
      'Un administrador creó un enlace para que establezcas tu contraseña de Wayfinder. Ábrelo y elige una contraseña:',
      '',
      url,
      '',
      `El enlace funciona una sola vez, hasta el ${when(expiresAt, 'es-US')} (UTC). Si no lo esperabas, avisa a tu escuela; no lo reenvíes.`,
      '',
    ].join('\n'),
  };
}
