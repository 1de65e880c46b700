import { startTenantLab } from './lab/player/start';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

void startTenantLab(root);
