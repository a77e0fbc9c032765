/**
 * "Is this OK?" one question at a time. The answers live in this closure only: never in a form
 * that could be submitted, the URL, storage or the title. Leaving the page wipes them, and a page
 * brought back from the back/forward cache starts again empty.
 */
import { checkResult, type Answer } from '../tools/relationship-check';
import { initModules, part, readWords } from './modules';

function initRelationshipCheck(root: HTMLElement) {
  const words = readWords(root, ['progress'] as const);
  const questions = [...root.querySelectorAll<HTMLElement>('[data-rc-question]')];
  if (questions.length === 0) throw new Error('no questions');
  const progress = part(root, 'data-rc-progress');
  const back = part(root, 'data-rc-back');
  const backRow = back.parentElement!;
  const resultHeading = part(root, 'data-rc-result').querySelector<HTMLElement>('#rc-result-heading')!;
  const dangerHeading = part(root, 'data-rc-danger').querySelector<HTMLElement>('h2')!;
  const kinds = [...root.querySelectorAll<HTMLElement>('[data-rc-kind]')];
  let answers: Record<string, Answer> = {};
  let index = 0;

  for (const question of questions) question.querySelector('h2')?.setAttribute('aria-describedby', progress.id);

  const show = (moveFocus: boolean) => {
    const done = index >= questions.length;
    root.toggleAttribute('data-done', done);
    questions.forEach((question, at) => question.toggleAttribute('data-current', at === index));
    // On the result the emergency routes come first, so Back is not above them.
    backRow.hidden = index === 0 || done;
    if (!done) {
      progress.textContent = words.progress.replace('{{current}}', String(index + 1)).replace('{{total}}', String(questions.length));
      if (moveFocus) questions[index]!.querySelector<HTMLElement>('h2')?.focus();
      return;
    }
    const result = checkResult(answers);
    root.toggleAttribute('data-danger', result.danger);
    root.toggleAttribute('data-found', result.kinds.length > 0);
    for (const kind of kinds) kind.toggleAttribute('data-found', result.kinds.includes(kind.dataset.rcKind as never));
    // Danger first: the emergency routes are the first thing read and seen.
    if (moveFocus) (result.danger ? dangerHeading : resultHeading).focus();
  };

  const wipe = () => {
    answers = {};
    index = 0;
    for (const name of ['data-danger', 'data-found', 'data-done']) root.removeAttribute(name);
    for (const kind of kinds) kind.removeAttribute('data-found');
    show(false);
  };

  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    const answer = button.dataset.answer as Answer | undefined;
    if (answer) {
      const id = button.closest<HTMLElement>('[data-rc-question]')?.dataset.rcQuestion;
      if (id) answers[id] = answer;
      index += 1;
    } else if (button.hasAttribute('data-rc-back')) {
      index = Math.max(0, index - 1);
    } else if (button.hasAttribute('data-rc-restart')) {
      wipe();
    } else return;
    show(true);
  });

  window.addEventListener('pagehide', wipe);
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) wipe();
  });
  show(false);
}

initModules('relationship-check', initRelationshipCheck);
