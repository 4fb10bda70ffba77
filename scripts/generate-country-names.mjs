// Writes the message namespace `countries` (ISO 3166-1 alpha-2 code → name) into the four
// messages/*.json files, from the CLDR names Node ships (Intl.DisplayNames), so that the Polish
// names are the Polish exonyms the paper forms use (UA → Ukraina). Run once when the code list in
// lib/forms/countries.ts changes, and commit the result:
//
//   npx tsx scripts/generate-country-names.mjs
//
// Only the `countries` key of each file is replaced; every other key is written back as it was.
import fs from 'node:fs';
import path from 'node:path';
import { CITIZENSHIP_EXTRA, COUNTRY_CODES } from '../lib/forms/countries.ts';

const LOCALES = ['pl', 'en', 'ru', 'uk'];

// Not countries, so CLDR has no names for them: the answers a citizenship field also takes.
const EXTRA_NAMES = {
  pl: { stateless: 'bezpaństwowiec', unknown: 'obywatelstwo nieokreślone' },
  en: { stateless: 'Stateless', unknown: 'Undetermined citizenship' },
  ru: { stateless: 'Лицо без гражданства', unknown: 'Гражданство не определено' },
  uk: { stateless: 'Особа без громадянства', unknown: 'Громадянство не визначено' },
};

const dir = path.join(import.meta.dirname, '..', 'messages');

for (const locale of LOCALES) {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const countries = {};
  for (const code of COUNTRY_CODES) {
    const name = names.of(code);
    if (!name || name === code) throw new Error(`No ${locale} name for ${code}`);
    // The message files use typographic apostrophes only (an ASCII one is an ICU escape).
    countries[code] = name.replace(/'/g, '’');
  }
  for (const key of CITIZENSHIP_EXTRA) countries[key] = EXTRA_NAMES[locale][key];

  const file = path.join(dir, `${locale}.json`);
  const messages = JSON.parse(fs.readFileSync(file, 'utf8'));
  messages.countries = countries;
  fs.writeFileSync(file, `${JSON.stringify(messages, null, 2)}\n`);
  console.log(`${locale}: ${Object.keys(countries).length} names`);
}
