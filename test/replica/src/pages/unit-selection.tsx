import type {VNode} from 'preact';
import {fill} from '../i18n/lang';
import {clientName} from '../i18n/labels';
import {findUnit, UNITS, type Unit} from '../data/units';
import {useLabels, useStore, useTexts} from '../state/use-store';
import {ActionGroup} from '../ui/action-group';
import {host} from '../ui/host';

type Row = {unit: Unit; level: number};

function visibleRows(units: readonly Unit[], expanded: readonly string[], level = 0): Row[] {
	return units.flatMap((unit) => [
		{unit, level},
		...(expanded.includes(unit.id) ? visibleRows(unit.children, expanded, level + 1) : []),
	]);
}

/**
 * Unit selection (selection_niveau_*, selection_site_*): PrimeNG tree table; the canton row expands into hospital
 * sites; a click selects a row (blue); `Weiter` in Oblique's sticky footer stays disabled until a row is selected.
 */
export function UnitSelectionPage(): VNode {
	const store = useStore();
	const t = useLabels('unitSelection');
	const tx = useTexts();
	const {unitId, expandedUnits} = store.state;
	const rows = visibleRows(UNITS, expandedUnits);
	const selected = findUnit(unitId);
	const toggle = (unit: Unit): void =>
		store.patch((state) => {
			state.expandedUnits = state.expandedUnits.includes(unit.id)
				? state.expandedUnits.filter((id) => id !== unit.id)
				: [...state.expandedUnits, unit.id];
		});
	const select = (unit: Unit): void =>
		store.patch((state) => {
			if (state.unitId !== unit.id) {
				state.listSelection = undefined;
				state.page = 0;
			}
			state.unitId = unit.id;
		});

	return host(
		'ob-sticky',
		{class: 'ob-sticky unit-selection'},
		<div class="ob-sticky-main ob-sticky-content">
			<h1>{t('title')}</h1>
			<p class="page-description">{t('description')}</p>
			{host(
				'p-treetable',
				null,
				<div class="ui-treetable ui-widget">
					<div class="ui-treetable-wrapper">
						<table>
							<thead class="ui-treetable-thead">
								<tr>
									<th class="col-unit">{t('colUnit')}</th>
									<th class="col-status">{t('colStatus')}</th>
									<th class="col-unit-id">{t('colUnitId')}</th>
									<th class="col-client">{t('colClient')}</th>
									<th class="col-actions">{t('colActions')}</th>
								</tr>
							</thead>
							<tbody class="ui-treetable-tbody" key={store.revision}>
								{rows.map(({unit, level}) => {
									const isSelected = unit.id === unitId;
									const expanded = expandedUnits.includes(unit.id);
									return (
										<tr
											key={unit.id}
											class={`ui-treetable-selectable-row${isSelected ? ' ui-state-highlight' : ''}`}
											tabIndex={0}
											onClick={(event) => {
												if (
													event.target instanceof Element &&
													event.target.closest('a, button, input')
												)
													return;
												select(unit);
											}}
											onKeyDown={(event) => {
												if (
													event.target === event.currentTarget &&
													(event.key === 'Enter' || event.key === ' ')
												) {
													event.preventDefault();
													select(unit);
												}
											}}
										>
											<td class="col-unit">
												{host(
													'p-treetabletoggler',
													null,
													<a
														href="#"
														class="ui-treetable-toggler ui-unselectable-text"
														style={{marginLeft: `${level * 16}px`}}
														onClick={(event) => {
															event.preventDefault();
															toggle(unit);
														}}
													>
														<i
															class={`pi pi-fw ${expanded ? 'pi-chevron-down' : 'pi-chevron-right'}`}
														/>
													</a>,
												)}
												<span class="unit-name">{unit.name}</span>
											</td>
											<td>{t('statusActive')}</td>
											<td>{unit.id}</td>
											<td>{clientName(store.lang)}</td>
											<td class="col-actions">
												<ActionGroup
													main={{icon: 'info-circle', label: tx('iconDetails')}}
													toggleLabel={tx('iconMoreActions')}
													items={[]}
												/>
											</td>
										</tr>
									);
								})}
							</tbody>
						</table>
					</div>
					<div class="ui-treetable-summary ui-widget-header">{fill(t('resultCount'), {n: UNITS.length})}</div>
				</div>,
			)}
		</div>,
		<div class="ob-sticky-footer">
			<div class="ob-sticky-actions">
				<button
					type="button"
					class="btn btn-primary"
					disabled={!selected}
					onClick={() => store.navigate('users')}
				>
					{t('continueButton')}
				</button>
			</div>
		</div>,
	);
}
