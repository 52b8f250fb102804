/**
 * The extraction of chapters 3–6 of TNO 2023 R10401, written down as a checked list: per report
 * section, the items the catalogue holds for it (in report order). A reviewer checks a section of
 * the report against its list here; the content test holds `catalogue/default.json` to it.
 */

export const SECTIONS: Record<string, { title: string; ids: string[] }> = {
  '3': {
    title: "Acties op taakniveau",
    ids: [],
  },
  '3.1': {
    title: "Versterk variatie, uitdaging en autonomie in het werk",
    ids: [],
  },
  '3.1.1': {
    title: "Intrapreneurship",
    ids: [
      'intrapreneurship',
      'intrapreneurship-toolbox',
    ],
  },
  '3.1.2': {
    title: "Job crafting en taakherontwerp",
    ids: [
      'job-crafting',
      'task-enrichment',
      'task-broadening',
      'task-rotation',
      'job-crafting-talents-interests',
      'job-crafting-group-programme',
      'job-crafting-e-intervention',
      'job-engineering-catalogue',
      'task-redesign',
      'work-organisation-handbook',
    ],
  },
  '3.2': {
    title: "Ga kortcyclisch werk tegen",
    ids: [
      'sociotechnical-minimal-division-of-labour',
      'map-short-cycle-jobs',
      'involve-employees-end-to-end',
      'daily-start-task-allocation',
      'automate-short-cycle-work',
      'short-cycle-work-publication',
    ],
  },
  '3.3': {
    title: "Vind balans in de werkdruk",
    ids: [
      'stepwise-workload-approach',
      'workload-intervention-no-effect',
      'stress-prevention-at-work',
      'psycap-job-crafting-healthcare',
      'team-redesign-spanish-manufacturing',
      'mindfulness-based-stress-reduction',
      'mbsr-teachers-netherlands',
      'mbsr-managers-sweden',
      'new-ways-of-working-transition',
      'workload-conversation',
      'workload-social-support',
      'task-allocation-by-needs',
    ],
  },
  '3.4': {
    title: "Bouw tijd voor reflectie in",
    ids: [
      'weekly-reflection-moment',
      'intervision-brainstorm-reflection',
      'reflection-buddy-system',
    ],
  },
  '4': {
    title: "Acties op collega’s en leidinggevende niveau",
    ids: [],
  },
  '4.1': {
    title: "Creëer een cultuur van vertrouwen en veiligheid",
    ids: [
      'experiment-without-blame',
      'allow-disagreement',
      'constructive-feedback',
      'confidential-advisers',
      'monitor-social-safety',
    ],
  },
  '4.2': {
    title: "Steun van collega’s",
    ids: [
      'compass-programme',
      'bussu-marshall-district-a-workshops',
      'bussu-marshall-district-b-joint-care-planning',
      'bussu-marshall-district-c-bottom-up-meetings',
      'online-peer-support-groups',
      'get-to-know-each-other',
      'regular-colleague-meetings',
      'peer-buddy-system',
      'mentoring-by-experienced-colleague',
      'formal-mentor-programme',
      'informal-mentoring',
      'team-group-app',
    ],
  },
  '4.3': {
    title: "Steun van de leidinggevende",
    ids: [],
  },
  '4.3.1': {
    title: "Vaardigheden van de leidinggevende",
    ids: [
      'supportive-leadership-training',
      'leadership-training-with-job-redesign',
      'sweactmanager',
      'sanders-development-oriented-leadership-competences',
      'van-der-weide-development-oriented-leadership-competences',
      'bakery-sweets-center-leadership-training',
      'available-leadership-trainings',
      'autonomy-serious-game',
    ],
  },
  '4.3.2': {
    title: "Richting, ruimte en ruggensteun door de leidinggevende",
    ids: [
      'direction-room-and-backing',
    ],
  },
  '4.3.3': {
    title: "Het goede gesprek aangaan",
    ids: [
      'good-conversation',
    ],
  },
  '4.3.4': {
    title: "Steun van de leidinggevende bij “training transfer”",
    ids: [
      'training-transfer-supervisor-support',
      'training-transfer-supervisor-responsible-and-involved',
      'ghosh-review-supervisor-support-transfer',
      'nijman-supervisor-support-transfer-study',
      'govaerts-supervisor-support-transfer-study',
    ],
  },
  '4.3.5': {
    title: "Richting, ruimte en ruggensteun voor de leidinggevende zelf",
    ids: [
      'direction-room-backing-for-leaders-themselves',
    ],
  },
  '4.4': {
    title: "Participatief leiderschap: laat medewerkers meedenken",
    ids: [
      'participative-leadership',
      'employee-consultation-round',
      'employee-idea-box',
      'report-back-on-employee-input',
      'shop-floor-representatives-in-project-groups',
    ],
  },
  '4.5': {
    title: "Laat goede voorbeelden zien (rolmodellen)",
    ids: [
      'formal-mentor-programme',
      'informal-mentoring',
      'share-role-model-stories',
      'diversity-in-role-models',
    ],
  },
  '4.6': {
    title: "Creëer ruimte voor (informele) interactie",
    ids: [
      'regular-formal-team-and-department-meetings',
      'spaces-for-spontaneous-encounters',
      'scheduled-informal-moments',
      'interaction-when-working-hybrid',
      'communication-and-collaboration-skills-training',
    ],
  },
  '4.7': {
    title: "Creëer ruimte voor feedback",
    ids: [
      'feedback-skills-training',
      'standard-project-evaluations',
      'fixed-feedback-moments',
      'ask-for-feedback-in-advance-by-email',
    ],
  },
  '4.8': {
    title: "Werk in multidisciplinaire teams",
    ids: [
      'multidisciplinary-teams',
      'multidisciplinarity-as-team-selection-criterion',
      'regular-encounters-across-disciplines',
      'internal-multidisciplinary-learning-communities',
    ],
  },
  '5': {
    title: "Acties op organisatieniveau",
    ids: [],
  },
  '5.1': {
    title: "Heb aandacht voor de lange termijn",
    ids: [
      'discuss-why-learning-organisation',
      'co-create-vision-with-all-levels',
      'facilitated-group-dialogue',
      'five-year-future-outlook',
      'technology-impact-method',
      'link-vision-to-employee-development',
      'future-tasks-tool',
      'embed-vision-in-strategic-policy',
      'development-budget',
      'development-in-working-time',
      'learning-and-innovation-kpi',
      'book-het-nieuwe-belonen',
    ],
  },
  '5.2': {
    title: "Wees transparant",
    ids: [
      'share-the-whole-story',
      'frequent-progress-updates',
      'open-access-to-information',
      'cross-level-project-teams',
    ],
  },
  '5.3': {
    title: "Bied formeel én informeel leren aan",
    ids: [
      'awareness-of-informal-learning',
      'link-formal-and-informal-learning-in-pdp',
      'experiment-with-training-insights',
      'talent-conversations-for-shift-workers',
      'improvement-teams',
      'learning-from-mistakes-sessions',
      'recognise-informal-learning-outcomes',
      'record-informal-learning-outcomes',
      'training-communication-plan',
      'training-menu',
      'low-threshold-formal-learning',
      'support-applying-formal-learning',
    ],
  },
  '5.4': {
    title: "Benut ondersteunende technologieën",
    ids: [
      'supportive-ict-systems',
      'digital-learning-snacks',
      'operator-support-systems',
      'digital-twinning',
      'involve-shop-floor-in-new-technology',
      'caop-technology-inspiration-model',
    ],
  },
  '6': {
    title: "Acties op omgevingsniveau",
    ids: [],
  },
  '6.1': {
    title: "Leren van en met klanten",
    ids: [
      'customer-evaluations',
      'invite-customers-or-suppliers-to-team-meetings',
      'visit-customers-with-employees',
      'host-customer-visits',
    ],
  },
  '6.2': {
    title: "Leer en innoveer samen met andere bedrijven",
    ids: [
      'networking-events-for-employees',
      'join-a-learning-community',
      'ser-llo-network-overview',
      'sector-training-fund',
    ],
  },
  '6.3': {
    title: "Versterk de samenwerking met het onderwijs",
    ids: [
      'build-relations-with-education',
      'co-design-education',
      'education-modules-for-staff',
      'wvlo-project',
      'internships',
      'student-challenge-assignments',
    ],
  },
  '6.4': {
    title: "Haal meer uit mobiliteit",
    ids: [
      'pair-newcomers-with-experienced-staff',
      'newcomers-share-fresh-perspective',
      'external-labour-pool',
      'integrate-flexible-workers',
      'strategic-partnership-with-staffing-agency',
    ],
  },
};
/** Items per level and per kind of evidence, as classified from the report's wording. */
export const PER_LEVEL = {
  'colleagues-and-leader': 53,
  'environment': 19,
  'organisation': 34,
  'task': 33
};

