import {inject, Injectable} from '@angular/core';
import {fill} from '../../../../replica/src/i18n/lang';
import type {LabelKey, LabelPage} from '../../../../replica/src/i18n/labels';
import {portalLabel} from '../../../../replica/src/i18n/renames';
import {onboardingStatusLabel, userStatusLabel} from '../../../../replica/src/i18n/status';
import {CONFIRMATIONS, text, type ConfirmationKey, type TextKey} from '../../../../replica/src/i18n/texts';
import type {OnboardingStatus, UserStatus} from '../../../../replica/src/data/users';
import {SESSION} from '../session';

/**
 * The portal's words in the session's language: labels from labels.json (through the `rename=` scenario), the
 * replica's own texts and confirmations. Templates call it on every change detection, so a language switch
 * re-renders every text.
 */
@Injectable({providedIn: 'root'})
export class PortalTexts {
	private readonly session = inject(SESSION);

	get lang() {
		return this.session.lang;
	}

	label<P extends LabelPage>(page: P, key: LabelKey<P>, values?: Readonly<Record<string, string | number>>): string {
		const raw = portalLabel(this.session.lang, page, key, this.session.scenario.rename);
		return values ? fill(raw, values) : raw;
	}

	text(key: TextKey): string {
		return text(this.session.lang, key);
	}

	confirmation(key: ConfirmationKey, values: Readonly<Record<string, string>>): string {
		return fill(CONFIRMATIONS[key][this.session.lang], values);
	}

	userStatus(status: UserStatus): string {
		return userStatusLabel(this.session.lang, status);
	}

	onboardingStatus(status: OnboardingStatus): string {
		return onboardingStatusLabel(this.session.lang, status);
	}
}
