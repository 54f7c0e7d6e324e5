import { useState } from 'react';
import type { SummaryFormat } from '@/lib/summary/person-summary';
import { tOr } from '@/lib/i18n';
import { StatusLine, type Status } from '@/components/StatusLine';

export interface CopySummaryProps {
  /** the summary in the chosen format */
  textFor: (format: SummaryFormat) => string;
  /** puts the text on the clipboard; false when the browser would not */
  onCopy: (text: string) => Promise<boolean>;
}

/** One click puts a short summary of the person on the clipboard, as Markdown or plain text; the result shows beside it. */
export function CopySummary({ textFor, onCopy }: CopySummaryProps) {
  const [format, setFormat] = useState<SummaryFormat>('markdown');
  const [status, setStatus] = useState<Status | null>(null);
  const copy = async () => {
    const ok = await onCopy(textFor(format)).catch(() => false);
    setStatus(
      ok
        ? { kind: 'ok', text: format === 'markdown' ? tOr('copiedMarkdown', 'Summary copied (Markdown).') : tOr('copiedPlain', 'Summary copied (plain text).') }
        : { kind: 'error', text: tOr('copyFailed', 'The summary could not be copied.') },
    );
  };
  return (
    <div className="copy-summary" role="group" aria-label={tOr('copySummaryGroup', 'Copy a summary')}>
      <button type="button" data-testid="copy-summary" onClick={() => void copy()}>
        {tOr('copySummary', 'Copy summary')}
      </button>
      <select
        data-testid="copy-format"
        aria-label={tOr('copyFormat', 'Summary format')}
        value={format}
        onChange={(e) => setFormat(e.target.value === 'plain' ? 'plain' : 'markdown')}
      >
        <option value="markdown">Markdown</option>
        <option value="plain">{tOr('plainText', 'Plain text')}</option>
      </select>
      <StatusLine status={status} testId="copy-status" okClassName="confirm small" errorClassName="notice error small" />
    </div>
  );
}
