export * from './database-schema';
export * from './entities';
export * from './entity-kinds';
export * from './evidence';
export * from './graph-file';
export * from './graph-file-validation';
export * from './identity';
export * from './relationship-types';