export const PER_EVIDENCE = {
  'expert-session': 41,
  'mixed': 8,
  'not-effective': 2,
  'practice': 72,
  'proven': 16
};

/** Every URL printed in chapters 3–6 (deduplicated). */
export const URLS = [
  'http://www.wvlo.nl/',
  'https://bakerysweetscenter.nl/opleiding-werk/leiderschapstraining-wendbaar-vakmanschap/',
  'https://fysiekebelasting.tno.nl/nl/actualities/tools-hybride-werken/',
  'https://reflectiesite.nl/brainstormreflectie',
  'https://takenvandetoekomst.nl/',
  'https://www.arboportaal.nl/toolbox-hybride-werken',
  'https://www.caop.nl/app/uploads/2020/10/Inspiratiemodel-Hoe-integreer-je-nieuwe-technologie-in-de-organisatie.pdf',
  'https://www.innovatiefinwerk.nl/buiten-de-gepade-banen',
  'https://www.kennisbanksocialeinnovatie.nl/kennis/kortcyclische-arbeid-kan-het-ook-anders/',
  'https://www.kennisbanksocialeinnovatie.nl/kennis/technology-impact-method/',
  'https://www.kennisbanksocialeinnovatie.nl/kennis/toolbox-intrapreneurship/',
  'https://www.npdi.nl/eigen-regie/',
  'https://www.ser.nl/nl/thema/leven-lang-ontwikkelen/regionale-projecten',
  'https://www.voion.nl/media/2896/gesprekshandleidingsameningesprekovermeerwerkplezier.pdf',
  'https://www.waardevolwerk.be/leiding-geven-en-krijgen/gesprekken',
];

/** Items the report gives without any citation; every other item has at least one source. */
export const UNCITED = [
  'task-enrichment',
  'task-broadening',
  'job-crafting-talents-interests',
  'workload-conversation',
  'workload-social-support',
  'intervision-brainstorm-reflection',
  'constructive-feedback',
  'available-leadership-trainings',
  'good-conversation',
  'regular-encounters-across-disciplines',
  'discuss-why-learning-organisation',
  'ser-llo-network-overview',
];
