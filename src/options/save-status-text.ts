import type {Translate} from '../shared/catalog';
import {LANGUAGE_NAMES, type Lang} from '../shared/lang';
import {templatesKey, type SettingKey, type Settings} from '../shared/settings';
import {oversizedTemplates, SYNC_ITEM_BYTES} from '../shared/sync-quota';
import type {OptionsTextKey} from './options-texts';
import type {SaveStatus} from './use-settings-form';

// What the options page says about saving: the status line, and what to shorten when a value is too big.

export function statusText(status: SaveStatus, t: Translate<OptionsTextKey>): string {
	switch (status.kind) {
		case 'idle':
			return '';
		case 'saving':
			return t('status_saving');
		case 'saved':
			return t('status_saved');
		case 'error':
			if (status.code === 'too-big' && status.field === undefined) return t('error_too_big');
			if (status.code === 'storage' || status.field === undefined) return t('status_error_storage');
			return t(
				status.code === 'locked'
					? 'status_error_locked'
					: status.code === 'too-big'
						? 'status_error_too_big'
						: 'status_error_invalid',
				t(`label_${status.field}`),
			);
	}
}

/** What to shorten when a value does not fit the browser's sync storage: for templates, which one first. */
export function tooBigText(key: SettingKey, draft: Settings, lang: Lang, t: Translate<OptionsTextKey>): string {
	const over = key === 'customTemplates' ? oversizedTemplates(draft.customTemplates, templatesKey) : undefined;
	if (over === undefined) return t('error_too_big');
	const kilobytes = new Intl.NumberFormat(`${lang}-CH`, {maximumFractionDigits: 1});
	return t(
		'error_templates_too_big',
		LANGUAGE_NAMES[over.lang],
		kilobytes.format(over.bytes / 1024),
		kilobytes.format(SYNC_ITEM_BYTES / 1024),
		over.longest,
	);
}
