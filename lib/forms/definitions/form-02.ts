import { isRepeat, type FieldDef, type FormDefinition, type RepeatDef, type SectionDef } from '../engine/types';
import { employerSection, personalDataFields, positionSection, statementsSection, travelDocumentSection } from '../groups';

const T = 'formDefs.f2';

/** A field of a shared group, to be reused with the form's own text keys and official label. */
function sharedField(fields: readonly (FieldDef | RepeatDef)[], name: string): FieldDef {
  const field = fields.find((f): f is FieldDef => !isRepeat(f) && f.name === name);
  if (!field) throw new Error(`Shared field "${name}" not found`);
  return field;
}

/**
 * The foreigner's basic data on an employer's form (forms 2 and 8): the same
 * field shapes (types, rules) as part A and the travel document block of the
 * foreigner's own form, with texts under `<textRoot>.fields.<name>`.
 * The layout of these parts of the official templates is unconfirmed
 * (FACTS.md §1.1 [U]), so the official labels carry no numbering.
 */
export function foreignerSection(
  textRoot: string,
  options: { documentNumber: boolean; extra?: readonly FieldDef[] },
): SectionDef {
  const fields: FieldDef[] = [
    { ...sharedField(personalDataFields, 'surname'), text: `${textRoot}.fields.surname`, hint: true, required: true, officialLabel: 'Nazwisko' },
    { ...sharedField(personalDataFields, 'givenNames'), text: `${textRoot}.fields.givenNames`, hint: true, required: true, officialLabel: 'Imię (imiona)' },
    { ...sharedField(personalDataFields, 'birthDate'), text: `${textRoot}.fields.birthDate`, hint: false, required: true, officialLabel: 'Data urodzenia' },
    { ...sharedField(personalDataFields, 'citizenship'), text: `${textRoot}.fields.citizenship`, hint: false, required: true, officialLabel: 'Obywatelstwo' },
  ];
  if (options.documentNumber) {
    fields.push({
      ...sharedField(travelDocumentSection.fields, 'number'),
      name: 'documentNumber',
      text: `${textRoot}.fields.documentNumber`,
      hint: true,
      required: true,
      officialLabel: 'Seria i numer dokumentu podróży',
    });
  }
  return {
    id: 'foreigner',
    title: `${textRoot}.sections.foreigner`,
    officialTitle: 'Dane cudzoziemca',
    fields: [...fields, ...(options.extra ?? [])],
  };
}

/**
 * Form 2: Załącznik nr 1, the information of the entity entrusting the work,
 * attached to a foreigner's temporary residence application (work / Blue Card).
 * Filed by the employer; it is linked to the foreigner's application by its code.
 */
export const form02: FormDefinition = {
  number: 2,
  filedBy: 'employer',
  guide: 'forms/2',
  service: 'employer-annex',
  filer: 'employer',
  officialName: 'Załącznik nr 1 do wniosku o udzielenie zezwolenia na pobyt czasowy',
  linksTo: { section: 'foreigner', field: 'applicationCode', forms: [1, 12] },
  sections: [
    employerSection,
    foreignerSection(T, {
      documentNumber: true,
      extra: [
        {
          name: 'applicationCode',
          type: 'text',
          text: `${T}.fields.applicationCode`,
          hint: true,
          maxLength: 20,
          officialLabel: 'Kod wniosku cudzoziemca o udzielenie zezwolenia na pobyt czasowy',
        },
      ],
    }),
    positionSection,
    statementsSection,
  ],
};
