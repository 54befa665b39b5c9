/** Part 1 of 3 of the labs' Python tests (python-labs.test-helpers.ts): every third lab with a Python form. */
import { describePythonLabs } from './python-labs.test-helpers';

await describePythonLabs(0, 3);
