// @vitest-environment happy-dom
/** @jsxImportSource ../../../src/overlay/dom */
import {afterEach, expect, test, vi} from 'vitest';
import {render as renderWith, type Act, type Child} from '../../../src/overlay/dom/render';

/** What the handlers of the trees drawn here do: recorded, with the event's type. */
const acted = vi.fn<Act>();
const render = (tree: Child, parent: Element): void => renderWith(tree, parent, acted);

const root = document.createElement('div');
document.body.append(root);
afterEach(() => {
	render(null, root);
	acted.mockReset();
});

const List = ({items}: {items: readonly string[]}): Child => (
	<ul>
		{items.map((item) => (
			<li key={item}>{item}</li>
		))}
	</ul>
);

test('elements, attributes, text and styles as written; false, null and true draw nothing', () => {
	render(
		<section class="panel" data-step="a" aria-label="Karte" tabIndex={-1} style={{top: '4px', maxHeight: '9px'}}>
			<h2>Titel</h2>
			{false}
			{null}
			{true}
			<p>
				Schritt {2} von {7}
			</p>
		</section>,
		root,
	);
	const section = root.querySelector('section')!;
	expect(section.getAttribute('class')).toBe('panel');
	expect(section.getAttribute('data-step')).toBe('a');
	expect(section.getAttribute('tabindex')).toBe('-1');
	expect(section.style.top).toBe('4px');
	expect(section.style.maxHeight).toBe('9px');
	expect(section.textContent).toBe('TitelSchritt 2 von 7');
	expect(section.children).toHaveLength(2);
});

test('boolean attributes: aria-* and data-* say "true"/"false", others come and go', () => {
	const draw = (open: boolean): void =>
		render(<button aria-expanded={open} data-eiam-assist-launcher disabled={open} />, root);
	draw(false);
	const button = root.querySelector('button')!;
	expect(button.getAttribute('aria-expanded')).toBe('false');
	expect(button.getAttribute('data-eiam-assist-launcher')).toBe('true');
	expect(button.hasAttribute('disabled')).toBe(false);
	draw(true);
	expect(button.getAttribute('aria-expanded')).toBe('true');
	expect(button.hasAttribute('disabled')).toBe(true);
});

test('a second pass keeps the nodes: focus, and what changed is written, what went away is removed', () => {
	const draw = (label: string, extra?: string, top?: string): void =>
		render(
			<div>
				<button type="button" aria-label={label} data-extra={extra} style={top ? {top} : {}}>
					{label}
				</button>
			</div>,
			root,
		);
	draw('Eins', 'x', '3px');
	const button = root.querySelector('button')!;
	const text = button.firstChild;
	button.focus();
	draw('Zwei');
	expect(root.querySelector('button')).toBe(button);
	expect(button.firstChild).toBe(text);
	expect(document.activeElement).toBe(button);
	expect(button.textContent).toBe('Zwei');
	expect(button.getAttribute('aria-label')).toBe('Zwei');
	expect(button.hasAttribute('data-extra')).toBe(false);
	expect(button.style.top).toBe('');
});

test('a textarea keeps its node, selection and value; a new value is written only when it differs', () => {
	const draw = (value: string): void => render(<textarea readOnly rows={10} value={value} />, root);
	draw('Bericht');
	const field = root.querySelector('textarea')!;
	expect(field.value).toBe('Bericht');
	expect(field.readOnly).toBe(true);
	field.focus();
	field.setSelectionRange(2, 4);
	draw('Bericht');
	expect(root.querySelector('textarea')).toBe(field);
	expect([field.selectionStart, field.selectionEnd]).toEqual([2, 4]);
	draw('Neu');
	expect(field.value).toBe('Neu');
	expect(document.activeElement).toBe(field);
});

test('keyed children keep their nodes when they move, come and go', () => {
	render(<List items={['a', 'b', 'c']} />, root);
	const [a, b, c] = [...root.querySelectorAll('li')];
	render(<List items={['c', 'x', 'a']} />, root);
	const after = [...root.querySelectorAll('li')];
	expect(after.map((item) => item.textContent)).toEqual(['c', 'x', 'a']);
	expect(after[0]).toBe(c);
	expect(after[2]).toBe(a);
	expect(b!.isConnected).toBe(false);
});

test('what follows a conditional or a list keeps its node (a live region must stay the same element)', () => {
	const draw = (rows: readonly string[], panel: boolean): void =>
		render(
			<div>
				{panel && <section />}
				{rows.map((row) => (
					<button key={row}>{row}</button>
				))}
				<div aria-live="polite">{panel ? 'Schritt' : ''}</div>
			</div>,
			root,
		);
	draw(['a', 'b'], false);
	const live = root.querySelector('[aria-live]')!;
	draw([], true);
	expect(root.querySelector('[aria-live]')).toBe(live);
	expect(live.textContent).toBe('Schritt');
	draw(['c'], false);
	expect(root.querySelector('[aria-live]')).toBe(live);
	expect([...root.querySelector('div')!.children].map((child) => child.tagName)).toEqual(['BUTTON', 'DIV']);
});

test('another tag in the same place is a new element', () => {
	render(<div>{<p>Text</p>}</div>, root);
	const before = root.querySelector('p');
	render(<div>{<button>Text</button>}</div>, root);
	expect(before!.isConnected).toBe(false);
	expect(root.querySelector('button')!.textContent).toBe('Text');
});

test('handlers: the latest action runs, one listener per event, none after it is removed', () => {
	const draw = (onClick?: readonly ['row', string]): void => render(<button onClick={onClick} />, root);
	draw(['row', 'first']);
	const button = root.querySelector('button')!;
	draw(['row', 'second']);
	button.click();
	expect(acted).toHaveBeenCalledTimes(1);
	expect(acted.mock.calls[0]![0]).toEqual(['row', 'second']);
	expect(acted.mock.calls[0]![1].type).toBe('click');
	draw(undefined);
	button.click();
	expect(acted).toHaveBeenCalledTimes(1);
});

test('handler names map to DOM events (keydown, pointerdown, dblclick, contextmenu)', () => {
	render(
		<div onKeyDown={['skip']} onPointerDown={['retry']} onDblClick={['teach']} onContextMenu={['swallow']} />,
		root,
	);
	const div = root.querySelector('div')!;
	for (const type of ['keydown', 'pointerdown', 'dblclick', 'contextmenu']) div.dispatchEvent(new Event(type));
	expect(acted.mock.calls.map(([action, event]) => [action[0], event.type])).toEqual([
		['skip', 'keydown'],
		['retry', 'pointerdown'],
		['teach', 'dblclick'],
		['swallow', 'contextmenu'],
	]);
});

test('fragments and components are flattened into their parent', () => {
	const Pair = ({a, b}: {a: string; b: string}): Child => (
		<>
			<i>{a}</i>
			<i>{b}</i>
		</>
	);
	render(
		<p>
			<Pair a="1" b="2" />
		</p>,
		root,
	);
	expect(root.querySelector('p')!.innerHTML).toBe('<i>1</i><i>2</i>');
});
