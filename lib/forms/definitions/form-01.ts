import type { FormDefinition } from '../engine/types';
import {
  addressInPolandSection,
  currentStaySection,
  familyMembersSection,
  insuranceSection,
  meansSection,
  personalDataSection,
  staysAbroadSection,
  statementsSection,
  travelDocumentSection,
} from '../groups';

const T = 'formDefs.f1';
const yesNo = { type: 'radio', options: ['yes', 'no'], optionsText: 'formOptions.yesNo', required: true } as const;

/** Form 1: temporary residence permit, all purposes (parts A, B and C of the official form). */
export const form01: FormDefinition = {
  number: 1,
  filedBy: 'foreigner',
  guide: 'forms/1',
  service: 'temporary-residence',
  filer: 'foreigner',
  officialName: 'Wniosek o udzielenie zezwolenia na pobyt czasowy',
  sections: [
    personalDataSection,
    travelDocumentSection,
    addressInPolandSection,
    currentStaySection,
    {
      id: 'purpose',
      title: `${T}.sections.purpose`,
      officialTitle: 'C. I. Cel pobytu',
      fields: [
        {
          name: 'purpose',
          type: 'select',
          options: ['work', 'blue_card', 'posted_worker', 'business', 'studies', 'research', 'family', 'polish_spouse', 'seasonal', 'other'],
          optionsText: `${T}.purposes`,
          text: `${T}.fields.purpose`,
          required: true,
          officialLabel: 'Główny cel pobytu',
        },
        { name: 'purposeDetails', type: 'textarea', text: `${T}.fields.purposeDetails`, hint: true, showIf: { field: 'purpose', equals: 'other' }, required: true, officialLabel: 'Okoliczności uzasadniające pobyt' },
      ],
    },
    familyMembersSection,
    {
      id: 'stayInPoland',
      title: `${T}.sections.stayInPoland`,
      officialTitle: 'C. III. Pobyty w Polsce',
      fields: [
        { name: 'inPolandNow', ...yesNo, text: `${T}.fields.inPolandNow`, officialLabel: 'Czy obecnie przebywa w Polsce' },
        { name: 'lastEntry', type: 'date', dateRule: 'past', text: `${T}.fields.lastEntry`, required: true, showIf: { field: 'inPolandNow', equals: 'yes' }, officialLabel: 'Data ostatniego wjazdu' },
        {
          name: 'stayBasis',
          type: 'select',
          options: ['visa_free', 'visa', 'residence_permit', 'schengen_document', 'other'],
          optionsText: `${T}.stayBases`,
          text: `${T}.fields.stayBasis`,
          required: true,
          showIf: { field: 'inPolandNow', equals: 'yes' },
          officialLabel: 'Podstawa pobytu',
        },
        { name: 'previousStays', type: 'textarea', text: `${T}.fields.previousStays`, hint: true, officialLabel: 'Poprzednie pobyty w Polsce' },
      ],
    },
    staysAbroadSection,
    meansSection,
    insuranceSection,
    {
      id: 'background',
      title: `${T}.sections.background`,
      officialTitle: 'C. VII–X. Informacje dodatkowe',
      fields: [
        { name: 'detained', ...yesNo, text: `${T}.fields.detained`, officialLabel: 'Zatrzymanie, areszt, zakaz opuszczania kraju' },
        { name: 'convicted', ...yesNo, text: `${T}.fields.convicted`, officialLabel: 'Skazanie w Polsce' },
        { name: 'proceedings', ...yesNo, text: `${T}.fields.proceedings`, officialLabel: 'Toczące się postępowanie karne lub w sprawie o wykroczenie' },
        { name: 'obligations', ...yesNo, text: `${T}.fields.obligations`, officialLabel: 'Zobowiązania wynikające z orzeczeń sądów lub decyzji' },
        { name: 'details', type: 'textarea', text: `${T}.fields.backgroundDetails`, hint: true, officialLabel: 'Wyjaśnienia' },
      ],
    },
    statementsSection,
  ],
};
