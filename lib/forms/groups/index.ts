// Field groups used by several forms: defined once, composed by the definitions.
export * from './personal-data';
export * from './address';
export * from './travel-document';
export * from './family';
export * from './stays-abroad';
export * from './employer';
export * from './means-insurance-statements';
