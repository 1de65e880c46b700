export * from './workflow';
export * from './add-user';
export * from './add-users';
export * from './restore-user';
export * from './user-licenses';
