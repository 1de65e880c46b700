import { useEffect, useRef, useState } from 'react';

const TICK_MS = 1000;

/**
 * Milliseconds left until `deadline` (wall-clock ms), re-read from the clock every second rather
 * than counted down, so a hidden tab, a sleeping laptop or a reload all show the true time left.
 * `onExpire` runs once, when the time is up (at once if it already is).
 */
export function useCountdown(deadline: number | null, onExpire?: () => void): number | null {
  const [now, setNow] = useState(() => Date.now());
  const expire = useRef(onExpire);
  const fired = useRef(false);
  useEffect(() => {
    expire.current = onExpire;
  });

  useEffect(() => {
    fired.current = false;
    if (deadline === null) return;
    const tick = () => {
      const at = Date.now();
      setNow(at);
      if (at >= deadline && !fired.current) {
        fired.current = true;
        expire.current?.();
      }
    };
    tick();
    const timer = window.setInterval(tick, TICK_MS);
    return () => window.clearInterval(timer);
  }, [deadline]);

  return deadline === null ? null : Math.max(0, deadline - now);
}

/** "1:05:09", "29:59", "0:07": how a countdown reads. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

/** "29 minutes 59 seconds": the same for a screen reader. */
export function speakRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const part = (value: number, unit: string) => (value > 0 ? [`${value} ${unit}${value === 1 ? '' : 's'}`] : []);
  const parts = [...part(hours, 'hour'), ...part(minutes, 'minute'), ...part(seconds, 'second')];
  return parts.length > 0 ? parts.join(' ') : '0 seconds';
}
