/** Path to a Chromium executable; throws with install instructions when none is found. */
export function findChromium(): string;
