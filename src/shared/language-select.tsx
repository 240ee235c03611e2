import type {JSX} from 'preact';
import {LANGS, LANGUAGE_NAMES, isLang, type Lang} from './lang';

/** The `<option>`s of a language picker: the four languages, each named in itself. */
export function LanguageOptions(): JSX.Element {
	return (
		<>
			{LANGS.map((lang) => (
				<option key={lang} value={lang} lang={lang}>
					{LANGUAGE_NAMES[lang]}
				</option>
			))}
		</>
	);
}

type Props = {id: string; name: string; value: Lang; onPick: (lang: Lang) => void};

/** A picker of one of the four languages (the options page's template language, the popup's e-mail language). */
export function LanguageSelect({id, name, value, onPick}: Props): JSX.Element {
	return (
		<select
			id={id}
			name={name}
			value={value}
			onChange={(event) => {
				const picked = event.currentTarget.value;
				if (isLang(picked)) onPick(picked);
			}}
		>
			<LanguageOptions />
		</select>
	);
}
