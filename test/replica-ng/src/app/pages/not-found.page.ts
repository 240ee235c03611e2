import {Component, inject} from '@angular/core';
import {PortalTexts} from '../i18n/portal-texts.service';

@Component({
	selector: 'app-not-found',
	template: `<p>{{ t.text('notFound') }}</p>`,
})
export class NotFoundPage {
	protected readonly t = inject(PortalTexts);
}
