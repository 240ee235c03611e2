import '../shared/zod-config';
import {render} from 'preact';
import {App} from './app';
import {browserServices} from './browser-services';
import './popup.css';

const root = document.getElementById('app');
if (root) render(<App services={browserServices} />, root);
