import type {SettingKey} from './settings-schema';

/** `too-big`: a value does not fit the browser's sync storage (8 KB per item); shortening it helps, waiting not. */
export type SettingsErrorCode = 'locked' | 'invalid' | 'too-big' | 'storage';

/** Why set() refused a patch or could not save it; `field` names the setting when there is one. */
export class SettingsError extends Error {
	override readonly name = 'SettingsError';
	constructor(
		readonly code: SettingsErrorCode,
		readonly field?: SettingKey,
		options?: ErrorOptions,
	) {
		super(
			code === 'locked'
				? `The setting "${String(field)}" is locked by the administrator's policy`
				: code === 'invalid'
					? `The value for "${String(field)}" is not valid`
					: code === 'too-big'
						? `The value for "${String(field)}" is too big for the browser's sync storage`
						: 'The settings could not be saved',
			options,
		);
	}
}
