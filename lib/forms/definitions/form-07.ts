import type { FormDefinition } from '../engine/types';
import {
  addressInPolandSection,
  familyMembersSection,
  personalDataSection,
  statementsSection,
  travelDocumentSection,
} from '../groups';
import { countryChoice, EU_CITIZEN_COUNTRY_CODES } from '../countries';
import { groundsSection, registeredAddressSection } from './form-06';

const T = 'formDefs.f7';

/**
 * Form 7: residence card of an EU citizen's family member who is not an EU
 * citizen (same regulation as form 6, Dz.U. 2021 poz. 1392). The sections of
 * form 6, with the applicant's passport, plus the EU citizen the applicant
 * joins or accompanies. The layout of this template is not confirmed
 * (FACTS.md §1.2 [U]), so the sections beyond A carry no letters.
 */
export const form07: FormDefinition = {
  number: 7,
  filedBy: 'foreigner',
  guide: 'forms/7',
  service: 'eu-family-member-card',
  filer: 'foreigner',
  officialName: 'Wniosek o wydanie karty pobytowej członka rodziny obywatela UE',
  sections: [
    personalDataSection,
    travelDocumentSection,
    { ...addressInPolandSection, officialTitle: 'Adres miejsca pobytu na terytorium Rzeczypospolitej Polskiej' },
    registeredAddressSection(T, 'Adres zameldowania'),
    {
      id: 'euCitizen',
      title: `${T}.sections.euCitizen`,
      officialTitle: 'Dane obywatela UE, do którego cudzoziemiec dołącza lub z którym przebywa',
      fields: [
        { name: 'surname', type: 'latin_name', text: `${T}.fields.euSurname`, required: true, officialLabel: 'Nazwisko obywatela UE' },
        { name: 'givenNames', type: 'latin_name', text: `${T}.fields.euGivenNames`, required: true, officialLabel: 'Imię (imiona) obywatela UE' },
        { name: 'citizenship', ...countryChoice, options: EU_CITIZEN_COUNTRY_CODES, text: `${T}.fields.euCitizenship`, required: true, officialLabel: 'Obywatelstwo obywatela UE' },
        {
          name: 'registrationNumber',
          type: 'text',
          text: `${T}.fields.registrationNumber`,
          hint: true,
          maxLength: 60,
          officialLabel: 'Numer zaświadczenia o zarejestrowaniu pobytu obywatela UE',
        },
        {
          name: 'familyTie',
          type: 'select',
          options: ['spouse', 'child', 'parent', 'other'],
          optionsText: `${T}.familyTies`,
          text: `${T}.fields.familyTie`,
          required: true,
          officialLabel: 'Stopień pokrewieństwa lub powinowactwa z obywatelem UE',
        },
        {
          name: 'familyTieDetails',
          type: 'textarea',
          text: `${T}.fields.familyTieDetails`,
          hint: true,
          required: true,
          showIf: { field: 'familyTie', equals: 'other' },
          officialLabel: 'Opis więzi rodzinnej z obywatelem UE',
        },
      ],
    },
    groundsSection(T, 'Warunki pobytu obywatela UE', 'Warunek pobytu obywatela UE na terytorium Rzeczypospolitej Polskiej'),
    familyMembersSection,
    statementsSection,
  ],
};
