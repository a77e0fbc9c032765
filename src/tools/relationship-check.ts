/**
 * "Is this OK?": the questions as data, and the pure logic that turns answers into the kinds of
 * behaviour they describe and whether any is a sign of serious danger. No score, no verdict.
 * Words are keys into the interface strings: tools.check.q.<id> and tools.check.kind.<kind>.
 * Danger follows the warning signs that risk assessment treats as high risk: threats to kill,
 * strangling or choking, weapons, stalking, abuse getting worse, a recent or planned separation
 * and pregnancy or a new baby.
 */
export const behaviourKinds = ['control', 'emotional', 'money', 'online', 'physical', 'sexual', 'children'] as const;
export type BehaviourKind = (typeof behaviourKinds)[number];

/** The recognising-abuse page for each kind (paths without a language). */
export const kindPages: Record<BehaviourKind, string> = {
  control: '/recognising-abuse/coercive-control/',
  emotional: '/recognising-abuse/emotional-abuse/',
  money: '/recognising-abuse/economic-abuse/',
  online: '/recognising-abuse/online-abuse-and-stalking/',
  physical: '/recognising-abuse/physical-abuse/',
  sexual: '/recognising-abuse/sexual-abuse/',
  children: '/recognising-abuse/children/',
};

export interface CheckQuestion {
  id: QuestionId;
  /** The kinds a "yes" describes; a question about the situation (pregnancy, leaving) has none. */
  kinds: readonly BehaviourKind[];
  /** A "yes" is a sign of serious danger: the result opens with the emergency routes. */
  danger?: boolean;
}

const questions = [
  { id: 'jealous', kinds: ['control'] },
  { id: 'isolate', kinds: ['control'] },
  { id: 'money', kinds: ['money'] },
  { id: 'putDowns', kinds: ['emotional'] },
  { id: 'afraid', kinds: ['emotional'] },
  { id: 'threats', kinds: ['emotional'] },
  { id: 'phone', kinds: ['online', 'control'] },
  { id: 'stalking', kinds: ['online'], danger: true },
  { id: 'hurt', kinds: ['physical'] },
  { id: 'neck', kinds: ['physical'], danger: true },
  { id: 'weapon', kinds: ['physical'], danger: true },
  { id: 'kill', kinds: ['emotional'], danger: true },
  { id: 'sex', kinds: ['sexual'] },
  { id: 'images', kinds: ['sexual', 'online'] },
  { id: 'children', kinds: ['children'] },
  { id: 'worse', kinds: [], danger: true },
  { id: 'leaving', kinds: [], danger: true },
  { id: 'pregnant', kinds: [], danger: true },
] as const satisfies readonly (Omit<CheckQuestion, 'id'> & { id: string })[];

/** Each id is known to the type checker, so its interface string (tools.check.q.<id>) is checked too. */
export type QuestionId = (typeof questions)[number]['id'];
export const checkQuestions: readonly CheckQuestion[] = questions;

/**
 * The same check in three voices: about yourself, for a young person about a boyfriend or
 * girlfriend, and for someone worried about a friend or relative. Each asks its own questions
 * from the one pool, so a "yes" means the same kind of behaviour and danger in every version.
 * Words: tools.check.<field> for "self", tools.check.<version>.<field> for the others.
 */
export const checkVersions = [
  { id: 'self', slug: '', questions: ['jealous', 'isolate', 'money', 'putDowns', 'afraid', 'threats', 'phone', 'stalking', 'hurt', 'neck', 'weapon', 'kill', 'sex', 'images', 'children', 'worse', 'leaving', 'pregnant'] },
  { id: 'young', slug: 'boyfriend-girlfriend/', questions: ['jealous', 'isolate', 'phone', 'images', 'putDowns', 'afraid', 'threats', 'money', 'stalking', 'hurt', 'neck', 'weapon', 'kill', 'sex', 'worse', 'leaving', 'pregnant'] },
  { id: 'other', slug: 'someone-else/', questions: ['afraid', 'isolate', 'jealous', 'putDowns', 'money', 'phone', 'stalking', 'threats', 'hurt', 'neck', 'weapon', 'kill', 'sex', 'children', 'worse', 'leaving', 'pregnant'] },
] as const satisfies readonly { id: string; slug: string; questions: readonly QuestionId[] }[];

export type CheckVersion = (typeof checkVersions)[number];
export type CheckVersionId = CheckVersion['id'];

/** The version's page, without a language. */
export const checkVersionPath = (version: CheckVersion) => `/tools/relationship-check/${version.slug}`;

/** The version's questions, in its own order. */
export function versionQuestions(version: CheckVersion): CheckQuestion[] {
  return version.questions.map((id) => checkQuestions.find((question) => question.id === id)!);
}

export type Answer = 'yes' | 'no' | 'skip';

export interface CheckResult {
  /** The kinds the "yes" answers describe, in the order of behaviourKinds. */
  kinds: BehaviourKind[];
  danger: boolean;
}

/** What a set of answers describes. Only "yes" counts; "no", a skip or no answer say nothing. */
export function checkResult(answers: Readonly<Record<string, Answer | undefined>>, questions: readonly CheckQuestion[] = checkQuestions): CheckResult {
  const yes = questions.filter((question) => answers[question.id] === 'yes');
  const found = new Set(yes.flatMap((question) => question.kinds));
  return { kinds: behaviourKinds.filter((kind) => found.has(kind)), danger: yes.some((question) => question.danger === true) };
}
