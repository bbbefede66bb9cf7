import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { FieldMapping } from '../facts/mappings';

/**
 * Sites the extension may read. Nothing is granted at install: the user enables their case
 * system's site with a click (an optional host permission), and can remove it in settings.
 */
export const sitePattern = (origin: string): string => `${origin}/*`;

const originOfPattern = (pattern: string): string | undefined => pattern.match(/^(https?:\/\/[^/*]+)\/\*$/)?.[1];

export async function isSiteEnabled(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [sitePattern(origin)] });
}

/** Asks the browser to let the extension read a site. Call it directly in a click handler. */
export function requestSite(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [sitePattern(origin)] });
}

export function removeSite(origin: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [sitePattern(origin)] });
}

export interface EnabledSite {
  origin: string;
  /** Granted by the build itself (the test build's loopback hosts): cannot be removed here. */
  builtIn: boolean;
}

export async function enabledSites(): Promise<EnabledSite[]> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const builtIn = new Set(browser.runtime.getManifest().host_permissions ?? []);
  return granted
    .map((pattern) => ({ pattern, origin: originOfPattern(pattern) }))
    .filter((s): s is { pattern: string; origin: string } => s.origin !== undefined)
    .map((s) => ({ origin: s.origin, builtIn: builtIn.has(s.pattern) }));
}

/** An organisation's configuration, from managed storage (enterprise policy); see public/managed-schema.json. */
export const ManagedSite = z.object({
  origin: z.string().regex(/^https?:\/\/[^/\s]+$/),
  name: z.string().max(100).optional(),
  mappings: z.array(FieldMapping).max(1000).default([]),
});
export type ManagedSite = z.infer<typeof ManagedSite>;

/** Valid sites from a managed configuration; invalid entries are dropped, not fatal. */
export function parseManagedSites(value: unknown): ManagedSite[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    const parsed = ManagedSite.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * The organisation's `sites` policy as a WXT storage item. Read-only: managed storage is written
 * by policy, never by the extension, so it has no version or migrations (WXT would write a
 * migrated value back); its shape is public/managed-schema.json and each entry is validated.
 */
export const managedSitesSetting = storage.defineItem<unknown>('managed:sites');

export async function managedSites(): Promise<ManagedSite[]> {
  try {
    return parseManagedSites(await managedSitesSetting.getValue());
  } catch {
    // No policy set (or a browser without managed storage): no organisation configuration.
    return [];
  }
}
