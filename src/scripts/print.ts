/** The Print button on a printed item: the browser's own print dialogue, nothing more. */
import { initModules, part } from './modules';

initModules('print', (element) => {
  part<HTMLButtonElement>(element, 'data-print-button').addEventListener('click', () => window.print());
});
