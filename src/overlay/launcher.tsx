/** @jsxImportSource ./dom */
import type {JSX} from './dom/jsx-runtime';
import type {Translate} from '../shared/catalog';
import type {OverlayTextKey} from './overlay-texts';

type Props = {t: Translate<OverlayTextKey>; open: boolean; guides: readonly {id: string; title: string}[]};

/** The round button that opens the list of guides; a disclosure, not a modal. */
export function Launcher({t, open, guides}: Props): JSX.Element {
	return (
		// The button comes first in the DOM so Tab goes from it into the list; CSS shows the list above it.
		// Its title names it (for screen readers too): the '?' it shows is hidden from them.
		<div class="launcher-area">
			<button
				class="launcher"
				data-eiam-assist-launcher
				aria-expanded={open}
				aria-controls="eiam-assist-guide-list"
				title={t('launcher_label')}
				onClick={['ui', {open: !open}]}
			>
				<span aria-hidden="true">?</span>
			</button>
			{open && (
				<div class="guide-list" id="eiam-assist-guide-list" role="group" aria-label={t('launcher_menu_title')}>
					<p class="guide-list-title">{t('launcher_menu_title')}</p>
					{guides.map((guide) => (
						<button key={guide.id} data-eiam-assist-start={guide.id} onClick={['start', guide.id]}>
							{guide.title}
						</button>
					))}
				</div>
			)}
		</div>
	);
}
