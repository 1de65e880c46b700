/**
 * A scenario whose every learner-visible string carries markup and script: the title, summary,
 * task, hints, a variable's values and a user's name. It is valid, so it can be imported; every
 * page that shows it must show these as characters. Anything that runs sets `window.__pwned`.
 */
export const HOSTILE_SCENARIO = `schemaVersion: 1
id: hostile-markup
title: "<img src=x onerror=\\"window.__pwned='title'\\">Unblock <b>Brian</b>"
summary: "<script>window.__pwned='summary'</script> A summary with <a href=\\"javascript:window.__pwned='summary-link'\\">a link</a>."
skillAreas: [users-and-groups]
difficulty: beginner
expectedMinutes: 5
signInAs: NestorW@contoso.com
variables:
  note:
    pick:
      - "<svg onload=\\"window.__pwned='variable'\\"></svg>"
      - "<iframe src=\\"javascript:window.__pwned='iframe'\\"></iframe>"
start:
  fixture: contoso
  setup:
    - type: user.create
      userPrincipalName: mallory@contoso.com
      displayName: "<img src=x onerror=\\"window.__pwned='user'\\">Mallory"
      usageLocation: US
task: |
  Unblock **Brian Johnson** (BrianJ@contoso.com). {{note}}
  <script>window.__pwned='task'</script> [click me](javascript:window.__pwned='task-link')
hints:
  - "<a href=\\"javascript:window.__pwned='hint'\\">Look at Active users</a>"
checks:
  - id: can-sign-in
    points: 1
    kind: property
    object: { user: BrianJ@contoso.com }
    property: accountEnabled
    equals: true
    pass: "<b onmouseover=\\"window.__pwned='pass'\\">Brian can sign in.</b>"
    fail: "<img src=x onerror=\\"window.__pwned='fail'\\">Brian is still blocked."
solution:
  - type: user.setAccountEnabled
    userId: { user: BrianJ@contoso.com }
    accountEnabled: true
`;

export const HOSTILE_TITLE = `<img src=x onerror="window.__pwned='title'">Unblock <b>Brian</b>`;
