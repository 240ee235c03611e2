import '../shared/zod-config';
import {render} from 'preact';
import {settingsItem} from '../shared/settings-item';
import {browserHostPermissions} from './host-permissions';
import {browserLearnedTargets} from './learned-targets-store';
import {OptionsPage} from './options-page';
import './options.css';

const root = document.getElementById('app');
if (root)
	render(
		<OptionsPage
			settings={settingsItem}
			permissions={browserHostPermissions}
			browserLanguage={navigator.language}
			learnedTargets={browserLearnedTargets}
		/>,
		root,
	);
