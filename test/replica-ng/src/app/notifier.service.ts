import {inject, Injectable} from '@angular/core';
import {MessageService} from 'primeng/api';
import type {ConfirmationKey} from '../../../replica/src/i18n/texts';
import {PortalTexts} from './i18n/portal-texts.service';
import {SESSION} from './session';

/** How long a confirmation toast stays (PrimeNG's default is 3 s; portal teams give users time to read it). */
export const TOAST_LIFE_MS = 6_000;

/**
 * Confirmations after an action, as PrimeNG toasts (`p-toast`, top right, `role="alert"`), in the page language,
 * with the same texts as the classic replica (CONFIRMATIONS). They disappear after TOAST_LIFE_MS or when closed.
 */
@Injectable({providedIn: 'root'})
export class Notifier {
	private readonly session = inject(SESSION);
	private readonly messages = inject(MessageService);
	private readonly texts = inject(PortalTexts);

	notify(key: ConfirmationKey, values: Readonly<Record<string, string>>): void {
		this.session.notify(key, values);
		this.messages.add({severity: 'success', summary: this.texts.confirmation(key, values), life: TOAST_LIFE_MS});
	}
}
