import {mountReplica} from './app';
import './icons.css';
import './styles.css';

// The replica of the eIAM delegation portal (issue #3); README.md in test/replica describes routes and scenarios.
const root = document.getElementById('replica-root');
if (root) mountReplica(root);
