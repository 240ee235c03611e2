import type {VNode} from 'preact';
import {useState} from 'preact/hooks';
import {fill} from '../i18n/lang';
import {userStatusLabel} from '../i18n/status';
import {APPLICATION, BUSINESS_ROLE_NAMES, rolesOf} from '../data/roles';
import type {PortalUser, Profile} from '../data/users';
import type {ReplicaStore} from '../state/store';
import {useLabels, useStore, useTexts} from '../state/use-store';
import {ActionGroup} from '../ui/action-group';
import {host, ng} from '../ui/host';
import {Icon} from '../ui/icon';
import {PListbox} from '../ui/p-listbox';
import {SummaryTable} from './summary-table';

type Tab = 'grant' | 'delegated';

function changeProfile(
	store: ReplicaStore,
	user: PortalUser,
	profileId: string,
	change: (profile: Profile) => void,
): void {
	store.updateUser(user.extId, (draft) => {
		const profile = draft.profiles.find((candidate) => candidate.id === profileId);
		if (profile) change(profile);
	});
}

/**
 * Permissions (param_utilisateur_*, desactiv_utilis_*, continuer_*, don_delegation_*): summary table; Oblique column
 * layout with the profile boxes on the left (pencil + chevron menu `Profil archivieren` / `Deaktivieren`); ngbNav
 * tabs (red-topped active tab); business roles, roles, `Berechtigen`, granted permissions; footer
 * `Zurück zur Benutzerauswahl` / `Weiter` (disabled while the profile has no permission).
 */
export function PermissionsPage(): VNode {
	const store = useStore();
	const t = useLabels('permissions');
	const tx = useTexts();
	const [tab, setTab] = useState<Tab>('grant');
	const [collapsed, setCollapsed] = useState(false);
	const user = store.managedUser;
	if (!user) return <div />;
	const profile = user.profiles.find((candidate) => candidate.id === store.state.profileId) ?? user.profiles[0];

	const addProfile = (): void =>
		store.later(() => {
			const created = store.newProfile();
			store.updateUser(user.extId, (draft) => draft.profiles.push(created));
			store.patch((state) => (state.profileId = created.id));
		});

	const tabLink = (id: Tab, index: number, text: string): VNode => (
		<li class="nav-item" {...ng('ngbnavitem')}>
			<a
				href=""
				id={`ngb-nav-${index}`}
				class={`nav-link${tab === id ? ' active' : ''}`}
				role="tab"
				aria-controls={`ngb-nav-${index}-panel`}
				aria-selected={tab === id ? 'true' : 'false'}
				aria-disabled="false"
				{...ng('ngbnavlink')}
				onClick={(event) => {
					event.preventDefault();
					setTab(id);
				}}
			>
				{text}
			</a>
		</li>
	);

	return (
		<div class="permissions">
			<h1>{t('title')}</h1>
			<SummaryTable user={user} page="permissions" />
			{host(
				'ob-column-layout',
				{class: 'ob-column-layout'},
				<div class={`ob-column-left ob-column-panel${collapsed ? ' ob-collapsed' : ''}`} role="complementary">
					<button
						type="button"
						class="ob-column-toggle-left ob-column-toggle"
						aria-label={tx('collapseColumn')}
						aria-expanded={collapsed ? 'false' : 'true'}
						onClick={() => setCollapsed(!collapsed)}
					/>
					<div class="ob-column-content">
						<div class="add-profile">
							<button type="button" class="btn btn-secondary" onClick={addProfile}>
								<Icon name="plus-circle" />
								{t('addProfileButton')}
							</button>
						</div>
						<div class="profile-list" key={store.revision}>
							{user.profiles.map((candidate) => (
								<ProfileBox
									key={candidate.id}
									user={user}
									profile={candidate}
									selected={candidate.id === profile?.id}
								/>
							))}
						</div>
					</div>
				</div>,
				<div class="ob-column-main">
					<div class="ob-column-content">
						<ul class="nav nav-tabs" role="tablist" {...ng('ngbnav')}>
							{tabLink('grant', 0, t('tabGrant'))}
							{tabLink('delegated', 1, t('tabGrantDelegated'))}
						</ul>
						<div class="tab-content">
							<div
								class="tab-pane active"
								role="tabpanel"
								id={`ngb-nav-${tab === 'grant' ? 0 : 1}-panel`}
								aria-labelledby={`ngb-nav-${tab === 'grant' ? 0 : 1}`}
							>
								{/* Keyed by profile: choosing another profile starts with no role chosen. */}
								{profile && tab === 'grant' && (
									<GrantTab key={profile.id} user={user} profile={profile} />
								)}
								{tab === 'delegated' && <DelegatedTab />}
								<div class="page-actions">
									<button type="button" class="btn btn-link" onClick={() => store.navigate('users')}>
										{t('backButton')}
									</button>
									<button
										type="button"
										class="btn btn-primary"
										disabled={!profile || profile.grants.length === 0}
										onClick={() => store.navigate('overview')}
									>
										{t('continueButton')}
									</button>
								</div>
							</div>
						</div>
					</div>
				</div>,
			)}
		</div>
	);
}

