/** The application frame: its name, skip link, signed-in line and main navigation. */
export const shell = {
  app: {
    name: 'Homeward',
    skipToContent: 'Skip to main content',
    signedInAs: 'Signed in as <name>{{name}}</name> ({{role}})',
    mainNavigation: 'Main',
    loading: 'Loading…',
  },
  nav: {
    cases: 'Cases',
    newCase: 'New case',
    myFollowUps: 'My follow-ups',
    groups: 'Groups',
    data: 'Data',
    admin: 'Admin',
  },
};
