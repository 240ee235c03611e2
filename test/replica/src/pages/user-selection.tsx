import type {VNode} from 'preact';
import {useState} from 'preact/hooks';
import {fill} from '../i18n/lang';
import {onboardingStatusLabel, userStatusLabel} from '../i18n/status';
import {findUnit} from '../data/units';
import {fullName, type OnboardingStatus, type PortalUser, type UserStatus} from '../data/users';
import type {ReplicaStore} from '../state/store';
import {useLabels, useStore, useTexts} from '../state/use-store';
import {ActionGroup, type MenuItem} from '../ui/action-group';
import {host, ng} from '../ui/host';
import {Icon} from '../ui/icon';
import {PDropdown} from '../ui/p-dropdown';
import {rowsOptions} from '../state/scenario';
import {Paginator} from '../ui/paginator';
import {UserDialog, type DialogMode} from './user-dialog';

type TextFilter = 'extId' | 'firstName' | 'lastName' | 'email' | 'phone';
const TEXT_FILTERS: readonly TextFilter[] = ['extId', 'firstName', 'lastName', 'email', 'phone'];
type Filters = Record<TextFilter, string> & {
	userStatus: UserStatus | 'all';
	onboardingStatus: OnboardingStatus | 'all';
};
const NO_FILTERS: Filters = {
	extId: '',
	firstName: '',
	lastName: '',
	email: '',
	phone: '',
	userStatus: 'all',
	onboardingStatus: 'all',
};

function matches(user: PortalUser, filters: Filters): boolean {
	for (const field of TEXT_FILTERS) {
		const wanted = filters[field].trim().toLowerCase();
		if (wanted && !user[field].toLowerCase().includes(wanted)) return false;
	}
	if (filters.userStatus !== 'all' && user.userStatus !== filters.userStatus) return false;
	if (filters.onboardingStatus !== 'all' && user.onboardingStatus !== filters.onboardingStatus) return false;
	return true;
}

/** The row menu's actions; each answers after the scenario delay with a confirmation and re-rendered rows. */
function rowActions(
	store: ReplicaStore,
	user: PortalUser,
	t: ReturnType<typeof useLabels<'userSelection'>>,
): MenuItem[] {
	const name = fullName(user);
	const items: MenuItem[] = [
		{
			icon: 'trash',
			label: t('menuDeleteArchiveUser'),
			disabled: user.userStatus === 'toArchive',
			onSelect: () =>
				store.later(() => {
					store.updateUser(user.extId, (draft) => {
						draft.userStatus = 'toArchive';
					});
					store.notify('userArchived', {name});
				}),
		},
		{
			icon: 'toggle-off',
			label: t('menuDeactivateUser'),
			disabled: user.userStatus === 'inactive',
			onSelect: () =>
				store.later(() => {
					store.updateUser(user.extId, (draft) => {
						draft.userStatus = 'inactive';
					});
					store.notify('userDeactivated', {name});
				}),
		},
	];
	if (user.onboardingStatus === 'running') {
		items.push(
			{
				icon: 'paper-plane',
				label: t('menuSendOnboardingReminder'),
				onSelect: () => store.later(() => store.notify('reminderSent', {email: user.email})),
			},
			{
				icon: 'paper-plane',
				label: t('menuSendNewOnboardingCode'),
				onSelect: () =>
					store.later(() => {
						store.updateUser(user.extId, (draft) => store.issueCode(draft));
						store.notify('newCodeSent', {email: user.email});
					}),
			},
		);
	}
	if (user.onboardingStatus === 'completed') {
		items.push({
			icon: 'arrow-circle-right',
			label: t('menuResetOnboarding'),
			onSelect: () =>
				store.later(() => {
					store.updateUser(user.extId, (draft) => store.issueCode(draft));
					store.notify('onboardingReset', {name, email: user.email});
				}),
		});
	}
	return items;
}

/**
 * User selection (selection_utilisateur_*, global_onboarding_*, desactSupp_*): toolbar, PrimeNG table with a filter
 * row, row action groups (pencil or info-circle + chevron menu), paginator and count, `Zurück zur Unit-Auswahl`,
 * `Weiter` (disabled until a row is selected).
 */
