import {existsSync} from 'node:fs';

/** Fails with a message that says what to install, instead of a cryptic launch error. */
export function requireBinary(envVar: string, fallback: string, aptPackage: string): string {
	const path = process.env[envVar] ?? fallback;
	if (!existsSync(path)) {
		throw new Error(
			`${path} not found. Install it with: apt-get install -y ${aptPackage} (or set ${envVar} to the browser binary).`,
		);
	}
	return path;
}
