import type {BackgroundRequest, Replies} from '../shared/messages';
import {sendToBackground} from './background-link';

/** The requests whose answers the overlay shows while it renders. */
export type AnsweredRequest = Extract<
	BackgroundRequest,
	{type: 'bg:role-help' | 'bg:access-review' | 'bg:private-domain'}
>;

/**
 * `ask(request, scope)`: the background's answer to `request`, or undefined until one is here.
 * `scope` names what the answer belongs to (a step, a review): an answer is shown only in its own scope.
 */
export type Ask = <R extends AnsweredRequest>(request: R, scope: string) => Replies[R['type']] | undefined;

/**
 * What the background works out for the overlay (issue #14: the role help, the access review and the private-mail
 * list stay out of the content script). A render never waits for a message: each kind of request keeps its last
 * answer, shown while a newer request of the same scope is on its way (no flicker while the user types or the list
 * changes); the request is sent once, and `arrived` renders again when its answer comes. A request the background
 * could not answer (an update under the page) is sent again at the next render.
 */
export function backgroundAnswers(arrived: () => void): Ask {
	const asked = new Map<string, string>();
	const answered = new Map<string, [scope: string, reply: unknown]>();
	return <R extends AnsweredRequest>(request: R, scope: string): Replies[R['type']] | undefined => {
		const {type} = request;
		const key = JSON.stringify([request, scope]);
		if (asked.get(type) !== key) {
			asked.set(type, key);
			sendToBackground(request).then(
				(reply) => {
					if (asked.get(type) !== key) return;
					answered.set(type, [scope, reply]);
					arrived();
				},
				() => asked.get(type) === key && asked.delete(type),
			);
		}
		const [answerScope, reply] = answered.get(type) ?? [];
		// The background checked the reply against ReplySchemas[type] before sending it (messaging.ts).
		return answerScope === scope ? (reply as Replies[R['type']]) : undefined;
	};
}
