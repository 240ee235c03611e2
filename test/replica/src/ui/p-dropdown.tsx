import type {VNode} from 'preact';
import {useRef, useState} from 'preact/hooks';
import {host} from './host';
import {useDismiss} from './outside';

export type Option<V extends string> = {value: V; label: string};

/**
 * PrimeNG's `p-dropdown` (classic `ui-` classes): a label and a trigger; the panel with `li[role=option]` items is
 * rendered below it while open (appendTo default). Used for the status filters (`Alle`) and rows per page (`10`).
 */
export function PDropdown<V extends string>(props: {
	value: V;
	options: readonly Option<V>[];
	onChange: (value: V) => void;
	class?: string;
}): VNode {
	const {value, options, onChange} = props;
	const [open, setOpen] = useState(false);
	const root = useRef<HTMLDivElement>(null);
	const focusable = useRef<HTMLInputElement>(null);
	const selected = options.find((option) => option.value === value) ?? options[0];
	useDismiss(open, [root], () => setOpen(false));

	const choose = (option: Option<V>): void => {
		setOpen(false);
		if (option.value !== value) onChange(option.value);
		focusable.current?.focus();
	};
	const step = (delta: number): void => {
		const index = options.findIndex((option) => option.value === value);
		const next = options[Math.max(0, Math.min(options.length - 1, index + delta))];
		if (next && next.value !== value) onChange(next.value);
	};

	return host(
		'p-dropdown',
		{class: props.class},
		<div
			ref={root}
			class={`ui-dropdown ui-widget ui-state-default ui-corner-all ui-helper-clearfix${open ? ' ui-dropdown-open ui-state-focus' : ''}`}
			onClick={(event) => {
				if (event.target instanceof Element && event.target.closest('.ui-dropdown-panel')) return;
				setOpen(!open);
			}}
		>
			<div class="ui-helper-hidden-accessible">
				<input
					ref={focusable}
					type="text"
					readOnly
					role="combobox"
					aria-haspopup="listbox"
					aria-expanded={open ? 'true' : 'false'}
					aria-label={selected?.label}
					onKeyDown={(event) => {
						if (event.key === 'ArrowDown' && !open) step(1);
						else if (event.key === 'ArrowUp' && !open) step(-1);
						else if (event.key === 'Enter' || event.key === ' ') {
							event.preventDefault();
							setOpen(!open);
						}
					}}
				/>
			</div>
			<label class="ui-dropdown-label ui-inputtext ui-corner-all">{selected?.label}</label>
			<div
				class="ui-dropdown-trigger ui-state-default ui-corner-right"
				role="button"
				aria-haspopup="listbox"
				aria-expanded={open ? 'true' : 'false'}
			>
				<span class="ui-dropdown-trigger-icon ui-clickable pi pi-chevron-down" />
			</div>
			{open && (
				<div class="ui-dropdown-panel ui-widget ui-widget-content ui-corner-all ui-shadow">
					<div class="ui-dropdown-items-wrapper">
						<ul
							class="ui-dropdown-items ui-dropdown-list ui-widget-content ui-widget ui-corner-all ui-helper-reset"
							role="listbox"
						>
							{options.map((option) => (
								<li
									key={option.value}
									class={`ui-dropdown-item ui-corner-all${option.value === value ? ' ui-state-highlight' : ''}`}
									role="option"
									aria-label={option.label}
									aria-selected={option.value === value ? 'true' : 'false'}
									onClick={() => choose(option)}
								>
									<span>{option.label}</span>
								</li>
							))}
						</ul>
					</div>
				</div>
			)}
		</div>,
	);
}
