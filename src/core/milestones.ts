import { parseMilestone, type Milestone, type MilestoneRecord, type Source } from './milestone';
import { copySourceRead, describedAs, primarySource, primarySourceRead, secondarySource } from './source';
import { BIS_KASPERSKY_PAGE } from './official-status-page';
import { REGION_IDS, type RegionId } from './regions';

// The day a person last checked every row below: DATA_REVIEWED_ON, in its own module so that the
// background can tell a wrong clock without bundling the data (data-reviewed-on.ts).
export { DATA_REVIEWED_ON } from './data-reviewed-on';

const US: readonly RegionId[] = ['us', 'us-abroad'];
const NEW_YORK = 'America/New_York';

const BIS_PRESS_RELEASE = primarySourceRead(
  'U.S. Department of Commerce, Bureau of Industry and Security',
  'Commerce Department Prohibits Russian Kaspersky Software for U.S. Customers',
  'https://www.bis.gov/press-release/commerce-department-prohibits-russian-kaspersky-software-us-customers',
);
// Federal Register documents by their own titles; the citations (89 FR 52434, FR Doc 2024-13532)
// are in the fact base, and the addresses name the documents.
const FINAL_DETERMINATION = primarySourceRead('Federal Register', 'Final Determination: Case No. ICTS-2021-002, Kaspersky Lab, Inc.', 'https://www.federalregister.gov/d/2024-13532');
const AUSTRALIA_PSPF_SOURCES: readonly [Source, ...Source[]] = [
  secondarySource(
    'GovTech Review',
    'Kaspersky products banned from government systems and devices',
    'https://www.govtechreview.com.au/content/gov-security/news/kaspersky-products-banned-from-government-systems-and-devices-1649955975',
  ),
  secondarySource('CyberInsider', 'Australia bans Kaspersky software over national security concerns', 'https://cyberinsider.com/australia-bans-kaspersky-software-over-national-security-concerns'),
];
// The law as a whole; the milestones' texts say that section 1634 is the part about Kaspersky.
const NDAA_FY2018 = primarySourceRead(
  'U.S. Government Publishing Office (govinfo)',
  'Public Law 115-91: National Defense Authorization Act for Fiscal Year 2018',
  'https://www.govinfo.gov/app/details/PLAW-115publ91',
);

const HELP_NET_SECURITY_ULTRAAV = secondarySource(
  'Help Net Security',
  'US-based Kaspersky users startled by unexpected UltraAV installation',
  'https://www.helpnetsecurity.com/2024/09/24/kaspersky-ultraav-handover/',
);
const SECURITYWEEK_ULTRAAV = secondarySource(
  'SecurityWeek',
  'Kaspersky, Pango Respond to User Backlash as Transition to UltraAV Nearly Complete',
  'https://www.securityweek.com/kaspersky-pango-respond-to-user-backlash-as-transition-to-ultraav-nearly-complete/',
);

/**
 * Every milestone the extension shows, oldest first, each traced to a row of the fact base by id.
 * Day- and month-precision instants are 00:00 in `zone` on that day (a data test checks).
 */
