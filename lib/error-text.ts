/** What went wrong, as a line a recruiter can read: an Error's message, else the thrown value as text. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
