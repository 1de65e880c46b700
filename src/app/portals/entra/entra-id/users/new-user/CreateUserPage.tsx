import { CreateUserPage } from './NewUserPage';

/** Users > New user > Create new user. */
export default CreateUserPage;
