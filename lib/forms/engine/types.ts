/**
 * A form is data: sections of fields, read by one engine that derives the
 * zod schema, renders the sections, the check-your-answers page, the PDF and
 * the clerk's comparison view. Texts are message keys (`messages/*.json`).
 */
export type FieldType =
  | 'text'
  | 'textarea'
  | 'date'
  | 'select'
  | 'radio'
  | 'checkbox'
  | 'email'
  | 'phone'
  | 'pesel'
  | 'postal_code'
  | 'passport_number'
  | 'nip'
  | 'regon'
  | 'krs'
  | 'latin_name'
  | 'integer'
  | 'money';

/** Shown (and validated) only when an earlier answer in the same section has this value. */
export type Condition = { field: string; equals: string | boolean } | { field: string; in: readonly string[] };

export type FieldDef = {
  name: string;
  type: FieldType;
  /** Message key of the label; `<key>.label`, and `<key>.hint` when `hint` is set. */
  text: string;
  hint?: boolean;
  required?: boolean;
  /** Option values for select/radio; labels are `<optionsText>.<value>`. */
  options?: readonly string[];
  optionsText?: string;
  /**
   * Long lists (countries): options shown sorted by their name in the reader's language rather
   * than in the order given; values in `optionsLast` stay at the end, in their own order.
   */
  sortOptions?: boolean;
  optionsLast?: readonly string[];
  showIf?: Condition;
  maxLength?: number;
  /**
   * For dates: 'birth' (in the past, a plausible age), 'past' (not after today),
   * 'future' (after today), 'document_expiry' (a document still valid today).
   */
  dateRule?: 'birth' | 'past' | 'future' | 'document_expiry';
  /** The Polish label as on the official paper form (used in the PDF and the comparison view). */
  officialLabel: string;
};

export type RepeatDef = {
  name: string;
  type: 'repeat';
  text: string;
  itemText: string;
  fields: readonly FieldDef[];
  max: number;
  showIf?: Condition;
  officialLabel: string;
  /** A rule across the items, e.g. stays abroad must not overlap. */
  check?: 'stays_abroad';
};

export type CrossCheck =
  | { kind: 'document_dates'; issue: string; expiry: string }
  | { kind: 'passport_valid'; expiry: string }
  | { kind: 'pesel_matches'; pesel: string; birthDate: string; sex: string }
  | { kind: 'contract_period'; start: string; end: string }
  | { kind: 'date_range'; start: string; end: string };

export type SectionDef = {
  id: string;
  /** Message key of the section title. */
  title: string;
  /** The official form's section heading, in Polish. */
  officialTitle: string;
  fields: readonly (FieldDef | RepeatDef)[];
  checks?: readonly CrossCheck[];
};

export type FormDefinition = {
  number: number;
  /** Who files it: foreigner forms are for applicant accounts, employer forms for employer accounts. */
  filedBy: 'foreigner' | 'employer';
  sections: readonly SectionDef[];
  /** Filling instructions, common errors and FAQ: the editable content page `forms/<number>`. */
  guide: string;
  /** The case type it serves: its service card is the content page `services/<service>`. */
  service: string;
  /** Who files it, as the catalogue says it (the account type is `filedBy`). */
  filer: 'foreigner' | 'employer' | 'eu_citizen' | 'inviting_person';
  /** The official Polish name of the form. */
  officialName: string;
  /**
   * A field holding the code of another application this one belongs to (the
   * employer's annex names the foreigner's application); checked on submit.
   */
  linksTo?: { section: string; field: string; forms: readonly number[] };
};

export type FormValue = string | boolean | Record<string, string | boolean>[] | undefined;
export type SectionData = Record<string, FormValue>;
export type FormData = Record<string, SectionData>;

export const isRepeat = (f: FieldDef | RepeatDef): f is RepeatDef => f.type === 'repeat';
