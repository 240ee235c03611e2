import type {JSX} from 'preact';
import {useCallback, useEffect, useMemo, useRef, useState} from 'preact/hooks';
import {translator} from '../shared/catalog';
import {resolveUiLanguage} from '../shared/settings';
import {DEFAULT_SETTINGS, type Settings} from '../shared/settings-schema';
import {GuideLauncher} from './guide-launcher';
import type {PopupServices} from './popup-services';
import {POPUP_TEXTS} from './popup-texts';
import {InputStep} from './wizard/input-step';
import {OutcomeStep} from './wizard/outcome-step';
import {StartOver} from './wizard/start-over';
import {
	FRESH_STATE,
	isEnteredEmpty,
	isFresh,
	parseWizardState,
	reduceWizard,
	serializeWizardState,
	type WizardAction,
	type WizardState,
} from './wizard/wizard-state';
import {deriveWizardView} from './wizard/wizard-view';

type Props = {readonly services: PopupServices};

/**
 * The popup: the discrepancy wizard (main area) and the guide launcher (small, below). Waits for the settings (the
 * UI language) and the stored wizard state before the first real render, so nothing flickers or gets overwritten.
 */
export function App({services}: Props): JSX.Element {
	const [settings, setSettings] = useState<Settings | undefined>(undefined);
	const [settingsFailed, setSettingsFailed] = useState(false);
	const [state, setState] = useState<WizardState | undefined>(undefined);
	// The reducer runs on the latest state at once, so every change is saved in the same task as the user's input:
	// the popup can close at any moment (focus leaving it), and a save scheduled for later might never run. It also
	// returns that state: events can arrive before Preact re-rendered (typing, then Enter at once), so handlers
	// must not decide on the state of the last render.
	const stateRef = useRef<WizardState>(FRESH_STATE);

	const dispatch = useCallback(
		(action: WizardAction): WizardState => {
			const next = reduceWizard(stateRef.current, action);
			if (next === stateRef.current) return next;
			stateRef.current = next;
			setState(next);
			const saved =
				action.type === 'reset' ? services.clearState() : services.saveState(serializeWizardState(next));
			saved.catch((error: unknown) => console.warn('eIAM Assist: could not save the wizard', error));
			return next;
		},
		[services],
	);

	useEffect(() => {
		const controller = new AbortController();
		services.loadSettings().then(
			(loaded) => {
				// The first answer only: a later one from onSettingsChanged (the policy read) is newer.
				if (!controller.signal.aborted) setSettings((current) => current ?? loaded);
			},
			(error: unknown) => {
				console.warn('eIAM Assist: could not read the settings', error);
				setSettings((current) => current ?? DEFAULT_SETTINGS);
				setSettingsFailed(true);
			},
		);
		services.onSettingsChanged(setSettings, controller.signal);
		void services
			.loadState()
			.then(parseWizardState, (error: unknown) => {
				console.warn('eIAM Assist: could not restore the wizard', error);
				return FRESH_STATE;
			})
			.then((restored) => {
				if (controller.signal.aborted) return;
				stateRef.current = restored;
				setState(restored);
				if (restored.outcome !== null || !isEnteredEmpty(restored)) return;
				// First open with nothing typed: try to take the person the portal shows, silently (no portal tab,
				// no person or an unreachable tab simply leave the fields empty).
				services.readPortalPerson().then(
					(person) => {
						if (person !== null && !controller.signal.aborted && isEnteredEmpty(stateRef.current)) {
							dispatch({type: 'prefill', person});
						}
					},
					() => undefined,
				);
			});
		return () => controller.abort();
	}, [services, dispatch]);

	const lang = resolveUiLanguage(settings ?? DEFAULT_SETTINGS, undefined, services.browserLanguage);
	const t = useMemo(() => translator(POPUP_TEXTS[lang]), [lang]);
	useEffect(() => {
		document.documentElement.lang = lang;
	}, [lang]);

	if (settings === undefined || state === undefined) {
		return (
			<main data-eiam-assist-popup aria-busy="true">
				<p class="status">{t('loading')}</p>
			</main>
		);
	}

	const view = deriveWizardView(state);
	const screen = {state, lang, t, dispatch};
	const outcome = state.outcome !== null && view.input !== undefined ? state.outcome : null;
	return (
		<main data-eiam-assist-popup data-lang={lang}>
			<header class="top">
				<h1>eIAM Assist</h1>
				<button type="button" class="link" onClick={() => void services.openOptions().catch(() => undefined)}>
					{t('open_settings')}
				</button>
			</header>
			{settingsFailed ? <p class="notice notice-error">{t('settings_failed')}</p> : null}
			<section class="wizard" aria-labelledby="wizard-title">
				<h2 id="wizard-title" class="wizard-title">
					{t('wizard_title')}
				</h2>
				{outcome === null || view.input === undefined ? (
					<InputStep {...screen} view={view} readPortalPerson={services.readPortalPerson} />
				) : (
					<OutcomeStep
						outcome={outcome}
						input={view.input}
						{...screen}
						settings={settings}
						services={services}
					/>
				)}
				{isFresh(state) ? null : (
					<div class="wizard-footer">
						<StartOver t={t} onStartOver={() => dispatch({type: 'reset'})} />
					</div>
				)}
			</section>
			<GuideLauncher lang={lang} t={t} startGuide={services.startGuide} />
		</main>
	);
}
