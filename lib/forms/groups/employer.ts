import type { SectionDef } from '../engine/types';

const T = 'formFields.employer';

/** The entity entrusting the work (podmiot powierzający pracę); prefilled from an employer account. */
export const employerSection: SectionDef = {
  id: 'employer',
  title: 'formSections.employer',
  officialTitle: 'Podmiot powierzający wykonywanie pracy',
  fields: [
    { name: 'name', type: 'text', text: `${T}.name`, required: true, maxLength: 300, officialLabel: 'Nazwa / imię i nazwisko' },
    { name: 'street', type: 'text', text: `${T}.street`, required: true, officialLabel: 'Siedziba / adres: ulica i numer' },
    { name: 'city', type: 'text', text: `${T}.city`, required: true, officialLabel: 'Miejscowość' },
    { name: 'postalCode', type: 'postal_code', text: `${T}.postalCode`, required: true, officialLabel: 'Kod pocztowy' },
    { name: 'nip', type: 'nip', text: `${T}.nip`, required: true, officialLabel: 'NIP' },
    { name: 'regon', type: 'regon', text: `${T}.regon`, hint: true, officialLabel: 'REGON' },
    { name: 'krs', type: 'krs', text: `${T}.krs`, hint: true, officialLabel: 'Numer w KRS' },
    { name: 'pesel', type: 'pesel', text: `${T}.pesel`, hint: true, officialLabel: 'PESEL (osoba fizyczna)' },
  ],
};

/** The position, place of work, contract and pay. */
export const positionSection: SectionDef = {
  id: 'position',
  title: 'formSections.position',
  officialTitle: 'Stanowisko, miejsce i warunki pracy',
  fields: [
    { name: 'title', type: 'text', text: `${T}.positionTitle`, required: true, officialLabel: 'Stanowisko' },
    { name: 'workplace', type: 'text', text: `${T}.workplace`, required: true, officialLabel: 'Miejsce wykonywania pracy' },
    {
      name: 'contractType',
      type: 'select',
      options: ['employment', 'civil', 'other'],
      optionsText: 'formOptions.contractType',
      text: `${T}.contractType`,
      required: true,
      officialLabel: 'Rodzaj umowy',
    },
    { name: 'hoursPerWeek', type: 'integer', text: `${T}.hoursPerWeek`, required: true, officialLabel: 'Wymiar czasu pracy (godzin tygodniowo)' },
    { name: 'monthlyPay', type: 'money', text: `${T}.monthlyPay`, hint: true, required: true, officialLabel: 'Wynagrodzenie miesięczne brutto (zł)' },
    { name: 'start', type: 'date', text: `${T}.start`, required: true, officialLabel: 'Okres pracy od' },
    { name: 'end', type: 'date', text: `${T}.end`, hint: true, officialLabel: 'Okres pracy do' },
  ],
  checks: [{ kind: 'contract_period', start: 'start', end: 'end' }],
};
