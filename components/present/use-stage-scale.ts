'use client';

import { useEffect, useState } from 'react';

export const STAGE_W = 1280;
export const STAGE_H = 720;

/** The scale that fits the fixed 16:9 stage into the viewport (or a box of the given size). */
export function useStageScale(): number {
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const fit = () => setScale(Math.min(window.innerWidth / STAGE_W, window.innerHeight / STAGE_H));
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, []);
  return scale;
}
