import {type Canton, cantonName} from '../shared/cantons';
import {translator, type Translate as TranslateTo} from '../shared/catalog';
import type {Lang} from '../shared/lang';
import {DEFAULT_ESCALATION_ADDRESS} from '../shared/settings-schema';
import {visibleText} from '../shared/visible-text';
import type {PersonData, WizardInput} from './input';
import {type MailTemplateKey, mailTemplates} from './mail-templates';
import {isPrivateEmailDomain} from './private-domains';

/** A prepared e-mail. `body` uses "\n" line breaks; `toMailto` and `toEml` turn them into CRLF. */
export type Mail = {readonly to: string; readonly subject: string; readonly body: string};

/** The superuser as configured on the options page (settings-schema.ts); empty strings count as "not given". */
export type Superuser = {
	readonly name: string;
	readonly function?: string;
	/** Written out in the mail's language ("Aargau", "Argovie"); '' = not chosen. */
	readonly canton?: Canton | '';
	readonly phone?: string;
	readonly email?: string;
	/** Free text, may span several lines; replaces the name under the closing greeting. */
	readonly signature?: string;
};

export type MailContext = {
	readonly input: WizardInput;
	readonly superuser: Superuser;
	/** Defaults to `DEFAULT_ESCALATION_ADDRESS` (spiges@bfs.admin.ch, as the handbook says). */
	readonly escalationAddress?: string;
};

type Translate = TranslateTo<MailTemplateKey>;

/**
 * The value as a reader sees it (trimmed, without invisible characters), or undefined when missing or it looks
 * blank, so optional fields leave no empty label behind and a name of zero-width characters counts as not given.
 */
function given(value: string | undefined): string | undefined {
	const visible = value === undefined ? '' : visibleText(value);
	return visible === '' ? undefined : visible;
}

/** Blank-line separated paragraphs; empty paragraphs are dropped. */
function paragraphs(...blocks: readonly (readonly string[])[]): string {
	return blocks
		.filter((block) => block.length > 0)
		.map((block) => block.join('\n'))
		.join('\n\n');
}

function formatDate(t: Translate, isoDate: string): string {
	const [year = '', month = '', day = ''] = isoDate.split('-');
	return t('date', year, month, day);
}

function personBlock(t: Translate, heading: 'entered-heading' | 'registered-heading', person: PersonData): string[] {
	return [t(heading), t('first-name', person.firstName), t('last-name', person.lastName), t('email', person.email)];
}

/** Signature if given, else the superuser's name, function and contact details (whatever is filled in). */
function signatureLines(superuser: Superuser): string[] {
	const signature = given(superuser.signature);
	if (signature !== undefined) {
		return signature.split(/\r\n|\r|\n/);
	}

	return [superuser.name, superuser.function, superuser.phone, superuser.email].flatMap((value) => {
		const text = given(value);
		return text === undefined ? [] : [text];
	});
}

function optionalLine(t: Translate, key: MailTemplateKey, value: string | undefined): string[] {
	return value === undefined ? [] : [t(key, value)];
}

/**
 * The report to SpiGes (BFS) when another person registered: what happened, the user id, both data sets, the date of
 * eIAM's e-mail, the canton and who reports it, in the superuser's language.
 */
export function composeEscalationMail(context: MailContext, lang: Lang): Mail {
	const t = translator(mailTemplates[lang]);
	const {input, superuser} = context;
	const userId = given(input.userId);
	const mailDate = given(input.mailDate);
	const reporter = [superuser.name, superuser.function].flatMap((value) => given(value) ?? []).join(', ');
	const body = paragraphs(
		[t('greeting')],
		[t('escalation-intro')],
		[
			...optionalLine(t, 'user-id', userId),
			...optionalLine(t, 'mail-date', mailDate === undefined ? undefined : formatDate(t, mailDate)),
			...optionalLine(t, 'canton', superuser.canton ? cantonName(superuser.canton, lang) : undefined),
		],
		personBlock(t, 'entered-heading', input.entered),
		personBlock(t, 'registered-heading', input.registered),
		[
			...(reporter === '' ? [] : [t('reported-by', reporter)]),
			...optionalLine(t, 'phone', given(superuser.phone)),
			...optionalLine(t, 'reporter-email', given(superuser.email)),
		],
		[t('escalation-request')],
		[t('closing'), ...signatureLines({name: superuser.name, signature: superuser.signature})],
	);
	return {
		to: given(context.escalationAddress) ?? DEFAULT_ESCALATION_ADDRESS,
		subject: userId === undefined ? t('escalation-subject') : t('escalation-subject-user-id', userId),
		body,
	};
}

/**
 * The e-mail to a person who registered with a private address: register again with the professional address; the
 * superuser creates a new profile and a new code follows. The superuser picks the language (the person's, not
 * necessarily their own).
 */
export function composeContactMail(context: MailContext, lang: Lang): Mail {
	const t = translator(mailTemplates[lang]);
	const {entered, registered} = context.input;
	const {superuser} = context;
	// The portal's address is the one for the new profile, unless it is private as well: then we ask for it.
	const professional = isPrivateEmailDomain(entered.email) ? undefined : entered.email;
	const phone = given(superuser.phone);
	const body = paragraphs(
		[t('greeting-name', `${registered.firstName} ${registered.lastName}`)],
		[t('contact-intro', registered.email)],
		[professional === undefined ? t('contact-ask-address') : t('contact-new-address', professional)],
		[t('contact-new-code')],
		phone === undefined ? [] : [t('contact-questions', phone)],
		[t('closing'), ...signatureLines(superuser)],
	);
	return {to: registered.email, subject: t('contact-subject'), body};
}
