import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

// Minimal `npm start` until the full demo exists (issue #8): launch Chromium with dist/chrome loaded.
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const dist = fileURLToPath(new URL('../../dist/chrome', import.meta.url));
if (!existsSync(chrome)) {
	console.error(`Chromium not found at ${chrome}. Install it with: apt-get install -y chromium (or set CHROME_PATH).`);
	process.exit(1);
}
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
	console.log(`No display available. Load the extension by hand: chrome://extensions → Developer mode → Load unpacked → ${dist}`);
	process.exit(0);
}
spawn(chrome, [`--load-extension=${dist}`, `--disable-extensions-except=${dist}`, '--no-first-run'], {stdio: 'inherit'});
