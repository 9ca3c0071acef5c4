export * from './profile';
export * from './plan';
export * from './judge';
export * from './plan-sheet';
export * from './plan-json';
export * from './shipped';
export * from './grade-counts';
export * from './trend';
