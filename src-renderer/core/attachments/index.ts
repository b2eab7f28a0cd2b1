export * from './kinds';
export * from './file-type';
export * from './schema';
export * from './open-with-program';
