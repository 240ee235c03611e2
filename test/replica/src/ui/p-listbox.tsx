import type {VNode} from 'preact';
import {useRef, useState} from 'preact/hooks';
import {host} from './host';

/**
 * PrimeNG's single-select `p-listbox` (classic `ui-` classes): `ul[role=listbox]` labelled by the field's label,
 * `li[role=option][aria-selected]`, the chosen item highlighted. One tab stop (roving tabindex); ArrowUp/Down,
 * Home and End move the focus, Enter or Space chooses the focused item, a click chooses and focuses it (like
 * PrimeNG, moving the focus does not choose).
 */
export function PListbox(props: {
	options: readonly string[];
	value: string | undefined;
	onChange: (value: string) => void;
	labelledBy: string;
	disabled?: boolean;
	class?: string;
}): VNode {
	const {options, value, onChange, disabled = false} = props;
	const [focused, setFocused] = useState(0);
	const list = useRef<HTMLUListElement>(null);
	const selectedIndex = value === undefined ? -1 : options.indexOf(value);
	// The tab stop: the focused item if it still exists, else the chosen one, else the first.
	const tabStop = focused < options.length ? focused : Math.max(0, selectedIndex);

	const items = (): HTMLElement[] => [...(list.current?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])];
	// Read from the DOM, not from state: keys pressed faster than a render still move one item each.
	const current = (): number => {
		const index = items().findIndex((item) => item === item.ownerDocument.activeElement);
		return index >= 0 ? index : tabStop;
	};
	const focusItem = (index: number): void => {
		const bounded = Math.max(0, Math.min(options.length - 1, index));
		setFocused(bounded);
		items()[bounded]?.focus();
	};
	const choose = (index: number): void => {
		const option = options[index];
		if (disabled || option === undefined) return;
		setFocused(index);
		if (option !== value) onChange(option);
	};
	const onKeyDown = (event: KeyboardEvent): void => {
		if (disabled) return;
		const keys: Record<string, () => void> = {
			ArrowDown: () => focusItem(current() + 1),
			ArrowUp: () => focusItem(current() - 1),
			Home: () => focusItem(0),
			End: () => focusItem(options.length - 1),
			Enter: () => choose(current()),
			' ': () => choose(current()),
		};
		const action = keys[event.key];
		if (!action) return;
		event.preventDefault();
		action();
	};

	return host(
		'p-listbox',
		null,
		<div
			class={`ui-listbox ui-inputtext ui-widget ui-widget-content ui-corner-all${props.class ? ` ${props.class}` : ''}${disabled ? ' ui-state-disabled' : ''}`}
		>
			<div class="ui-listbox-list-wrapper">
				<ul
					ref={list}
					class="ui-listbox-list"
					role="listbox"
					aria-labelledby={props.labelledBy}
					aria-disabled={disabled ? 'true' : undefined}
					onKeyDown={onKeyDown}
				>
					{options.map((option, index) => (
						<li
							key={option}
							class={`ui-listbox-item ui-corner-all${index === selectedIndex ? ' ui-state-highlight' : ''}`}
							role="option"
							tabIndex={!disabled && index === tabStop ? 0 : -1}
							aria-label={option}
							aria-selected={index === selectedIndex ? 'true' : 'false'}
							onClick={() => choose(index)}
						>
							<span>{option}</span>
						</li>
					))}
				</ul>
			</div>
		</div>,
	);
}
