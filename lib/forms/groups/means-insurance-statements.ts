import type { SectionDef } from '../engine/types';

export const meansSection: SectionDef = {
  id: 'means',
  title: 'formSections.means',
  officialTitle: 'Środki finansowe',
  fields: [
    {
      name: 'source',
      type: 'select',
      options: ['work', 'business', 'family', 'scholarship', 'savings', 'other'],
      optionsText: 'formOptions.meansSource',
      text: 'formFields.means.source',
      required: true,
      officialLabel: 'Źródło środków utrzymania',
    },
    { name: 'monthlyAmount', type: 'money', text: 'formFields.means.monthlyAmount', required: true, officialLabel: 'Wysokość miesięcznego dochodu (zł)' },
    { name: 'description', type: 'textarea', text: 'formFields.means.description', officialLabel: 'Opis' },
  ],
};

export const insuranceSection: SectionDef = {
  id: 'insurance',
  title: 'formSections.insurance',
  officialTitle: 'Ubezpieczenie zdrowotne',
  fields: [
    { name: 'insured', type: 'radio', options: ['yes', 'no'], optionsText: 'formOptions.yesNo', text: 'formFields.insurance.insured', required: true, officialLabel: 'Czy posiada ubezpieczenie zdrowotne' },
    { name: 'insurer', type: 'text', text: 'formFields.insurance.insurer', required: true, showIf: { field: 'insured', equals: 'yes' }, officialLabel: 'Ubezpieczyciel' },
    { name: 'policyNumber', type: 'text', text: 'formFields.insurance.policyNumber', required: true, showIf: { field: 'insured', equals: 'yes' }, officialLabel: 'Numer polisy' },
    { name: 'validUntil', type: 'date', dateRule: 'future', text: 'formFields.insurance.validUntil', required: true, showIf: { field: 'insured', equals: 'yes' }, officialLabel: 'Ważne do' },
  ],
};

export const statementsSection: SectionDef = {
  id: 'statements',
  title: 'formSections.statements',
  officialTitle: 'Oświadczenia',
  fields: [
    { name: 'truthful', type: 'checkbox', text: 'formFields.statements.truthful', required: true, officialLabel: 'Oświadczam, że dane zawarte we wniosku są zgodne z prawdą' },
    { name: 'informed', type: 'checkbox', text: 'formFields.statements.informed', required: true, officialLabel: 'Zapoznałem(-am) się z informacją o przetwarzaniu danych osobowych' },
  ],
};
