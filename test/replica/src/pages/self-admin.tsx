import type {VNode} from 'preact';
import {useTexts} from '../state/use-store';

/**
 * The self-service side (`/portal/selfadminservice/…`, e.g. the onboarding link of the completed page): not the
 * admin portal, so the extension must stay away. Deliberately unlike the admin pages (no user-management nav).
 */
export function SelfAdminPage(): VNode {
	const t = useTexts();
	return (
		<div class="self-admin">
			<h1>{t('selfAdminTitle')}</h1>
			<h2>{t('selfAdminOnboarding')}</h2>
			<p>{t('selfAdminIntro')}</p>
			<form onSubmit={(event) => event.preventDefault()}>
				<div class="form-group">
					<label for="onboarding-code">{t('selfAdminCode')}</label>
					<input id="onboarding-code" type="text" class="form-control" />
				</div>
				<button type="submit" class="btn btn-primary">
					{t('selfAdminSubmit')}
				</button>
			</form>
		</div>
	);
}