export function UserSelectionPage(): VNode {
	const store = useStore();
	const t = useLabels('userSelection');
	const tx = useTexts();
	const [filters, setFilters] = useState<Filters>(NO_FILTERS);
	const [dialog, setDialog] = useState<{mode: DialogMode; extId?: string} | undefined>(undefined);
	const unit = findUnit(store.state.unitId);
	const {rows, listSelection} = store.state;
	const all = store.users;
	const filtered = all.filter((user) => matches(user, filters));
	const pageCount = Math.max(1, Math.ceil(filtered.length / rows));
	const page = Math.min(store.state.page, pageCount - 1);
	const shown = filtered.slice(page * rows, page * rows + rows);
	const rowsChoices = rowsOptions(rows);
	const [before = '', after = ''] = t('description').split('{unit}');

	const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]): void => {
		setFilters({...filters, [key]: value});
		if (store.state.page !== 0) store.patch((state) => (state.page = 0));
	};
	const select = (user: PortalUser): void => store.patch((state) => (state.listSelection = user.extId));
	const proceed = (): void => {
		const user = store.user(listSelection);
		if (!user) return;
		store.patch((state) => {
			state.managedExtId = user.extId;
			state.profileId = user.profiles[0]?.id;
		});
		store.navigate('permissions');
	};

	return (
		<div class="user-selection">
			<div class="page-header">
				<h1>{t('title')}</h1>
				<div class="page-header-row">
					<p class="page-description">
						{before}
						<strong>{unit?.name}</strong>
						{after}
					</p>
					<div class="toolbar">
						<button type="button" class="btn btn-secondary">
							<Icon name="user" /> {t('personSelectorButton')}
						</button>
						<button type="button" class="btn btn-secondary" onClick={() => setDialog({mode: 'create'})}>
							<Icon name="plus-square" /> {t('addUserButton')}
						</button>
					</div>
				</div>
			</div>
			{host(
				'p-table',
				null,
				<div class="ui-table ui-widget">
					<div class="ui-table-wrapper">
						{/* PrimeNG's p-table renders role="grid" on its table, so its cells are gridcells. */}
						<table role="grid">
							<thead class="ui-table-thead">
								<tr>
									<th class="col-extid">{t('colExtId')}</th>
									<th>{t('colFirstName')}</th>
									<th>{t('colLastName')}</th>
									<th>{t('colEmail')}</th>
									<th>{t('colPhone')}</th>
									<th class="col-status">{t('colUserStatus')}</th>
									<th class="col-status">{t('colOnboardingStatus')}</th>
									<th class="col-actions">{t('colActions')}</th>
								</tr>
								<tr class="ui-table-filter-row">
									{TEXT_FILTERS.map((field) => (
										<th key={field} class="ui-filter-column">
											<input
												type="text"
												{...ng('pinputtext')}
												class="ui-inputtext ui-corner-all ui-state-default ui-widget"
												value={filters[field]}
												onInput={(event) => setFilter(field, event.currentTarget.value)}
											/>
										</th>
									))}
									<th class="ui-filter-column">
										<PDropdown
											value={filters.userStatus}
											options={[
												{value: 'all', label: t('filterAll')},
												{value: 'active', label: userStatusLabel(store.lang, 'active')},
												{value: 'inactive', label: userStatusLabel(store.lang, 'inactive')},
												{value: 'toArchive', label: userStatusLabel(store.lang, 'toArchive')},
											]}
											onChange={(value) => setFilter('userStatus', value)}
										/>
									</th>
									<th class="ui-filter-column">
										<PDropdown
											value={filters.onboardingStatus}
											options={[
												{value: 'all', label: t('filterAll')},
												{value: 'running', label: onboardingStatusLabel(store.lang, 'running')},
												{
													value: 'completed',
													label: onboardingStatusLabel(store.lang, 'completed'),
												},
											]}
											onChange={(value) => setFilter('onboardingStatus', value)}
										/>
									</th>
									<th />
								</tr>
							</thead>
							<tbody
								class="ui-table-tbody"
								key={`${store.revision}:${page}:${rows}:${JSON.stringify(filters)}`}
							>
								{shown.map((user) => (
									<tr
										key={user.extId}
										class={`ui-selectable-row${user.extId === listSelection ? ' ui-state-highlight' : ''}`}
										tabIndex={0}
										onClick={(event) => {
											// PrimeNG ignores clicks on buttons, links and inputs inside a selectable row.
											if (
												event.target instanceof Element &&
												event.target.closest('a, button, input')
											)
												return;
											select(user);
										}}
										onKeyDown={(event) => {
											if (
												event.target === event.currentTarget &&
												(event.key === 'Enter' || event.key === ' ')
											) {
												event.preventDefault();
												select(user);
											}
										}}
									>
										<td class="col-extid">{user.extId}</td>
										<td>{user.firstName}</td>
										<td>{user.lastName}</td>
										<td>{user.email}</td>
										<td>{user.phone}</td>
										<td>{userStatusLabel(store.lang, user.userStatus)}</td>
										<td>{onboardingStatusLabel(store.lang, user.onboardingStatus)}</td>
										<td class="col-actions">
											<ActionGroup
												main={
													user.userStatus === 'active'
														? {
																icon: 'pencil',
																label: tx('iconEdit'),
																onClick: () =>
																	setDialog({mode: 'edit', extId: user.extId}),
															}
														: {
																icon: 'info-circle',
																label: tx('iconDetails'),
																onClick: () =>
																	setDialog({mode: 'view', extId: user.extId}),
															}
												}
												toggleLabel={tx('iconMoreActions')}
												items={rowActions(store, user, t)}
											/>
										</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
					<Paginator
						page={page}
						rows={rows}
						total={filtered.length}
						rowsOptions={rowsChoices}
						onPage={(next) => store.patch((state) => (state.page = next))}
						onRows={(next) =>
							store.patch((state) => {
								state.rows = next;
								state.page = 0;
							})
						}
					/>
					<div class="ui-table-summary ui-widget-header">
						{fill(t('paginationResults'), {first: filtered.length, total: all.length})}
					</div>
				</div>,
			)}
			<div class="page-actions">
				<button type="button" class="btn btn-default" onClick={() => store.navigate('units')}>
					{t('backButton')}
				</button>
				<button
					type="button"
					class="btn btn-primary"
					disabled={store.user(listSelection) === undefined}
					onClick={proceed}
				>
					{t('continueButton')}
				</button>
			</div>
			{dialog && (
				<UserDialog
					mode={dialog.mode}
					user={store.user(dialog.extId)}
					onClose={() => setDialog(undefined)}
					onCreateAnother={() => setDialog({mode: 'create'})}
				/>
			)}
		</div>
	);
}
