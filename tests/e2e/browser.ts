import { existsSync } from 'node:fs';

/**
 * Chromium for Playwright: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own
 * browsers (undefined). Playwright says what to install when it finds none of these.
 */
export function chromiumPath(): string | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
		return fromEnv;
	}
	return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export { CHROMIUM_ARGS } from '../../bench/chromium.mjs';
