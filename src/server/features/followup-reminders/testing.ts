import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/*
 * A local SMTP server for tests, on 127.0.0.1 at a free port: it keeps every message it is given
 * (recipients, decoded subject and plain text). Never a real server.
 */

export type ReceivedMail = { to: string[]; subject: string; text: string };
export type LocalSmtp = {
  url: string;
  received: ReceivedMail[];
  /** Recipients the server refuses, to see a failed e-mail retried on the next run. */
  refused: Set<string>;
  close: () => Promise<void>;
};

function decodeWords(header: string): string {
  return header.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_all, how: string, data: string) =>
    how.toLowerCase() === 'b'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
  );
}

/** Subject and text of a message sent with `textEncoding: 'base64'` (what the reminders send). */
function parseMessage(raw: string, to: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  if (!/Content-Transfer-Encoding: base64/i.test(head)) throw new Error(`unexpected message encoding:\n${head}`);
  return { to, subject: decodeWords(/^Subject: (.*)$/im.exec(head)?.[1] ?? ''), text: Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') };
}

export async function startLocalSmtp(): Promise<LocalSmtp> {
  const received: ReceivedMail[] = [];
  const refused = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address)) return callback(new Error('Hộp thư tạm thời không nhận thư'));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        try {
          received.push(parseMessage(Buffer.concat(chunks).toString('utf8'), session.envelope.rcptTo.map((r) => r.address)));
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    received,
    refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
