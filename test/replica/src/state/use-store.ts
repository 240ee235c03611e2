import {createContext} from 'preact';
import {useContext} from 'preact/hooks';
import type {LabelKey, LabelPage} from '../i18n/labels';
import {portalLabel} from '../i18n/renames';
import {text, type TextKey} from '../i18n/texts';
import type {ReplicaStore} from './store';

export const StoreContext = createContext<ReplicaStore | undefined>(undefined);

export function useStore(): ReplicaStore {
	const store = useContext(StoreContext);
	if (!store) throw new Error('useStore outside <StoreContext.Provider>');
	return store;
}

/**
 * The labels of one page in the current language, as the scenario shows them (`rename=` replaces some):
 * `const t = useLabels('userSelection'); t('title')`.
 */
export function useLabels<P extends LabelPage>(page: P): (key: LabelKey<P>) => string {
	const store = useStore();
	return (key) => portalLabel(store.lang, page, key, store.scenario.rename);
}

/** The replica's own texts in the current language. */
export function useTexts(): (key: TextKey) => string {
	const store = useStore();
	return (key) => text(store.lang, key);
}
