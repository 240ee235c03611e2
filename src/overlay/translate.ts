import {translator} from '../shared/catalog';
import type {Lang} from '../shared/lang';
import {OVERLAY_TEXTS, type OverlayTextKey} from './overlay-texts';

export type Translate = (key: OverlayTextKey, ...values: readonly (string | number)[]) => string;

export function overlayTranslator(lang: Lang): Translate {
	return translator(OVERLAY_TEXTS, lang);
}
