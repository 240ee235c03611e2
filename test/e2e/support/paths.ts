import {fileURLToPath} from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CHROME_DIST = fileURLToPath(new URL('../../../dist/chrome/', import.meta.url));
export const FIREFOX_DIST = fileURLToPath(new URL('../../../dist/firefox/', import.meta.url));
export {PORTAL_ORIGIN as PORTAL, PORTAL_HOME} from '../../../src/shared/portal-address';
