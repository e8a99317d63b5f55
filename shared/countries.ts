/** The ISO 3166-1 alpha-2 country codes, from a maintained list. */
import countries from 'i18n-iso-countries';

export const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();