function ProfileBox({user, profile, selected}: {user: PortalUser; profile: Profile; selected: boolean}): VNode {
	const store = useStore();
	const t = useLabels('permissions');
	const tx = useTexts();
	const active = profile.status === 'active';
	return (
		<div
			class={`profile-box${selected ? ' selected' : ''}${active ? '' : ' inactive'}`}
			onClick={(event) => {
				if (event.target instanceof Element && event.target.closest('button')) return;
				store.patch((state) => (state.profileId = profile.id));
			}}
		>
			<Icon name={active ? 'toggle-on' : 'toggle-off'} />
			<div class="profile-name">
				<div>{profile.name}</div>
				<div>{profile.id}</div>
				{!active && (
					<div class="profile-status">
						{userStatusLabel(store.lang, profile.status === 'inactive' ? 'inactive' : 'toArchive')}
					</div>
				)}
			</div>
			<ActionGroup
				class="profile-actions"
				main={{icon: 'pencil', label: tx('iconEditProfile')}}
				toggleLabel={tx('iconMoreProfileActions')}
				items={[
					{
						icon: 'trash',
						label: t('profileMenuArchive'),
						disabled: profile.status === 'archived',
						onSelect: () =>
							store.later(() => {
								changeProfile(store, user, profile.id, (draft) => (draft.status = 'archived'));
								store.notify('profileArchived', {profile: profile.name});
							}),
					},
					{
						icon: 'toggle-off',
						label: t('profileMenuDeactivate'),
						disabled: !active,
						onSelect: () =>
							store.later(() => {
								changeProfile(store, user, profile.id, (draft) => (draft.status = 'inactive'));
								store.notify('profileDeactivated', {profile: profile.name});
							}),
					},
				]}
			/>
		</div>
	);
}