const MILESTONE_RECORDS = [
  {
    id: 'us-bod-17-01',
    when: '2017-09-13T00:00:00-04:00',
    precision: 'day',
    zone: NEW_YORK,
    announced: '2017-09-13T00:00:00-04:00',
    regions: US,
    effect: 'info',
    isDeadline: false,
    confidence: 'primary',
    scope: 'Federal executive-branch systems only',
    text: { title: 'm_us_bod_17_01_title', summary: 'm_us_bod_17_01_summary' },
    stateText: { headline: 'm_us_bod_17_01_headline', meaning: 'm_us_bod_17_01_meaning' },
    sources: [
      primarySourceRead(
        'Federal Register',
        'Notification of Issuance of Binding Operational Directive 17-01',
        'https://www.govinfo.gov/content/pkg/FR-2017-09-19/html/2017-19838.htm',
      ),
      // The canonical page; the older …/binding-operational-directive-17-01 now shows only the list of directives.
      primarySource(
        'Cybersecurity and Infrastructure Security Agency',
        'BOD 17-01: Removal of Kaspersky-branded Products',
        'https://www.cisa.gov/news-events/directives/bod-17-01-removal-kaspersky-branded-products',
      ),
    ],
  },
  {
    id: 'uk-ncsc-letter',
    when: '2017-12-01T00:00:00+00:00',
    precision: 'day',
    zone: 'Europe/London',
    announced: '2017-12-01T00:00:00+00:00',
    regions: ['uk'],
    effect: 'info',
    isDeadline: false,
    confidence: 'secondary',
    scope: 'Advice for government systems holding sensitive information',
    text: { title: 'm_uk_ncsc_letter_title', summary: 'm_uk_ncsc_letter_summary' },
    stateText: { headline: 'm_uk_ncsc_letter_headline', meaning: 'm_uk_ncsc_letter_meaning' },
    sources: [
      secondarySource(
        'The Guardian',
        "Don't use anti-virus firms linked to Russia, cyber security chief tells Whitehall",
        'https://www.theguardian.com/technology/2017/dec/02/dont-use-antivirus-firms-linked-to-russia-cyber-security-chief-tells-whitehall',
      ),
      // Its report cites the Financial Times.
      secondarySource(
        'Rzeczpospolita',
        'Kaspersky Lab na cenzurowanym w Wielkiej Brytanii',
        'https://www.rp.pl/biznes/art2264251-kaspersky-lab-na-cenzurowanym-w-wielkiej-brytanii',
      ),
    ],
  },
  {
    id: 'us-ndaa-1634-signed',
    when: '2017-12-12T00:00:00-05:00',
    precision: 'day',
    zone: NEW_YORK,
    announced: '2017-12-12T00:00:00-05:00',
    regions: US,
    effect: null,
    isDeadline: false,
    // The fact base: "primary (text) / secondary (date)": §1634 was read, the signing date is from the press.
    confidence: 'primary-text',
    text: { title: 'm_us_ndaa_1634_signed_title', summary: 'm_us_ndaa_1634_signed_summary' },
    sources: [
      NDAA_FY2018,
      secondarySource('CNET', 'Trump signs bill barring US government use of Kaspersky', 'https://www.cnet.com/news/privacy/trump-signs-law-barring-us-government-from-using-kaspersky/'),
    ],
  },
  {
    id: 'lt-government-decision',
    // Decided at the Government's meeting of 2017-12-20, announced by the Ministry of National
    // Defence on 2017-12-21 (the fact base). The ministry's page was read in a stored copy: it
    // gives the meeting date and the scope (critical infrastructure, including energy, finance and
    // transport, and the public sector), so the confidence is primary for date and scope.
    when: '2017-12-20T00:00:00+02:00',
    precision: 'day',
    zone: 'Europe/Vilnius',
    announced: '2017-12-21T00:00:00+02:00',
    regions: ['lt'],
    effect: 'info',
    isDeadline: false,
    confidence: 'primary',
    scope: 'State systems and critical infrastructure',
    text: { title: 'm_lt_government_decision_title', summary: 'm_lt_government_decision_summary' },
    stateText: { headline: 'm_lt_government_decision_headline', meaning: 'm_lt_government_decision_meaning' },
    sources: [
      primarySourceRead(
        'Ministry of National Defence of the Republic of Lithuania',
        'Kaspersky Lab poses a potential national security threat, the Government stated',
        'https://kam.lt/en/news_1098/news_archives/news_archive_2017/news_archive_2017_-_12/kaspersky_lab_poses_a_potential_national_security_threat_the_government_stated.html',
      ),
      secondarySource('The Baltic Course', "Government: Kaspersky Lab software poses threat to Lithuania's security", 'https://www.baltic-course.com/eng/Technology/?doc=136187'),
    ],
  },
  {
    id: 'nl-government-phase-out',
    when: '2018-05-14T00:00:00+02:00',
    precision: 'day',
    zone: 'Europe/Amsterdam',
    announced: '2018-05-14T00:00:00+02:00',
    regions: ['nl'],
    effect: 'info',
    isDeadline: false,
    confidence: 'secondary',
    text: { title: 'm_nl_government_phase_out_title', summary: 'm_nl_government_phase_out_summary' },
    scope: 'Central government; advice to vital sectors',
    stateText: { headline: 'm_nl_government_phase_out_headline', meaning: 'm_nl_government_phase_out_meaning' },
    sources: [
      secondarySource('NL Times', "Dutch gov't stops using Russian anti-virus software Kaspersky", 'https://nltimes.nl/2018/05/15/dutch-govt-stops-using-russian-anti-virus-software-kaspersky'),
      // Reuters' report, on CNA's site.
      secondarySource(
        'Reuters',
        'Dutch government to phase out use of Kaspersky anti-virus software',
        'https://www.channelnewsasia.com/news/technology/dutch-government-to-phase-out-use-of-kaspersky-anti-virus-software-10233968',
      ),
    ],
  },
  {
    id: 'us-far-52-204-23',
    when: '2018-07-16T00:00:00-04:00',
    precision: 'day',
    zone: NEW_YORK,
    announced: '2018-06-15T00:00:00-04:00',
    regions: US,
    effect: null,
    isDeadline: false,
    confidence: 'primary',
    text: { title: 'm_us_far_52_204_23_title', summary: 'm_us_far_52_204_23_summary' },
    sources: [
      primarySourceRead(
        'Federal Register',
        'Federal Acquisition Regulation: Use of Products and Services of Kaspersky Lab',
        'https://www.govinfo.gov/content/pkg/FR-2018-06-15/html/2018-12847.htm',
      ),
    ],
  },
  {
    id: 'us-ndaa-1634-effective',
    when: '2018-10-01T00:00:00-04:00',
    precision: 'day',
    zone: NEW_YORK,
    announced: '2017-12-12T00:00:00-05:00',
    regions: US,
    effect: null,
    isDeadline: false,
    confidence: 'primary',
    text: { title: 'm_us_ndaa_1634_effective_title', summary: 'm_us_ndaa_1634_effective_summary' },
    sources: [NDAA_FY2018],
  },
  {
    id: 'de-bsi-warning',
    when: '2022-03-15T00:00:00+01:00',
    precision: 'day',
    zone: 'Europe/Berlin',
    announced: '2022-03-15T00:00:00+01:00',
    regions: ['de'],
    effect: 'warning',
    isDeadline: false,
    confidence: 'secondary',
    text: { title: 'm_de_bsi_warning_title', summary: 'm_de_bsi_warning_summary' },
    stateText: { headline: 'm_de_bsi_warning_headline', meaning: 'm_de_bsi_warning_meaning' },
    sources: [
      primarySource(
        'Bundesamt für Sicherheit in der Informationstechnik (BSI)',
        'BSI warnt vor dem Einsatz von Kaspersky-Virenschutzprodukten',
        'https://www.bsi.bund.de/DE/Service-Navi/Presse/Pressemitteilungen/Presse2022/220315_Kaspersky-Warnung.html',
      ),
      secondarySource(
        'Schweriner Volkszeitung',
        'Russisches Anti-Viren-Programm: Bundesamt warnt vor Verwendung von Kaspersky',
        'https://www.svz.de/deutschland-welt/ukraine-konflikt/russisches-anti-viren-programm-bundesamt-warnt-vor-verwendung-von-kaspersky-id35894957.html',
      ),
    ],
  },
  {
    id: 'it-acn-advisory',
    when: '2022-03-15T00:00:00+01:00',
    precision: 'day',
    zone: 'Europe/Rome',
    announced: '2022-03-15T00:00:00+01:00',
    regions: ['it'],
    effect: 'info',
    isDeadline: false,
    confidence: 'secondary',
    text: { title: 'm_it_acn_advisory_title', summary: 'm_it_acn_advisory_summary' },
    scope: 'Companies and public administration (advice)',
    stateText: { headline: 'm_it_acn_advisory_headline', meaning: 'm_it_acn_advisory_meaning' },
    sources: [
      secondarySource(
        "La Voce d'Italia",
        'Agenzia cyber alle aziende italiane: "Via i software russi"',
        'https://lavoceditalia.com/2022/03/15/645888/agenzia-cyber-alle-aziende-italiane-via-i-software-russi/',
      ),
      secondarySource('Formiche', 'Fuori Kaspersky. La circolare Acn sul software russo', 'https://formiche.net/2022/04/kaspersky-acn-software-russo/'),
    ],
  },
  {
    id: 'it-decree-21-2022',
    when: '2022-03-22T00:00:00+01:00',
    precision: 'day',
    zone: 'Europe/Rome',
    announced: '2022-03-21T00:00:00+01:00',
    regions: ['it'],
    effect: 'info',
    isDeadline: false,
    confidence: 'primary',
    text: { title: 'm_it_decree_21_2022_title', summary: 'm_it_decree_21_2022_summary' },
    scope: 'Public administrations',
    stateText: { headline: 'm_it_decree_21_2022_headline', meaning: 'm_it_decree_21_2022_meaning' },
    sources: [
      // The Gazzetta's text, read in a copy on codiceappalti.it (the link's host).
      copySourceRead(
        'Gazzetta Ufficiale n. 67 del 21 marzo 2022',
        'Decreto-legge 21 marzo 2022, n. 21: misure urgenti per contrastare gli effetti economici e umanitari della crisi ucraina',
        'https://www.codiceappalti.it/Home/LeggeAperto?legge=DL_21/2022',
      ),
    ],
  },
  {
    id: 'us-fcc-covered-list',
    when: '2022-03-25T00:00:00-04:00',
    precision: 'day',
    zone: NEW_YORK,
    announced: '2022-03-25T00:00:00-04:00',
    regions: US,
    effect: null,
    isDeadline: false,
    confidence: 'primary',
    text: { title: 'm_us_fcc_covered_list_title', summary: 'm_us_fcc_covered_list_summary' },
    sources: [
      // A plain-text file, which has no title of its own.
      primarySourceRead(
        'Federal Communications Commission',
        describedAs('source_description_fcc_da_22_320'),
        'https://docs.fcc.gov/public/attachments/DA-22-320A1.txt',
      ),
      primarySource('Federal Communications Commission', 'List of Equipment and Services Covered by Section 2 of the Secure Networks Act', 'https://www.fcc.gov/supplychain/coveredlist'),
    ],
  },
  {
    id: 'uk-ncsc-2022-guidance',
    when: '2022-03-29T00:00:00+01:00',
    precision: 'day',
    zone: 'Europe/London',
    announced: '2022-03-29T00:00:00+01:00',
    regions: ['uk'],
    effect: null,
    isDeadline: false,
    confidence: 'secondary',
    text: { title: 'm_uk_ncsc_2022_guidance_title', summary: 'm_uk_ncsc_2022_guidance_summary' },
    sources: [
      primarySource(
        'National Cyber Security Centre',
        'Use of Russian technology products and services following the invasion of Ukraine',
        'https://www.ncsc.gov.uk/blog-post/use-of-russian-technology-products-services-following-invasion-ukraine',
      ),
      secondarySource('Computer Weekly', 'NCSC: Not necessarily wise to ditch Kaspersky', 'https://www.computerweekly.com/news/252515246/NCSC-Not-necessarily-wise-to-ditch-Kaspersky'),
    ],
  },
  {
    id: 'it-acn-circular',
    when: '2022-04-21T00:00:00+02:00',
    precision: 'day',
    zone: 'Europe/Rome',
    announced: '2022-04-21T00:00:00+02:00',
    regions: ['it'],
    effect: null,
    isDeadline: false,
    confidence: 'secondary',
    text: { title: 'm_it_acn_circular_title', summary: 'm_it_acn_circular_summary' },
    sources: [
      secondarySource(
        'Red Hot Cyber',
        'Circolare ACN: "diversificare" i prodotti Kaspersky, Group-IB e Positive Technologies',
        'https://www.redhotcyber.com/post/circolare-21-acn-diversificare-italia/',
      ),
      secondarySource(
        'Messaggero Veneto',
        'Cybersicurezza: Kaspersky e gli altri fornitori russi via dalla PA italiana',
        'https://messaggeroveneto.gelocal.it/tecnologia/2022/04/28/news/cybersicurezza_kaspersky_e_gli_altri_fornitori_russi_via_dalla_pa_italiana-347262161/',
      ),
    ],
  },
  {
    id: 'de-court-upholds-warning',
    when: '2022-04-28T00:00:00+02:00',
    precision: 'day',
    zone: 'Europe/Berlin',
    announced: '2022-04-28T00:00:00+02:00',
    regions: ['de'],
    effect: null,
    isDeadline: false,
    confidence: 'secondary',
    text: { title: 'm_de_court_upholds_warning_title', summary: 'm_de_court_upholds_warning_summary' },
    sources: [
      secondarySource('tagesschau', 'Gerichtsentscheid: Warnung vor Kaspersky-Virenschutz rechtens', 'https://www.tagesschau.de/wirtschaft/kaspersky-virenschutz-urteil-101.html'),
      secondarySource(
        'heise online',
        'Virenschutzsoftware: Kaspersky-Beschwerde gegen BSI-Warnung erneut gescheitert',
        'https://www.heise.de/news/Virenschutzsoftware-Kaspersky-Beschwerde-gegen-BSI-Warnung-erneut-gescheitert-7069134.html',
      ),
    ],
  },
  {
    id: 'ca-government-devices',
    when: '2023-10-30T00:00:00-04:00',
    precision: 'day',
    zone: 'America/Toronto',
    announced: '2023-10-30T00:00:00-04:00',
    regions: ['ca'],
    effect: 'info',
    isDeadline: false,
    confidence: 'primary',
    text: { title: 'm_ca_government_devices_title', summary: 'm_ca_government_devices_summary' },
    scope: 'Government mobile devices only',
    stateText: { headline: 'm_ca_government_devices_headline', meaning: 'm_ca_government_devices_meaning' },
    sources: [
      // The Secretariat's release, read on Cision's newswire (the link's host).
      copySourceRead(
        'Treasury Board of Canada Secretariat',
        'Minister Anand announces a ban on the use of WeChat and Kaspersky suite of applications on government mobile devices',
        'https://www.newswire.ca/news-releases/minister-anand-announces-a-ban-on-the-use-of-wechat-and-kaspersky-suite-of-applications-on-government-mobile-devices-871206681.html',
      ),
    ],
  },
  {
    id: 'us-bis-final-determination',
    when: '2024-06-20T00:00:00-04:00',
    precision: 'day',
    zone: NEW_YORK,
    announced: '2024-06-20T00:00:00-04:00',
    regions: US,
    effect: 'warning',
    isDeadline: false,
    confidence: 'primary',
    text: { title: 'm_us_bis_final_determination_title', summary: 'm_us_bis_final_determination_summary' },
    stateText: { headline: 'm_us_bis_final_determination_headline', meaning: 'm_us_bis_final_determination_meaning' },
    sources: [BIS_PRESS_RELEASE, BIS_KASPERSKY_PAGE],
  },
  {
    id: 'us-kaspersky-response',
    when: '2024-06-20T00:00:00-04:00',
    precision: 'day',
    zone: NEW_YORK,
    announced: '2024-06-20T00:00:00-04:00',
    regions: US,
    effect: null,
    isDeadline: false,
    confidence: 'secondary',
    text: { title: 'm_us_kaspersky_response_title', summary: 'm_us_kaspersky_response_summary' },
    sources: [
      secondarySource('Gamereactor', 'Kaspersky no longer authorised to sell its products in the US', 'https://www.gamereactor.eu/kaspersky-no-longer-authorised-to-sell-its-products-in-the-us-1404223/'),
      secondarySource('TRT World', 'US bans Kaspersky antivirus software over national security concerns', 'https://trtworld.com/science-and-tech/us-bans-kaspersky-antivirus-software-over-national-security-concerns-18175378'),
    ],
  },
  {
    id: 'us-ofac-sanctions',
    when: '2024-06-21T00:00:00-04:00',
    precision: 'day',
    zone: NEW_YORK,
    announced: '2024-06-21T00:00:00-04:00',
    regions: US,
    effect: null,
    isDeadline: false,
    confidence: 'secondary',
    text: { title: 'm_us_ofac_sanctions_title', summary: 'm_us_ofac_sanctions_summary' },
    sources: [
      // Cited by its number: the fact base does not give its title.
      primarySource(
        'U.S. Department of the Treasury',
        describedAs('source_description_treasury_jy2420'),
        'https://home.treasury.gov/news/press-releases/jy2420',
      ),
      secondarySource('Nextgov/FCW', 'US sanctions 12 Kaspersky leaders following product ban', 'https://www.nextgov.com/cybersecurity/2024/06/us-sanctions-12-kaspersky-leaders-following-product-ban/397536/'),
    ],
  },
  {
    id: 'us-final-determination-published',
    when: '2024-06-24T00:00:00-04:00',
    precision: 'day',
    zone: NEW_YORK,
    announced: '2024-06-24T00:00:00-04:00',
    regions: US,
    effect: null,
    isDeadline: false,
    confidence: 'primary',
    text: { title: 'm_us_final_determination_published_title', summary: 'm_us_final_determination_published_summary' },
    sources: [FINAL_DETERMINATION],
  },
  {
    id: 'us-entity-list',
    when: '2024-06-24T00:00:00-04:00',
    precision: 'day',
    zone: NEW_YORK,
    announced: '2024-06-24T00:00:00-04:00',
    regions: US,
    effect: null,
    isDeadline: false,
    confidence: 'primary',
    text: { title: 'm_us_entity_list_title', summary: 'm_us_entity_list_summary' },
    sources: [
      primarySourceRead(
        'Federal Register',
        'Additions to the Entity List',
        'https://www.govinfo.gov/content/pkg/FR-2024-06-24/html/2024-13695.htm',
      ),
    ],
  },
  {
    id: 'us-kaspersky-wind-down',
    when: '2024-07-15T00:00:00-04:00',
    precision: 'day',
    zone: NEW_YORK,
    announced: '2024-07-15T00:00:00-04:00',
    regions: US,
    effect: null,
    isDeadline: false,
    confidence: 'secondary',
    text: { title: 'm_us_kaspersky_wind_down_title', summary: 'm_us_kaspersky_wind_down_summary' },
    sources: [
      // The same Reuters report on two sites (the links' hosts): Inc. and The Star.
      secondarySource('Reuters', 'Russian Cybersecurity Firm Kaspersky Labs Winding Down U.S. Operations', 'https://www.inc.com/reuters/russian-cybersecurity-firm-kaspersky-labs-winding-down-us-operations.html'),
      secondarySource(
        'Reuters',
        'Russian cybersecurity firm Kaspersky Labs to wind down US operations',
        'https://www.thestar.com.my/tech/tech-news/2024/07/16/russian-cybersecurity-firm-kaspersky-to-exit-us-website-shows',
      ),
      // States the figure: "fewer than 50 workers in the US will be laid off".
      secondarySource(
        'ABP Live',
        'Kaspersky Labs Shuts Down US Division, Lays Off All Employees. Know Why',
        'https://news.abplive.com/business/kaspersky-labs-layoffs-shuts-down-us-division-lays-off-all-employees-know-why-1703104',
      ),
    ],
  },
  {
    id: 'us-free-offer',
    // "2024-07 (mid/late)" in the fact base: month precision, stored at the 16th (the second half
    // of the month) so that it sorts after the wind-down of 15 July. Shown as "July 2024".
    when: '2024-07-16T00:00:00-04:00',
    precision: 'month',
    zone: NEW_YORK,
    announced: '2024-07-16T00:00:00-04:00',
    regions: US,
    effect: null,
    isDeadline: false,
    // One report (PC Gamer, citing The Register): no second source was found, so it is shown as one report's account.
    confidence: 'single-report',
    text: { title: 'm_us_free_offer_title', summary: 'm_us_free_offer_summary' },
    sources: [
      secondarySource(
        'PC Gamer',
        "Russian antivirus giant Kaspersky says do svidaniya to US customers with 6 months of free software: 'stay safe'",
        'https://www.pcgamer.com/gaming-industry/russian-antivirus-giant-kaspersky-says-do-svidaniya-to-us-customers-with-6-months-of-free-software-stay-safe',
      ),
    ],
  },

  {
    id: 'us-new-sales-end',
    when: '2024-07-20T00:00:00-04:00',
    precision: 'day',
    zone: NEW_YORK,
    announced: '2024-06-20T00:00:00-04:00',
    regions: US,
    effect: 'warning',
    isDeadline: true,
    confidence: 'secondary',
    text: { title: 'm_us_new_sales_end_title', summary: 'm_us_new_sales_end_summary' },
    stateText: { headline: 'm_us_new_sales_end_headline', meaning: 'm_us_new_sales_end_meaning' },
    sources: [FINAL_DETERMINATION, BIS_KASPERSKY_PAGE],
  },
  {
    id: 'us-ultraav-notice',
    when: '2024-09-05T00:00:00-04:00',
    precision: 'day',
    zone: NEW_YORK,
    announced: '2024-09-05T00:00:00-04:00',
    regions: US,
    effect: null,
    isDeadline: false,
    confidence: 'secondary',
    isApproximate: true,
    text: { title: 'm_us_ultraav_notice_title', summary: 'm_us_ultraav_notice_summary' },
    // Not inCyber: the fact base bars it (it misdates the ban and the end of sales).
    sources: [SECURITYWEEK_ULTRAAV, HELP_NET_SECURITY_ULTRAAV],
  },
  {
    id: 'us-ultraav-switch',
    when: '2024-09-19T00:00:00-04:00',
    precision: 'day',
    zone: NEW_YORK,
    announced: '2024-09-19T00:00:00-04:00',
    regions: US,
    effect: null,
    isDeadline: false,
    confidence: 'secondary',
    text: { title: 'm_us_ultraav_switch_title', summary: 'm_us_ultraav_switch_summary' },
    sources: [
      HELP_NET_SECURITY_ULTRAAV,
      SECURITYWEEK_ULTRAAV,
      // TechCrunch's report, on Yahoo's site.
      secondarySource(
        'TechCrunch',
        "Kaspersky defends force-replacing its security software without users' explicit consent",
        'https://uk.style.yahoo.com/kaspersky-defends-force-replacing-security-165034072.html',
      ),
    ],
  },
  {
    id: 'us-google-play-removal',
    // Users noticed the apps gone around 2024-09-27, before the cut-off; the press confirmed it on
    // 2024-10-07/08 (the fact base). The day is approximate; the popup says so, with the report date.
    when: '2024-09-27T00:00:00-07:00',
    precision: 'day',
    zone: 'America/Los_Angeles',
    announced: '2024-10-07T00:00:00-07:00',
    regions: REGION_IDS,
    effect: null,
    isDeadline: false,
    confidence: 'secondary',
    isApproximate: true,
    reportedOn: '2024-10-07',
    text: { title: 'm_us_google_play_removal_title', summary: 'm_us_google_play_removal_summary' },
    sources: [
      secondarySource('BetaNews', 'Google removes Kaspersky apps from its store', 'https://betanews.com/2024/10/07/google-nixes-kaspersky-apps-from-its-store/'),
      secondarySource('Security.NL', 'Google verwijdert Android-virusscanner Kaspersky van Play Store', 'https://www.security.nl/posting/860962/Google+verwijdert+Android-virusscanner+Kaspersky+van+Play+Store'),
      // Kaspersky's reply, shown as the company's claim.
      secondarySource('TASS', "Kaspersky Lab's apps removed from Google Play", 'https://tass.com/economy/1853523'),
    ],
  },
  {
    id: 'us-updates-end',
    when: '2024-09-29T00:00:00-04:00',
    precision: 'instant',
    zone: NEW_YORK,
    announced: '2024-06-20T00:00:00-04:00',
    regions: US,
    effect: 'critical',
    isDeadline: true,
    confidence: 'primary',
    text: { title: 'm_us_updates_end_title', summary: 'm_us_updates_end_summary' },
    stateText: { headline: 'm_us_updates_end_headline', headlineWithoutDay: 'm_us_updates_end_month_headline', meaning: 'm_us_updates_end_meaning' },
    sources: [BIS_PRESS_RELEASE, BIS_KASPERSKY_PAGE],
  },
  {
    id: 'au-pspf-direction',
    when: '2025-02-21T00:00:00+11:00',
    precision: 'day',
    zone: 'Australia/Sydney',
    announced: '2025-02-21T00:00:00+11:00',
    regions: ['au'],
    effect: 'info',
    isDeadline: false,
    confidence: 'secondary',
    text: { title: 'm_au_pspf_direction_title', summary: 'm_au_pspf_direction_summary' },
    stateText: { headline: 'm_au_pspf_direction_headline', meaning: 'm_au_pspf_direction_meaning' },
    sources: AUSTRALIA_PSPF_SOURCES,
  },
  {
    id: 'au-removal-deadline',
    when: '2025-04-01T00:00:00+11:00',
    precision: 'day',
    zone: 'Australia/Sydney',
    announced: '2025-02-21T00:00:00+11:00',
    regions: ['au'],
    effect: 'info',
    isDeadline: true,
    confidence: 'secondary',
    text: { title: 'm_au_removal_deadline_title', summary: 'm_au_removal_deadline_summary' },
    stateText: { headline: 'm_au_removal_deadline_headline', meaning: 'm_au_removal_deadline_meaning' },
    sources: AUSTRALIA_PSPF_SOURCES,
  },
] as const satisfies readonly MilestoneRecord[];

export const MILESTONES: readonly Milestone[] = MILESTONE_RECORDS.map(parseMilestone);
