import type {JSX} from 'preact';
import {useEffect, useMemo, useState} from 'preact/hooks';
import type {PopupTextKey} from '../popup-texts';
import type {Translate} from '../../shared/catalog';
import type {Mail} from '../../wizard/compose-mail';
import {toEml} from '../../wizard/eml';
import {toMailto} from '../../wizard/mailto';
import type {MailAction} from '../../wizard/outcome-checklist';

type Props = {
	readonly mail: Mail;
	readonly action: MailAction;
	readonly fileName: string;
	readonly t: Translate<PopupTextKey>;
	readonly copyText: (text: string) => Promise<void>;
	readonly now: () => Date;
	/** The superuser's own address, as the draft's sender ('' = none: the mail client fills it in). */
	readonly from?: string;
};

/** An object URL for the text, revoked when the text changes or the component goes away. */
function useBlobUrl(text: string | undefined, type: string): string | undefined {
	const url = useMemo(
		() => (text === undefined ? undefined : URL.createObjectURL(new Blob([text], {type}))),
		[text, type],
	);
	useEffect(
		() => () => {
			if (url !== undefined) URL.revokeObjectURL(url);
		},
		[url],
	);
	return url;
}

type CopyStatus = 'idle' | 'copied' | 'failed';

/**
 * One prepared e-mail, three ways out: the `mailto:` link (one click; replaced by an explanation when the mail is
 * too long for mail clients), *copy* (subject and body) and *download .eml* (an unsent draft, for long texts).
 */
export function MailActions({mail, action, fileName, t, copyText, now, from}: Props): JSX.Element {
	const mailto = toMailto(mail);
	// The .eml's Date header is when it was prepared: recomputed only when the mail itself changes (`now` is a
	// clock, not an input).
	// A new Message-ID with every new text: a changed draft is another message.
	const eml = useMemo(
		() => toEml(mail, {date: now(), id: crypto.randomUUID(), ...(from ? {from} : {})}),
		[mail.to, mail.subject, mail.body, from],
	);
	const emlUrl = useBlobUrl(eml.ok ? eml.eml : undefined, 'message/rfc822');
	const [copy, setCopy] = useState<CopyStatus>('idle');
	useEffect(() => setCopy('idle'), [mail.subject, mail.body]);

	const copyMail = (): void => {
		copyText(`${mail.subject}\n\n${mail.body}`).then(
			() => setCopy('copied'),
			() => setCopy('failed'),
		);
	};

	const invalidRecipient = !mailto.ok && mailto.reason === 'invalid-recipient';
	return (
		<div class="mail" data-eiam-assist-mail={action}>
			<p class="mail-meta">
				<span>{t('mail_to', mail.to)}</span>
				<span>{t('mail_subject', mail.subject)}</span>
			</p>
			{invalidRecipient ? (
				<p class="notice notice-error" role="alert">
					{t('mail_invalid_recipient', mail.to)}
				</p>
			) : null}
			{!mailto.ok && mailto.reason === 'too-long' ? (
				<p class="notice" data-eiam-assist-mail-too-long={action}>
					{t('mail_too_long')}
				</p>
			) : null}
			<div class="button-row">
				{mailto.ok ? (
					<a class="button button-primary" href={mailto.href} data-eiam-assist-action={action}>
						{t('mail_open')}
					</a>
				) : null}
				<button type="button" onClick={copyMail} data-eiam-assist-copy={action}>
					{t('mail_copy')}
				</button>
				{emlUrl === undefined ? null : (
					<a
						class="button"
						href={emlUrl}
						download={fileName}
						type="message/rfc822"
						data-eiam-assist-eml={action}
					>
						{t('mail_download')}
					</a>
				)}
			</div>
			{emlUrl !== undefined && !from ? (
				<p class="notice" data-eiam-assist-eml-no-sender={action}>
					{t('mail_no_sender')}
				</p>
			) : null}
			<p role="status" class={copy === 'failed' ? 'status status-error' : 'status'}>
				{copy === 'copied' ? t('mail_copied') : null}
				{copy === 'failed' ? t('mail_copy_failed') : null}
			</p>
			<details class="mail-preview">
				<summary>{t('mail_preview')}</summary>
				<pre>{mail.body}</pre>
			</details>
		</div>
	);
}
