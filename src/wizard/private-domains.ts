/*
 * Free-mail and internet-provider domains: an address there is private, not professional. SpiGes accounts must use
 * the professional address (SpiGes handbook, "Support for users": private instead of professional e-mail → deactivate,
 * ask the person to register with the professional address, create a new profile).
 * Maintained by hand; add a domain when a superuser reports one. Cross-border staff (Geneva, Basel, Ticino) bring
 * French, German and Italian providers, hence those below.
 */

/** Exact domains (lower case). A subdomain of one of them is not private by this list (see `isPrivateEmailDomain`). */
export const PRIVATE_EMAIL_DOMAINS: readonly string[] = [
	// Switzerland
	'bluewin.ch',
	'bluemail.ch',
	'hispeed.ch',
	'sunrise.ch',
	'swissonline.ch',
	'green.ch',
	'quickline.ch',
	'vtxnet.ch',
	// International
	'gmail.com',
	'googlemail.com',
	'icloud.com',
	'me.com',
	'mac.com',
	'proton.me',
	'pm.me',
	'windowslive.com',
	'msn.com',
	'aol.com',
	'ymail.com',
	'tutanota.com',
	'tuta.io',
	// Neighbouring countries
	'web.de',
	't-online.de',
	'posteo.de',
	'orange.fr',
	'wanadoo.fr',
	'free.fr',
	'sfr.fr',
	'laposte.net',
	'libero.it',
	'virgilio.it',
	'alice.it',
	'tiscali.it',
];

/**
 * Providers that use their name under many top-level domains (outlook.com, outlook.de, hotmail.co.uk, gmx.ch,
 * gmx.net, yahoo.fr …): matched by rule rather than by listing every country.
 */
export const PRIVATE_EMAIL_PROVIDERS_ANY_TLD: readonly string[] = [
	'outlook',
	'hotmail',
	'live',
	'yahoo',
	'protonmail',
	'gmx',
];

/** The second-level labels that countries put before their code (hotmail.co.uk, yahoo.com.au). */
const COUNTRY_SECOND_LEVELS: ReadonlySet<string> = new Set(['co', 'com', 'net', 'org']);

/**
 * True when the address (or bare domain) is on a free-mail or provider domain. The domain must match itself:
 * `live.insel.ch` or `mail.gmail.com.example.ch` are not private, `outlook.com` and `hotmail.co.uk` are.
 */
export function isPrivateEmailDomain(email: string): boolean {
	const domain = email
		.slice(email.lastIndexOf('@') + 1)
		.trim()
		.toLowerCase()
		.replace(/\.$/, ''); // A fully qualified "gmail.com." is still gmail.com.
	if (PRIVATE_EMAIL_DOMAINS.includes(domain)) {
		return true;
	}

	const [provider, ...suffix] = domain.split('.');
	if (provider === undefined || !PRIVATE_EMAIL_PROVIDERS_ANY_TLD.includes(provider)) {
		return false;
	}

	const [first, second] = suffix;
	if (suffix.length === 1) {
		return first !== undefined && /^[a-z]{2,}$/.test(first);
	}

	// Only a country's registry suffix may follow: `hotmail.co.uk`, not `live.spital-xy.ch`.
	return (
		suffix.length === 2 &&
		first !== undefined &&
		COUNTRY_SECOND_LEVELS.has(first) &&
		second !== undefined &&
		/^[a-z]{2}$/.test(second)
	);
}

/**
 * The domain of a typed address that looks private (the person must use their professional one), else undefined.
 * The background checks the address a create-user step sends with each frame (`bg:overlay`; issue #14: the list stays out
 * of the content script).
 */
export function privateDomainOf(email: string): string | undefined {
	return email.includes('@') && isPrivateEmailDomain(email) ? email.slice(email.lastIndexOf('@') + 1) : undefined;
}
