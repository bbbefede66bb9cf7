// Fictional case data for the demo case-management system. These people do not exist.
export const person = {
  crn: 'X123456',
  name: 'Daniel Fictitious',
  dateOfBirth: '18 August 1979',
  sex: 'Male',
  offences: [
    {
      description: 'Sexual assault on a female - 02000',
      date: '4 March 2023',
      outcome: 'Conviction',
    },
    {
      description: 'Make indecent photograph or pseudo-photograph of a child - 08600',
      date: '12 January 2023',
      outcome: 'Conviction',
    },
  ],
  sentence: {
    type: 'CJA - Std Determinate Custody',
    length: '4 years',
    sentenceDate: '10 November 2023',
    releaseDate: '9 November 2025',
    licenceEnd: '9 November 2027',
  },
  licence: {
    standard: [
      'Be of good behaviour and not behave in a way which undermines the purpose of the licence period',
      'Not commit any offence',
      'Keep in touch with the supervising officer as instructed',
      'Receive visits from the supervising officer as instructed',
      'Reside permanently at an address approved by the supervising officer',
    ],
    additional: [
      'Not to have unsupervised contact or communication with any child under the age of 18 without the prior approval of your supervising officer',
      'Not to use or access any computer or device which is internet enabled without the prior approval of your supervising officer',
      'Attend all appointments arranged for you to participate in the Horizon programme',
    ],
  },
  risk: {
    rosh: 'High',
    mappaCategory: 'Category 1',
    mappaLevel: 'Level 2',
    lastOasys: '20 November 2025',
    contact: 'Weekly office appointments and a monthly home visit',
  },
  events: [
    { title: 'Change of address', date: '14 October 2026', datetime: '2026-10-14', description: 'Moved to approved premises in Leeds.' },
    { title: 'New relationship disclosed', date: '2 September 2026', datetime: '2026-09-02', description: 'Disclosed a new relationship with an adult woman who has two children.' },
    { title: 'Home visit', date: '1 August 2026', datetime: '2026-08-01', description: 'Announced home visit completed.' },
  ],
};
