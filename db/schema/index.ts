export * from './accounts';
export * from './security';
export * from './audit';
export * from './locations';
export * from './content';
export * from './cases';
export * from './notifications';
export * from './applications';
