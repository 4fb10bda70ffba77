import type { SectionDef } from '../engine/types';
import { countryChoice } from '../countries';

const T = 'formFields.address';

/**
 * The 16 voivodeships, in the official (Polish alphabetical) order; the stored value is an ASCII
 * key, the printed one the official name (`voivodeships.dolnoslaskie` → „dolnośląskie”).
 */
export const VOIVODESHIPS = [
  'dolnoslaskie',
  'kujawsko_pomorskie',
  'lubelskie',
  'lubuskie',
  'lodzkie',
  'malopolskie',
  'mazowieckie',
  'opolskie',
  'podkarpackie',
  'podlaskie',
  'pomorskie',
  'slaskie',
  'swietokrzyskie',
  'warminsko_mazurskie',
  'wielkopolskie',
  'zachodniopomorskie',
] as const;

/** Part B.I of the temporary residence form: the address in Poland, in the official order. */
export const addressInPolandSection: SectionDef = {
  id: 'addressPl',
  title: 'formSections.addressPl',
  officialTitle: 'B. I. Miejsce pobytu na terytorium Rzeczypospolitej Polskiej',
  fields: [
    { name: 'voivodeship', type: 'select', options: VOIVODESHIPS, optionsText: 'voivodeships', text: `${T}.voivodeship`, required: true, officialLabel: 'Województwo' },
    { name: 'city', type: 'text', text: `${T}.city`, required: true, officialLabel: 'Miasto' },
    { name: 'street', type: 'text', text: `${T}.street`, required: true, officialLabel: 'Ulica' },
    { name: 'houseNumber', type: 'text', text: `${T}.houseNumber`, required: true, maxLength: 20, officialLabel: 'Nr domu' },
    { name: 'flatNumber', type: 'text', text: `${T}.flatNumber`, hint: true, maxLength: 20, officialLabel: 'Nr mieszkania' },
    { name: 'postalCode', type: 'postal_code', text: `${T}.postalCode`, hint: true, required: true, officialLabel: 'Kod pocztowy' },
  ],
};

/** Part B.II: where the applicant is now, in Poland or abroad. */
export const currentStaySection: SectionDef = {
  id: 'currentStay',
  title: 'formSections.currentStay',
  officialTitle: 'B. II. Obecne miejsce pobytu',
  fields: [
    { name: 'country', ...countryChoice, text: `${T}.country`, required: true, officialLabel: 'Państwo' },
    { name: 'city', type: 'text', text: `${T}.city`, required: true, officialLabel: 'Miejscowość' },
    { name: 'address', type: 'text', text: `${T}.fullAddress`, required: true, officialLabel: 'Adres' },
  ],
};
