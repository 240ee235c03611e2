import {bootstrapApplication} from '@angular/platform-browser';
import {ReplicaStore} from '../../replica/src/state/store';
import {AppComponent} from './app/app.component';
import {appConfig} from './app/app.config';

// The eIAM portal replica built from the real component libraries (README.md beside this folder). The session is
// read before Angular starts: it consumes the scenario parameters of the URL (and cleans the address bar), so the
// router sees the path alone.
const session = new ReplicaStore(window, {routing: 'external'});
bootstrapApplication(AppComponent, appConfig(session)).catch((error: unknown) => console.error(error));
