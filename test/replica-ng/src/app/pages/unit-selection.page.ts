import {Component, computed, inject, signal} from '@angular/core';
import {MatButtonModule} from '@angular/material/button';
import {ObButtonModule, ObStickyModule} from '@oblique/oblique';
import type {TreeNode} from 'primeng/api';
import {SplitButtonModule} from 'primeng/splitbutton';
import {TreeTableModule} from 'primeng/treetable';
import {findUnit, UNITS, type Unit} from '../../../../replica/src/data/units';
import {clientName} from '../../../../replica/src/i18n/labels';
import {PortalTexts} from '../i18n/portal-texts.service';
import {PortalNavigation} from '../portal-navigation.service';
import {pageData} from '../page-data';
import {SESSION} from '../session';

/**
 * Unit selection (selection_niveau_*, selection_site_*): PrimeNG TreeTable, single selection; the canton row expands
 * into hospital sites; `Weiter` in Oblique's sticky footer stays disabled until a row is selected. The Aktionen
 * column holds a SplitButton (info) whose menu the screenshots never show, so it is empty.
 */
@Component({
	selector: 'app-unit-selection',
	imports: [MatButtonModule, ObButtonModule, ObStickyModule, SplitButtonModule, TreeTableModule],
	template: `
		<ob-sticky>
			<ng-template #obStickyMain>
				<h1>{{ t.label('unitSelection', 'title') }}</h1>
				<p class="page-description">{{ t.label('unitSelection', 'description') }}</p>
				@if (units(); as loaded) {
					<p-treetable
						[value]="nodes()"
						selectionMode="single"
						[metaKeySelection]="true"
						dataKey="id"
						[selection]="selected()"
						(selectionChange)="select($event)"
						(onNodeExpand)="toggle($event.node, true)"
						(onNodeCollapse)="toggle($event.node, false)"
						[tableStyle]="{'min-width': '50rem'}"
					>
						<ng-template #header>
							<tr>
								<th>{{ t.label('unitSelection', 'colUnit') }}</th>
								<th>{{ t.label('unitSelection', 'colStatus') }}</th>
								<th>{{ t.label('unitSelection', 'colUnitId') }}</th>
								<th>{{ t.label('unitSelection', 'colClient') }}</th>
								<th>{{ t.label('unitSelection', 'colActions') }}</th>
							</tr>
						</ng-template>
						<ng-template #body let-rowNode let-unit="rowData">
							<tr [ttRow]="rowNode" [ttSelectableRow]="rowNode">
								<td>
									<p-treetable-toggler [rowNode]="rowNode" />
									<span class="unit-name">{{ unit.name }}</span>
								</td>
								<td>{{ t.label('unitSelection', 'statusActive') }}</td>
								<td>{{ unit.id }}</td>
								<td>{{ client() }}</td>
								<td>
									<p-splitbutton
										icon="pi pi-info-circle"
										size="small"
										severity="secondary"
										[outlined]="true"
										[model]="[]"
										[appendTo]="menusAppendTo"
										[buttonProps]="iconButton(t.text('iconDetails'))"
										[expandAriaLabel]="iconLabel(t.text('iconMoreActions'))"
									/>
								</td>
							</tr>
						</ng-template>
						<ng-template #summary>{{
							t.label('unitSelection', 'resultCount', {n: loaded.length})
						}}</ng-template>
					</p-treetable>
				}
			</ng-template>
			<ng-template #obStickyFooter>
				<div class="ob-sticky-actions">
					<button type="button" mat-button obButton="primary" [disabled]="!selected()" (click)="next()">
						{{ t.label('unitSelection', 'continueButton') }}
					</button>
				</div>
			</ng-template>
		</ob-sticky>
	`,
})
export class UnitSelectionPage {
	protected readonly session = inject(SESSION);
	protected readonly t = inject(PortalTexts);
	private readonly navigation = inject(PortalNavigation);
	protected readonly units = pageData(() => UNITS);
	protected readonly menusAppendTo = this.session.scenario.menus === 'inline' ? undefined : 'body';
	/** The tree the TreeTable shows; expansion comes from (and goes to) the session, so a reload keeps it. */
	protected readonly nodes = computed(() => (this.units() ?? []).map((unit) => this.node(unit)));

	protected client(): string {
		return clientName(this.session.lang);
	}

	protected readonly selected = signal<TreeNode<Unit> | undefined>(this.initialSelection());

	protected select(node: TreeNode<Unit> | TreeNode<Unit>[] | null): void {
		const chosen = Array.isArray(node) ? node[0] : (node ?? undefined);
		const unit = chosen?.data;
		if (!chosen || !unit) return;
		this.selected.set(chosen);
		this.session.patch((state) => {
			if (state.unitId !== unit.id) {
				state.listSelection = undefined;
				state.page = 0;
			}
			state.unitId = unit.id;
		});
	}

	protected toggle(node: TreeNode<Unit>, expanded: boolean): void {
		const id = node.data?.id;
		if (id === undefined) return;
		this.session.patch((state) => {
			state.expandedUnits = expanded
				? [...new Set([...state.expandedUnits, id])]
				: state.expandedUnits.filter((candidate) => candidate !== id);
		});
	}

	protected iconLabel(label: string): string | undefined {
		return this.session.scenario.iconLabels ? label : undefined;
	}

	protected iconButton(label: string): {ariaLabel?: string} {
		return this.session.scenario.iconLabels ? {ariaLabel: label} : {};
	}

	protected next(): void {
		void this.navigation.go('users');
	}

	private initialSelection(): TreeNode<Unit> | undefined {
		const unit = findUnit(this.session.state.unitId);
		return unit && {data: unit, key: unit.id};
	}

	private node(unit: Unit): TreeNode<Unit> {
		return {
			data: unit,
			key: unit.id,
			expanded: this.session.state.expandedUnits.includes(unit.id),
			leaf: unit.children.length === 0,
			children: unit.children.map((child) => this.node(child)),
		};
	}
}
