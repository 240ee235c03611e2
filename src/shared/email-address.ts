/** RFC 5321 limits: 64 octets for the local part, 254 for the whole path. */
export const EMAIL_MAX_LENGTH = 254;
const LOCAL_PART_MAX_LENGTH = 64;

/*
 * Deliberately stricter than RFC 5322: the address ends up in mailto: links and in e-mail headers, so we allow only
 * what real hospital and free-mail addresses use (ASCII letters, digits, `.`, `_`, `'`, `+`, `-` in the local part;
 * an ASCII host name with a letter TLD or an xn-- IDN). Everything that could add recipients or headers (CR, LF,
 * `,`, `;`, `<`, `>`, `"`, spaces, `%`-encodings, `?`, `&`, `=`) is rejected by construction. Quoted local parts,
 * IP-literal domains and Unicode addresses (EAI) are not used for SpiGes accounts.
 */
const EMAIL_PATTERN =
	/^[A-Za-z0-9_'+-]+(?:\.[A-Za-z0-9_'+-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

/** True for one plain address as the wizard's `EmailSchema` and the escalation setting accept it (no trimming: surrounding whitespace is not accepted). */
export function isValidEmail(value: string): boolean {
	const at = value.lastIndexOf('@');
	return value.length <= EMAIL_MAX_LENGTH && at <= LOCAL_PART_MAX_LENGTH && EMAIL_PATTERN.test(value);
}
