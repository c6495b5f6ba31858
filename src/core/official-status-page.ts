import { describedAs, primarySource } from './source';

/**
 * The Commerce Department's page on Kaspersky: a source of milestones and of the products the ban
 * covers, and the official page to check when the bundled data is old. Apart from the data
 * (milestones.ts), which only the build and the tests load whole. The fact base names the page by
 * what it holds, not by its title: it is named by our description, in the reader's language.
 */
export const BIS_KASPERSKY_PAGE = primarySource(
  'U.S. Department of Commerce, Office of Information and Communications Technology and Services',
  describedAs('source_description_bis_kaspersky_page'),
  'https://oicts.bis.gov/kaspersky',
);

/** The official page to check when the bundled data is old. */
export const OFFICIAL_STATUS_PAGE = BIS_KASPERSKY_PAGE;
