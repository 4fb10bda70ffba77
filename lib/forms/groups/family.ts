import type { SectionDef } from '../engine/types';
import { citizenshipChoice } from '../countries';

const T = 'formFields.family';

/** The degree of kinship, printed in Polish as the forms write it (mąż, córka, …). */
export const KINSHIPS = ['husband', 'wife', 'partner', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'grandfather', 'grandmother', 'grandson', 'granddaughter', 'other'] as const;

export const familyMembersSection: SectionDef = {
  id: 'family',
  title: 'formSections.family',
  officialTitle: 'Członkowie rodziny przebywający w Polsce',
  fields: [
    { name: 'hasFamily', type: 'radio', options: ['yes', 'no'], optionsText: 'formOptions.yesNo', text: `${T}.hasFamily`, required: true, officialLabel: 'Czy członkowie rodziny przebywają w Polsce' },
    {
      name: 'members',
      type: 'repeat',
      text: `${T}.members`,
      itemText: `${T}.member`,
      max: 10,
      showIf: { field: 'hasFamily', equals: 'yes' },
      officialLabel: 'Członkowie rodziny',
      fields: [
        { name: 'name', type: 'latin_name', text: `${T}.name`, required: true, officialLabel: 'Imię i nazwisko' },
        { name: 'birthDate', type: 'date', dateRule: 'birth', text: `${T}.birthDate`, required: true, officialLabel: 'Data urodzenia' },
        { name: 'kinship', type: 'select', options: KINSHIPS, optionsText: 'formOptions.kinship', text: `${T}.kinship`, required: true, officialLabel: 'Stopień pokrewieństwa' },
        { name: 'citizenship', ...citizenshipChoice, text: `${T}.citizenship`, required: true, officialLabel: 'Obywatelstwo' },
        { name: 'residence', type: 'text', text: `${T}.residence`, required: true, officialLabel: 'Miejsce zamieszkania' },
        { name: 'applying', type: 'checkbox', text: `${T}.applying`, officialLabel: 'Ubiega się o zezwolenie' },
        { name: 'dependent', type: 'checkbox', text: `${T}.dependent`, officialLabel: 'Pozostaje na utrzymaniu' },
      ],
    },
  ],
};
