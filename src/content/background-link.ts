import type {BackgroundRequest, ContentRequest, Envelope, Replies} from '../shared/messages';
import {extension} from './extension';

// The content script's side of the messaging (src/shared/messaging.ts is the pages' and background's side), with
// no zod in the portal page (issue #14): the background validates every request it gets and every reply it sends
// (it reads storage, the only untrusted source), and what the content script answers is built from its own state.
// What arrives here is checked for its envelope and, for requests, for a type this script knows.

type ContentHandlers = {
	[T in ContentRequest['type']]: () => Promise<Replies[T]> | Replies[T];
};

/**
 * Sends `request` to the background; resolves with its reply, rejects when there is none. Why matters to no caller
 * here (each goes on without the answer), so the rejection carries only the envelope, for a debugger.
 */
export async function sendToBackground<R extends BackgroundRequest>(request: R): Promise<Replies[R['type']]> {
	// An envelope (messages.ts EnvelopeSchema) or anything else: no listener answered, or another one did.
	const answer: unknown = await extension().runtime.sendMessage(request);
	const raw = answer as Partial<Envelope> | null | undefined;
	// The background checked the reply against ReplySchemas[type] before sending it (handlers.ts).
	if (raw?.ok === true && 'data' in raw) return raw.data as Replies[R['type']];
	throw new Error(`No valid reply to ${request.type}`, {cause: answer});
}

/**
 * As sendToBackground, but undefined when the background cannot answer (an update, a restart): for callers that
 * then keep what they have or let it pass.
 */
export function askBackground<R extends BackgroundRequest>(request: R): Promise<Replies[R['type']] | undefined> {
	return sendToBackground(request).catch(() => undefined);
}

/**
 * Answers the requests of our own popup and background (content requests carry no data beyond their type).
 * Messages from elsewhere or of an unknown type are left to other listeners.
 */
export function handleContentRequests(handlers: ContentHandlers): void {
	const api = extension();
	api.runtime.onMessage.addListener(((raw: unknown, sender, sendResponse: (reply: Envelope) => void) => {
		if (sender.id !== api.runtime.id) return undefined;
		// Any value but null and undefined can be asked for a property: a string or a number has no `type`.
		const type = (raw as {type?: unknown} | null | undefined)?.type;
		if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
		const handler = handlers[type as ContentRequest['type']] as () => unknown;
		void Promise.resolve()
			.then(handler)
			.then(
				(data): Envelope => ({ok: true, data: data ?? null}),
				(error: unknown): Envelope => ({
					ok: false,
					// No handler here throws a coded error; every sender goes on without the answer, so the error's
					// text (`Error: …`) is only for a debugger.
					error: {code: 'handler-failed', message: String(error)},
				}),
			)
			.then(sendResponse);
		// Chromium keeps the channel open for an asynchronous answer only when the listener returns true.
		return true;
	}) as Parameters<typeof api.runtime.onMessage.addListener>[0]);
}
