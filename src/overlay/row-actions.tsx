/** @jsxImportSource ./dom */
import type {JSX} from './dom/jsx-runtime';
import type {Translate} from '../shared/catalog';
import type {OverlayTextKey} from './overlay-texts';
import type {RowActionView} from './view';

/**
 * Small "send code" buttons beside users whose onboarding is pending, drawn in our shadow root over the row
 * (never inside the portal's table). `rect` is the row's action group: the button sits just left of it.
 */
export function RowActions({t, rows}: {t: Translate<OverlayTextKey>; rows: readonly RowActionView[]}): JSX.Element {
	return (
		<>
			{rows.map((row) => (
				<button
					key={row.extId}
					class="row-action"
					data-eiam-assist-row-action={row.extId}
					aria-label={t('row_action_resend_label', row.name)}
					style={{top: `${row.rect.top + row.rect.height / 2}px`, left: `${row.rect.left - 6}px`}}
					onClick={['row', row.extId]}
				>
					{t('row_action_resend')}
				</button>
			))}
		</>
	);
}
