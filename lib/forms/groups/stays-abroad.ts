import type { SectionDef } from '../engine/types';
import { COUNTRY_CODES, countryChoice } from '../countries';

const T = 'formFields.trips';

/** Trips outside Poland in the last five years: inside the window and not overlapping. */
export const staysAbroadSection: SectionDef = {
  id: 'trips',
  title: 'formSections.trips',
  officialTitle: 'Wyjazdy poza terytorium Rzeczypospolitej Polskiej w ciągu ostatnich 5 lat',
  fields: [
    { name: 'hadTrips', type: 'radio', options: ['yes', 'no'], optionsText: 'formOptions.yesNo', text: `${T}.hadTrips`, required: true, officialLabel: 'Czy wyjeżdżał(a) poza Polskę w ciągu ostatnich 5 lat' },
    {
      name: 'list',
      type: 'repeat',
      text: `${T}.list`,
      itemText: `${T}.item`,
      max: 30,
      check: 'stays_abroad',
      showIf: { field: 'hadTrips', equals: 'yes' },
      officialLabel: 'Wyjazdy',
      fields: [
        // A trip outside Poland: Poland itself is not offered.
        { name: 'country', ...countryChoice, options: COUNTRY_CODES.filter((c) => c !== 'PL'), text: `${T}.country`, required: true, officialLabel: 'Państwo' },
        { name: 'from', type: 'date', text: `${T}.from`, required: true, officialLabel: 'Od' },
        { name: 'to', type: 'date', text: `${T}.to`, required: true, officialLabel: 'Do' },
        { name: 'purpose', type: 'text', text: `${T}.purpose`, officialLabel: 'Cel wyjazdu' },
      ],
    },
  ],
};
