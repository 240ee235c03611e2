import type {JSX} from 'preact';
import {GUIDE_TITLES} from '../guides/guide-titles';
import type {Translate} from '../shared/catalog';
import type {GuideContext} from '../shared/guide-context';
import {GUIDE_IDS, type GuideId} from '../shared/guide-ids';
import type {Lang} from '../shared/lang';
import {GuideButton} from './guide-button';
import type {PopupTextKey} from './popup-texts';

type Props = {
	readonly lang: Lang;
	readonly t: Translate<PopupTextKey>;
	readonly startGuide: (guide: GuideId, context: GuideContext) => Promise<void>;
};

/** The small second area: every guide, started in the portal tab (the guide asks there what it needs to know). */
export function GuideLauncher({lang, t, startGuide}: Props): JSX.Element {
	return (
		<section class="guides" aria-labelledby="guides-heading">
			<h2 id="guides-heading">{t('guides_heading')}</h2>
			<ul>
				{GUIDE_IDS.map((guide) => (
					<li key={guide}>
						<GuideButton
							guide={guide}
							context={{}}
							label={GUIDE_TITLES[lang][guide]}
							t={t}
							startGuide={startGuide}
							attribute="data-eiam-assist-launch"
						/>
					</li>
				))}
			</ul>
		</section>
	);
}
