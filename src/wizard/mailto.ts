import type {Mail} from './compose-mail';
import {isValidEmail} from './input';
import {normalizeBody, normalizeSubject} from './normalize-mail-text';

/**
 * Budget for the whole `mailto:` href. Outlook on Windows receives mailto links through ShellExecute, which cuts the
 * command line at about 2 KB (longer links open an empty or truncated draft, or nothing at all); browsers and other
 * clients accept more, so the smallest limit wins. Longer mails go through `toEml` instead.
 */
export const MAILTO_MAX_LENGTH = 2000;

export type MailtoResult =
	| {readonly ok: true; readonly href: string}
	| {readonly ok: false; readonly reason: 'too-long' | 'invalid-recipient'};

/**
 * A `mailto:` link (RFC 6068) for one recipient with subject and body. The recipient must be exactly one valid
 * address as `EmailSchema` accepts it, without surrounding whitespace: nothing in it can add recipients (`,` `;`),
 * query parameters (`?` `&`) or headers, and it is percent-encoded on top. Subject and body are normalised (see
 * normalize-mail-text.ts) and encoded with `encodeURIComponent`, so line breaks arrive as `%0D%0A`.
 */
export function toMailto(mail: Mail): MailtoResult {
	if (!isValidEmail(mail.to)) {
		return {ok: false, reason: 'invalid-recipient'};
	}

	// "@" stays literal (RFC 6068 addr-spec); "+" and "'" are encoded, so no client reads "+" as a space.
	const at = mail.to.lastIndexOf('@');
	const recipient = `${encodeURIComponent(mail.to.slice(0, at))}@${encodeURIComponent(mail.to.slice(at + 1))}`;
	const href =
		`mailto:${recipient.replace(/'/g, '%27')}` +
		`?subject=${encodeURIComponent(normalizeSubject(mail.subject))}` +
		`&body=${encodeURIComponent(normalizeBody(mail.body))}`;
	return href.length > MAILTO_MAX_LENGTH ? {ok: false, reason: 'too-long'} : {ok: true, href};
}
