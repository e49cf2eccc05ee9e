import type { Company } from '../schemas/company';
import { repositoryFileUrl } from './urls';

/**
 * The content licence as the exports state it. Data travels without the site around it, so each export
 * names its own terms: the JSON exports in a `license` field, the CSV in a column, the feed in its
 * `<copyright>`. The licence itself comes from content (`contentLicense` in company.yaml).
 */

/** The content licence as an export writes it. */
export interface ExportLicense {
  /** Short name, e.g. "CC BY 4.0". */
  name: string;
  /** Absolute address of the licence's legal code. */
  url: string;
  /** Absolute address of the repository file that says what attribution means for this guide. */
  notice: string;
}

/** The content licence of the guide, with its notice file as an address in the repository. */
export function exportLicense(company: Pick<Company, 'repository' | 'branch' | 'contentLicense'>): ExportLicense {
  const { name, url, notice } = company.contentLicense;
  return { name, url, notice: repositoryFileUrl(company, notice) };
}

/** A JSON export: the content licence, how many items there are, and the items under their own key. */
export type LicensedList<K extends string, T> = { license: ExportLicense; count: number } & Record<K, readonly T[]>;

/** A JSON export with the licence first, so the terms come before the data. */
export function licensedList<K extends string, T>(license: ExportLicense, key: K, items: readonly T[]): LicensedList<K, T> {
  return { license, count: items.length, [key]: items } as LicensedList<K, T>;
}

/** The licence in one CSV cell, "CC BY 4.0 (https://…)": readable, and with the address a tool can match. */
export function licenseCell(license: ExportLicense): string {
  return `${license.name} (${license.url})`;
}

/** The feed's copyright notice: who holds the rights, the licence and where to read how to credit them. */
export function feedCopyright(license: ExportLicense): string {
  return `Each experience © its contributor, licensed under ${license.name} (${license.url}). How to credit: ${license.notice}`;
}
