// Apart from messaging.ts so the popup's screens can tell errors apart without importing the browser API.

/** Error thrown on the sending side when the handler failed; `code` is stable, `message` for logs. */
export class MessageError extends Error {
	constructor(
		readonly code: string,
		message: string,
	) {
		super(message);
		this.name = 'MessageError';
	}
}
