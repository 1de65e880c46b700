import { InviteUserPage } from './NewUserPage';

/** Users > New user > Invite external user. */
export default InviteUserPage;
