import { isRepeat, type Condition, type FieldDef, type FormDefinition, type SectionDef } from '../engine/types';
import {
  addressInPolandSection,
  familyMembersSection,
  personalDataSection,
  statementsSection,
  travelDocumentSection,
} from '../groups';

const T = 'formDefs.f6';
const yesNo = { type: 'radio', options: ['yes', 'no'], optionsText: 'formOptions.yesNo', required: true } as const;

/** The conditions of stay of an EU citizen longer than 3 months (art. 16 of the act on EU citizens' entry and stay). */
export const EU_STAY_CONDITIONS = ['work', 'self_employment', 'sufficient_resources', 'studies', 'family_member'] as const;

/** The fields of the shared address section (same names, texts and checks), shown only when `showIf` holds. */
export function addressFieldsWhen(showIf: Condition): FieldDef[] {
  return addressInPolandSection.fields.filter((f): f is FieldDef => !isRepeat(f)).map((f) => ({ ...f, showIf }));
}

/** The registered address (meldunek): either the address of stay, or another one given field by field. */
export function registeredAddressSection(t: string, officialTitle: string): SectionDef {
  return {
    id: 'registeredAddress',
    title: `${t}.sections.registeredAddress`,
    officialTitle,
    fields: [
      { name: 'sameAsStay', ...yesNo, text: `${t}.fields.sameAsStay`, hint: true, officialLabel: 'Adres zameldowania taki sam jak adres miejsca pobytu' },
      ...addressFieldsWhen({ field: 'sameAsStay', equals: 'no' }),
    ],
  };
}

/** The condition of stay the application relies on, with an optional description. */
export function groundsSection(t: string, officialTitle: string, conditionLabel: string): SectionDef {
  return {
    id: 'grounds',
    title: `${t}.sections.grounds`,
    officialTitle,
    fields: [
      {
        name: 'condition',
        type: 'select',
        options: EU_STAY_CONDITIONS,
        optionsText: `${t}.conditions`,
        text: `${t}.fields.condition`,
        required: true,
        officialLabel: conditionLabel,
      },
      { name: 'details', type: 'textarea', text: `${t}.fields.conditionDetails`, hint: true, officialLabel: 'Okoliczności potwierdzające spełnienie warunku pobytu' },
    ],
  };
}

/**
 * Form 6: registration of an EU citizen's residence (MSWiA regulation of
 * 26 Jul 2021, Dz.U. 2021 poz. 1392). Parts A–E as in FACTS.md §1.1 [3P]; the
 * fields of parts C–E are not numbered, as their official numbering is not confirmed.
 * An EU citizen usually shows an identity card, so part B offers it before the passport.
 */
export const form06: FormDefinition = {
  number: 6,
  filedBy: 'foreigner',
  guide: 'forms/6',
  service: 'eu-citizen-registration',
  filer: 'eu_citizen',
  officialName: 'Wniosek o zarejestrowanie pobytu obywatela UE',
  sections: [
    personalDataSection,
    {
      ...travelDocumentSection,
      title: `${T}.sections.document`,
      officialTitle: 'B. Dokument podróży lub dokument tożsamości',
      fields: travelDocumentSection.fields.map((f) =>
        f.name === 'type' && !isRepeat(f) ? { ...f, options: ['id_card', 'passport'], optionsText: `${T}.documentTypes` } : f,
      ),
    },
    { ...addressInPolandSection, officialTitle: 'C. Adres miejsca pobytu na terytorium Rzeczypospolitej Polskiej' },
    registeredAddressSection(T, 'D. Adres zameldowania'),
    groundsSection(T, 'E. Warunki pobytu', 'Warunek pobytu na terytorium Rzeczypospolitej Polskiej'),
    familyMembersSection,
    statementsSection,
  ],
};
