import {Component, DestroyRef, inject, signal} from '@angular/core';
import {takeUntilDestroyed} from '@angular/core/rxjs-interop';
import {FormsModule} from '@angular/forms';
import {MatButtonModule} from '@angular/material/button';
import {MatCheckboxModule} from '@angular/material/checkbox';
import {MatTabsModule} from '@angular/material/tabs';
import {ObButtonModule, ObColumnLayoutModule} from '@oblique/oblique';
import type {MenuItem} from 'primeng/api';
import {ListboxModule} from 'primeng/listbox';
import {SplitButtonModule} from 'primeng/splitbutton';
import {APPLICATION, BUSINESS_ROLE_NAMES, rolesOf} from '../../../../replica/src/data/roles';
import type {PortalUser, Profile} from '../../../../replica/src/data/users';
import type {ConfirmationKey} from '../../../../replica/src/i18n/texts';
import {PortalTexts} from '../i18n/portal-texts.service';
import {Notifier} from '../notifier.service';
import {pageData} from '../page-data';
import {PortalApi} from '../portal-api.service';
import {PortalNavigation} from '../portal-navigation.service';
import {SESSION} from '../session';
import {actionItem} from '../ui/action-menu';
import {SummaryTable} from '../ui/summary-table';

/**
 * Permissions (param_utilisateur_*, desactiv_utilis_*, continuer_*, don_delegation_*): summary table; Oblique's
 * column layout with the profile boxes on the left (each with a SplitButton: pencil + `Profil archivieren` /
 * `Deaktivieren`, menu appended to body); Material tabs; PrimeNG listboxes for applications and business roles
 * (single select), the roles of the chosen business role, `Berechtigen`, granted permissions; `Weiter` disabled
 * while the profile has no permission.
 */
@Component({
	selector: 'app-permissions',
	imports: [
		FormsModule,
		ListboxModule,
		MatButtonModule,
		MatCheckboxModule,
		MatTabsModule,
		ObButtonModule,
		ObColumnLayoutModule,
		SplitButtonModule,
		SummaryTable,
	],
	templateUrl: './permissions.page.html',
})
export class PermissionsPage {
	protected readonly session = inject(SESSION);
	protected readonly t = inject(PortalTexts);
	private readonly api = inject(PortalApi);
	private readonly notifier = inject(Notifier);
	private readonly navigation = inject(PortalNavigation);
	private readonly destroyRef = inject(DestroyRef);
	protected readonly loaded = pageData(() => true);
	protected readonly application = APPLICATION;
	protected readonly menusAppendTo = this.session.scenario.menus === 'inline' ? undefined : 'body';
	/** The business role chosen in the list (not yet granted). */
	protected readonly role = signal<string | null>(null);
	protected delegateUsers = false;
	private readonly noApplications: string[] = [];
	private availableCache = {key: '', roles: [] as string[]};
	private menuCache = {key: '', menus: new Map<string, MenuItem[]>()};

	protected user(): PortalUser | undefined {
		return this.session.managedUser;
	}

	protected profile(): Profile | undefined {
		const profiles = this.user()?.profiles ?? [];
		return profiles.find((candidate) => candidate.id === this.session.state.profileId) ?? profiles[0];
	}

	protected editable(): boolean {
		return this.profile()?.status === 'active';
	}

	protected applications(): string[] {
		return this.noApplications;
	}

	/** Business roles not yet granted on the profile; the same array while nothing changes (PrimeNG compares it). */
	protected available(): string[] {
		const profile = this.profile();
		const key = `${profile?.id ?? ''}:${profile?.grants.join(',') ?? ''}`;
		if (this.availableCache.key !== key) {
			const granted = new Set(profile?.grants ?? []);
			this.availableCache = {key, roles: BUSINESS_ROLE_NAMES.filter((name) => !granted.has(name))};
		}
		return this.availableCache.roles;
	}

	protected rolesOf(businessRole: string | null): readonly string[] {
		return businessRole === null ? [] : rolesOf(businessRole);
	}

	protected selectProfile(profile: Profile, event: Event): void {
		if (event.target instanceof Element && event.target.closest('button, [role="menu"]')) return;
		if (profile.id === this.profile()?.id) return;
		this.role.set(null);
		this.session.patch((state) => (state.profileId = profile.id));
	}

	protected addProfile(): void {
		const user = this.user();
		if (!user) return;
		this.api
			.request(() => {
				const created = this.session.newProfile();
				this.session.updateUser(user.extId, (draft) => draft.profiles.push(created));
				this.session.patch((state) => (state.profileId = created.id));
				return created.id;
			})
			.pipe(takeUntilDestroyed(this.destroyRef))
			.subscribe(() => this.role.set(null));
	}

	protected grant(): void {
		const role = this.role();
		const profile = this.profile();
		if (role === null || !profile || !this.editable()) return;
		this.role.set(null);
		this.change(profile.id, (draft) => draft.grants.push(role));
	}

	protected revoke(name: string): void {
		const profile = this.profile();
		if (!profile || !this.editable()) return;
		this.change(profile.id, (draft) => (draft.grants = draft.grants.filter((candidate) => candidate !== name)));
	}

	/** The profile's menu, kept while its state and the language stay the same. */
	protected menuOf(profile: Profile): MenuItem[] {
		const key = `${this.session.lang}:${this.session.revision}`;
		if (this.menuCache.key !== key) this.menuCache = {key, menus: new Map()};
		let menu = this.menuCache.menus.get(profile.id);
		if (!menu) {
			const {name} = profile;
			menu = [
				actionItem(
					'trash',
					this.t.label('permissions', 'profileMenuArchive'),
					() =>
						this.change(profile.id, (draft) => (draft.status = 'archived'), 'profileArchived', {
							profile: name,
						}),
					profile.status === 'archived',
				),
				actionItem(
					'ban',
					this.t.label('permissions', 'profileMenuDeactivate'),
					() =>
						this.change(profile.id, (draft) => (draft.status = 'inactive'), 'profileDeactivated', {
							profile: name,
						}),
					profile.status !== 'active',
				),
			];
			this.menuCache.menus.set(profile.id, menu);
		}
		return menu;
	}

	protected iconLabel(label: string): string | undefined {
		return this.session.scenario.iconLabels ? label : undefined;
	}

	protected iconButton(label: string): {ariaLabel?: string} {
		return this.session.scenario.iconLabels ? {ariaLabel: label} : {};
	}

	protected back(): void {
		void this.navigation.go('users');
	}

	protected next(): void {
		void this.navigation.go('overview');
	}

	/** Changes a profile on the server; the page shows the answer (and a confirmation if the action has one). */
	private change(
		profileId: string,
		change: (profile: Profile) => void,
		notice?: ConfirmationKey,
		values: Record<string, string> = {},
	): void {
		const user = this.user();
		if (!user) return;
		this.api
			.request(() =>
				this.session.updateUser(user.extId, (draft) => {
					const profile = draft.profiles.find((candidate) => candidate.id === profileId);
					if (profile) change(profile);
				}),
			)
			.pipe(takeUntilDestroyed(this.destroyRef))
			.subscribe(() => notice && this.notifier.notify(notice, values));
	}
}
