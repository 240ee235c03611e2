import {expect, test} from 'vitest';
import {CONTENT_DEFAULTS, contentSettings} from '../../../src/shared/content-settings';
import {DEFAULT_SETTINGS} from '../../../src/shared/settings';

// The portal page starts with CONTENT_DEFAULTS until the background answers (issue #14): they must be the
// settings' own defaults, or a page would briefly behave as if the user had chosen something.
test('a portal page’s defaults are the settings’ defaults', () => {
	expect(CONTENT_DEFAULTS).toEqual(contentSettings(DEFAULT_SETTINGS));
});
