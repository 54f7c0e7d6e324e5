/** How an action went, in one line under the form that ran it. */
export interface Status {
  kind: 'ok' | 'error';
  text: string;
}

export interface StatusLineProps {
  status: Status | null;
  testId: string;
  /** the class of a failure line (announced at once, as an alert) */
  errorClassName?: string;
  /** the class of a success line (announced politely, as a status) */
  okClassName?: string;
}

/** Nothing before the first outcome; then the outcome's text, as an alert when it failed and a status when it worked. */
export function StatusLine({ status, testId, errorClassName = 'notice error', okClassName = 'muted small' }: StatusLineProps) {
  if (!status) return null;
  const failed = status.kind === 'error';
  return (
    <p role={failed ? 'alert' : 'status'} className={failed ? errorClassName : okClassName} data-testid={testId}>
      {status.text}
    </p>
  );
}
