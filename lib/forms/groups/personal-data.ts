import type { FieldDef, SectionDef } from '../engine/types';
import { citizenshipChoice, countryChoice } from '../countries';

const T = 'formFields.personal';

/**
 * Eye colours as the Polish forms write them (niebieskie, piwne, …): the template leaves a box,
 * and a colour typed in the applicant's language would be printed on a Polish form.
 */
export const EYE_COLOURS = ['blue', 'grey_blue', 'grey', 'grey_green', 'green', 'hazel', 'brown', 'dark_brown', 'black', 'heterochromia'] as const;

/** Part A "DANE OSOBOWE" of the official temporary residence form, field by field and in its order. */
export const personalDataFields: readonly FieldDef[] = [
  { name: 'surname', type: 'latin_name', text: `${T}.surname`, hint: true, required: true, officialLabel: '1. Nazwisko' },
  { name: 'previousSurnames', type: 'latin_name', text: `${T}.previousSurnames`, officialLabel: '2. Nazwisko(a) poprzednie' },
  { name: 'familyName', type: 'latin_name', text: `${T}.familyName`, hint: true, required: true, officialLabel: '3. Nazwisko rodowe' },
  { name: 'givenNames', type: 'latin_name', text: `${T}.givenNames`, hint: true, required: true, officialLabel: '4. Imię (imiona)' },
  { name: 'previousGivenNames', type: 'latin_name', text: `${T}.previousGivenNames`, officialLabel: '5. Imię (imiona) poprzednie' },
  { name: 'fatherName', type: 'latin_name', text: `${T}.fatherName`, required: true, officialLabel: '6. Imię ojca' },
  { name: 'motherName', type: 'latin_name', text: `${T}.motherName`, required: true, officialLabel: '7. Imię matki' },
  { name: 'motherFamilyName', type: 'latin_name', text: `${T}.motherFamilyName`, required: true, officialLabel: '8. Nazwisko rodowe matki' },
  { name: 'birthDate', type: 'date', dateRule: 'birth', text: `${T}.birthDate`, required: true, officialLabel: '9. Data urodzenia' },
  { name: 'sex', type: 'radio', options: ['female', 'male'], optionsText: 'formOptions.sex', text: `${T}.sex`, required: true, officialLabel: '10. Płeć' },
  { name: 'birthPlace', type: 'text', text: `${T}.birthPlace`, required: true, officialLabel: '11. Miejsce urodzenia' },
  { name: 'birthCountry', ...countryChoice, text: `${T}.birthCountry`, required: true, officialLabel: '12. Państwo urodzenia' },
  { name: 'nationality', ...countryChoice, text: `${T}.nationality`, required: true, officialLabel: '13. Narodowość' },
  { name: 'citizenship', ...citizenshipChoice, text: `${T}.citizenship`, required: true, officialLabel: '14. Obywatelstwo' },
  {
    name: 'maritalStatus',
    type: 'select',
    options: ['single', 'married', 'divorced', 'widowed'],
    optionsText: 'formOptions.maritalStatus',
    text: `${T}.maritalStatus`,
    required: true,
    officialLabel: '15. Stan cywilny',
  },
  { name: 'education', type: 'text', text: `${T}.education`, required: true, officialLabel: '16. Wykształcenie' },
  { name: 'height', type: 'integer', text: `${T}.height`, hint: true, required: true, officialLabel: '17. Rysopis: wzrost' },
  { name: 'eyeColour', type: 'select', options: EYE_COLOURS, optionsText: 'formOptions.eyeColour', text: `${T}.eyeColour`, required: true, officialLabel: '17. Rysopis: kolor oczu' },
  { name: 'specialMarks', type: 'text', text: `${T}.specialMarks`, hint: true, required: true, officialLabel: '17. Rysopis: znaki szczególne' },
  { name: 'pesel', type: 'pesel', text: `${T}.pesel`, hint: true, officialLabel: '18. PESEL (jeśli nadany)' },
  { name: 'phone', type: 'phone', text: `${T}.phone`, hint: true, officialLabel: '19. Telefon' },
  { name: 'email', type: 'email', text: `${T}.email`, required: true, officialLabel: '20. E-mail' },
];

export const personalDataSection: SectionDef = {
  id: 'personal',
  title: 'formSections.personal',
  officialTitle: 'A. Dane osobowe',
  fields: personalDataFields,
  checks: [{ kind: 'pesel_matches', pesel: 'pesel', birthDate: 'birthDate', sex: 'sex' }],
};
