import type {VNode} from 'preact';
import {useState} from 'preact/hooks';
import {fill} from '../i18n/lang';
import {label} from '../i18n/labels';
import {APPLICATION, rolesOf} from '../data/roles';
import {useLabels, useStore} from '../state/use-store';
import {SummaryTable} from './summary-table';

/**
 * Overview (enreg_manu_*): summary, `Erteilte Berechtigungen  Mehr anzeigen`, the mandatory justification, and
 * `Onboarding manuell starten` / `Benachrichtigungs-E-Mail senden`, both disabled until the justification holds
 * text. Only `input` events count (what a person or a real keyboard produces).
 */
export function OverviewPage(): VNode {
	const store = useStore();
	const t = useLabels('overview');
	const [justification, setJustification] = useState('');
	const [expanded, setExpanded] = useState(false);
	const [sending, setSending] = useState(false);
	const user = store.managedUser;
	if (!user) return <div />;
	const profile = user.profiles.find((candidate) => candidate.id === store.state.profileId) ?? user.profiles[0];
	const ready = justification.trim() !== '' && !sending;

	const finish = (notification: boolean): void => {
		if (!ready) return;
		setSending(true);
		store.later(() => {
			store.updateUser(user.extId, (draft) => {
				// Starting the onboarding by hand always issues a new code. The notification e-mail tells the person
				// about changed permissions; it starts an onboarding only for someone who has not completed one.
				if (!notification || draft.onboardingStatus !== 'completed') store.issueCode(draft);
			});
			store.patch((state) => (state.lastJustification = justification));
			store.navigate('completed');
			if (notification) store.notify('notificationSent', {email: user.email});
		});
	};

	return (
		<div class="overview">
			<h1>{t('title')}</h1>
			<SummaryTable user={user} page="overview" />
			<div class="granted-line">
				<strong>{t('grantedPermissions')}</strong>
				{!expanded && (
					<a
						href="#"
						class="show-more"
						onClick={(event) => {
							event.preventDefault();
							setExpanded(true);
						}}
					>
						{t('showMore')}
					</a>
				)}
			</div>
			{expanded && profile && (
				<table class="table ob-table ob-table-cicd granted-table">
					<thead>
						<tr>
							<th>{label(store.lang, 'permissions', 'grantedColGranted')}</th>
							<th>{label(store.lang, 'permissions', 'grantedColApplication')}</th>
							<th>{label(store.lang, 'permissions', 'grantedColRole')}</th>
							<th>{label(store.lang, 'permissions', 'grantedColAttribute')}</th>
						</tr>
					</thead>
					<tbody>
						{profile.grants.map((name) => (
							<tr key={name}>
								<td>
									{fill(label(store.lang, 'permissions', 'grantedViaBusinessRole'), {role: name})}
								</td>
								<td>
									{rolesOf(name).map((role) => (
										<div key={role}>{APPLICATION}</div>
									))}
								</td>
								<td>
									{rolesOf(name).map((role) => (
										<div key={role}>{role}</div>
									))}
								</td>
								<td>{label(store.lang, 'permissions', 'attributeNA')}</td>
							</tr>
						))}
					</tbody>
				</table>
			)}
			<div class="form-group justification">
				<label for="justification" class="font-weight-bold">
					{t('justificationLabel')}
				</label>
				<div class={`control-wrapper${justification.trim() === '' ? ' control-mandatory' : ''}`}>
					<textarea
						id="justification"
						name="justification"
						class="form-control"
						rows={5}
						required
						aria-required="true"
						value={justification}
						onInput={(event) => setJustification(event.currentTarget.value)}
					/>
				</div>
			</div>
			<div class="page-actions">
				<button type="button" class="btn btn-link" onClick={() => store.navigate('permissions')}>
					{t('backButton')}
				</button>
				<button type="button" class="btn btn-secondary" disabled={!ready} onClick={() => finish(false)}>
					{t('startOnboardingManuallyButton')}
				</button>
				<button type="button" class="btn btn-primary" disabled={!ready} onClick={() => finish(true)}>
					{t('sendNotificationEmailButton')}
				</button>
			</div>
		</div>
	);
}
