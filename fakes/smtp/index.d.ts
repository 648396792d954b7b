export interface FakeSmtpOptions {
  /** The interface both servers bind. Default "127.0.0.1". */
  host?: string
  /** 0 (default) = any free port. */
  smtpPort?: number
  /** 0 (default) = any free port. */
  httpPort?: number
  /** Messages kept; beyond it the oldest is dropped. Default 1000. */
  limit?: number
}

export interface FakeSmtpAttachment {
  /** From Content-Disposition (RFC 2231 decoded) or Content-Type's name; null when neither names one. */
  filename: string | null
  /** Lower-case MIME type without parameters, e.g. "application/pdf". */
  contentType: string
  /** Decoded bytes. */
  size: number
}

export interface FakeSmtpMessage {
  id: string
  /** The decoded From header; the envelope sender (MAIL FROM) when there is none. */
  from: string
  /** Envelope recipients (RCPT TO), lower-case, each once. */
  to: string[]
  /** Decoded Subject; "" when there is none. */
  subject: string
  /** The first text/plain part that is not an attachment, with "\n" line ends. */
  text: string | null
  /** The first text/html part that is not an attachment, with "\n" line ends. */
  html: string | null
  /** ISO timestamp of receipt. */
  date: string
  /** Top-level headers: lower-case names, unfolded and decoded values; repeated headers joined with ", ". */
  headers: Record<string, string>
  /** The parts with Content-Disposition: attachment. */
  attachments: FakeSmtpAttachment[]
}

export interface FakeSmtp {
  /** "smtp://127.0.0.1:<port>": no TLS, any credentials or none. */
  readonly smtpUrl: string
  /** "http://127.0.0.1:<port>": GET/DELETE /api/messages, GET /api/messages/:id, the mailbox page at /. */
  readonly httpUrl: string
  readonly smtpPort: number
  readonly httpPort: number
  /** Newest first. */
  messages(): FakeSmtpMessage[]
  clear(): void
  close(): Promise<void>
}

export function startFakeSmtp(options?: FakeSmtpOptions): Promise<FakeSmtp>
