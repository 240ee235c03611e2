import {expect, test} from 'vitest';
import {isPrivateEmailDomain} from '../../../src/wizard/private-domains';

test.each([
	'anna@bluewin.ch',
	'anna@gmx.ch',
	'anna@gmx.net',
	'anna@hispeed.ch',
	'anna@sunrise.ch',
	'anna@swissonline.ch',
	'anna@bluemail.ch',
	'anna@gmail.com',
	'anna@googlemail.com',
	'anna@outlook.com',
	'anna@outlook.de',
	'anna@hotmail.com',
	'anna@hotmail.co.uk',
	'anna@live.fr',
	'anna@icloud.com',
	'anna@me.com',
	'anna@yahoo.it',
	'anna@yahoo.com.au',
	'anna@proton.me',
	'anna@protonmail.ch',
	'anna@protonmail.com',
	'anna@web.de',
	'anna@windowslive.com',
	'anna@msn.com',
	'anna@aol.com',
	'Anna.Mueller@GMAIL.COM',
	'anna@gmail.com.',
	'bluewin.ch',
])('%s is private', (email) => {
	expect(isPrivateEmailDomain(email)).toBe(true);
});

test.each([
	'anna.mueller@ksa.ch',
	'anna.mueller@insel.ch',
	'anna.mueller@hcuge.ch',
	'anna.mueller@eoc.ch',
	'anna.mueller@usz.ch',
	'anna@mail.gmail.com', // A subdomain is not the provider's domain itself.
	'anna@live.insel.ch', // "live" as the hospital's own subdomain.
	'anna@outlook.spital-xy.ch',
	'anna@gmail.com.spital.ch',
	'anna@mygmail.com',
	'anna@hotmail', // No top-level domain: not an address we accept anyway.
])('%s is professional', (email) => {
	expect(isPrivateEmailDomain(email)).toBe(false);
});
