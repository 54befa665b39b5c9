/** Path to a Chromium executable; throws with install instructions when none is found. */
export function findChromium(): string;
/** Flags for headless Chromium: no sandbox as root, no background traffic. */
export const CHROMIUM_ARGS: string[];
