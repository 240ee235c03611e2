import type {JSX} from 'preact';
import {STEP_TEXTS} from '../guides/step-texts';
import {GUIDE_IDS, type GuideContext, type GuideId} from '../shared/guide-ids';
import type {Lang} from '../shared/lang';
import type {PopupTranslate} from './popup-texts';
import {GuideButton} from './wizard/guide-button';

type GuideTitleKey = keyof (typeof STEP_TEXTS)['de'] & `guide_${string}`;

const TITLE_KEYS: Readonly<Record<GuideId, GuideTitleKey>> = {
	'resend-code': 'guide_resend_code',
	'resend-from-list': 'guide_resend_from_list',
	'deactivate-user': 'guide_deactivate_user',
	'create-user': 'guide_create_user',
	'correct-email': 'guide_correct_email',
};

type Props = {
	readonly lang: Lang;
	readonly t: PopupTranslate;
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
							label={STEP_TEXTS[lang][TITLE_KEYS[guide]]}
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
