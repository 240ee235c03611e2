import {Component, DestroyRef, inject, signal} from '@angular/core';
import {takeUntilDestroyed} from '@angular/core/rxjs-interop';
import {FormsModule} from '@angular/forms';
import {MatButtonModule} from '@angular/material/button';
import {MatDialog} from '@angular/material/dialog';
import {ObButtonModule} from '@oblique/oblique';
import type {MenuItem} from 'primeng/api';
import {SelectModule} from 'primeng/select';
import {SplitButtonModule} from 'primeng/splitbutton';
import {TableModule, type TableFilterEvent, type TablePageEvent} from 'primeng/table';
import {findUnit} from '../../../../replica/src/data/units';
import {fullName, type OnboardingStatus, type PortalUser, type UserStatus} from '../../../../replica/src/data/users';
import type {LabelKey} from '../../../../replica/src/i18n/labels';
import type {ConfirmationKey} from '../../../../replica/src/i18n/texts';
import {rowsOptions} from '../../../../replica/src/state/scenario';
import {PortalTexts} from '../i18n/portal-texts.service';
import {Notifier} from '../notifier.service';
import {PortalApi} from '../portal-api.service';
import {PortalNavigation} from '../portal-navigation.service';
import {SESSION} from '../session';
import {actionItem} from '../ui/action-menu';
import {UserDialog, type UserDialogData, type UserDialogResult} from './user-dialog';

const TEXT_COLUMNS = [
	{field: 'extId', title: 'colExtId'},
	{field: 'firstName', title: 'colFirstName'},
	{field: 'lastName', title: 'colLastName'},
	{field: 'email', title: 'colEmail'},
	{field: 'phone', title: 'colPhone'},
] as const;

type StatusOption<V> = {label: string; value: V | null};

/**
 * User selection (selection_utilisateur_*, global_onboarding_*, desactSupp_*): toolbar, PrimeNG Table with single
 * row selection, a filter row (text filters, Select filters `Alle`), paginator with rows per page, a SplitButton per
 * row (pencil or info + menu appended to body), the count line, `Zurück zur Unit-Auswahl`, `Weiter`. Every action
 * answers after the delay with a toast and a freshly loaded list (all rows re-rendered with new nodes).
 */
@Component({
	selector: 'app-user-selection',
	imports: [FormsModule, MatButtonModule, ObButtonModule, SelectModule, SplitButtonModule, TableModule],
	templateUrl: './user-selection.page.html',
})
export class UserSelectionPage {
	protected readonly session = inject(SESSION);
	protected readonly t = inject(PortalTexts);
	private readonly api = inject(PortalApi);
	private readonly notifier = inject(Notifier);
	private readonly navigation = inject(PortalNavigation);
	private readonly dialog = inject(MatDialog);
	private readonly destroyRef = inject(DestroyRef);
	protected readonly textColumns = TEXT_COLUMNS;
	protected readonly users = signal<PortalUser[] | undefined>(undefined);
	protected readonly filteredCount = signal<number | undefined>(undefined);
	protected readonly selectedId = signal<string | undefined>(this.session.state.listSelection);
	protected readonly menusAppendTo = this.session.scenario.menus === 'inline' ? undefined : 'body';
	protected readonly rowsChoices = [...rowsOptions(this.session.state.rows)];
	private menus = new Map<string, MenuItem[]>();
	private menusLang = this.session.lang;

	constructor() {
		this.load();
	}

	protected unitName(): string {
		return findUnit(this.session.state.unitId)?.name ?? '';
	}

	protected description(): [string, string] {
		const [before = '', after = ''] = this.t.label('userSelection', 'description').split('{unit}');
		return [before, after];
	}

	protected userStatusOptions(): StatusOption<UserStatus>[] {
		return [
			{label: this.t.label('userSelection', 'filterAll'), value: null},
			...(['active', 'inactive', 'toArchive'] as const).map((value) => ({
				label: this.t.userStatus(value),
				value,
			})),
		];
	}

	protected onboardingStatusOptions(): StatusOption<OnboardingStatus>[] {
		return [
			{label: this.t.label('userSelection', 'filterAll'), value: null},
			...(['running', 'completed'] as const).map((value) => ({label: this.t.onboardingStatus(value), value})),
		];
	}

	protected selectedUser(): PortalUser | undefined {
		const id = this.selectedId();
		return this.users()?.find((user) => user.extId === id);
	}

	protected select(user: PortalUser | PortalUser[] | null | undefined): void {
		const chosen = Array.isArray(user) ? user[0] : user;
		// A second click on the selected row keeps it selected (the portal has no "unselect").
		if (!chosen) return;
		this.selectedId.set(chosen.extId);
		this.session.patch((state) => (state.listSelection = chosen.extId));
	}

	protected first(): number {
		return this.session.state.page * this.session.state.rows;
	}

