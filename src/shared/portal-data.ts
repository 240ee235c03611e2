/**
 * The most text the wizard keeps of one field, and so the most the portal tab sends of one (issue #13): far beyond
 * any real name or address (the wizard's validation states their own limits and says when one is exceeded), small
 * enough that a stray paste or a strange page cannot fill the storage that keeps the wizard.
 */
export const FIELD_TEXT_MAX = 2000;

/** The text cut to FIELD_TEXT_MAX (never in the middle of a character); shorter text is returned unchanged. */
export function boundText(text: string): string {
	if (text.length <= FIELD_TEXT_MAX) return text;
	const cut = text.slice(0, FIELD_TEXT_MAX);
	return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** The person shown in the portal tab, as the popup wizard receives it for prefilling (schema: portal-data-schema.ts). */
export type PortalPerson = {firstName: string; lastName: string; email: string; userId?: string | undefined};

/** What the popup gets of a person a portal tab read off the page: every text within FIELD_TEXT_MAX. */
export function boundPortalPerson(person: PortalPerson): PortalPerson {
	const {firstName, lastName, email, userId} = person;
	return {
		firstName: boundText(firstName),
		lastName: boundText(lastName),
		email: boundText(email),
		...(userId === undefined ? {} : {userId: boundText(userId)}),
	};
}
