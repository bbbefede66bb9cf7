import { Layout } from './schema';

const LINKED = 'Keep it clear and linked to the risk of harm and of re-offending (leaflet, "RMP - Supervision plan").';

/** Placeholders both layouts use, defined once so the two cannot drift apart. */
const P = {
  situation: { id: 'situation', label: 'Current situation', type: 'multiline', prefill: 'currentSituation', required: true },
  rosh: { id: 'rosh', label: 'Risk of serious harm level', type: 'text', prefill: 'rosh', required: true },
  mappa: { id: 'mappa', label: 'MAPPA category and level', type: 'text', prefill: 'mappa' },
  agencies: { id: 'agencies', label: 'Agencies involved', type: 'text', prefill: 'agencies', required: true },
  actions: { id: 'actions', label: 'Actions and who will undertake them', type: 'multiline', required: true },
  controls: { id: 'controls', label: 'Controls in place', type: 'multiline', prefill: 'existingControls', required: true },
  factors: { id: 'factors', label: 'Risk factors that apply', type: 'multiline', prefill: 'armsPrompts' },
  conditions: { id: 'conditions', label: 'Additional conditions or requirements', type: 'multiline', prefill: 'conditionsOrRequirements', required: true },
  contact: { id: 'contact', label: 'Level of contact', type: 'multiline', prefill: 'contactLevel', required: true },
} as const;

const SITUATION_BODY = '{{situation}}\nRisk of serious harm: {{rosh}}\nMAPPA: {{mappa}}';

/** The Risk Management Plan headings of the training leaflet ("RMP information"). */
export const LEAFLET_LAYOUT = Layout.parse({
  id: 'leaflet',
  name: 'Leaflet headings (older format)',
  source: 'Training leaflet, "RMP - Supervision plan" and "RMP information"',
  sections: [
    {
      id: 'current-situation',
      title: 'Current situation',
      guidance: `Where the person is now: sentence, release, licence, accommodation, relationships. ${LINKED}`,
      body: SITUATION_BODY,
      placeholders: [P.situation, P.rosh, P.mappa],
    },
    {
      id: 'other-agencies',
      title: 'Other agencies involved, who will undertake actions',
      guidance: 'Name each agency and the action it will take, with a named person where you can.',
      body: 'Agencies involved: {{agencies}}\nActions and who will undertake them:\n{{actions}}',
      placeholders: [P.agencies, P.actions],
    },
    {
      id: 'existing-controls',
      title: 'Existing support / controls',
      guidance: 'Controls already in place (licence, register, orders) and the support around the person.',
      body: 'Controls:\n{{controls}}\nSupport:\n{{support}}',
      placeholders: [P.controls, { id: 'support', label: 'Support (family, services, protective factors)', type: 'multiline', required: true }],
    },
    {
      id: 'added-measures',
      title: 'Added measures for specific risks',
      guidance: 'For each risk factor that applies, the measure that addresses it. The ARMS factors are prompts: delete those that do not apply.',
      body: 'Risk factors (ARMS prompts):\n{{factors}}\nMeasures:\n{{measures}}',
      placeholders: [P.factors, { id: 'measures', label: 'Measures for those risks', type: 'multiline', required: true }],
    },
    {
      id: 'additional-conditions',
      title: 'Additional conditions or requirements',
      guidance: 'Each must be necessary and proportionate, and linked to the offending.',
      body: '{{conditions}}',
      placeholders: [P.conditions],
    },
    {
      id: 'level-of-contact',
      title: 'Level of contact',
      guidance: 'How often, where and with whom; say what would change it.',
      body: '{{contact}}',
      placeholders: [P.contact],
    },
  ],
});

/** The current OASys RMP headings, each with the leaflet sections whose content belongs in it. */
export const OASYS_LAYOUT = Layout.parse({
  id: 'oasys',
  name: 'Current OASys RMP headings',
  source: 'OASys Risk Management Plan headings (domain reference, "Leaflet statements and their status")',
  sections: [
    {
      id: 'key-information',
      title: 'Key information about current situation',
      guidance: `The situation now and what has changed. ${LINKED}`,
      fromLeaflet: ['current-situation'],
      body: SITUATION_BODY,
      placeholders: [P.situation, P.rosh, P.mappa],
    },
    {
      id: 'further-considerations',
      title: 'Further considerations',
      guidance: 'Anything else that bears on risk: diversity, health, information still to verify.',
      body: '{{considerations}}',
      placeholders: [{ id: 'considerations', label: 'Further considerations', type: 'multiline', required: true }],
    },
    {
      id: 'supervision',
      title: 'Supervision',
      guidance: 'Who supervises, how often, and which agencies do what.',
      fromLeaflet: ['other-agencies', 'level-of-contact'],
      body: 'Level of contact: {{contact}}\nAgencies involved: {{agencies}}\nActions and who will undertake them:\n{{actions}}',
      placeholders: [P.contact, P.agencies, P.actions],
    },
    {
      id: 'monitoring-and-control',
      title: 'Monitoring and control',
      guidance: 'Licence conditions, requirements, orders, notification, and how they are checked.',
      fromLeaflet: ['existing-controls', 'additional-conditions'],
      body: 'Controls in place:\n{{controls}}\nAdditional conditions or requirements:\n{{conditions}}',
      placeholders: [P.controls, P.conditions],
    },
    {
      id: 'interventions-and-treatment',
      title: 'Interventions and treatment',
      guidance: 'Programmes (Horizon, Kaizen, iHorizon, Building Choices) and other work on the risk factors.',
      fromLeaflet: ['added-measures'],
      body: 'Risk factors (ARMS prompts):\n{{factors}}\nInterventions:\n{{measures}}',
      placeholders: [P.factors, { id: 'measures', label: 'Interventions and treatment', type: 'multiline', required: true }],
    },
    {
      id: 'victim-safety-planning',
      title: 'Victim safety planning',
      guidance: 'Known and potential victims, contact restrictions and exclusion zones.',
      fromLeaflet: ['added-measures'],
      body: '{{victims}}',
      placeholders: [{ id: 'victims', label: 'Victim safety planning', type: 'multiline', prefill: 'victimIssues', required: true }],
    },
    {
      id: 'contingency-plans',
      title: 'Contingency plans',
      guidance: 'What you will do if risk rises or a control fails (e.g. recall, police contact, safeguarding referral).',
      body: '{{contingency}}',
      placeholders: [{ id: 'contingency', label: 'Contingency plans', type: 'multiline', required: true }],
    },
  ],
});

export const LAYOUTS = [LEAFLET_LAYOUT, OASYS_LAYOUT];