	protected onPage(event: TablePageEvent): void {
		this.session.patch((state) => {
			state.rows = event.rows;
			state.page = Math.floor(event.first / event.rows);
		});
	}

	protected onFilter(event: TableFilterEvent): void {
		this.filteredCount.set(event.filteredValue?.length);
		this.session.patch((state) => (state.page = 0));
	}

	protected count(total: number): string {
		return this.t.label('userSelection', 'paginationResults', {first: this.filteredCount() ?? total, total});
	}

	protected iconLabel(label: string): string | undefined {
		return this.session.scenario.iconLabels ? label : undefined;
	}

	protected iconButton(label: string): {ariaLabel?: string} {
		return this.session.scenario.iconLabels ? {ariaLabel: label} : {};
	}

	/** The row's menu; kept per list and language so PrimeNG keeps its items while nothing changes. */
	protected menuOf(user: PortalUser): MenuItem[] {
		if (this.menusLang !== this.session.lang) {
			this.menus = new Map();
			this.menusLang = this.session.lang;
		}
		let menu = this.menus.get(user.extId);
		if (!menu) {
			menu = this.rowActions(user);
			this.menus.set(user.extId, menu);
		}
		return menu;
	}

	protected openDialog(mode: UserDialogData['mode'], user?: PortalUser): void {
		const data: UserDialogData = {mode, user};
		const ref = this.dialog.open<UserDialog, UserDialogData, UserDialogResult>(UserDialog, {
			data,
			width: '1250px',
			maxWidth: '95vw',
			// Like the classic replica (ng-bootstrap, backdrop 'static'): the backdrop keeps a half-filled form,
			// Escape closes.
			disableClose: true,
		});
		ref.keydownEvents()
			.pipe(takeUntilDestroyed(this.destroyRef))
			.subscribe((event) => event.key === 'Escape' && ref.close());
		ref.afterClosed()
			.pipe(takeUntilDestroyed(this.destroyRef))
			.subscribe((result) => {
				if (!result) return;
				if (result.action === 'continue') {
					void this.navigation.go('permissions');
					return;
				}
				this.load();
				if (result.action === 'another') this.openDialog('create');
			});
	}

	protected back(): void {
		void this.navigation.go('units');
	}

	protected proceed(): void {
		const user = this.selectedUser();
		if (!user) return;
		this.session.patch((state) => {
			state.managedExtId = user.extId;
			state.profileId = user.profiles[0]?.id;
		});
		void this.navigation.go('permissions');
	}

	private load(): void {
		this.api
			.request(() => this.session.users)
			.pipe(takeUntilDestroyed(this.destroyRef))
			.subscribe((users) => {
				this.menus = new Map();
				this.users.set([...users]);
			});
	}

	/** Runs an action on the server, then shows its confirmation and the list as the server now has it. */
	private act(change: () => void, notice: ConfirmationKey, values: Record<string, string>): void {
		this.api
			.request(() => {
				change();
				return this.session.users;
			})
			.pipe(takeUntilDestroyed(this.destroyRef))
			.subscribe((users) => {
				this.menus = new Map();
				this.users.set([...users]);
				this.notifier.notify(notice, values);
			});
	}

	private rowActions(user: PortalUser): MenuItem[] {
		const name = fullName(user);
		const t = (key: LabelKey<'userSelection'>): string => this.t.label('userSelection', key);
		const update = (change: (draft: PortalUser) => void) => () => this.session.updateUser(user.extId, change);
		const items: MenuItem[] = [
			actionItem(
				'trash',
				t('menuDeleteArchiveUser'),
				() =>
					this.act(
						update((draft) => (draft.userStatus = 'toArchive')),
						'userArchived',
						{name},
					),
				user.userStatus === 'toArchive',
			),
			actionItem(
				'ban',
				t('menuDeactivateUser'),
				() =>
					this.act(
						update((draft) => (draft.userStatus = 'inactive')),
						'userDeactivated',
						{name},
					),
				user.userStatus === 'inactive',
			),
		];
		if (user.onboardingStatus === 'running') {
			items.push(
				actionItem('send', t('menuSendOnboardingReminder'), () =>
					this.act(() => undefined, 'reminderSent', {email: user.email}),
				),
				actionItem('send', t('menuSendNewOnboardingCode'), () =>
					this.act(
						update((draft) => this.session.issueCode(draft)),
						'newCodeSent',
						{email: user.email},
					),
				),
			);
		}
		if (user.onboardingStatus === 'completed') {
			items.push(
				actionItem('arrow-circle-right', t('menuResetOnboarding'), () =>
					this.act(
						update((draft) => this.session.issueCode(draft)),
						'onboardingReset',
						{
							name,
							email: user.email,
						},
					),
				),
			);
		}
		return items;
	}
}
