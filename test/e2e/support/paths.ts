import {fileURLToPath} from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CHROME_DIST = fileURLToPath(new URL('../../../dist/chrome/', import.meta.url));
export const FIREFOX_DIST = fileURLToPath(new URL('../../../dist/firefox/', import.meta.url));
export const PORTAL = 'https://www.portal.eiam.admin.ch';
/** The entry URL the SpiGes handbook gives. */
export const PORTAL_HOME = `${PORTAL}/portal/adminservice/app/home`;
