import type { FormDefinition } from '../engine/types';
import { addressInPolandSection, statementsSection } from '../groups';
import { citizenshipChoice } from '../countries';

const T = 'formDefs.f11';
const yesNo = { type: 'radio', options: ['yes', 'no'], optionsText: 'formOptions.yesNo', required: true } as const;

/**
 * Form 11: entry of an invitation in the register of invitations, filed by the
 * inviting person (a Polish citizen or a foreigner living in Poland) from an
 * applicant account. The template's layout is not confirmed (FACTS.md §1.2 [U]),
 * so the labels carry no numbering.
 */
export const form11: FormDefinition = {
  number: 11,
  filedBy: 'foreigner',
  guide: 'forms/11',
  service: 'invitation',
  filer: 'inviting_person',
  officialName: 'Wniosek o wpisanie zaproszenia do ewidencji zaproszeń',
  sections: [
    {
      id: 'inviter',
      title: `${T}.sections.inviter`,
      officialTitle: 'Dane zapraszającego',
      fields: [
        { name: 'surname', type: 'latin_name', text: `${T}.fields.inviterSurname`, required: true, officialLabel: 'Nazwisko' },
        { name: 'givenNames', type: 'latin_name', text: `${T}.fields.inviterGivenNames`, required: true, officialLabel: 'Imię (imiona)' },
        {
          name: 'idKind',
          type: 'radio',
          options: ['pesel', 'residence_card'],
          optionsText: `${T}.idKinds`,
          text: `${T}.fields.idKind`,
          hint: true,
          required: true,
          officialLabel: 'Numer PESEL albo seria i numer karty pobytu',
        },
        { name: 'pesel', type: 'pesel', text: `${T}.fields.pesel`, required: true, showIf: { field: 'idKind', equals: 'pesel' }, officialLabel: 'PESEL' },
        {
          name: 'residenceCardNumber',
          type: 'text',
          text: `${T}.fields.residenceCardNumber`,
          hint: true,
          required: true,
          maxLength: 20,
          showIf: { field: 'idKind', equals: 'residence_card' },
          officialLabel: 'Seria i numer karty pobytu',
        },
        // The address in Poland: the shared fields, names, texts and checks.
        ...addressInPolandSection.fields,
      ],
    },
    {
      id: 'invited',
      title: `${T}.sections.invited`,
      officialTitle: 'Dane cudzoziemca zapraszanego',
      fields: [
        { name: 'surname', type: 'latin_name', text: `${T}.fields.invitedSurname`, hint: true, required: true, officialLabel: 'Nazwisko' },
        { name: 'givenNames', type: 'latin_name', text: `${T}.fields.invitedGivenNames`, hint: true, required: true, officialLabel: 'Imię (imiona)' },
        { name: 'birthDate', type: 'date', dateRule: 'birth', text: `${T}.fields.invitedBirthDate`, required: true, officialLabel: 'Data urodzenia' },
        { name: 'citizenship', ...citizenshipChoice, text: `${T}.fields.invitedCitizenship`, required: true, officialLabel: 'Obywatelstwo' },
        { name: 'passportNumber', type: 'passport_number', text: `${T}.fields.passportNumber`, hint: true, required: true, officialLabel: 'Seria i numer paszportu' },
      ],
    },
    {
      id: 'visit',
      title: `${T}.sections.visit`,
      officialTitle: 'Cel i okres pobytu cudzoziemca',
      fields: [
        {
          name: 'purpose',
          type: 'select',
          options: ['tourism', 'family_visit', 'business', 'other'],
          optionsText: `${T}.purposes`,
          text: `${T}.fields.purpose`,
          required: true,
          officialLabel: 'Cel pobytu',
        },
        { name: 'purposeDetails', type: 'textarea', text: `${T}.fields.purposeDetails`, required: true, showIf: { field: 'purpose', equals: 'other' }, officialLabel: 'Opis celu pobytu' },
        { name: 'from', type: 'date', dateRule: 'future', text: `${T}.fields.from`, required: true, officialLabel: 'Planowany okres pobytu od' },
        { name: 'to', type: 'date', dateRule: 'future', text: `${T}.fields.to`, required: true, officialLabel: 'Planowany okres pobytu do' },
      ],
      checks: [{ kind: 'date_range', start: 'from', end: 'to' }],
    },
    {
      id: 'guarantees',
      title: `${T}.sections.guarantees`,
      officialTitle: 'Zobowiązania zapraszającego',
      fields: [
        { name: 'accommodation', ...yesNo, text: `${T}.fields.accommodation`, officialLabel: 'Zapewnienie cudzoziemcowi zakwaterowania' },
        { name: 'costs', ...yesNo, text: `${T}.fields.costs`, officialLabel: 'Pokrycie kosztów pobytu cudzoziemca i jego powrotu' },
        { name: 'description', type: 'textarea', text: `${T}.fields.description`, hint: true, officialLabel: 'Opis sposobu zapewnienia zakwaterowania i pokrycia kosztów' },
      ],
    },
    statementsSection,
  ],
};
