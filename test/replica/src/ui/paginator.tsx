import type {VNode} from 'preact';
import {host} from './host';
import {PDropdown} from './p-dropdown';

const PAGE_LINKS = 5;

/**
 * PrimeNG's `p-paginator`: `«  ‹  [1] 2 3  ›  »` and a rows-per-page `p-dropdown`. `a` elements without href, like
 * PrimeNG 8; disabled ends get `ui-state-disabled`.
 */
export function Paginator(props: {
	page: number;
	rows: number;
	total: number;
	rowsOptions: readonly number[];
	onPage: (page: number) => void;
	onRows: (rows: number) => void;
}): VNode {
	const {page, rows, total, onPage} = props;
	const pageCount = Math.max(1, Math.ceil(total / rows));
	const start = Math.max(0, Math.min(page - Math.floor(PAGE_LINKS / 2), pageCount - PAGE_LINKS));
	const pages = Array.from({length: Math.min(PAGE_LINKS, pageCount)}, (_, i) => start + i);
	const first = page === 0;
	const last = page >= pageCount - 1;
	const link = (className: string, disabled: boolean, target: number, icon: string): VNode => (
		<a
			class={`${className} ui-paginator-element ui-state-default ui-corner-all${disabled ? ' ui-state-disabled' : ''}`}
			tabIndex={disabled ? -1 : 0}
			onClick={() => !disabled && onPage(target)}
			onKeyDown={(event) => event.key === 'Enter' && !disabled && onPage(target)}
		>
			<span class={`ui-paginator-icon pi ${icon}`} />
		</a>
	);
	return host(
		'p-paginator',
		null,
		<div class="ui-paginator ui-widget ui-widget-header ui-unselectable-text ui-helper-clearfix ui-paginator-bottom">
			{link('ui-paginator-first', first, 0, 'pi-angle-double-left')}
			{link('ui-paginator-prev', first, page - 1, 'pi-angle-left')}
			<span class="ui-paginator-pages">
				{pages.map((index) => (
					<a
						key={index}
						class={`ui-paginator-page ui-paginator-element ui-state-default ui-corner-all${index === page ? ' ui-state-active' : ''}`}
						tabIndex={0}
						onClick={() => onPage(index)}
						onKeyDown={(event) => event.key === 'Enter' && onPage(index)}
					>
						{index + 1}
					</a>
				))}
			</span>
			{link('ui-paginator-next', last, page + 1, 'pi-angle-right')}
			{link('ui-paginator-last', last, pageCount - 1, 'pi-angle-double-right')}
			<PDropdown
				class="ui-paginator-rpp-options"
				value={String(rows)}
				options={props.rowsOptions.map((count) => ({value: String(count), label: String(count)}))}
				onChange={(value) => props.onRows(Number(value))}
			/>
		</div>,
	);
}
