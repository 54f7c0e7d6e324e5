import { tOr } from '@/lib/i18n';

export interface PauseNoticeProps {
  /** watchShownPause's value (lib/evaluation/api-pause-watch.ts); nothing shows while null */
  pause: { until: number; text: string } | null;
}

/** Says that Hirelens holds off asking GitHub (a secondary rate limit, or GitHub failing), and until when. */
export function PauseNotice({ pause }: PauseNoticeProps) {
  if (!pause) return null;
  const time = new Date(pause.until).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return (
    <p className="notice" role="status" data-testid="github-paused" data-until={pause.until}>
      {pause.text} <span className="muted">{tOr('githubPausedUntil', '(until $1)', time)}</span>
    </p>
  );
}
