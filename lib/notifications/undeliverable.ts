/**
 * A notice that must not be sent at all (its addressee is gone or changed):
 * the row is marked failed at once with `code` as its error, never retried.
 */
export class NoticeUndeliverable extends Error {
  constructor(readonly code: 'recipient_gone' | 'application_gone') {
    super(code);
    this.name = 'NoticeUndeliverable';
  }
}
