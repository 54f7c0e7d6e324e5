/**
 * The first screens the panel paints before React loads (see
 * `first-screen-shape.ts`), one per tab in the session area. A tab's entry is
 * dropped whenever its tab state is written (`tab-state-store.ts`), and all of
 * them when the roles or the chosen role change, so a stale verdict is never
 * painted; erasing a person removes their tabs' entries with their states.
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { VerdictLabel } from '../schemas/enums';
import { FIRST_SCREEN_VERSION, firstScreenKey, type FirstScreen } from './first-screen-shape';

export const FirstScreenSchema = z.object({
  version: z.literal(FIRST_SCREEN_VERSION),
  tabUpdatedAt: z.number(),
  name: z.string(),
  handle: z.string(),
  location: z.string().nullable(),
  subtitle: z.string().nullable(),
  verdict: VerdictLabel,
  tone: z.string().regex(/^tone-[a-z]+$/),
  label: z.string(),
  score: z.number().int().min(0).max(100).nullable(),
  roleName: z.string(),
  roleLead: z.string(),
  roleLine: z.string(),
  provisional: z.string().nullable(),
  seniority: z.string(),
  summary: z.string(),
  gaps: z.array(z.object({ kind: z.enum(['missing', 'partial', 'unchecked']), lead: z.string(), items: z.string() })),
  reasons: z.array(z.string()),
  evidenceLead: z.string(),
  evidence: z.array(z.string()),
  question: z.object({ lead: z.string(), text: z.string() }).nullable(),
});

function itemKey(tabId: number): `session:${string}` {
  return `session:${firstScreenKey(tabId)}`;
}

export async function writeFirstScreen(tabId: number, screen: FirstScreen): Promise<void> {
  await storage.setItem(itemKey(tabId), FirstScreenSchema.parse(screen));
}

/** Drops every tab's first screen: the roles or the chosen role changed, so none of them says what the panel would. */
export async function clearFirstScreens(): Promise<void> {
  const all = await storage.snapshot('session');
  const keys = Object.keys(all)
    .filter((key) => key.startsWith('firstScreen:'))
    .map((key) => `session:${key}` as const);
  if (keys.length > 0) await storage.removeItems(keys);
}
