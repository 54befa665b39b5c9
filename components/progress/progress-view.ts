import { create } from 'zustand';
import type { ProgressState } from '@/lib/progress/schema';

/**
 * A read-only mirror of saved progress for rendering. It stays tiny so every page can show progress
 * without shipping the persistence code (validation, migrations, merge) in its first load: that lives in
 * progress-store.ts, loaded on demand by progress-loader.ts. `progress` is null until saved progress has
 * been read, which is also what the server renders, so there is no hydration mismatch.
 */
export const useProgressView = create<{ progress: ProgressState | null }>()(() => ({ progress: null }));
