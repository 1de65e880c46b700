/**
 * Captures every page of both portals to `screenshots/<portal>-<page>.png`, for reviewing how
 * the pages look. Run with `npm run screenshots` (it serves `dist/`, building it if missing;
 * run `npm run build` first to capture the current code).
 */
import { portalEntries } from '../../src/app/portals';
import { openLab } from './browser';

/** The search page needs a query to show anything; a domain's pages and the DNS host need a domain. */
const EXTRA_PATHS: readonly { path: string; name: string }[] = [
  { path: '/admin/search?q=admin', name: 'admin-search-results' },
  { path: '/admin/settings/domains/contoso.com', name: 'admin-settings-domains-contoso.com' },
  { path: '/entra/domains/contoso.com', name: 'entra-domains-contoso.com' },
  { path: '/dns', name: 'dns-host' },
  { path: '/dns/contoso.com', name: 'dns-host-contoso.com' },
  // The learner's lab, outside the portals' route table.
  { path: '/lab', name: 'lab' },
  { path: '/lab/exam', name: 'lab-exam' },
  { path: '/lab/history', name: 'lab-history-empty' },
  { path: '/lab/files', name: 'lab-files-empty' },
];

function fileName(path: string): string {
  return path.replace(/^\//, '').replace(/[/?=&*]+/g, '-').replace(/-$/, '');
}

const pageRoutes = (await Promise.all(portalEntries.map(async (entry) => (await entry.load()).default.pages))).flat();

const lab = await openLab();
try {
  const targets = [
    // Routes with a parameter (`/admin/groups/:groupId`) need a real id; their own tests capture them.
    ...pageRoutes.filter((route) => !route.path.includes('*') && !route.path.includes(':')).map((route) => ({ path: route.path, name: fileName(route.path) })),
    ...EXTRA_PATHS,
  ];
  for (const target of targets) {
    await lab.goto(target.path);
    await lab.page.getByRole('heading', { level: 1 }).first().waitFor();
    const file = await lab.screenshot(target.name);
    console.log(`${target.path} -> ${file}`);
  }
  if (lab.problems.length > 0) {
    console.error(lab.problems.join('\n'));
    process.exitCode = 1;
  }
} finally {
  await lab.close();
}