function GrantTab({user, profile}: {user: PortalUser; profile: Profile}): VNode {
	const store = useStore();
	const t = useLabels('permissions');
	const tx = useTexts();
	const [role, setRole] = useState<string | undefined>(undefined);
	const editable = profile.status === 'active';
	const available = BUSINESS_ROLE_NAMES.filter((name) => !profile.grants.includes(name));
	const grant = (): void => {
		if (!role) return;
		const granted = role;
		setRole(undefined);
		store.later(() => changeProfile(store, user, profile.id, (draft) => draft.grants.push(granted)));
	};
	const revoke = (name: string): void =>
		store.later(() =>
			changeProfile(
				store,
				user,
				profile.id,
				(draft) => (draft.grants = draft.grants.filter((candidate) => candidate !== name)),
			),
		);
	return (
		<div class="grant-tab">
			<div class="row">
				<div class="col-sm-4">
					<label class="font-weight-bold" id="applications-label">
						{t('applications')}
					</label>
					<PListbox
						class="applications"
						options={[]}
						value={undefined}
						onChange={() => undefined}
						labelledBy="applications-label"
					/>
				</div>
			</div>
			<div class="row roles-row">
				<div class="col-sm-4">
					<label class="font-weight-bold" id="business-roles-label">
						{t('businessRoles')}
					</label>
					{/* Keyed with the data revision: the portal re-renders the list after a grant. */}
					<PListbox
						key={store.revision}
						class="business-roles"
						options={available}
						value={role}
						onChange={setRole}
						labelledBy="business-roles-label"
						disabled={!editable}
					/>
				</div>
				<div class="col-sm-7">
					<label class="font-weight-bold">{t('roles')}</label>
					<table class="table ob-table ob-table-cicd roles-table">
						<thead>
							<tr>
								<th>{t('rolesColApplication')}</th>
								<th>{t('rolesColRole')}</th>
							</tr>
						</thead>
						<tbody>
							{role &&
								rolesOf(role).map((name) => (
									<tr key={name}>
										<td>{APPLICATION}</td>
										<td>{name}</td>
									</tr>
								))}
						</tbody>
					</table>
				</div>
				<div class="col-sm-1 grant-column">
					<button
						type="button"
						class="btn btn-secondary grant-button"
						disabled={!role || !editable}
						onClick={grant}
					>
						{t('grantButton')}
					</button>
				</div>
			</div>
			<label class="font-weight-bold">{t('grantedPermissions')}</label>
			<div class="granted-wrapper">
				<table class="table ob-table ob-table-cicd granted-table">
					<thead>
						<tr>
							<th>{t('grantedColGranted')}</th>
							<th>{t('grantedColApplication')}</th>
							<th>{t('grantedColRole')}</th>
							<th>{t('grantedColAttribute')}</th>
							<th class="col-action">{t('grantedColAction')}</th>
						</tr>
					</thead>
					<tbody key={store.revision}>
						{profile.grants.map((name) => (
							<tr key={name}>
								<td>{fill(t('grantedViaBusinessRole'), {role: name})}</td>
								<td>
									{rolesOf(name).map((roleName) => (
										<div key={roleName}>{APPLICATION}</div>
									))}
								</td>
								<td>
									{rolesOf(name).map((roleName) => (
										<div key={roleName}>{roleName}</div>
									))}
								</td>
								<td>{t('attributeNA')}</td>
								<td class="col-action">
									<button
										type="button"
										class="btn btn-link btn-sm remove-grant"
										disabled={!editable}
										aria-label={store.scenario.iconLabels ? tx('iconRemove') : undefined}
										onClick={() => revoke(name)}
									>
										<Icon name="trash" />
									</button>
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</div>
	);
}

function DelegatedTab(): VNode {
	const t = useLabels('permissions');
	const [users, setUsers] = useState(false);
	const box = (id: string, text: string, options: {disabled?: boolean; inline?: boolean} = {}): VNode => (
		<div class={`form-check${options.inline ? ' form-check-inline' : ''}`}>
			<input
				id={id}
				type="checkbox"
				class="form-check-input"
				disabled={options.disabled}
				checked={id === 'delegation-users' ? users : false}
				onChange={(event) => id === 'delegation-users' && setUsers(event.currentTarget.checked)}
			/>
			<label class="form-check-label" for={id}>
				{text}
			</label>
		</div>
	);
	return (
		<div class="delegated-tab">
			{box('delegation-units', t('delegationSubUnits'), {disabled: true})}
			{box('delegation-users', t('delegationUsers'))}
			<hr />
			<div class="delegation-permissions">
				{box('delegation-permissions', t('delegationPermissions'), {disabled: true, inline: true})}
				{box('delegation-deputy', t('delegationInclDeputy'), {disabled: true, inline: true})}
			</div>
		</div>
	);
}
