import type {VNode} from 'preact';
import {useEffect, useState} from 'preact/hooks';
import {ONBOARDING_LINK} from '../i18n/labels';
import {lateAlertsDelay} from '../state/scenario';
import {useLabels, useStore} from '../state/use-store';
import {host} from '../ui/host';
import {Icon} from '../ui/icon';

/**
 * Completed (onboarding_*): light title, Oblique success and info alerts, the `Onboarding-Link:` card with the
 * person, link and code; footer `Andere Benutzer verwalten`, `Drucken`, `Onboarding-Code per E-Mail senden`,
 * `Schliessen`. Sending the code answers with a confirmation and resets the code date.
 * With `alerts=late` the two alerts come after the data and the buttons, as from a second request: a guide must not
 * take the page's own success alert for the answer to the user's last click.
 */
export function CompletedPage(): VNode {
	const store = useStore();
	const t = useLabels('completed');
	const [sending, setSending] = useState(false);
	const [alertsShown, setAlertsShown] = useState(store.scenario.alerts !== 'late');
	useEffect(() => {
		if (alertsShown) return undefined;
		const timer = setTimeout(() => setAlertsShown(true), lateAlertsDelay(store.delay));
		return () => clearTimeout(timer);
	}, []);
	const user = store.managedUser;
	if (!user) return <div />;
	const sendCode = (): void => {
		if (sending) return;
		setSending(true);
		store.later(() => {
			setSending(false);
			store.updateUser(user.extId, (draft) => {
				draft.codeSentAt = Date.now();
			});
			store.notify('codeSent', {email: user.email});
		});
	};
	const field = (name: string, value: string, className: string): VNode => (
		<div class={className}>
			<strong>{name}</strong> <span class="field-value">{value}</span>
		</div>
	);
	return (
		<div class="completed">
			<h1 class="ob-light">{t('title')}</h1>
			{alertsShown &&
				host(
					'ob-alert',
					{class: 'ob-alert ob-alert-success'},
					<div class="ob-alert-content">
						<p class="ob-alert-title">{t('successTitle')}</p>
						<p>{t('successText')}</p>
					</div>,
				)}
			{alertsShown &&
				host(
					'ob-alert',
					{class: 'ob-alert ob-alert-info'},
					<div class="ob-alert-content">
						<p class="ob-alert-title">{t('infoTitle')}</p>
						<p>{t('infoText')}</p>
					</div>,
				)}
			<h2 class="ob-light">{t('onboardingHeading')}</h2>
			<div class="card onboarding-card" key={store.revision}>
				<div class="card-body">
					<div class="row">
						{field(t('fieldLastName'), user.lastName, 'col-md-2')}
						{field(t('fieldFirstName'), user.firstName, 'col-md-3')}
						{field(t('fieldEmail'), user.email, 'col-md-4')}
						{field(t('fieldUserId'), user.extId, 'col-md-3')}
					</div>
					<div class="row">
						{field(t('fieldOnboardingLink'), ONBOARDING_LINK, 'col-lg-6')}
						{field(t('fieldOnboardingCode'), user.onboardingCode, 'col-lg-6')}
					</div>
				</div>
			</div>
			<div class="page-actions">
				<button
					type="button"
					class="btn btn-secondary"
					onClick={() => {
						store.patch((state) => (state.listSelection = undefined));
						store.navigate('users');
					}}
				>
					{t('manageOtherUsersButton')}
				</button>
				<button type="button" class="btn btn-secondary" onClick={() => window.print()}>
					<Icon name="print" /> {t('printButton')}
				</button>
				<button type="button" class="btn btn-secondary" disabled={sending} onClick={sendCode}>
					<Icon name="arrow-circle-right" /> {t('sendOnboardingCodeButton')}
				</button>
				<button type="button" class="btn btn-primary" onClick={() => store.navigate('home')}>
					{t('closeButton')}
				</button>
			</div>
		</div>
	);
}
