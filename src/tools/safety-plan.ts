/**
 * The safety-plan builder's situations and steps as data. Words are keys into the interface
 * strings: tools.plan.situation.<id> and tools.plan.step.<id>; fields are tools.plan.field.<id>.
 */
export const planSituations = ['living', 'leaving', 'after', 'children', 'pets', 'tech', 'work'] as const;
export type PlanSituation = (typeof planSituations)[number];

export const planSteps = {
  living: ['livingRooms', 'livingCodeWord', 'livingBag', 'livingSilent'],
  leaving: ['leavingTime', 'leavingDocs', 'leavingWhere', 'leavingTalk'],
  after: ['afterLocks', 'afterRoutes', 'afterAddress', 'afterOrder'],
  children: ['childrenCall', 'childrenPlace', 'childrenSchool'],
  pets: ['petsAsk', 'petsPapers'],
  tech: ['techPasswords', 'techCheck', 'techOnline'],
  work: ['workTell', 'workCalls', 'workJourney'],
} as const satisfies Record<PlanSituation, readonly string[]>;

/** Things to write down, for every plan. */
export const planFields = ['person', 'codeWord', 'place'] as const;

/** The numbers on every plan, from the services collection. */
export const planServices = ['emergency-999', 'national-domestic-abuse-helpline', 'freeva', 'mens-advice-line'] as const;
