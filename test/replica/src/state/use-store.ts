import {createContext} from 'preact';
import {useContext} from 'preact/hooks';
import {label, type LabelKey, type LabelPage} from '../i18n/labels';
import {text, type TextKey} from '../i18n/texts';
import type {ReplicaStore} from './store';

export const StoreContext = createContext<ReplicaStore | undefined>(undefined);

export function useStore(): ReplicaStore {
	const store = useContext(StoreContext);
	if (!store) throw new Error('useStore outside <StoreContext.Provider>');
	return store;
}

/** The labels of one page in the current language: `const t = useLabels('userSelection'); t('title')`. */
export function useLabels<P extends LabelPage>(page: P): (key: LabelKey<P>) => string {
	const store = useStore();
	return (key) => label(store.lang, page, key);
}

/** The replica's own texts in the current language. */
export function useTexts(): (key: TextKey) => string {
	const store = useStore();
	return (key) => text(store.lang, key);
}
