import type {Runtime} from 'webextension-polyfill';
import type {z} from 'zod/mini';
import {browser} from './browser';
import {MessageError} from './message-error';
import {
	BackgroundRequestSchema,
	EnvelopeSchema,
	ReplySchemas,
	type BackgroundRequest,
	type ContentRequest,
	type Envelope,
	type Replies,
} from './messages';

type AnyRequest = BackgroundRequest | ContentRequest;
type RequestOf<T extends AnyRequest['type']> = Extract<AnyRequest, {type: T}>;

export {MessageError};
// The content script's side is src/content/background-link.ts (no zod, no polyfill in the portal page).

function unwrap<T extends AnyRequest['type']>(type: T, raw: unknown): Replies[T] {
	const envelope = EnvelopeSchema.safeParse(raw);
	if (!envelope.success) throw new MessageError('bad-reply', `No valid reply to ${type}`);
	if (!envelope.data.ok) throw new MessageError(envelope.data.error.code, envelope.data.error.message);
	// TypeScript cannot correlate ReplySchemas[T] with Replies[T] for a generic T; Replies is derived from
	// ReplySchemas key by key, so they agree.
	const schema = ReplySchemas[type] as unknown as z.ZodMiniType<Replies[T]>;
	const data = schema.safeParse(envelope.data.data);
	if (!data.success) throw new MessageError('bad-reply', `Malformed reply to ${type}`);
	return data.data;
}

export async function sendToBackground<R extends BackgroundRequest>(request: R): Promise<Replies[R['type']]> {
	return unwrap<R['type']>(request.type, await browser.runtime.sendMessage(request));
}

export async function sendToTab<R extends ContentRequest>(tabId: number, request: R): Promise<Replies[R['type']]> {
	return unwrap<R['type']>(request.type, await browser.tabs.sendMessage(tabId, request));
}

type Handlers<R extends AnyRequest> = {
	[T in R['type']]: (
		request: Extract<R, {type: T}>,
		sender: Runtime.MessageSender,
	) => Promise<Replies[T]> | Replies[T];
};

/**
 * Registers one handler per request type (the type system forces all of them). Messages that fail the schema, come
 * from another extension, or are refused by `isAllowed` are ignored, so other listeners may still answer.
 */
function listen<R extends AnyRequest>(
	schema: z.ZodMiniType<R>,
	handlers: Handlers<R>,
	isAllowed: (request: R, sender: Runtime.MessageSender) => boolean,
): void {
	browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
		if (sender.id !== browser.runtime.id) return undefined;
		const parsed = schema.safeParse(raw);
		if (!parsed.success || !isAllowed(parsed.data, sender)) return undefined;
		const request = parsed.data;
		const handler = handlers[request.type as R['type']] as (request: R, sender: Runtime.MessageSender) => unknown;
		// Replies are checked before they leave too: the content script trusts what the background sends (it has no
		// zod, issue #14), and storage, where most replies come from, is data from outside.
		const replySchema = ReplySchemas[request.type as R['type']] as z.ZodMiniType;
		return Promise.resolve()
			.then(() => handler(request, sender))
			.then((data): Envelope => {
				const reply = replySchema.safeParse(data ?? null);
				if (!reply.success) throw new MessageError('bad-reply', `Malformed reply to ${request.type}`);
				return {ok: true, data: reply.data};
			})
			.catch((error: unknown): Envelope => ({
				ok: false,
				error: {
					code: error instanceof MessageError ? error.code : 'handler-failed',
					message: error instanceof Error ? error.message : String(error),
				},
			}));
	});
}

export function handleBackgroundRequests(
	handlers: Handlers<BackgroundRequest>,
	isAllowed: (request: BackgroundRequest, sender: Runtime.MessageSender) => boolean,
): void {
	listen(BackgroundRequestSchema, handlers, isAllowed);
}

export type {RequestOf};
